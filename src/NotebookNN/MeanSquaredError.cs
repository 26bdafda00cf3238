using MathNet.Numerics.LinearAlgebra;

namespace NotebookNN;

/// <summary>
/// Mean squared error for regression: L = (1/n) Σ (ŷ - y)² over all n entries of the batch;
/// dL/dŷ = 2 (ŷ - y) / n. The same as PyTorch's <c>mse_loss</c>.
/// </summary>
public sealed class MeanSquaredError : ILoss
{
    /// <inheritdoc/>
    public string Name => "mean squared error";

    /// <inheritdoc/>
    public double Value(Matrix<double> output, Matrix<double> target)
    {
        Loss.CheckShapes(Name, output, target);
        return SumOfSquaredErrors(output, target) / (output.RowCount * output.ColumnCount);
    }

    /// <inheritdoc/>
    public void Gradient(Matrix<double> output, Matrix<double> target, Matrix<double> result)
    {
        Loss.CheckShapes(Name, output, target);
        double scale = 2.0 / (output.RowCount * output.ColumnCount);
        output.Subtract(target, result);
        result.Multiply(scale, result);
    }

    /// <summary>For one output, class 1 when ŷ &gt;= 0.5; otherwise the largest output.</summary>
    public int[] Classify(Matrix<double> output) => Loss.ThresholdOrArgMax(output, 0.5);

    /// <summary>Σ (ŷ - y)² over every entry (shapes already checked).</summary>
    internal static double SumOfSquaredErrors(Matrix<double> output, Matrix<double> target) =>
        Loss.SumOverEntries(output, target, (yHat, y) => (yHat - y) * (yHat - y));
}

/// <summary>
/// Half the sum of squared errors: L = ½ Σ (ŷ - y)². The ½ is a convention that cancels the 2
/// from differentiating the square, so dL/dŷ = ŷ - y. Not averaged over the batch.
/// </summary>
public sealed class HalfSumSquaredError : ILoss
{
    /// <inheritdoc/>
    public string Name => "half sum of squared errors";

    /// <inheritdoc/>
    public double Value(Matrix<double> output, Matrix<double> target)
    {
        Loss.CheckShapes(Name, output, target);
        return 0.5 * MeanSquaredError.SumOfSquaredErrors(output, target);
    }

    /// <inheritdoc/>
    public void Gradient(Matrix<double> output, Matrix<double> target, Matrix<double> result)
    {
        Loss.CheckShapes(Name, output, target);
        output.Subtract(target, result);
    }

    /// <summary>For one output, class 1 when ŷ &gt;= 0.5; otherwise the largest output.</summary>
    public int[] Classify(Matrix<double> output) => Loss.ThresholdOrArgMax(output, 0.5);
}
