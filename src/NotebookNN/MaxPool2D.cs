using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN;

/// <summary>
/// Max pooling: a k x k window steps by s over every channel separately and keeps the largest value,
/// A[n, c, i, j] = max_{u,v &lt; k} X[n, c, i·s + u, j·s + v]. It has no weights; it shrinks each feature
/// map (C x H x W to C x H' x W', H' = ⌊(H − k)/s⌋ + 1) and makes the output care less about exactly
/// where a feature was. Backward routes each output's gradient to the input that was the maximum
/// (the first one, reading the window row by row, when several tie, as PyTorch does); every other
/// input gets zero. Batches are matrices with one row per example, channel-major then row-major
/// (see <see cref="ImageShape"/>).
/// </summary>
public sealed class MaxPool2D : ILayer
{
    private readonly int[][] _windows; // per output pixel: the input pixels y·W + x of its window
    private readonly Dictionary<int, BatchBuffers> _buffers = [];
    private BatchBuffers? _last;

    /// <summary>Creates a pooling layer.</summary>
    /// <param name="input">The shape of one input, C x H x W.</param>
    /// <param name="size">k, the side of the window.</param>
    /// <param name="stride">s, the step between windows; k (windows side by side) when omitted.</param>
    /// <exception cref="ArgumentException">A size is not positive, or the window is larger than the image.</exception>
    public MaxPool2D(ImageShape input, int size, int? stride = null)
    {
        if (input.Size <= 0)
            throw new ArgumentException("A pooling layer needs an input shape (channels x height x width).", nameof(input));
        int s = stride ?? size;
        if (size <= 0 || s <= 0)
            throw new ArgumentException($"A pooling layer needs a positive window size and stride, got size {size}, stride {s}.");
        if (size > input.Height || size > input.Width)
            throw new ArgumentException($"A {size}x{size} pooling window does not fit a {input} input.", nameof(size));
        InputShape = input;
        Size = size;
        Stride = s;
        OutputShape = new ImageShape(input.Channels,
            ImageShape.OutputLength(input.Height, size, s, 0),
            ImageShape.OutputLength(input.Width, size, s, 0));
        _windows = Windows();
    }

    /// <summary>The shape of one input, C x H x W.</summary>
    public ImageShape InputShape { get; }

    /// <summary>The shape of one output, C x H' x W'.</summary>
    public ImageShape OutputShape { get; }

    /// <summary>k, the side of the window.</summary>
    public int Size { get; }

    /// <summary>s, the step between windows.</summary>
    public int Stride { get; }

    /// <inheritdoc/>
    public int InputSize => InputShape.Size;

    /// <inheritdoc/>
    public int OutputSize => OutputShape.Size;

    /// <inheritdoc/>
    public IReadOnlyList<Parameter> Parameters => [];

    /// <summary>
    /// The largest value of every window, for a batch X [batch x C·H·W]; returns [batch x C·H'·W']
    /// (a buffer, overwritten by the next Forward with the same batch size).
    /// </summary>
    /// <exception cref="ArgumentException">X does not hold C x H x W images.</exception>
    public Matrix<double> Forward(Matrix<double> input)
    {
        InputShape.CheckBatch(input, "MaxPool2D.Forward");
        int n = input.RowCount;
        var buffers = BuffersFor(n);
        var x = MatrixKernels.Storage(input);
        var a = MatrixKernels.Storage(buffers.A);
        var winner = buffers.Winner;
        int inPixels = InputShape.PixelsPerChannel, outPixels = OutputShape.PixelsPerChannel;
        for (int c = 0; c < InputShape.Channels; c++)
        {
            for (int o = 0; o < outPixels; o++)
            {
                int outColumn = (c * outPixels + o) * n;
                var window = _windows[o];
                int first = (c * inPixels + window[0]) * n;
                for (int i = 0; i < n; i++)
                {
                    a[outColumn + i] = x[first + i];
                    winner[outColumn + i] = first + i;
                }
                for (int t = 1; t < window.Length; t++)
                {
                    int column = (c * inPixels + window[t]) * n;
                    for (int i = 0; i < n; i++)
                    {
                        double v = x[column + i];
                        if (v > a[outColumn + i] || double.IsNaN(v))
                        {
                            a[outColumn + i] = v;
                            winner[outColumn + i] = column + i;
                        }
                    }
                }
            }
        }
        _last = buffers;
        return buffers.A;
    }

    /// <summary>
    /// Given dL/dA [batch x C·H'·W']: returns dL/dX [batch x C·H·W], each output's gradient added to
    /// the input that won its window and zero elsewhere (a buffer, overwritten next time).
    /// </summary>
    /// <exception cref="InvalidOperationException">Backward is called before Forward.</exception>
    /// <exception cref="ArgumentException">The gradient's shape differs from the last output's.</exception>
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        ArgumentNullException.ThrowIfNull(outputGradient);
        var buffers = _last ?? throw new InvalidOperationException("MaxPool2D.Backward was called before Forward.");
        int n = buffers.A.RowCount;
        if (outputGradient.RowCount != n || outputGradient.ColumnCount != OutputSize)
            throw new ArgumentException(
                $"Shape mismatch in MaxPool2D.Backward: the gradient is [{outputGradient.RowCount} x {outputGradient.ColumnCount}] but the last output was [{n} x {OutputShape}] = [{n} x {OutputSize}].",
                nameof(outputGradient));
        var dy = MatrixKernels.Storage(outputGradient);
        var dx = MatrixKernels.Storage(buffers.DX);
        dx.Clear();
        var winner = buffers.Winner;
        for (int i = 0; i < dy.Length; i++)
            dx[winner[i]] += dy[i]; // overlapping windows (s < k) can share a winner: add
        return buffers.DX;
    }

    /// <inheritdoc/>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"MaxPool2D {InputShape} -> {OutputShape}, {Size}x{Size} window, stride {Stride}");

    /// <inheritdoc/>
    public override string ToString() => Describe();

    private int[][] Windows()
    {
        var result = new int[OutputShape.PixelsPerChannel][];
        for (int i = 0; i < OutputShape.Height; i++)
        {
            for (int j = 0; j < OutputShape.Width; j++)
            {
                var window = new int[Size * Size];
                for (int u = 0; u < Size; u++)
                {
                    for (int v = 0; v < Size; v++)
                        window[u * Size + v] = (i * Stride + u) * InputShape.Width + j * Stride + v;
                }
                result[i * OutputShape.Width + j] = window;
            }
        }
        return result;
    }

    private BatchBuffers BuffersFor(int batch)
    {
        if (!_buffers.TryGetValue(batch, out var b))
        {
            if (_buffers.Count >= MaxCachedBatchSizes)
                _buffers.Clear(); // many different batch sizes: do not hoard memory
            b = new BatchBuffers(new DenseMatrix(batch, OutputSize), new DenseMatrix(batch, InputSize), new int[batch * OutputSize]);
            _buffers[batch] = b;
        }
        return b;
    }

    private const int MaxCachedBatchSizes = 4;

    /// <summary>A: the output; DX: the input gradient; Winner: for each output entry, the storage index of its input maximum.</summary>
    private sealed record BatchBuffers(Matrix<double> A, Matrix<double> DX, int[] Winner);
}
