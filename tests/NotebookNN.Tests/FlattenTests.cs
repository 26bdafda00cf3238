using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Tests;

public class FlattenTests
{
    [Fact]
    public void Flattened_pooling_output_is_pytorchs_reshape_of_it()
    {
        // The fixture's outputs are torch's x.reshape(N, -1) of the [N x C x H x W] pooling output;
        // Flatten must give exactly those rows, so a Dense layer after it sees the features in torch's order.
        var c = ConvReference.Pool(1);
        var pool = new MaxPool2D(ConvReference.Shape(c.GetProperty("input_shape")), c.GetProperty("size").GetInt32(), c.GetProperty("stride").GetInt32());
        var flatten = new Flatten(pool.OutputShape);
        var flat = flatten.Forward(pool.Forward(Reference.Matrix(c.GetProperty("input"))));
        Reference.Close(Reference.Matrix(c.GetProperty("output")), flat, what: "flattened pooling output");
        Assert.Equal(pool.OutputSize, flatten.OutputSize);
        Assert.Equal("Flatten 2 x 2 x 3 -> 12", flatten.Describe());
    }

    [Fact]
    public void Backward_hands_the_gradient_back_unchanged()
    {
        var flatten = new Flatten(new ImageShape(2, 2, 2));
        var X = DenseMatrix.Create(3, 8, (i, j) => i * 10 + j);
        Assert.Equal(X, flatten.Forward(X));
        var G = DenseMatrix.Create(3, 8, (i, j) => i - j);
        Assert.Equal(G, flatten.Backward(G));
        Assert.Empty(flatten.Parameters);
    }

    [Fact]
    public void Shape_errors_name_the_images()
    {
        var flatten = new Flatten(new ImageShape(8, 4, 4));
        var ex = Assert.Throws<ArgumentException>(() => flatten.Forward(new DenseMatrix(32, 4 * 16)));
        Assert.Contains("Flatten.Forward: input is [32 x 4 x 4 x 4] but the layer expects 8 channels", ex.Message);
        Assert.Throws<InvalidOperationException>(() => flatten.Backward(new DenseMatrix(1, 128)));
        flatten.Forward(new DenseMatrix(2, 128));
        Assert.Throws<ArgumentException>(() => flatten.Backward(new DenseMatrix(2, 127)));
    }
}
