using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Tests;

public class NetworkTests
{
    private static readonly System.Text.Json.JsonElement Mlp = Reference.Json.GetProperty("mlp_gradients");

    /// <summary>The reference 2-4-3 network with PyTorch's weights.</summary>
    internal static Network ReferenceNetwork(Activation hidden)
    {
        var l1 = new Dense(2, 4, hidden);
        var l2 = new Dense(4, 3);
        Reference.Matrix(Mlp.GetProperty("W1")).CopyTo(l1.Weights);
        Reference.Vector(Mlp.GetProperty("b1")).CopyTo(l1.Bias.AsArray(), 0);
        Reference.Matrix(Mlp.GetProperty("W2")).CopyTo(l2.Weights);
        Reference.Vector(Mlp.GetProperty("b2")).CopyTo(l2.Bias.AsArray(), 0);
        return new Network(l1, l2);
    }

    [Theory]
    [InlineData("tanh")]
    [InlineData("relu")]
    [InlineData("sigmoid")]
    public void Forward_loss_and_all_four_gradients_match_pytorch(string activation)
    {
        var net = ReferenceNetwork(Activation.FromName(activation));
        var X = Reference.Matrix(Mlp.GetProperty("X"));
        int[] labels = [.. Mlp.GetProperty("labels").EnumerateArray().Select(l => l.GetInt32())];
        var Y = new Dataset(X, labels, classNames: ["a", "b", "c"]).OneHot();
        var expected = Mlp.GetProperty("cases").GetProperty(activation);

        net.ZeroGradients();
        var logits = net.Forward(X);
        var hidden = ((Dense)net.Layers[0]).LastOutput!;
        Reference.Close(Reference.Matrix(expected.GetProperty("hidden_activations")), hidden, what: "a1");
        Reference.Close(Reference.Matrix(expected.GetProperty("logits")), logits, what: "logits");
        Reference.Close(expected.GetProperty("loss").GetDouble(), Loss.SoftmaxCrossEntropy.Value(logits, Y), what: "loss");

        net.Backward(Loss.SoftmaxCrossEntropy.GradientOf(logits, Y));
        var l1 = (Dense)net.Layers[0];
        var l2 = (Dense)net.Layers[1];
        Reference.Close(Reference.Matrix(expected.GetProperty("dW1")), l1.WeightsGradient, what: "dW1");
        Reference.Close(Reference.Vector(expected.GetProperty("db1")), l1.BiasGradient.ToArray(), what: "db1");
        Reference.Close(Reference.Matrix(expected.GetProperty("dW2")), l2.WeightsGradient, what: "dW2");
        Reference.Close(Reference.Vector(expected.GetProperty("db2")), l2.BiasGradient.ToArray(), what: "db2");
    }

    [Fact]
    public void Gradients_accumulate_until_zeroed()
    {
        var net = ReferenceNetwork(Activation.Tanh);
        var X = Reference.Matrix(Mlp.GetProperty("X"));
        var Y = new Dataset(X, [0, 2, 1, 1, 0]).OneHot();
        void Pass()
        {
            var output = net.Forward(X);
            net.Backward(Loss.SoftmaxCrossEntropy.GradientOf(output, Y));
        }
        net.ZeroGradients();
        Pass();
        var once = net.Parameters.Select(p => (double[])p.Gradient.Clone()).ToArray();
        Pass();
        for (int k = 0; k < once.Length; k++)
        {
            for (int i = 0; i < once[k].Length; i++)
                Assert.Equal(2 * once[k][i], net.Parameters[k].Gradient[i], 12);
        }
        net.ZeroGradients();
        Assert.All(net.Parameters, p => Assert.All(p.Gradient, g => Assert.Equal(0.0, g)));
    }

    [Fact]
    public void Forward_with_the_wrong_number_of_features_names_both_shapes()
    {
        var net = Network.Create([3, 5, 2], Activation.ReLU, Activation.Identity, seed: 1);
        var ex = Assert.Throws<ArgumentException>(() => net.Forward(new DenseMatrix(7, 4)));
        Assert.Contains("[7 x 4]", ex.Message);
        Assert.Contains("[batch x 3]", ex.Message);

        var layer = new Dense(3, 5);
        var ex2 = Assert.Throws<ArgumentException>(() => layer.Forward(new DenseMatrix(2, 4)));
        Assert.Contains("[2 x 4]", ex2.Message);
        Assert.Contains("[5 x 3]", ex2.Message);
    }

    [Fact]
    public void Layers_whose_sizes_do_not_chain_are_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Network(new Dense(2, 4), new Dense(3, 1)));
        Assert.Contains("Layer 2", ex.Message);
        Assert.Contains("expects 3 inputs", ex.Message);
        Assert.Contains("gives 4", ex.Message);
    }

    [Fact]
    public void Backward_before_forward_is_an_error()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new Dense(2, 2).Backward(new DenseMatrix(1, 2)));
        Assert.Contains("before Forward", ex.Message);
    }

    [Fact]
    public void Same_seed_same_weights_different_seed_different_weights()
    {
        var a = Network.Create([4, 8, 3], Activation.Tanh, Activation.Identity, seed: 42);
        var b = Network.Create([4, 8, 3], Activation.Tanh, Activation.Identity, seed: 42);
        var c = Network.Create([4, 8, 3], Activation.Tanh, Activation.Identity, seed: 43);
        Assert.Equal(a.Parameters[0].Value, b.Parameters[0].Value);
        Assert.NotEqual(a.Parameters[0].Value, c.Parameters[0].Value);
    }

    [Fact]
    public void Xavier_and_He_draw_weights_of_the_textbook_scale()
    {
        var xavier = Network.Create([200, 300, 1], Activation.Tanh, Activation.Identity, seed: 5, Initialization.Xavier);
        var w = xavier.Parameters[0].Value;
        double limit = Math.Sqrt(6.0 / 500);
        Assert.All(w, v => Assert.InRange(v, -limit, limit));
        Assert.Equal(limit * limit / 3, Variance(w), 3); // variance of U(-l, l) is l²/3 = 2/(in+out)

        var he = Network.Create([200, 300, 1], Activation.ReLU, Activation.Identity, seed: 5);
        Assert.Equal(2.0 / 200, Variance(he.Parameters[0].Value), 3);
        Assert.All(he.Parameters[1].Value, b => Assert.Equal(0.0, b));
    }

    private static double Variance(double[] v)
    {
        double mean = v.Average();
        return v.Sum(x => (x - mean) * (x - mean)) / v.Length;
    }

    [Fact]
    public void Predict_returns_a_copy_that_later_calls_do_not_change()
    {
        var net = Network.Create([2, 3, 1], Activation.Tanh, Activation.Sigmoid, seed: 1);
        var first = net.Predict(DenseMatrix.OfArray(new[,] { { 1.0, 2.0 } }));
        double keep = first[0, 0];
        net.Predict(DenseMatrix.OfArray(new[,] { { -5.0, 7.0 } }));
        Assert.Equal(keep, first[0, 0]);
        Assert.Equal(keep, net.Predict(1.0, 2.0)[0]);
    }

    [Fact]
    public void One_example_equals_the_textbook_formula_a_equals_g_of_Wx_plus_b()
    {
        var net = Network.Create([3, 4, 2], Activation.Sigmoid, Activation.Identity, seed: 9);
        var l1 = (Dense)net.Layers[0];
        var l2 = (Dense)net.Layers[1];
        var x = Vector<double>.Build.Dense([0.5, -1.0, 2.0]);
        var a1 = Activation.Sigmoid.Apply(l1.Weights * x + l1.Bias);
        var a2 = l2.Weights * a1 + l2.Bias;
        var y = net.Predict(x.ToArray());
        Assert.Equal(a2[0], y[0], 12);
        Assert.Equal(a2[1], y[1], 12);
    }
}

public class NetworkInsideTests
{
    [Fact]
    public void Layer_outputs_start_with_the_input_and_end_with_the_prediction()
    {
        var net = Network.Create([2, 3, 4, 1], Activation.Tanh, Activation.Sigmoid, seed: 2);
        var X = DenseMatrix.OfArray(new[,] { { 0.5, -1.0 }, { 2.0, 0.25 } });
        var outputs = net.LayerOutputs(X);
        Assert.Equal(4, outputs.Count);
        Assert.Equal(X, outputs[0]);
        Assert.Equal([3, 4, 1], outputs.Skip(1).Select(o => o.ColumnCount));
        Assert.Equal(net.Predict(X), outputs[3]);
        var l1 = (Dense)net.Layers[0];
        Assert.Equal(Activation.Tanh.Apply(X * l1.Weights.Transpose() + DenseMatrix.Create(2, 3, (_, j) => l1.Bias[j])), outputs[1]);
    }
}

public class FeatureCrossTests
{
    [Fact]
    public void Crosses_add_the_product_and_the_squares()
    {
        var data = new Dataset(DenseMatrix.OfArray(new[,] { { 2.0, -3.0 } }), [1]);
        var crossed = data.WithFeatureCrosses();
        Assert.Equal([2.0, -3.0, -6.0, 4.0, 9.0], crossed.Features.Row(0).ToArray());
        Assert.Equal(["x1", "x2", "x1·x2", "x1²", "x2²"], crossed.FeatureNames);
        Assert.Throws<InvalidOperationException>(() => new Dataset(new DenseMatrix(1, 3), [0]).WithFeatureCrosses());
    }

    [Fact]
    public void Crosses_of_unlabelled_points_match_the_data_set_version()
    {
        var points = DenseMatrix.OfArray(new[,] { { 0.5, 4.0 }, { -1.0, 0.0 } });
        var crossed = Dataset.FeatureCrosses(points);
        Assert.Equal([0.5, 4.0, 2.0, 0.25, 16.0], crossed.Row(0).ToArray());
        Assert.Equal([-1.0, 0.0, 0.0, 1.0, 0.0], crossed.Row(1).ToArray());
        Assert.Equal(new Dataset(points, [0, 1]).WithFeatureCrosses().Features, crossed);
        var error = Assert.Throws<ArgumentException>(() => Dataset.FeatureCrosses(new DenseMatrix(4, 3)));
        Assert.Contains("[4 x 3]", error.Message);
    }

    [Fact]
    public void With_the_product_feature_one_neuron_separates_xor()
    {
        var xor = Generate.Xor(200, 0.0, seed: 1).WithFeatureCrosses();
        var neuron = Network.Create([5, 1], Activation.Identity, Activation.Sigmoid, seed: 1);
        var history = Trainer.Train(neuron, Loss.BinaryCrossEntropy, new Adam(0.1), xor, new TrainingOptions { Epochs = 100, BatchSize = 20 });
        Assert.Equal(1.0, history.Last!.TrainAccuracy);
    }
}
