using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN;

/// <summary>
/// A 2-D convolutional layer: F filters of C x k x k weights slide over the input image (C x H x W)
/// in steps of s, with p rows and columns of zeros around it, and each position gives one output:
/// Z[n, f, i, j] = b[f] + Σ_c Σ_u Σ_v W[f, c, u, v] · X[n, c, i·s + u − p, j·s + v − p], and A = g(Z).
/// Every position shares the same filter weights. Output shape: F x H' x W' with
/// H' = ⌊(H + 2p − k)/s⌋ + 1 (same for W'). Like PyTorch's Conv2d, this is a cross-correlation.
/// Batches are matrices with one row per example: input [batch x C·H·W], output [batch x F·H'·W'],
/// each row channel-major then row-major (see <see cref="ImageShape"/>). Weights are
/// [F x C·k·k]: row f holds filter f, channel by channel, each k x k window row by row.
/// </summary>
/// <remarks>
/// The sums run directly over the batch matrix's column-major storage, where one column holds one
/// pixel of every example: each output column is a weighted sum of the input columns under its window,
/// computed with SIMD over the batch (<see cref="ConvolutionKernels"/>), with no im2col copy.
/// </remarks>
public sealed class Conv2D : ILayer
{
    private readonly Parameter _weights;
    private readonly Parameter _bias;
    private readonly Terms[] _forward;  // per output pixel o: the input columns under its window and their weights (c·k·k + tap)
    private readonly Terms[] _backward; // per input column: the dZ columns (f·H'·W' + o) of every window covering it and their weight indices
    private readonly double[] _scales;  // scratch: the weights of one sum
    private readonly Dictionary<int, BatchBuffers> _buffers = [];
    private Matrix<double>? _lastInput;
    private BatchBuffers? _last;

    /// <summary>Creates a layer with all weights and biases zero; a <see cref="Network"/> initialises them (He for ReLU).</summary>
    /// <param name="input">The shape of one input image, C x H x W.</param>
    /// <param name="filters">F, the number of filters (output channels).</param>
    /// <param name="kernelSize">k: each filter looks at a k x k window of every input channel.</param>
    /// <param name="stride">s: how many pixels the window moves per step.</param>
    /// <param name="padding">p: rows and columns of zeros added on each side of the input.</param>
    /// <param name="activation">g; <see cref="Activation.Identity"/> when omitted.</param>
    /// <exception cref="ArgumentException">A size is not positive, or the window does not fit the padded image.</exception>
    public Conv2D(ImageShape input, int filters, int kernelSize, int stride = 1, int padding = 0, Activation? activation = null)
    {
        if (input.Size <= 0)
            throw new ArgumentException("A convolutional layer needs an input shape (channels x height x width).", nameof(input));
        if (filters <= 0)
            throw new ArgumentException($"A convolutional layer needs at least one filter, got {filters}.", nameof(filters));
        if (kernelSize <= 0 || stride <= 0 || padding < 0)
            throw new ArgumentException($"A convolutional layer needs a positive kernel size and stride and a padding of 0 or more, got kernel {kernelSize}, stride {stride}, padding {padding}.");
        if (kernelSize > input.Height + 2 * padding || kernelSize > input.Width + 2 * padding)
            throw new ArgumentException($"A {kernelSize}x{kernelSize} kernel does not fit a {input} input with padding {padding}.", nameof(kernelSize));
        InputShape = input;
        KernelSize = kernelSize;
        Stride = stride;
        Padding = padding;
        OutputShape = new ImageShape(filters,
            ImageShape.OutputLength(input.Height, kernelSize, stride, padding),
            ImageShape.OutputLength(input.Width, kernelSize, stride, padding));
        Activation = activation ?? Activation.Identity;
        _weights = new Parameter("weights", filters, input.Channels * kernelSize * kernelSize);
        _bias = new Parameter("bias", filters, 1);
        Weights = _weights.AsMatrix();
        Bias = new DenseVector(_bias.Value);
        WeightsGradient = _weights.GradientAsMatrix();
        BiasGradient = new DenseVector(_bias.Gradient);
        (_forward, _backward) = Windows();
        _scales = new double[Math.Max(_forward.Max(t => t.Columns.Length), _backward.Max(t => t.Columns.Length))];
    }

    /// <summary>The shape of one input image, C x H x W.</summary>
    public ImageShape InputShape { get; }

    /// <summary>The shape of one output, F x H' x W'.</summary>
    public ImageShape OutputShape { get; }

    /// <summary>k, the side of each filter's window.</summary>
    public int KernelSize { get; }

    /// <summary>s, the step between windows.</summary>
    public int Stride { get; }

    /// <summary>p, the zeros added on each side.</summary>
    public int Padding { get; }

    /// <summary>F, the number of filters.</summary>
    public int Filters => OutputShape.Channels;

    /// <summary>g, applied after the weighted sum.</summary>
    public Activation Activation { get; }

    /// <inheritdoc/>
    public int InputSize => InputShape.Size;

    /// <inheritdoc/>
    public int OutputSize => OutputShape.Size;

    /// <summary>W [F x C·k·k]: row f is filter f (channel by channel, each window row by row). A live view.</summary>
    public Matrix<double> Weights { get; }

    /// <summary>b [F]: one bias per filter. A live view.</summary>
    public Vector<double> Bias { get; }

    /// <summary>dLoss/dW [F x C·k·k], summed since the last <see cref="Network.ZeroGradients"/>.</summary>
    public Matrix<double> WeightsGradient { get; }

    /// <summary>dLoss/db [F], summed since the last zeroing.</summary>
    public Vector<double> BiasGradient { get; }

    /// <summary>Z from the last Forward [batch x F·H'·W'], or null before the first.</summary>
    public Matrix<double>? LastWeightedSum => _last?.Z;

    /// <summary>A = g(Z) from the last Forward [batch x F·H'·W'] (the feature maps), or null before the first.</summary>
    public Matrix<double>? LastOutput => _last?.A;

    /// <inheritdoc/>
    public IReadOnlyList<Parameter> Parameters => [_weights, _bias];

    /// <summary>Filter <paramref name="filter"/>'s k x k window for input channel <paramref name="channel"/>, as a new matrix.</summary>
    public Matrix<double> Kernel(int filter, int channel)
    {
        if ((uint)filter >= (uint)Filters || (uint)channel >= (uint)InputShape.Channels)
            throw new ArgumentOutOfRangeException(nameof(filter), $"The layer has {Filters} filters and {InputShape.Channels} input channels; asked for filter {filter}, channel {channel}.");
        int k = KernelSize;
        return DenseMatrix.Create(k, k, (u, v) => Weights[filter, (channel * k + u) * k + v]);
    }

    /// <summary>
    /// A = g(Z) for a batch X [batch x C·H·W]. The result is this layer's buffer and is overwritten by
    /// the next Forward with the same batch size: copy it (<c>.Clone()</c>) to keep it.
    /// </summary>
    /// <exception cref="ArgumentException">X does not hold C x H x W images.</exception>
    public Matrix<double> Forward(Matrix<double> input)
    {
        InputShape.CheckBatch(input, "Conv2D.Forward");
        int n = input.RowCount;
        var buffers = BuffersFor(n);
        var x = MatrixKernels.Storage(input);
        var z = MatrixKernels.Storage(buffers.Z);
        var w = _weights.Value;
        int filters = Filters, outPixels = OutputShape.PixelsPerChannel;
        for (int f = 0; f < filters; f++)
        {
            for (int o = 0; o < outPixels; o++)
            {
                var (columns, weights) = _forward[o];
                var scales = _scales.AsSpan(0, weights.Length);
                for (int t = 0; t < weights.Length; t++)
                    scales[t] = w[weights[t] * filters + f];
                // Z[:, f, o] = b[f] + Σ over the window and the channels of W[f, c, u, v] X[:, c, y, x]
                ConvolutionKernels.WeightedColumnSum(x, n, columns, scales, _bias.Value[f], z.Slice((f * outPixels + o) * n, n));
            }
        }
        if (!ReferenceEquals(buffers.A, buffers.Z))
            Activation.Apply(buffers.Z, buffers.A);
        _lastInput = input;
        _last = buffers;
        return buffers.A;
    }

    /// <summary>
    /// Given dL/dA [batch x F·H'·W']: dZ = dL/dA ⊙ g'(Z); adds to dL/dW every window position's
    /// dZ · X products and to dL/db the sums of dZ per filter; returns dL/dX [batch x C·H·W], where each
    /// input pixel collects W · dZ from every window that covered it (a buffer, overwritten next time).
    /// </summary>
    /// <exception cref="InvalidOperationException">Backward is called before Forward.</exception>
    /// <exception cref="ArgumentException">The gradient's shape differs from the last output's.</exception>
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        ArgumentNullException.ThrowIfNull(outputGradient);
        var buffers = _last ?? throw new InvalidOperationException("Conv2D.Backward was called before Forward.");
        int n = buffers.Z.RowCount;
        if (outputGradient.RowCount != n || outputGradient.ColumnCount != OutputSize)
            throw new ArgumentException(
                $"Shape mismatch in Conv2D.Backward: the gradient is [{outputGradient.RowCount} x {outputGradient.ColumnCount}] but the last output was [{n} x {OutputShape}] = [{n} x {OutputSize}].",
                nameof(outputGradient));

        outputGradient.CopyTo(buffers.DZ);
        if (!ReferenceEquals(Activation, Activation.Identity))
            Activation.MultiplyByDerivative(buffers.Z, buffers.DZ); // dZ = dA ⊙ g'(Z)

        var x = MatrixKernels.Storage(_lastInput!);
        var dz = MatrixKernels.Storage(buffers.DZ);
        var dx = MatrixKernels.Storage(buffers.DX);
        var w = _weights.Value;
        var dw = _weights.Gradient;
        int filters = Filters, outPixels = OutputShape.PixelsPerChannel;
        for (int f = 0; f < filters; f++)
        {
            double biasSum = 0;
            for (int o = 0; o < outPixels; o++)
            {
                var dzColumn = dz.Slice((f * outPixels + o) * n, n);
                biasSum += ConvolutionKernels.Sum(dzColumn);                            // db += Σ dZ
                var (columns, weights) = _forward[o];
                for (int t = 0; t < columns.Length; t++)
                    dw[weights[t] * filters + f] += MatrixKernels.Dot(dzColumn, x.Slice(columns[t] * n, n)); // dW += dZ · X under the window
            }
            _bias.Gradient[f] += biasSum;
        }
        for (int i = 0; i < _backward.Length; i++)
        {
            var (columns, weights) = _backward[i];
            var scales = _scales.AsSpan(0, weights.Length);
            for (int t = 0; t < weights.Length; t++)
                scales[t] = w[weights[t]];
            // dX[:, c, y, x] = Σ over every window covering (y, x) and every filter of W[f, c, u, v] dZ[:, f, o]
            ConvolutionKernels.WeightedColumnSum(dz, n, columns, scales, 0, dx.Slice(i * n, n));
        }
        return buffers.DX;
    }

    /// <inheritdoc/>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"Conv2D {InputShape} -> {OutputShape}, {KernelSize}x{KernelSize} kernel, stride {Stride}, padding {Padding}, {Activation.Name}");

    /// <inheritdoc/>
    public override string ToString() => Describe();

    /// <summary>
    /// The index tables of the sums: for each output pixel, the input columns its window covers (inside the
    /// image: padding contributes zeros) with their weight rows c·k·k + u·k + v; and, turned around, for each
    /// input column, the dZ columns of the windows covering it with their weight indices.
    /// </summary>
    private (Terms[] Forward, Terms[] Backward) Windows()
    {
        int k = KernelSize, taps = k * k, filters = Filters;
        int inPixels = InputShape.PixelsPerChannel, outPixels = OutputShape.PixelsPerChannel;
        var forward = new Terms[outPixels];
        var backward = Enumerable.Range(0, InputSize).Select(_ => (Columns: new List<int>(), Weights: new List<int>())).ToArray();
        for (int o = 0; o < outPixels; o++)
        {
            int i = o / OutputShape.Width, j = o % OutputShape.Width;
            var columns = new List<int>();
            var weights = new List<int>();
            for (int c = 0; c < InputShape.Channels; c++)
            {
                for (int u = 0; u < k; u++)
                {
                    for (int v = 0; v < k; v++)
                    {
                        int y = i * Stride + u - Padding, xPos = j * Stride + v - Padding;
                        if (y < 0 || y >= InputShape.Height || xPos < 0 || xPos >= InputShape.Width)
                            continue;
                        columns.Add(c * inPixels + y * InputShape.Width + xPos);
                        weights.Add(c * taps + u * k + v);
                    }
                }
            }
            forward[o] = new Terms([.. columns], [.. weights]);
            for (int f = 0; f < filters; f++)
            {
                for (int t = 0; t < columns.Count; t++)
                {
                    backward[columns[t]].Columns.Add(f * outPixels + o);
                    backward[columns[t]].Weights.Add(weights[t] * filters + f);
                }
            }
        }
        return (forward, [.. backward.Select(b => new Terms([.. b.Columns], [.. b.Weights]))]);
    }

    private BatchBuffers BuffersFor(int batch)
    {
        if (!_buffers.TryGetValue(batch, out var b))
        {
            if (_buffers.Count >= MaxCachedBatchSizes)
                _buffers.Clear(); // many different batch sizes: do not hoard memory
            var z = new DenseMatrix(batch, OutputSize);
            b = new BatchBuffers(
                z,
                ReferenceEquals(Activation, Activation.Identity) ? z : new DenseMatrix(batch, OutputSize),
                new DenseMatrix(batch, OutputSize),
                new DenseMatrix(batch, InputSize));
            _buffers[batch] = b;
        }
        return b;
    }

    private const int MaxCachedBatchSizes = 4;

    private sealed record BatchBuffers(Matrix<double> Z, Matrix<double> A, Matrix<double> DZ, Matrix<double> DX);

    /// <summary>The terms of one weighted sum: which columns, and which weights scale them.</summary>
    private readonly record struct Terms(int[] Columns, int[] Weights);
}
