using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Tests;

public class GradientCheckTests
{
    public static TheoryData<int[], string, string> Cases()
    {
        var data = new TheoryData<int[], string, string>();
        int[][] shapes = [[2, 3, 1], [3, 5, 4, 2], [4, 6, 3], [1, 8, 8, 1], [5, 2, 3]];
        string[] activations = ["tanh", "sigmoid", "relu", "leaky_relu(0.1)", "elu(1)", "softplus", "swish", "softsign"];
        string[] losses = ["mse", "half", "bce", "bcelogits", "ce"];
        int k = 0;
        foreach (var shape in shapes)
        {
            foreach (var activation in activations)
                data.Add(shape, activation, losses[k++ % losses.Length]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Backprop_agrees_with_finite_differences_for_many_seeds(int[] shape, string activation, string lossKey)
    {
        for (int seed = 1; seed <= 6; seed++)
        {
            var (net, loss, X, Y) = Problem(shape, Activation.FromName(activation), lossKey, seed);
            var report = GradientCheck.Run(net, loss, X, Y);
            Assert.True(report.Passes(1e-6), $"shape [{string.Join(",", shape)}], {activation}, {loss.Name}, seed {seed}:\n{report}");
        }
    }

    [Fact]
    public void Maxout_and_parametric_relu_layers_pass_the_gradient_check()
    {
        for (int seed = 1; seed <= 10; seed++)
        {
            var random = new SeededRandom(seed);
            var net = new Network(new Dense(3, 5, Activation.Tanh), new ParametricReLU(5, 0.2), new Maxout(5, 4, 3), new Dense(4, 2));
            net.Initialize(Initialization.Xavier, seed);
            var X = DenseMatrix.Create(6, 3, (_, _) => random.Uniform(-2, 2));
            var Y = new Dataset(X, [.. Enumerable.Range(0, 6).Select(i => i % 2)]).OneHot();
            var report = GradientCheck.Run(net, Loss.SoftmaxCrossEntropy, X, Y);
            Assert.True(report.Passes(1e-6), $"seed {seed}:\n{report}");
            Assert.Contains(report.Parameters, p => p.Name == "slope");
        }
    }

    [Fact]
    public void The_check_catches_a_wrong_gradient()
    {
        var (net, loss, X, Y) = Problem([2, 4, 1], Activation.Tanh, "mse", 1);
        var wrong = new ScaledGradientLoss(loss, 1.01); // a 1% error in dLoss/dOutput
        var report = GradientCheck.Run(net, wrong, X, Y);
        Assert.False(report.Passes(1e-6));
        Assert.InRange(report.MaxRelativeError, 1e-3, 1e-2);
    }

    [Fact]
    public void The_check_leaves_the_weights_unchanged_and_reports_per_layer()
    {
        var (net, loss, X, Y) = Problem([3, 4, 2], Activation.Sigmoid, "ce", 2);
        var before = net.Parameters.Select(p => (double[])p.Value.Clone()).ToArray();
        var report = GradientCheck.Run(net, loss, X, Y);
        for (int k = 0; k < before.Length; k++)
            Assert.Equal(before[k], net.Parameters[k].Value);
        Assert.Equal([1, 1, 2, 2], report.Parameters.Select(p => p.Layer));
        Assert.Equal([12, 4, 8, 2], report.Parameters.Select(p => p.Count));
        Assert.Contains("worst:", report.ToString());
    }

    internal static (Network, ILoss, Matrix<double>, Matrix<double>) Problem(int[] shape, Activation hidden, string lossKey, int seed)
    {
        var random = new SeededRandom(seed * 7919);
        int outputs = shape[^1];
        var output = lossKey == "bce" ? Activation.Sigmoid : Activation.Identity;
        var net = Network.Create(shape, hidden, output, seed);
        // Biases start at 0; give them random values so their gradients are tested in general position.
        foreach (var p in net.Parameters.Where(p => p.Name == "bias"))
        {
            for (int i = 0; i < p.Count; i++)
                p.Value[i] = random.Uniform(-0.5, 0.5);
        }
        int batch = 5;
        var X = DenseMatrix.Create(batch, shape[0], (_, _) => random.Uniform(-2, 2));
        ILoss loss = lossKey switch
        {
            "mse" => Loss.MeanSquaredError,
            "half" => Loss.HalfSumSquaredError,
            "bce" => Loss.BinaryCrossEntropy,
            "bcelogits" => Loss.BinaryCrossEntropyWithLogits,
            _ => Loss.SoftmaxCrossEntropy,
        };
        Matrix<double> Y = lossKey switch
        {
            "bce" or "bcelogits" => DenseMatrix.Create(batch, outputs, (_, _) => random.NextInt(2)),
            "ce" => new Dataset(X, [.. Enumerable.Range(0, batch).Select(_ => random.NextInt(outputs))], classNames: [.. Enumerable.Range(0, Math.Max(outputs, 2)).Select(i => $"c{i}")]).OneHot().SubMatrix(0, batch, 0, outputs),
            _ => DenseMatrix.Create(batch, outputs, (_, _) => random.Uniform(-1, 1)),
        };
        return (net, loss, X, Y);
    }

    private sealed class ScaledGradientLoss(ILoss inner, double factor) : ILoss
    {
        public string Name => inner.Name;
        public double Value(Matrix<double> output, Matrix<double> target) => inner.Value(output, target);
        public void Gradient(Matrix<double> output, Matrix<double> target, Matrix<double> result)
        {
            inner.Gradient(output, target, result);
            result.Multiply(factor, result);
        }
        public int[] Classify(Matrix<double> output) => inner.Classify(output);
    }
}
