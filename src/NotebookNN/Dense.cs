using NotebookNN.Display;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using NotebookNN.Plotting;

namespace NotebookNN;

/// <summary>
/// A fully connected layer: for a batch X [batch x inputs],
/// Z = X Wᵀ + b (b added to every row) and A = g(Z), with W [outputs x inputs] and b [outputs].
/// For one example x this is the notebooks' a = g(W x + b).
/// </summary>
[TypeFormatterSource(typeof(TextFormatterSource), PreferredMimeTypes = ["text/plain"])]
public sealed class Dense : ILayer
{
    private readonly Parameter _weights;
    private readonly Parameter _bias;
    private readonly Dictionary<int, BatchBuffers> _buffers = [];
    private Matrix<double>? _lastInput;
    private BatchBuffers? _last;

    /// <summary>Creates a layer with all weights and biases zero; a <see cref="Network"/> initialises them.</summary>
    /// <param name="inputs">Number of inputs per example (the previous layer's width).</param>
    /// <param name="outputs">Number of neurons in this layer.</param>
    /// <param name="activation">g; <see cref="Activation.Identity"/> when omitted (logits, regression).</param>
    public Dense(int inputs, int outputs, Activation? activation = null)
    {
        if (inputs <= 0 || outputs <= 0)
            throw new ArgumentException($"A dense layer needs positive sizes, got {inputs} inputs and {outputs} outputs.");
        _weights = new Parameter("weights", outputs, inputs);
        _bias = new Parameter("bias", outputs, 1);
        Activation = activation ?? Activation.Identity;
        Weights = _weights.AsMatrix();
        Bias = new DenseVector(_bias.Value);
        WeightsGradient = _weights.GradientAsMatrix();
        BiasGradient = new DenseVector(_bias.Gradient);
    }

    /// <inheritdoc/>
    public int InputSize => _weights.Columns;

    /// <inheritdoc/>
    public int OutputSize => _weights.Rows;

    /// <summary>g, applied after the weighted sum.</summary>
    public Activation Activation { get; }

    /// <summary>W [outputs x inputs]: row j holds neuron j's weights. A live view: writing to it changes the layer.</summary>
    public Matrix<double> Weights { get; }

    /// <summary>b [outputs]: one bias per neuron. A live view.</summary>
    public Vector<double> Bias { get; }

    /// <summary>dLoss/dW [outputs x inputs], summed since the last <see cref="Network.ZeroGradients"/>.</summary>
    public Matrix<double> WeightsGradient { get; }

    /// <summary>dLoss/db [outputs], summed since the last zeroing.</summary>
    public Vector<double> BiasGradient { get; }

    /// <summary>Z = X Wᵀ + b from the last Forward [batch x outputs], or null before the first.</summary>
    public Matrix<double>? LastWeightedSum => _last?.Z;

    /// <summary>A = g(Z) from the last Forward [batch x outputs], or null before the first.</summary>
    public Matrix<double>? LastOutput => _last?.A;

    /// <inheritdoc/>
    public IReadOnlyList<Parameter> Parameters => [_weights, _bias];

    /// <summary>
    /// A = g(X Wᵀ + b) for a batch X [batch x inputs]. The result is this layer's buffer and is
    /// overwritten by the next Forward with the same batch size: copy it (<c>.Clone()</c>) to keep it.
    /// </summary>
    /// <exception cref="ArgumentException">X does not have <see cref="InputSize"/> columns.</exception>
    public Matrix<double> Forward(Matrix<double> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.ColumnCount != InputSize)
            throw new ArgumentException(
                $"Shape mismatch in Dense.Forward: input is [{input.RowCount} x {input.ColumnCount}] but the weights are [{OutputSize} x {InputSize}], so the input needs {InputSize} columns (one row per example).",
                nameof(input));

        var buffers = BuffersFor(input.RowCount);
        MatrixKernels.MultiplyTransposed(input, Weights, buffers.Z); // Z = X Wᵀ
        AddBiasToRows(buffers.Z);                               // Z += b on every row
        if (!ReferenceEquals(buffers.A, buffers.Z))
            Activation.Apply(buffers.Z, buffers.A);             // A = g(Z)
        _lastInput = input;
        _last = buffers;
        return buffers.A;
    }

    /// <summary>
    /// Given dL/dA [batch x outputs]: dZ = dL/dA ⊙ g'(Z); adds dZᵀ X to dL/dW and the column sums of
    /// dZ to dL/db; returns dL/dX = dZ W [batch x inputs] (a buffer, overwritten next time).
    /// </summary>
    /// <exception cref="InvalidOperationException">Backward is called before Forward.</exception>
    /// <exception cref="ArgumentException">The gradient's shape differs from the last output's.</exception>
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        ArgumentNullException.ThrowIfNull(outputGradient);
        var buffers = _last ?? throw new InvalidOperationException("Dense.Backward was called before Forward.");
        var input = _lastInput!;
        if (outputGradient.RowCount != buffers.Z.RowCount || outputGradient.ColumnCount != OutputSize)
            throw new ArgumentException(
                $"Shape mismatch in Dense.Backward: the gradient is [{outputGradient.RowCount} x {outputGradient.ColumnCount}] but the last output was [{buffers.Z.RowCount} x {OutputSize}].",
                nameof(outputGradient));

        var dZ = buffers.DZ;
        outputGradient.CopyTo(dZ);
        if (!ReferenceEquals(Activation, Activation.Identity))
            Activation.MultiplyByDerivative(buffers.Z, dZ);     // dZ = dA ⊙ g'(Z)

        MatrixKernels.AddTransposedProduct(dZ, input, WeightsGradient); // dW += dZᵀ X  [outputs x inputs]
        AddColumnSums(dZ, _bias.Gradient);                               // db += column sums of dZ

        MatrixKernels.Multiply(dZ, Weights, buffers.DX);                 // dX = dZ W  [batch x inputs]
        return buffers.DX;
    }

    /// <inheritdoc/>
    public string Describe() => $"Dense {InputSize} -> {OutputSize}, {Activation.Name}";

    /// <inheritdoc/>
    public override string ToString() => Describe();

    private void AddBiasToRows(Matrix<double> z)
    {
        var zs = z.AsColumnMajorArray();
        int rows = z.RowCount;
        var b = _bias.Value;
        for (int j = 0; j < b.Length; j++)
        {
            var column = zs.AsSpan(j * rows, rows);
            double bj = b[j];
            for (int i = 0; i < column.Length; i++)
                column[i] += bj;
        }
    }

    private static void AddColumnSums(Matrix<double> m, double[] into)
    {
        var ms = m.AsColumnMajorArray();
        int rows = m.RowCount;
        for (int j = 0; j < into.Length; j++)
        {
            double sum = 0;
            foreach (var v in ms.AsSpan(j * rows, rows))
                sum += v;
            into[j] += sum;
        }
    }

    private BatchBuffers BuffersFor(int batch)
    {
        if (!_buffers.TryGetValue(batch, out var b))
        {
            if (_buffers.Count >= MaxCachedBatchSizes)
                _buffers.Clear(); // many different batch sizes (e.g. a plotting grid): do not hoard memory
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
}
