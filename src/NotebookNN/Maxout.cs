using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN;

/// <summary>
/// Maxout: each output unit j has k linear pieces z_{j,p} = w_{j,p}·x + b_{j,p} and outputs the
/// largest, a_j = max_p z_{j,p}. The activation is learned: with enough pieces it can shape any
/// convex function. The gradient flows only through the winning piece.
/// Weights are [(outputs·k) x inputs]; row j·k + p holds piece p of unit j.
/// </summary>
public sealed class Maxout : ILayer
{
    private readonly Dense _pieces;
    private Matrix<double>? _output;
    private Matrix<double>? _piecesGradient;
    private int[]? _winner; // for each (example, unit): the winning piece, row-major

    /// <summary>Creates a maxout layer with <paramref name="pieces"/> linear pieces per output unit.</summary>
    public Maxout(int inputs, int outputs, int pieces)
    {
        if (pieces < 1)
            throw new ArgumentException($"Maxout needs at least one piece, got {pieces}.", nameof(pieces));
        _pieces = new Dense(inputs, outputs * pieces);
        OutputSize = outputs;
        Pieces = pieces;
    }

    /// <summary>k, the number of linear pieces per unit.</summary>
    public int Pieces { get; }

    /// <inheritdoc/>
    public int InputSize => _pieces.InputSize;

    /// <inheritdoc/>
    public int OutputSize { get; }

    /// <summary>All pieces' weights [(outputs·k) x inputs].</summary>
    public Matrix<double> Weights => _pieces.Weights;

    /// <summary>All pieces' biases [outputs·k].</summary>
    public Vector<double> Bias => _pieces.Bias;

    /// <inheritdoc/>
    public IReadOnlyList<Parameter> Parameters => _pieces.Parameters;

    /// <summary>The maxout function itself: the largest of the pieces' values.</summary>
    public static double Apply(ReadOnlySpan<double> pieceValues)
    {
        if (pieceValues.IsEmpty)
            throw new ArgumentException("Maxout of no pieces is undefined.", nameof(pieceValues));
        double best = pieceValues[0];
        foreach (var v in pieceValues)
            best = Math.Max(best, v);
        return best;
    }

    /// <inheritdoc/>
    public Matrix<double> Forward(Matrix<double> input)
    {
        var z = _pieces.Forward(input);
        int batch = input.RowCount;
        if (_output is null || _output.RowCount != batch)
        {
            _output = new DenseMatrix(batch, OutputSize);
            _winner = new int[batch * OutputSize];
        }
        for (int i = 0; i < batch; i++)
        {
            for (int j = 0; j < OutputSize; j++)
            {
                int best = 0;
                for (int p = 1; p < Pieces; p++)
                {
                    if (z[i, j * Pieces + p] > z[i, j * Pieces + best])
                        best = p;
                }
                _winner![i * OutputSize + j] = best;
                _output[i, j] = z[i, j * Pieces + best];
            }
        }
        return _output;
    }

    /// <inheritdoc/>
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        ArgumentNullException.ThrowIfNull(outputGradient);
        if (_output is null)
            throw new InvalidOperationException("Maxout.Backward was called before Forward.");
        if (outputGradient.RowCount != _output.RowCount || outputGradient.ColumnCount != OutputSize)
            throw new ArgumentException($"Shape mismatch in Maxout.Backward: gradient is [{outputGradient.RowCount} x {outputGradient.ColumnCount}], last output was [{_output.RowCount} x {OutputSize}].", nameof(outputGradient));
        int batch = _output.RowCount;
        if (_piecesGradient is null || _piecesGradient.RowCount != batch)
            _piecesGradient = new DenseMatrix(batch, OutputSize * Pieces);
        _piecesGradient.Clear();
        for (int i = 0; i < batch; i++)
        {
            for (int j = 0; j < OutputSize; j++)
                _piecesGradient[i, j * Pieces + _winner![i * OutputSize + j]] = outputGradient[i, j];
        }
        return _pieces.Backward(_piecesGradient);
    }

    /// <inheritdoc/>
    public string Describe() => $"Maxout {InputSize} -> {OutputSize}, {Pieces} pieces";
}
