using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN;

/// <summary>
/// A loss function: how far a batch of network outputs [batch x outputs] is from the targets
/// (same shape), averaged into one number, and its gradient dLoss/dOutput for backpropagation.
/// </summary>
public interface ILoss
{
    /// <summary>A short name such as "mean squared error".</summary>
    string Name { get; }

    /// <summary>The loss of the batch (a mean over the batch unless the name says "sum").</summary>
    double Value(Matrix<double> output, Matrix<double> target);

    /// <summary>dLoss/dOutput, written into <paramref name="result"/> (same shape as the output).</summary>
    void Gradient(Matrix<double> output, Matrix<double> target, Matrix<double> result);

    /// <summary>The class each output row stands for (threshold or arg-max), for accuracy.</summary>
    int[] Classify(Matrix<double> output);
}

/// <summary>Helpers shared by the losses, and the list of all of them.</summary>
public static class Loss
{
    /// <summary>Mean squared error (PyTorch's mse_loss): mean over all entries of (ŷ - y)².</summary>
    public static ILoss MeanSquaredError { get; } = new MeanSquaredError();

    /// <summary>½ Σ (ŷ - y)²: the sum form whose gradient is simply ŷ - y.</summary>
    public static ILoss HalfSumSquaredError { get; } = new HalfSumSquaredError();

    /// <summary>Binary cross-entropy on probabilities (outputs of a sigmoid).</summary>
    public static ILoss BinaryCrossEntropy { get; } = new BinaryCrossEntropy();

    /// <summary>Binary cross-entropy from logits (no sigmoid on the output layer; stable for large logits).</summary>
    public static ILoss BinaryCrossEntropyWithLogits { get; } = new BinaryCrossEntropyWithLogits();

    /// <summary>Categorical cross-entropy from logits: softmax and cross-entropy in one stable step.</summary>
    public static ILoss SoftmaxCrossEntropy { get; } = new SoftmaxCrossEntropy();

    /// <summary>dLoss/dOutput as a new matrix.</summary>
    public static Matrix<double> GradientOf(this ILoss loss, Matrix<double> output, Matrix<double> target)
    {
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(output);
        var result = new DenseMatrix(output.RowCount, output.ColumnCount);
        loss.Gradient(output, target, result);
        return result;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming both shapes when output and target differ.</summary>
    internal static void CheckShapes(string lossName, Matrix<double> output, Matrix<double> target)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(target);
        if (output.RowCount != target.RowCount || output.ColumnCount != target.ColumnCount)
            throw new ArgumentException(
                $"Shape mismatch in {lossName}: the output is [{output.RowCount} x {output.ColumnCount}] but the target is [{target.RowCount} x {target.ColumnCount}]; they must be equal (one row per example).");
    }

    /// <summary>Σ f(output, target) over every entry (shapes already checked).</summary>
    internal static double SumOverEntries(Matrix<double> output, Matrix<double> target, Func<double, double, double> f)
    {
        double sum = 0;
        for (int j = 0; j < output.ColumnCount; j++)
        {
            for (int i = 0; i < output.RowCount; i++)
                sum += f(output[i, j], target[i, j]);
        }
        return sum;
    }

    /// <summary>result = f(output, target) entry by entry (shapes already checked).</summary>
    internal static void MapEntries(Matrix<double> output, Matrix<double> target, Matrix<double> result, Func<double, double, double> f)
    {
        for (int j = 0; j < output.ColumnCount; j++)
        {
            for (int i = 0; i < output.RowCount; i++)
                result[i, j] = f(output[i, j], target[i, j]);
        }
    }

    /// <summary>Class per row: output &gt;= threshold for one column, otherwise the arg-max.</summary>
    internal static int[] ThresholdOrArgMax(Matrix<double> output, double threshold) =>
        output.ColumnCount == 1
            ? [.. Enumerable.Range(0, output.RowCount).Select(i => output[i, 0] >= threshold ? 1 : 0)]
            : Metrics.ArgMax(output);
}
