using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookNN;

/// <summary>
/// The shape of one image: channels x height x width (PyTorch's C x H x W). A batch of N images
/// [N x C x H x W] is stored like every batch in the library, as a matrix with one row per example:
/// N rows of C·H·W values, channel-major then row-major, so pixel (c, y, x) is column
/// (c·H + y)·W + x. The 8x8 digits are [N x 1 x 8 x 8]: their 64 pixel columns, row by row.
/// </summary>
public readonly record struct ImageShape
{
    /// <summary>Creates a shape; every size must be positive.</summary>
    public ImageShape(int channels, int height, int width)
    {
        if (channels <= 0 || height <= 0 || width <= 0)
            throw new ArgumentException($"An image shape needs positive sizes, got {channels} x {height} x {width} (channels x height x width).");
        Channels = channels;
        Height = height;
        Width = width;
    }

    /// <summary>C, the number of channels (1 for a grey image, one per filter after a convolution).</summary>
    public int Channels { get; }

    /// <summary>H, the number of pixel rows.</summary>
    public int Height { get; }

    /// <summary>W, the number of pixel columns.</summary>
    public int Width { get; }

    /// <summary>C·H·W, the number of values per example (the batch matrix's column count).</summary>
    public int Size => Channels * Height * Width;

    /// <summary>H·W, the number of values in one channel.</summary>
    public int PixelsPerChannel => Height * Width;

    /// <summary>The column of pixel (channel, y, x): (c·H + y)·W + x.</summary>
    public int Index(int channel, int y, int x) => (channel * Height + y) * Width + x;

    /// <summary>
    /// The output length of a window of <paramref name="kernel"/> stepping by <paramref name="stride"/>
    /// over <paramref name="length"/> values with <paramref name="padding"/> zeros on each side:
    /// ⌊(n + 2p − k) / s⌋ + 1.
    /// </summary>
    /// <exception cref="ArgumentException">The window does not fit the padded input, or a size is not positive.</exception>
    public static int OutputLength(int length, int kernel, int stride, int padding)
    {
        if (kernel <= 0 || stride <= 0 || padding < 0)
            throw new ArgumentException($"A window needs a positive kernel size and stride and a padding of 0 or more, got kernel {kernel}, stride {stride}, padding {padding}.");
        if (kernel > length + 2 * padding)
            throw new ArgumentException($"A window of {kernel} does not fit {length} values with padding {padding}.");
        return (length + 2 * padding - kernel) / stride + 1;
    }

    /// <summary>"C x H x W", e.g. "1 x 8 x 8".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Channels} x {Height} x {Width}");

    /// <summary>
    /// Checks that a batch holds images of this shape ([N x C·H·W]) and otherwise throws an error
    /// naming the batch's shape as images, e.g. "input is [32 x 1 x 8 x 8] but the layer expects 3 channels".
    /// </summary>
    /// <param name="batch">The batch, one row per example.</param>
    /// <param name="where">The method, e.g. "Conv2D.Forward", for the message.</param>
    /// <exception cref="ArgumentException">The column count is not C·H·W.</exception>
    public void CheckBatch(Matrix<double> batch, string where)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.ColumnCount == Size)
            return;
        int n = batch.RowCount, columns = batch.ColumnCount;
        string layout = $"[batch x {this}] = {Size} columns, one row per example, channel-major then row-major";
        string message = columns % PixelsPerChannel == 0
            ? $"Shape mismatch in {where}: input is [{n} x {columns / PixelsPerChannel} x {Height} x {Width}] but the layer expects {Channels} channel{(Channels == 1 ? "" : "s")} ({layout})."
            : $"Shape mismatch in {where}: input is [{n} x {columns}], which is not {Height} x {Width} images; the layer expects {layout}.";
        throw new ArgumentException(message, nameof(batch));
    }
}
