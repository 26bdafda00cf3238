using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Plotting;

/// <summary>
/// A model evaluated on a grid of points covering a 2-D input space: what a decision-surface chart
/// colours. For a model with one output the value is that output (P(class 1) for a sigmoid
/// output); with several outputs it is the class with the largest output (argmax).
/// </summary>
public sealed class DecisionGrid
{
    private DecisionGrid(double[] x, double[] y, double[,] values, int outputs)
    {
        X = x;
        Y = y;
        Values = values;
        Outputs = outputs;
    }

    /// <summary>The x1 coordinate of each grid column.</summary>
    public double[] X { get; }

    /// <summary>The x2 coordinate of each grid row.</summary>
    public double[] Y { get; }

    /// <summary>Values [rows x columns]: Values[i, j] is the model at (X[j], Y[i]).</summary>
    public double[,] Values { get; }

    /// <summary>The model's number of outputs: 1 means Values are the output itself, more means they are argmax classes.</summary>
    public int Outputs { get; }

    /// <summary>True when the values are class numbers (argmax of several outputs).</summary>
    public bool IsClassMap => Outputs > 1;

    /// <summary>
    /// The grid points as one batch [columns·rows x 2]: row k is (X[k % columns], Y[k / columns]),
    /// i.e. the grid row by row. This is exactly what the model is given.
    /// </summary>
    public static Matrix<double> Points(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var points = new DenseMatrix(x.Count * y.Count, 2);
        for (int i = 0; i < y.Count; i++)
        {
            for (int j = 0; j < x.Count; j++)
            {
                points[i * x.Count + j, 0] = x[j];
                points[i * x.Count + j, 1] = y[i];
            }
        }
        return points;
    }

    /// <summary>Evaluates <paramref name="model"/> (a batch [n x 2] to outputs [n x k]) on a resolution x resolution grid over the given box.</summary>
    /// <exception cref="ArgumentException">The model returns a matrix of the wrong shape, or a range is empty.</exception>
    public static DecisionGrid Compute(Func<Matrix<double>, Matrix<double>> model, double xMin, double xMax, double yMin, double yMax, int resolution = 60)
    {
        ArgumentNullException.ThrowIfNull(model);
        var x = Charts.Range(xMin, xMax, resolution);
        var y = Charts.Range(yMin, yMax, resolution);
        var points = Points(x, y);
        var outputs = model(points);
        if (outputs.RowCount != points.RowCount || outputs.ColumnCount == 0)
            throw new ArgumentException($"DecisionGrid: the model was given [{points.RowCount} x 2] grid points and returned [{outputs.RowCount} x {outputs.ColumnCount}]; it must return one row of outputs per point.", nameof(model));
        var values = new double[y.Length, x.Length];
        for (int i = 0; i < y.Length; i++)
        {
            for (int j = 0; j < x.Length; j++)
            {
                var row = outputs.Row(i * x.Length + j);
                values[i, j] = outputs.ColumnCount == 1 ? row[0] : row.MaximumIndex();
            }
        }
        return new DecisionGrid(x, y, values, outputs.ColumnCount);
    }

    /// <summary>Evaluates a network on a grid; see <see cref="Compute(Func{Matrix{double}, Matrix{double}}, double, double, double, double, int)"/>.</summary>
    public static DecisionGrid Compute(Network network, double xMin, double xMax, double yMin, double yMax, int resolution = 60)
    {
        ArgumentNullException.ThrowIfNull(network);
        CheckTwoInputs(network.InputSize, "the network has " + network.InputSize + " inputs");
        return Compute(network.Predict, xMin, xMax, yMin, yMax, resolution);
    }

    /// <summary>
    /// Evaluates <paramref name="model"/> on a grid covering <paramref name="data"/> with a margin of
    /// <paramref name="padding"/> (a share of each feature's range) on every side. Call it once per epoch
    /// on the same data to collect the frames of <see cref="Charts.DecisionSurfaceAnimation"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The data set does not have exactly 2 features.</exception>
    public static DecisionGrid ForData(Func<Matrix<double>, Matrix<double>> model, Dataset data, int resolution = 60, double padding = 0.1)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckTwoInputs(data.FeatureCount, $"data set '{data.Name}' has {data.FeatureCount} features");
        var (xMin, xMax) = PaddedRange(data.Features.Column(0), padding);
        var (yMin, yMax) = PaddedRange(data.Features.Column(1), padding);
        return Compute(model, xMin, xMax, yMin, yMax, resolution);
    }

    /// <summary>Evaluates a network on a grid covering the data; see <see cref="ForData(Func{Matrix{double}, Matrix{double}}, Dataset, int, double)"/>.</summary>
    public static DecisionGrid ForData(Network network, Dataset data, int resolution = 60, double padding = 0.1)
    {
        ArgumentNullException.ThrowIfNull(network);
        CheckTwoInputs(network.InputSize, "the network has " + network.InputSize + " inputs");
        return ForData(network.Predict, data, resolution, padding);
    }

    private static (double Min, double Max) PaddedRange(Vector<double> values, double padding)
    {
        double min = values.Minimum(), max = values.Maximum();
        double margin = max > min ? padding * (max - min) : 1;
        return (min - margin, max + margin);
    }

    private static void CheckTwoInputs(int count, string what)
    {
        if (count != 2)
            throw new ArgumentException($"A decision surface is drawn over 2 inputs, but {what}.");
    }
}
