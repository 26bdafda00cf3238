using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Tests;

public class MaxPool2DTests
{
    public static TheoryData<int> Cases() => [.. Enumerable.Range(0, ConvReference.PoolCount)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Forward_and_backward_match_pytorch_max_pool2d(int index)
    {
        var c = ConvReference.Pool(index);
        string name = c.GetProperty("name").GetString()!;
        var layer = new MaxPool2D(ConvReference.Shape(c.GetProperty("input_shape")), c.GetProperty("size").GetInt32(), c.GetProperty("stride").GetInt32());
        Assert.Equal(ConvReference.Shape(c.GetProperty("output_shape")), layer.OutputShape);
        var output = layer.Forward(Reference.Matrix(c.GetProperty("input")));
        Reference.Close(Reference.Matrix(c.GetProperty("output")), output, what: name);
        var dX = layer.Backward(Reference.Matrix(c.GetProperty("output_gradient")));
        Reference.Close(Reference.Matrix(c.GetProperty("input_gradient")), dX, what: name + " dX");
    }

    [Fact]
    public void The_gradient_goes_to_the_maximum_of_each_window_only()
    {
        var layer = new MaxPool2D(new ImageShape(1, 2, 4), 2);
        var X = DenseMatrix.OfArray(new double[,] { { 1, 9, 3, 2, /* row 2 */ 4, 5, 8, 7 } });
        Assert.Equal(new double[] { 9, 8 }, layer.Forward(X).Row(0).ToArray());
        var dX = layer.Backward(DenseMatrix.OfArray(new double[,] { { 10, 20 } }));
        Assert.Equal(new double[] { 0, 10, 0, 0, 0, 0, 20, 0 }, dX.Row(0).ToArray());
        Assert.Empty(layer.Parameters);
        Assert.Equal("MaxPool2D 1 x 2 x 4 -> 1 x 1 x 2, 2x2 window, stride 2", layer.Describe());
    }

    [Fact]
    public void Shape_errors_name_the_images()
    {
        var layer = new MaxPool2D(new ImageShape(8, 8, 8), 2);
        var ex = Assert.Throws<ArgumentException>(() => layer.Forward(new DenseMatrix(32, 3 * 64)));
        Assert.Contains("MaxPool2D.Forward: input is [32 x 3 x 8 x 8] but the layer expects 8 channels", ex.Message);
        Assert.Contains("does not fit", Assert.Throws<ArgumentException>(() => new MaxPool2D(new ImageShape(1, 3, 8), 4)).Message);
        Assert.Throws<InvalidOperationException>(() => layer.Backward(new DenseMatrix(1, layer.OutputSize)));
        layer.Forward(new DenseMatrix(2, layer.InputSize));
        Assert.Throws<ArgumentException>(() => layer.Backward(new DenseMatrix(3, layer.OutputSize)));
    }
}
