using NotebookNN.Display;
using MathNet.Numerics.LinearAlgebra;
using NotebookNN.Plotting;

namespace NotebookNN;

/// <summary>
/// An activation function g and its derivative g'. Applied element by element to a number,
/// a vector or a matrix. Create one with the static members, e.g. <c>Activation.ReLU</c> or
/// <c>Activation.LeakyReLU(0.01)</c>.
/// </summary>
[TypeFormatterSource(typeof(TextFormatterSource), PreferredMimeTypes = ["text/plain"])]
public sealed class Activation
{
    private readonly Func<double, double> _apply;
    private readonly Func<double, double> _derivative;

    private Activation(string name, Func<double, double> apply, Func<double, double> derivative)
    {
        Name = name;
        _apply = apply;
        _derivative = derivative;
    }

    /// <summary>The name, with its parameter if it has one, e.g. <c>leaky_relu(0.01)</c>. <see cref="FromName"/> reads it back.</summary>
    public string Name { get; }

    /// <summary>g(x).</summary>
    public double Apply(double x) => _apply(x);

    /// <summary>g'(x), the slope of g at x.</summary>
    public double Derivative(double x) => _derivative(x);

    /// <summary>g applied to every entry of <paramref name="x"/>; returns a new vector.</summary>
    public Vector<double> Apply(Vector<double> x) => x.Map(_apply);

    /// <summary>g' at every entry of <paramref name="x"/>; returns a new vector.</summary>
    public Vector<double> Derivative(Vector<double> x) => x.Map(_derivative);

    /// <summary>g applied to every entry of <paramref name="x"/>; returns a new matrix.</summary>
    public Matrix<double> Apply(Matrix<double> x) => x.Map(_apply);

    /// <summary>g' at every entry of <paramref name="x"/>; returns a new matrix.</summary>
    public Matrix<double> Derivative(Matrix<double> x) => x.Map(_derivative);

    /// <summary>g applied to every entry of <paramref name="x"/>, written into <paramref name="result"/> (no allocation).</summary>
    public void Apply(Matrix<double> x, Matrix<double> result)
    {
        var xs = MatrixKernels.Storage(x);
        var rs = MatrixKernels.Storage(result);
        if (xs.Length != rs.Length)
            throw new ArgumentException($"Shape mismatch: x is [{x.RowCount} x {x.ColumnCount}], result is [{result.RowCount} x {result.ColumnCount}].");
        for (int i = 0; i < xs.Length; i++)
            rs[i] = _apply(xs[i]);
    }

    /// <summary>
    /// Multiplies <paramref name="gradient"/> in place by g'(z) entry by entry: the chain rule
    /// through this activation, dL/dz = dL/da * g'(z).
    /// </summary>
    public void MultiplyByDerivative(Matrix<double> z, Matrix<double> gradient)
    {
        var zs = MatrixKernels.Storage(z);
        var gs = MatrixKernels.Storage(gradient);
        if (zs.Length != gs.Length)
            throw new ArgumentException($"Shape mismatch: z is [{z.RowCount} x {z.ColumnCount}], gradient is [{gradient.RowCount} x {gradient.ColumnCount}].");
        for (int i = 0; i < gs.Length; i++)
            gs[i] *= _derivative(zs[i]);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>Step: 1 if x &gt;= 0, else 0. Its derivative is 0 everywhere (undefined at 0), so gradient descent cannot use it.</summary>
    public static Activation Step { get; } = new("step", x => x >= 0 ? 1.0 : 0.0, _ => 0.0);

    /// <summary>Identity (linear): g(x) = x, g'(x) = 1. Used for regression outputs and for logits.</summary>
    public static Activation Identity { get; } = new("identity", x => x, _ => 1.0);

    /// <summary>Sigmoid σ(x) = 1 / (1 + e^(-x)); σ'(x) = σ(x)(1 - σ(x)). Squashes into (0, 1).</summary>
    public static Activation Sigmoid { get; } = new("sigmoid", SigmoidOf, x => { var s = SigmoidOf(x); return s * (1 - s); });

    /// <summary>Hyperbolic tangent: zero-centred, range (-1, 1); tanh'(x) = 1 - tanh²(x).</summary>
    public static Activation Tanh { get; } = new("tanh", Math.Tanh, x => { var t = Math.Tanh(x); return 1 - t * t; });

    /// <summary>Rectified linear unit: max(0, x). Derivative 1 for x &gt; 0, else 0 (0 at x = 0, as PyTorch defines it).</summary>
    public static Activation ReLU { get; } = new("relu", x => x > 0 ? x : 0.0, x => x > 0 ? 1.0 : 0.0);

    /// <summary>Softplus: ln(1 + e^x), a smooth ReLU; its derivative is the sigmoid.</summary>
    public static Activation Softplus { get; } = new("softplus", SoftplusOf, SigmoidOf);

    /// <summary>Swish (SiLU): x σ(x); derivative σ(x) + x σ(x)(1 - σ(x)).</summary>
    public static Activation Swish { get; } = new("swish", x => x * SigmoidOf(x), x => { var s = SigmoidOf(x); return s + x * s * (1 - s); });

    /// <summary>Softsign: x / (1 + |x|); derivative 1 / (1 + |x|)². Like tanh, with slower tails.</summary>
    public static Activation Softsign { get; } = new("softsign", x => x / (1 + Math.Abs(x)), x => { var d = 1 + Math.Abs(x); return 1 / (d * d); });

    /// <summary>Logistic with slope a: 1 / (1 + e^(-a x)); derivative a σ(ax)(1 - σ(ax)). As a grows it tends to the step.</summary>
    public static Activation Logistic(double a) =>
        new(FormattableString.Invariant($"logistic({a:R})"), x => SigmoidOf(a * x), x => { var s = SigmoidOf(a * x); return a * s * (1 - s); });

    /// <summary>Leaky ReLU: x for x &gt; 0, slope·x otherwise. Derivative is slope at x &lt;= 0 (PyTorch's convention at 0).</summary>
    public static Activation LeakyReLU(double slope = 0.01) =>
        new(FormattableString.Invariant($"leaky_relu({slope:R})"), x => x > 0 ? x : slope * x, x => x > 0 ? 1.0 : slope);

    /// <summary>Exponential linear unit: x for x &gt; 0, α(e^x - 1) otherwise; derivative 1 or α e^x.</summary>
    public static Activation ELU(double alpha = 1.0) =>
        new(FormattableString.Invariant($"elu({alpha:R})"), x => x > 0 ? x : alpha * (Math.Exp(x) - 1), x => x > 0 ? 1.0 : alpha * Math.Exp(x));

    /// <summary>
    /// Parametric ReLU with a fixed slope a for x &lt; 0: max(0, x) + a·min(0, x). In a network
    /// the slope is learned: use <see cref="ParametricReLU"/>, which has a gradient for a.
    /// </summary>
    public static Activation PReLU(double a) =>
        new(FormattableString.Invariant($"prelu({a:R})"), x => x > 0 ? x : a * x, x => x > 0 ? 1.0 : a);

    /// <summary>All activations whose curves the course plots, in teaching order.</summary>
    public static IReadOnlyList<Activation> Gallery { get; } =
    [
        Step, Identity, Sigmoid, Tanh, ReLU, LeakyReLU(0.1), ELU(), Softplus, Swish, Softsign,
    ];

    /// <summary>
    /// Reads an activation back from its <see cref="Name"/>: "relu", "tanh", "leaky_relu(0.01)", "logistic(2)", ...
    /// </summary>
    /// <exception cref="ArgumentException">The name is not one of the activations above.</exception>
    public static Activation FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string key = name.Trim().ToLowerInvariant();
        double? parameter = null;
        int open = key.IndexOf('(');
        if (open >= 0 && key.EndsWith(')'))
        {
            parameter = double.Parse(key[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            key = key[..open];
        }
        return key switch
        {
            "step" => Step,
            "identity" or "linear" => Identity,
            "sigmoid" => Sigmoid,
            "tanh" => Tanh,
            "relu" => ReLU,
            "softplus" => Softplus,
            "swish" or "silu" => Swish,
            "softsign" => Softsign,
            "logistic" => Logistic(parameter ?? 1.0),
            "leaky_relu" => LeakyReLU(parameter ?? 0.01),
            "elu" => ELU(parameter ?? 1.0),
            "prelu" => PReLU(parameter ?? 0.25),
            _ => throw new ArgumentException(
                $"Unknown activation '{name}'. Known: step, identity, sigmoid, tanh, relu, softplus, swish, softsign, logistic(a), leaky_relu(a), elu(a), prelu(a).",
                nameof(name)),
        };
    }

    /// <summary>σ(x) computed without overflow for large |x|.</summary>
    internal static double SigmoidOf(double x)
    {
        if (x >= 0)
            return 1.0 / (1.0 + Math.Exp(-x));
        double e = Math.Exp(x);
        return e / (1.0 + e);
    }

    /// <summary>ln(1 + e^x) computed without overflow for large x.</summary>
    internal static double SoftplusOf(double x) => x > 0 ? x + Log1P(Math.Exp(-x)) : Log1P(Math.Exp(x));

    /// <summary>ln(1 + x), accurate for tiny x (Goldberg's trick).</summary>
    internal static double Log1P(double x)
    {
        double u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }
}
