using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Tests;

public class ImagesTests
{
    private static readonly ImageShape Three = new(1, 3, 3);

    // two 3x3 images, row by row: 1..9 and 11..19
    private static DenseMatrix TwoImages() => DenseMatrix.Create(2, 9, (i, j) => 10 * i + j + 1);

    [Fact]
    public void Shift_moves_pixels_right_and_down_and_fills_with_zero()
    {
        var shifted = Images.Shift(TwoImages(), Three, dx: 1, dy: 0);
        Assert.Equal(new double[] { 0, 1, 2, 0, 4, 5, 0, 7, 8 }, shifted.Row(0).ToArray());
        Assert.Equal(new double[] { 0, 11, 12, 0, 14, 15, 0, 17, 18 }, shifted.Row(1).ToArray());
        Assert.Equal(new double[] { 0, 0, 0, 0, 0, 0, 0, 1, 2 }, Images.Shift(TwoImages(), Three, dx: 1, dy: 2).Row(0).ToArray());
    }

    [Fact]
    public void Negative_shifts_move_left_and_up_in_every_channel()
    {
        var shape = new ImageShape(2, 2, 3);
        var X = DenseMatrix.OfArray(new double[,] { { 1, 2, 3, 4, 5, 6, /* channel 2 */ 7, 8, 9, 10, 11, 12 } });
        Assert.Equal(new double[] { 5, 6, 0, 0, 0, 0, 11, 12, 0, 0, 0, 0 }, Images.Shift(X, shape, dx: -1, dy: -1).Row(0).ToArray());
        Assert.Equal(X, Images.Shift(X, shape, 0, 0));
        Assert.All(Images.Shift(X, shape, 3, 0).Row(0), v => Assert.Equal(0, v)); // shifted right off the image
    }

    [Fact]
    public void Shifting_a_dataset_keeps_its_labels_and_leaves_the_original_alone()
    {
        var data = new Dataset(TwoImages(), [4, 7], name: "two");
        var shifted = Images.Shift(data, Three, 0, 1);
        Assert.Equal(data.Labels, shifted.Labels);
        Assert.Equal(new double[] { 0, 0, 0, 1, 2, 3, 4, 5, 6 }, shifted.Features.Row(0).ToArray());
        Assert.Equal(1, data.Features[0, 0]);
    }

    [Fact]
    public void Channel_takes_one_feature_map_out_as_an_image()
    {
        var shape = new ImageShape(2, 2, 3);
        var X = DenseMatrix.Create(2, 12, (i, j) => 100 * i + j);
        Assert.Equal(DenseMatrix.OfArray(new double[,] { { 106, 107, 108 }, { 109, 110, 111 } }), Images.Channel(X, shape, example: 1, channel: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Images.Channel(X, shape, 2, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Images.Channel(X, shape, 0, 2));
        Assert.Contains("Images.Shift", Assert.Throws<ArgumentException>(() => Images.Shift(X, Three, 1, 1)).Message);
    }
}
