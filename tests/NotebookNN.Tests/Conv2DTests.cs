using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Tests;

public class Conv2DTests
{
    public static TheoryData<int> Cases() => [.. Enumerable.Range(0, ConvReference.ConvCount)];

    private static Conv2D LayerFor(JsonElement c)
    {
        var layer = new Conv2D(ConvReference.Shape(c.GetProperty("input_shape")), c.GetProperty("filters").GetInt32(),
            c.GetProperty("kernel").GetInt32(), c.GetProperty("stride").GetInt32(), c.GetProperty("padding").GetInt32(),
            Activation.FromName(c.GetProperty("activation").GetString()!));
        Reference.Matrix(c.GetProperty("weights")).CopyTo(layer.Weights);
        Reference.Vector(c.GetProperty("bias")).CopyTo(layer.Bias.AsArray(), 0);
        return layer;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Forward_matches_pytorch_conv2d(int index)
    {
        var c = ConvReference.Conv(index);
        var layer = LayerFor(c);
        Assert.Equal(ConvReference.Shape(c.GetProperty("output_shape")), layer.OutputShape);
        var output = layer.Forward(Reference.Matrix(c.GetProperty("input")));
        Reference.Close(Reference.Matrix(c.GetProperty("output")), output, what: c.GetProperty("name").GetString()!);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Backward_matches_pytorch_autograd_for_weights_bias_and_input(int index)
    {
        var c = ConvReference.Conv(index);
        string name = c.GetProperty("name").GetString()!;
        var layer = LayerFor(c);
        layer.Forward(Reference.Matrix(c.GetProperty("input")));
        var dX = layer.Backward(Reference.Matrix(c.GetProperty("output_gradient")));
        Reference.Close(Reference.Matrix(c.GetProperty("input_gradient")), dX, what: name + " dX");
        Reference.Close(Reference.Matrix(c.GetProperty("weights_gradient")), layer.WeightsGradient, what: name + " dW");
        Reference.Close(Reference.Vector(c.GetProperty("bias_gradient")), layer.BiasGradient.ToArray(), what: name + " db");
    }

    [Fact]
    public void Gradients_add_up_over_backward_calls_until_zeroed()
    {
        var c = ConvReference.Conv(1);
        var layer = LayerFor(c);
        var X = Reference.Matrix(c.GetProperty("input"));
        var G = Reference.Matrix(c.GetProperty("output_gradient"));
        layer.Forward(X);
        layer.Backward(G);
        layer.Forward(X);
        layer.Backward(G);
        Reference.Close(2 * Reference.Matrix(c.GetProperty("weights_gradient")), layer.WeightsGradient, what: "2 dW");
    }

    [Fact]
    public void Output_shape_follows_the_window_formula()
    {
        var layer = new Conv2D(new ImageShape(3, 9, 6), filters: 4, kernelSize: 3, stride: 2, padding: 1);
        // ⌊(9 + 2 - 3)/2⌋ + 1 = 5 rows, ⌊(6 + 2 - 3)/2⌋ + 1 = 3 columns
        Assert.Equal(new ImageShape(4, 5, 3), layer.OutputShape);
        Assert.Equal(3 * 9 * 6, layer.InputSize);
        Assert.Equal(4 * 5 * 3, layer.OutputSize);
        Assert.Equal(4 * 3 * 3 * 3 + 4, layer.Parameters.Sum(p => p.Count));
        Assert.Equal("Conv2D 3 x 9 x 6 -> 4 x 5 x 3, 3x3 kernel, stride 2, padding 1, identity", layer.Describe());
    }

    [Fact]
    public void Kernel_reads_one_filter_window_from_the_weights()
    {
        var layer = new Conv2D(new ImageShape(2, 4, 4), filters: 3, kernelSize: 2);
        for (int q = 0; q < 8; q++)
            layer.Weights[1, q] = q + 1; // filter 1: channel 0 = [1 2; 3 4], channel 1 = [5 6; 7 8]
        Assert.Equal(DenseMatrix.OfArray(new double[,] { { 5, 6 }, { 7, 8 } }), layer.Kernel(1, 1));
        Assert.Equal(DenseMatrix.OfArray(new double[,] { { 1, 2 }, { 3, 4 } }), layer.Kernel(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => layer.Kernel(3, 0));
    }

    [Fact]
    public void A_batch_with_the_wrong_channel_count_is_named_in_image_shape()
    {
        var layer = new Conv2D(new ImageShape(3, 8, 8), filters: 4, kernelSize: 3);
        var ex = Assert.Throws<ArgumentException>(() => layer.Forward(new DenseMatrix(32, 64)));
        Assert.Contains("Conv2D.Forward: input is [32 x 1 x 8 x 8] but the layer expects 3 channels", ex.Message);
        ex = Assert.Throws<ArgumentException>(() => layer.Forward(new DenseMatrix(32, 50)));
        Assert.Contains("input is [32 x 50], which is not 8 x 8 images", ex.Message);
    }

    [Fact]
    public void Impossible_layers_and_calls_out_of_order_are_refused_with_their_sizes()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Conv2D(new ImageShape(1, 3, 3), 2, kernelSize: 5));
        Assert.Contains("5x5 kernel does not fit a 1 x 3 x 3 input with padding 0", ex.Message);
        Assert.Throws<ArgumentException>(() => new Conv2D(new ImageShape(1, 8, 8), 0, 3));
        Assert.Throws<ArgumentException>(() => new Conv2D(new ImageShape(1, 8, 8), 2, 3, stride: 0));
        Assert.Throws<ArgumentException>(() => new Conv2D(default, 2, 3));
        var layer = new Conv2D(new ImageShape(1, 4, 4), 2, 3);
        Assert.Throws<InvalidOperationException>(() => layer.Backward(new DenseMatrix(1, 8)));
        layer.Forward(new DenseMatrix(3, 16));
        Assert.Contains("the gradient is [3 x 9]", Assert.Throws<ArgumentException>(() => layer.Backward(new DenseMatrix(3, 9))).Message);
    }

    /// <summary>Conv → ReLU → MaxPool → Flatten → Dense: the network of notebook 10, small.</summary>
    internal static Network SmallCnn(int seed, int channels = 2, int filters = 3)
    {
        var conv = new Conv2D(new ImageShape(channels, 6, 5), filters, kernelSize: 3, stride: 1, padding: 1, activation: Activation.ReLU);
        var pool = new MaxPool2D(conv.OutputShape, 2);
        var flatten = new Flatten(pool.OutputShape);
        var network = new Network(conv, pool, flatten, new Dense(flatten.OutputSize, 4));
        network.Initialize(Initialization.He, seed);
        var random = new SeededRandom(seed + 100);
        foreach (var p in network.Parameters.Where(p => p.Name == "bias"))
        {
            for (int i = 0; i < p.Count; i++)
                p.Value[i] = random.Uniform(-0.2, 0.2); // non-zero biases, so their gradients are checked too
        }
        return network;
    }

    [Fact]
    public void A_small_cnn_passes_the_finite_difference_gradient_check()
    {
        for (int seed = 1; seed <= 5; seed++)
        {
            var network = SmallCnn(seed);
            var random = new SeededRandom(seed);
            var X = DenseMatrix.Create(5, network.InputSize, (_, _) => random.Gaussian());
            var labels = Enumerable.Range(0, 5).Select(i => (i + seed) % 4).ToArray();
            Matrix<double> Y = DenseMatrix.Create(5, 4, (i, j) => labels[i] == j ? 1 : 0);
            var report = GradientCheck.Run(network, Loss.SoftmaxCrossEntropy, X, Y);
            Assert.True(report.Passes(1e-6), $"seed {seed}:\n{report}");
            Assert.Equal(4, report.Parameters.Count); // conv weights and bias, dense weights and bias
        }
    }

    [Fact]
    public void He_initialisation_uses_the_filter_fan_in()
    {
        var conv = new Conv2D(new ImageShape(4, 10, 10), filters: 64, kernelSize: 3);
        new Network(conv).Initialize(Initialization.He, 3);
        var w = conv.Weights.Enumerate().ToArray();
        double variance = w.Select(v => v * v).Average();
        Assert.InRange(variance, 0.85 * 2.0 / 36, 1.15 * 2.0 / 36); // fan-in = C·k·k = 36
        Assert.All(conv.Bias, b => Assert.Equal(0, b));
    }
}
