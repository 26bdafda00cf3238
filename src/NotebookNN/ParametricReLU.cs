using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN;

/// <summary>
/// Parametric ReLU as a layer: a = x for x &gt; 0 and a = α·x otherwise, where the slope α is
/// learned like a weight. dL/dα = Σ dL/da · min(0, x); dL/dx = dL/da · (1 or α).
/// One α is shared by all units (PyTorch's default).
/// </summary>
public sealed class ParametricReLU : ILayer
{
    private readonly Parameter _slope;
    private Matrix<double>? _lastInput;
    private Matrix<double>? _output;
    private Matrix<double>? _inputGradient;

    /// <summary>Creates the layer for <paramref name="size"/> units with starting slope <paramref name="initialSlope"/>.</summary>
    public ParametricReLU(int size, double initialSlope = 0.25)
    {
        if (size <= 0)
            throw new ArgumentException($"ParametricReLU needs a positive size, got {size}.", nameof(size));
        Size = size;
        InitialSlope = initialSlope;
        _slope = new Parameter("slope", [initialSlope]);
    }

    /// <summary>Number of units (inputs = outputs).</summary>
    public int Size { get; }

    /// <summary>The slope α restored by <see cref="Network.Initialize"/>.</summary>
    public double InitialSlope { get; }

    /// <summary>The current learned slope α.</summary>
    public double Slope => _slope.Value[0];

    /// <summary>dL/dα accumulated since the gradients were last zeroed.</summary>
    public double SlopeGradient => _slope.Gradient[0];

    /// <inheritdoc/>
    public int InputSize => Size;

    /// <inheritdoc/>
    public int OutputSize => Size;

    /// <inheritdoc/>
    public IReadOnlyList<Parameter> Parameters => [_slope];

    /// <inheritdoc/>
    public Matrix<double> Forward(Matrix<double> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.ColumnCount != Size)
            throw new ArgumentException($"Shape mismatch in ParametricReLU.Forward: input is [{input.RowCount} x {input.ColumnCount}], expected [batch x {Size}].", nameof(input));
        if (_output is null || _output.RowCount != input.RowCount)
            _output = new DenseMatrix(input.RowCount, Size);
        double a = Slope;
        input.Map(x => x > 0 ? x : a * x, _output);
        _lastInput = input;
        return _output;
    }

    /// <inheritdoc/>
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        ArgumentNullException.ThrowIfNull(outputGradient);
        var x = _lastInput ?? throw new InvalidOperationException("ParametricReLU.Backward was called before Forward.");
        if (outputGradient.RowCount != x.RowCount || outputGradient.ColumnCount != Size)
            throw new ArgumentException($"Shape mismatch in ParametricReLU.Backward: gradient is [{outputGradient.RowCount} x {outputGradient.ColumnCount}], last input was [{x.RowCount} x {Size}].", nameof(outputGradient));
        if (_inputGradient is null || _inputGradient.RowCount != x.RowCount)
            _inputGradient = new DenseMatrix(x.RowCount, Size);
        double a = Slope, slopeGradient = 0;
        for (int j = 0; j < Size; j++)
        {
            for (int i = 0; i < x.RowCount; i++)
            {
                double xi = x[i, j], g = outputGradient[i, j];
                if (xi > 0)
                {
                    _inputGradient[i, j] = g;
                }
                else
                {
                    _inputGradient[i, j] = a * g;
                    slopeGradient += g * xi;
                }
            }
        }
        _slope.Gradient[0] += slopeGradient;
        return _inputGradient;
    }

    /// <summary>Puts the slope back to <see cref="InitialSlope"/>.</summary>
    internal void Reset() => _slope.Value[0] = InitialSlope;

    /// <inheritdoc/>
    public string Describe() => FormattableString.Invariant($"ParametricReLU {Size}, slope {Slope:G4}");
}
