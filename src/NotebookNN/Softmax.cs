using MathNet.Numerics.LinearAlgebra;

namespace NotebookNN;

/// <summary>
/// Softmax turns scores (logits) z into probabilities: softmax(z)_k = e^(z_k) / Σ_j e^(z_j).
/// Every function here subtracts max(z) first, which changes nothing mathematically
/// (the factor e^(-max) cancels) but keeps e^(...) from overflowing for logits like 1000.
/// </summary>
public static class Softmax
{
    /// <summary>softmax(z): probabilities that sum to 1, stable for any finite logits.</summary>
    public static double[] Apply(IReadOnlyList<double> logits)
    {
        ArgumentNullException.ThrowIfNull(logits);
        var p = new double[logits.Count];
        ApplyRow(logits, p);
        return p;
    }

    /// <summary>
    /// The textbook formula without the max-subtraction trick: e^(z_k) / Σ e^(z_j).
    /// For teaching only: it returns NaN once a logit passes about 709, where e^z overflows.
    /// </summary>
    public static double[] ApplyNaive(IReadOnlyList<double> logits)
    {
        ArgumentNullException.ThrowIfNull(logits);
        var e = logits.Select(Math.Exp).ToArray();
        double sum = e.Sum();
        return [.. e.Select(v => v / sum)];
    }

    /// <summary>log softmax(z)_k = z_k - max - ln Σ e^(z_j - max): exact even where softmax rounds to 0.</summary>
    public static double[] Log(IReadOnlyList<double> logits)
    {
        ArgumentNullException.ThrowIfNull(logits);
        if (logits.Count == 0)
            throw new ArgumentException("Softmax needs at least one logit.", nameof(logits));
        double max = logits.Max();
        double logSum = Math.Log(logits.Sum(z => Math.Exp(z - max)));
        return [.. logits.Select(z => z - max - logSum)];
    }

    /// <summary>Softmax of every row of a batch of logits [batch x classes]; returns a new matrix.</summary>
    public static Matrix<double> Apply(Matrix<double> logits)
    {
        ArgumentNullException.ThrowIfNull(logits);
        var p = logits.Clone();
        ApplyRowsInPlace(p);
        return p;
    }

    /// <summary>Replaces every row of <paramref name="m"/> by its softmax (no allocation).</summary>
    public static void ApplyRowsInPlace(Matrix<double> m)
    {
        ArgumentNullException.ThrowIfNull(m);
        int rows = m.RowCount, cols = m.ColumnCount;
        var a = m.AsColumnMajorArray() ?? throw new ArgumentException("Softmax needs a dense matrix.", nameof(m));
        for (int i = 0; i < rows; i++)
        {
            double max = double.NegativeInfinity;
            for (int k = 0; k < cols; k++)
                max = Math.Max(max, a[k * rows + i]);
            double sum = 0;
            for (int k = 0; k < cols; k++)
            {
                double e = Math.Exp(a[k * rows + i] - max);
                a[k * rows + i] = e;
                sum += e;
            }
            for (int k = 0; k < cols; k++)
                a[k * rows + i] /= sum;
        }
    }

    /// <summary>Cross-entropy of one example: -ln softmax(z)_target.</summary>
    public static double CrossEntropy(IReadOnlyList<double> logits, int target)
    {
        var log = Log(logits);
        if (target < 0 || target >= log.Length)
            throw new ArgumentOutOfRangeException(nameof(target), $"Target class {target} is outside 0..{log.Length - 1}.");
        return -log[target];
    }

    /// <summary>The gradient of <see cref="CrossEntropy"/> with respect to the logits: p - y (y one-hot).</summary>
    public static double[] CrossEntropyGradient(IReadOnlyList<double> logits, int target)
    {
        var p = Apply(logits);
        if (target < 0 || target >= p.Length)
            throw new ArgumentOutOfRangeException(nameof(target), $"Target class {target} is outside 0..{p.Length - 1}.");
        p[target] -= 1.0;
        return p;
    }

    private static void ApplyRow(IReadOnlyList<double> z, double[] p)
    {
        if (z.Count == 0)
            throw new ArgumentException("Softmax needs at least one logit.", nameof(z));
        double max = z.Max();
        double sum = 0;
        for (int k = 0; k < z.Count; k++)
        {
            p[k] = Math.Exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < z.Count; k++)
            p[k] /= sum;
    }
}

/// <summary>
/// Categorical cross-entropy from logits: L = -(1/B) Σ_i Σ_k y_ik ln softmax(z_i)_k for a batch of B
/// rows of logits and one-hot (or probability) targets. Fusing softmax with the loss gives the
/// clean gradient dL/dz = (softmax(z) - y) / B. The same as PyTorch's <c>cross_entropy</c>.
/// </summary>
public sealed class SoftmaxCrossEntropy : ILoss
{
    /// <inheritdoc/>
    public string Name => "softmax cross-entropy";

    /// <inheritdoc/>
    public double Value(Matrix<double> output, Matrix<double> target)
    {
        Loss.CheckShapes(Name, output, target);
        int rows = output.RowCount, cols = output.ColumnCount;
        double total = 0;
        for (int i = 0; i < rows; i++)
        {
            double max = double.NegativeInfinity;
            for (int k = 0; k < cols; k++)
                max = Math.Max(max, output[i, k]);
            double sum = 0;
            for (int k = 0; k < cols; k++)
                sum += Math.Exp(output[i, k] - max);
            double logSum = max + Math.Log(sum);
            for (int k = 0; k < cols; k++)
            {
                double y = target[i, k];
                if (y != 0)
                    total -= y * (output[i, k] - logSum);
            }
        }
        return total / rows;
    }

    /// <inheritdoc/>
    public void Gradient(Matrix<double> output, Matrix<double> target, Matrix<double> result)
    {
        Loss.CheckShapes(Name, output, target);
        if (!ReferenceEquals(output, result))
            output.CopyTo(result);
        Softmax.ApplyRowsInPlace(result);   // p
        result.Subtract(target, result);    // p - y
        result.Multiply(1.0 / output.RowCount, result);
    }

    /// <summary>The class with the largest logit.</summary>
    public int[] Classify(Matrix<double> output) => Metrics.ArgMax(output);
}
