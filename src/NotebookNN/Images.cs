using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN;

/// <summary>
/// Small operations on batches of images stored one row per example (see <see cref="ImageShape"/>):
/// shifting every image by a few pixels, and taking one channel of one example out as an image.
/// </summary>
public static class Images
{
    /// <summary>
    /// Every image moved <paramref name="dx"/> pixels right and <paramref name="dy"/> pixels down (negative:
    /// left, up), in every channel: pixel (y, x) goes to (y + dy, x + dx); pixels pushed off the edge are
    /// lost and the uncovered strip is 0. Returns a new batch [N x C·H·W].
    /// </summary>
    /// <exception cref="ArgumentException">The batch does not hold images of <paramref name="shape"/>.</exception>
    public static Matrix<double> Shift(Matrix<double> images, ImageShape shape, int dx, int dy)
    {
        shape.CheckBatch(images, "Images.Shift");
        int n = images.RowCount;
        var source = MatrixKernels.Storage(images);
        var result = new DenseMatrix(n, shape.Size);
        var target = MatrixKernels.Storage(result);
        for (int c = 0; c < shape.Channels; c++)
        {
            for (int y = Math.Max(0, -dy); y < shape.Height && y + dy < shape.Height; y++)
            {
                for (int x = Math.Max(0, -dx); x < shape.Width && x + dx < shape.Width; x++)
                    source.Slice(shape.Index(c, y, x) * n, n).CopyTo(target.Slice(shape.Index(c, y + dy, x + dx) * n, n));
            }
        }
        return result;
    }

    /// <summary>
    /// A data set whose images are moved by (<paramref name="dx"/>, <paramref name="dy"/>) pixels, as in
    /// <see cref="Shift(Matrix{double}, ImageShape, int, int)"/>; labels and names are kept. For the
    /// 8x8 digits the shape is 1 x 8 x 8.
    /// </summary>
    public static Dataset Shift(Dataset data, ImageShape shape, int dx, int dy)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.WithFeatures(Shift(data.Features, shape, dx, dy));
    }

    /// <summary>
    /// Channel <paramref name="channel"/> of example <paramref name="example"/> as an image [H x W]
    /// (row y is the image's pixel row y), e.g. one feature map of a <see cref="Conv2D"/>'s output.
    /// </summary>
    /// <exception cref="ArgumentException">The batch does not hold images of <paramref name="shape"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The example or channel does not exist.</exception>
    public static Matrix<double> Channel(Matrix<double> images, ImageShape shape, int example, int channel)
    {
        shape.CheckBatch(images, "Images.Channel");
        if ((uint)example >= (uint)images.RowCount)
            throw new ArgumentOutOfRangeException(nameof(example), $"The batch has {images.RowCount} examples; asked for example {example}.");
        if ((uint)channel >= (uint)shape.Channels)
            throw new ArgumentOutOfRangeException(nameof(channel), $"The images have {shape.Channels} channels; asked for channel {channel}.");
        return DenseMatrix.Create(shape.Height, shape.Width, (y, x) => images[example, shape.Index(channel, y, x)]);
    }
}
