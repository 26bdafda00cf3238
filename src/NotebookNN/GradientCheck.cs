using NotebookNN.Display;
using System.Globalization;
using System.Text;
using MathNet.Numerics.LinearAlgebra;
using NotebookNN.Plotting;

namespace NotebookNN;

/// <summary>How well backpropagation's gradient for one parameter agrees with finite differences.</summary>
/// <param name="Layer">Index of the layer (1 = first).</param>
/// <param name="Name">The parameter's name ("weights", "bias", ...).</param>
/// <param name="Count">How many entries were compared.</param>
/// <param name="RelativeError">
/// ‖analytic - numeric‖ / (‖analytic‖ + ‖numeric‖) over the parameter's entries (0 when both are 0).
/// Measured over the whole tensor because a single near-zero entry's ratio is dominated by rounding.
/// </param>
/// <param name="MaxAbsoluteError">The worst |analytic - numeric| of a single entry.</param>
public sealed record ParameterCheck(int Layer, string Name, int Count, double RelativeError, double MaxAbsoluteError);

/// <summary>The result of <see cref="GradientCheck.Run"/>: one row per parameter.</summary>
[TypeFormatterSource(typeof(TextFormatterSource), PreferredMimeTypes = ["text/plain"])]
public sealed class GradientCheckReport(IReadOnlyList<ParameterCheck> parameters)
{
    /// <summary>One row per parameter tensor.</summary>
    public IReadOnlyList<ParameterCheck> Parameters { get; } = parameters;

    /// <summary>The worst relative error over all parameters.</summary>
    public double MaxRelativeError => Parameters.Count == 0 ? 0 : Parameters.Max(p => p.RelativeError);

    /// <summary>True when every relative error is below <paramref name="tolerance"/>.</summary>
    public bool Passes(double tolerance = 1e-6) => MaxRelativeError < tolerance;

    /// <summary>A small table: layer, parameter, entries, max relative and absolute error.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.AppendLine("layer  parameter  entries  relative error  max absolute error");
        foreach (var p in Parameters)
            sb.AppendLine(CultureInfo.InvariantCulture, $"{p.Layer,5}  {p.Name,-9}  {p.Count,7}  {p.RelativeError,14:E2}  {p.MaxAbsoluteError,18:E2}");
        sb.Append(CultureInfo.InvariantCulture, $"worst: {MaxRelativeError:E2}");
        return sb.ToString();
    }
}

/// <summary>
/// Gradient checking: compares backpropagation's gradient with central finite differences,
/// ∂L/∂θ ≈ (L(θ + h) - L(θ - h)) / 2h, one parameter entry at a time. It costs two forward passes
/// per parameter, which is why training uses backpropagation and checking uses this.
/// </summary>
public static class GradientCheck
{
    /// <summary>Backpropagation's gradient for every parameter, for the batch X with targets Y.</summary>
    public static double[][] Analytic(Network network, ILoss loss, Matrix<double> X, Matrix<double> Y)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(loss);
        network.ZeroGradients();
        var output = network.Forward(X);
        network.Backward(loss.GradientOf(output, Y));
        return [.. network.Parameters.Select(p => (double[])p.Gradient.Clone())];
    }

    /// <summary>The central-difference estimate of ∂L/∂θ for every entry of every parameter (the weights are restored).</summary>
    public static double[][] Numeric(Network network, ILoss loss, Matrix<double> X, Matrix<double> Y, double h = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(loss);
        var result = new double[network.Parameters.Count][];
        for (int k = 0; k < network.Parameters.Count; k++)
        {
            var p = network.Parameters[k];
            result[k] = new double[p.Count];
            for (int i = 0; i < p.Count; i++)
            {
                double keep = p.Value[i];
                p.Value[i] = keep + h;
                double up = loss.Value(network.Forward(X), Y);
                p.Value[i] = keep - h;
                double down = loss.Value(network.Forward(X), Y);
                p.Value[i] = keep;
                result[k][i] = (up - down) / (2 * h);
            }
        }
        return result;
    }

    /// <summary>Compares <see cref="Analytic"/> with <see cref="Numeric"/> and reports the worst error per parameter.</summary>
    public static GradientCheckReport Run(Network network, ILoss loss, Matrix<double> X, Matrix<double> Y, double h = 1e-5)
    {
        var analytic = Analytic(network, loss, X, Y);
        var numeric = Numeric(network, loss, X, Y, h);
        var owners = network.Layers.SelectMany((layer, index) => layer.Parameters.Select(_ => index + 1)).ToArray();
        var rows = new List<ParameterCheck>();
        for (int k = 0; k < analytic.Length; k++)
        {
            double difference = 0, normAnalytic = 0, normNumeric = 0, worstAbsolute = 0;
            for (int i = 0; i < analytic[k].Length; i++)
            {
                double a = analytic[k][i], n = numeric[k][i];
                difference += (a - n) * (a - n);
                normAnalytic += a * a;
                normNumeric += n * n;
                worstAbsolute = Math.Max(worstAbsolute, Math.Abs(a - n));
            }
            double denominator = Math.Sqrt(normAnalytic) + Math.Sqrt(normNumeric);
            double relative = denominator == 0 ? 0 : Math.Sqrt(difference) / denominator;
            rows.Add(new ParameterCheck(owners[k], network.Parameters[k].Name, analytic[k].Length, relative, worstAbsolute));
        }
        return new GradientCheckReport(rows);
    }
}
