using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN;

/// <summary>
/// Feature scaling learned from the training data and applied unchanged to test data:
/// x' = (x - Shift) / Scale, column by column. Create with <c>Scaler.Standardize</c> or <c>Scaler.MinMax</c>.
/// </summary>
public sealed class Scaler
{
    private Scaler(string kind, double[] shift, double[] scale)
    {
        Kind = kind;
        Shift = shift;
        Scale = scale;
    }

    /// <summary>"standardize" or "min-max".</summary>
    public string Kind { get; }

    /// <summary>Subtracted from each column (the mean, or the minimum).</summary>
    public double[] Shift { get; }

    /// <summary>Each column is divided by this (the standard deviation, or max - min; 1 for a constant column).</summary>
    public double[] Scale { get; }

    /// <summary>Learns mean and standard deviation per column, so scaled columns have mean 0 and standard deviation 1.</summary>
    public static Scaler Standardize(Matrix<double> X)
    {
        ArgumentNullException.ThrowIfNull(X);
        var mean = new double[X.ColumnCount];
        var std = new double[X.ColumnCount];
        for (int j = 0; j < X.ColumnCount; j++)
        {
            var column = X.Column(j);
            mean[j] = column.Average();
            double variance = column.Select(v => (v - mean[j]) * (v - mean[j])).Average();
            std[j] = variance > 0 ? Math.Sqrt(variance) : 1.0;
        }
        return new Scaler("standardize", mean, std);
    }

    /// <summary>Learns each column's minimum and range, so scaled training columns lie in [0, 1].</summary>
    public static Scaler MinMax(Matrix<double> X)
    {
        ArgumentNullException.ThrowIfNull(X);
        var min = new double[X.ColumnCount];
        var range = new double[X.ColumnCount];
        for (int j = 0; j < X.ColumnCount; j++)
        {
            var column = X.Column(j);
            min[j] = column.Minimum();
            double r = column.Maximum() - min[j];
            range[j] = r > 0 ? r : 1.0;
        }
        return new Scaler("min-max", min, range);
    }

    /// <summary>Learns from a data set's features.</summary>
    public static Scaler Standardize(Dataset data) => Standardize(data?.Features ?? throw new ArgumentNullException(nameof(data)));

    /// <summary>Learns from a data set's features.</summary>
    public static Scaler MinMax(Dataset data) => MinMax(data?.Features ?? throw new ArgumentNullException(nameof(data)));

    /// <summary>Scales X with what was learned; returns a new matrix.</summary>
    /// <exception cref="ArgumentException">X has a different number of columns than the data the scaler learned from.</exception>
    public Matrix<double> Transform(Matrix<double> X)
    {
        ArgumentNullException.ThrowIfNull(X);
        if (X.ColumnCount != Shift.Length)
            throw new ArgumentException($"This scaler learned {Shift.Length} columns but X is [{X.RowCount} x {X.ColumnCount}].", nameof(X));
        return DenseMatrix.Create(X.RowCount, X.ColumnCount, (i, j) => (X[i, j] - Shift[j]) / Scale[j]);
    }

    /// <summary>The same data set with scaled features.</summary>
    public Dataset Transform(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.WithFeatures(Transform(data.Features));
    }
}
