using MathNet.Numerics.LinearAlgebra;

namespace NotebookNN;

/// <summary>
/// Binary cross-entropy on probabilities p (the output of a sigmoid) against labels y in {0, 1}:
/// L = -(1/n) Σ [y ln p + (1 - y) ln(1 - p)]; dL/dp = (p - y) / (p (1 - p)) / n.
/// As in PyTorch, each log is clamped at -100 so p = 0 or 1 gives a large finite loss, not infinity.
/// </summary>
public sealed class BinaryCrossEntropy : ILoss
{
    /// <inheritdoc/>
    public string Name => "binary cross-entropy";

    /// <inheritdoc/>
    public double Value(Matrix<double> output, Matrix<double> target)
    {
        Loss.CheckShapes(Name, output, target);
        double sum = Loss.SumOverEntries(output, target, (p, y) => -(y * ClampedLog(p) + (1 - y) * ClampedLog(1 - p)));
        return sum / (output.RowCount * output.ColumnCount);
    }

    /// <inheritdoc/>
    public void Gradient(Matrix<double> output, Matrix<double> target, Matrix<double> result)
    {
        Loss.CheckShapes(Name, output, target);
        double n = output.RowCount * output.ColumnCount;
        Loss.MapEntries(output, target, result, (p, y) => (p - y) / Math.Max(p * (1 - p), 1e-12) / n);
    }

    /// <summary>Class 1 when p &gt;= 0.5 (one output); otherwise the largest output.</summary>
    public int[] Classify(Matrix<double> output) => Loss.ThresholdOrArgMax(output, 0.5);

    private static double ClampedLog(double x) => Math.Max(Math.Log(x), -100.0);
}

/// <summary>
/// Binary cross-entropy from logits z (the output layer has no sigmoid): with p = σ(z),
/// L = -(1/n) Σ [y ln p + (1 - y) ln(1 - p)], computed as max(z, 0) - z y + ln(1 + e^(-|z|)) so that
/// z = ±1000 neither overflows nor takes the log of 0. dL/dz = (σ(z) - y) / n.
/// </summary>
public sealed class BinaryCrossEntropyWithLogits : ILoss
{
    /// <inheritdoc/>
    public string Name => "binary cross-entropy with logits";

    /// <inheritdoc/>
    public double Value(Matrix<double> output, Matrix<double> target)
    {
        Loss.CheckShapes(Name, output, target);
        double sum = Loss.SumOverEntries(output, target, (z, y) => Math.Max(z, 0) - z * y + Activation.Log1P(Math.Exp(-Math.Abs(z))));
        return sum / (output.RowCount * output.ColumnCount);
    }

    /// <inheritdoc/>
    public void Gradient(Matrix<double> output, Matrix<double> target, Matrix<double> result)
    {
        Loss.CheckShapes(Name, output, target);
        double n = output.RowCount * output.ColumnCount;
        Loss.MapEntries(output, target, result, (z, y) => (Activation.SigmoidOf(z) - y) / n);
    }

    /// <summary>Class 1 when z &gt;= 0, i.e. σ(z) &gt;= 0.5 (one output); otherwise the largest output.</summary>
    public int[] Classify(Matrix<double> output) => Loss.ThresholdOrArgMax(output, 0.0);
}
