using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Tests;

public class ImageShapeTests
{
    [Theory]
    [InlineData(8, 3, 1, 1, 8)]   // "same" padding keeps the size
    [InlineData(8, 3, 1, 0, 6)]
    [InlineData(8, 2, 2, 0, 4)]   // 2x2 pooling halves it
    [InlineData(7, 3, 2, 1, 4)]   // ⌊(7 + 2 − 3)/2⌋ + 1
    [InlineData(5, 2, 2, 0, 2)]   // the last row does not fit a window and is dropped
    public void Output_length_is_floor_of_n_plus_2p_minus_k_over_s_plus_1(int n, int k, int s, int p, int expected) =>
        Assert.Equal(expected, ImageShape.OutputLength(n, k, s, p));

    [Fact]
    public void Pixels_are_stored_channel_major_then_row_major()
    {
        var shape = new ImageShape(2, 3, 4);
        Assert.Equal(24, shape.Size);
        Assert.Equal(12, shape.PixelsPerChannel);
        Assert.Equal(0, shape.Index(0, 0, 0));
        Assert.Equal(3, shape.Index(0, 0, 3));
        Assert.Equal(4, shape.Index(0, 1, 0));
        Assert.Equal(12 + 2 * 4 + 1, shape.Index(1, 2, 1));
        Assert.Equal("2 x 3 x 4", shape.ToString());
    }

    [Fact]
    public void Bad_sizes_and_batches_are_refused_with_their_shapes()
    {
        Assert.Throws<ArgumentException>(() => new ImageShape(0, 8, 8));
        Assert.Contains("window of 4 does not fit 2 values", Assert.Throws<ArgumentException>(() => ImageShape.OutputLength(2, 4, 1, 0)).Message);
        new ImageShape(1, 8, 8).CheckBatch(new DenseMatrix(5, 64), "test"); // fits: no exception
        var ex = Assert.Throws<ArgumentException>(() => new ImageShape(1, 8, 8).CheckBatch(new DenseMatrix(5, 128), "Here"));
        Assert.Contains("Shape mismatch in Here: input is [5 x 2 x 8 x 8] but the layer expects 1 channel ([batch x 1 x 8 x 8] = 64 columns", ex.Message);
    }
}
