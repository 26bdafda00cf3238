using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Tests;

public class NeuronTests
{
    [Fact]
    public void Output_is_the_activation_of_the_weighted_sum()
    {
        var n = new Neuron([2.0, -1.0], 0.5, Activation.Sigmoid);
        Assert.Equal(2 * 1.5 - 1 * 4 + 0.5, n.WeightedSum(1.5, 4));
        Assert.Equal(1 / (1 + Math.Exp(0.5)), n.Output(1.5, 4), 15);
    }

    [Fact]
    public void A_sigmoid_neuron_is_logistic_regression_and_matches_a_one_unit_dense_layer()
    {
        var layer = new Dense(3, 1, Activation.Sigmoid);
        DenseMatrix.OfArray(new[,] { { 0.3, -0.7, 1.1 } }).CopyTo(layer.Weights);
        layer.Bias[0] = -0.2;
        var neuron = new Neuron([0.3, -0.7, 1.1], -0.2, Activation.Sigmoid);
        var X = DenseMatrix.OfArray(new[,] { { 1.0, 2, 3 }, { -1, 0.5, 0 } });
        var fromLayer = layer.Forward(X).Column(0);
        var fromNeuron = neuron.Output(X);
        for (int i = 0; i < 2; i++)
            Assert.Equal(fromLayer[i], fromNeuron[i], 15);
    }

    [Fact]
    public void Decision_boundary_is_the_line_where_the_weighted_sum_is_zero()
    {
        var n = new Neuron([1.0, 2.0], -1.0, Activation.Sigmoid);
        var (from, to) = n.DecisionBoundary(-2, 2, -2, 2);
        Assert.Equal(0.0, n.WeightedSum(from.X1, from.X2), 12);
        Assert.Equal(0.0, n.WeightedSum(to.X1, to.X2), 12);
        Assert.Equal(0.5, n.Output(to.X1, to.X2), 12);
        Assert.Equal(1, n.Classify(2, 2));
        Assert.Equal(0, n.Classify(-2, -2));

        var vertical = new Neuron([2.0, 0.0], -1.0, Activation.Step).DecisionBoundary(-2, 2, -3, 3);
        Assert.Equal(((0.5, -3.0), (0.5, 3.0)), vertical);
    }

    [Fact]
    public void Bad_inputs_are_explained()
    {
        var n = new Neuron([1.0, 2.0, 3.0], 0, Activation.ReLU);
        Assert.Contains("3 weights but got 2 inputs", Assert.Throws<ArgumentException>(() => n.Output(1, 2)).Message);
        Assert.Contains("2-input neuron", Assert.Throws<InvalidOperationException>(() => n.DecisionBoundary(0, 1, 0, 1)).Message);
    }
}
