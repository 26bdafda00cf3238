using System.Globalization;
using System.Net;
using MathNet.Numerics.LinearAlgebra;
using NotebookNN.Display;

namespace NotebookNN;

/// <summary>The outcome of an exercise check: a tick, or a hint with the first failing input and the expected value.</summary>
/// <param name="Title">The exercise's name.</param>
/// <param name="Passed">True when every check agreed.</param>
/// <param name="Message">What was checked, or what went wrong and a hint.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record ExerciseResult(string Title, bool Passed, string Message) : IHtmlDisplayable
{
    /// <summary>"✅ title: message" or "❌ title: message".</summary>
    public override string ToString() => $"{(Passed ? "✅" : "❌")} {Title}: {Message}";

    /// <summary>
    /// A green box with a tick, or an amber box with the hint; text is HTML-escaped. The marks are ✓ and ✗,
    /// which every common font has (colour emoji fonts are often missing on lecture-hall machines).
    /// </summary>
    public string ToHtml()
    {
        var (border, background) = Passed ? ("#2e7d32", "#edf7ee") : ("#b26a00", "#fff6e5");
        return $"<div class=\"nnn-exercise\" style=\"border-left:5px solid {border};background:{background};padding:8px 12px;margin:4px 0;font-family:sans-serif;font-size:15px\">"
            + $"<span class=\"nnn-mark\" data-mark=\"{(Passed ? "✅" : "❌")}\" style=\"font-weight:bold;color:{border}\">{(Passed ? "✓" : "✗")}</span> "
            + $"<b>{WebUtility.HtmlEncode(Title)}</b>: {WithCode(WebUtility.HtmlEncode(Message))}</div>";
    }

    /// <summary>`code` in a message (already HTML-encoded) shown as &lt;code&gt;code&lt;/code&gt;.</summary>
    private static string WithCode(string encoded)
    {
        var parts = encoded.Split('`');
        if (parts.Length % 2 == 0)
            return encoded; // an unpaired backtick: leave the text as it is
        var html = new System.Text.StringBuilder(parts[0]);
        for (int i = 1; i < parts.Length; i += 2)
            html.Append("<code>").Append(parts[i]).Append("</code>").Append(parts[i + 1]);
        return html.ToString();
    }
}

/// <summary>
/// Checks a learner's answer against the library's own tested kernels. A wrong or unfinished
/// answer never throws: it gives an <see cref="ExerciseResult"/> naming the first input where
/// the answer differs, what it gave, what was expected, and an optional hint.
/// </summary>
public static class Exercise
{
    /// <summary>Inputs that cover negative, zero, small, and large values: where activation functions tend to go wrong.</summary>
    public static IReadOnlyList<double> StandardInputs { get; } = [-10, -3, -1, -0.5, -0.1, 0, 0.1, 0.5, 1, 3, 10];

    /// <summary>Compares f(x) with the expected function at each input (default <see cref="StandardInputs"/>).</summary>
    public static ExerciseResult CheckFunction(string title, Func<double, double> yours, Func<double, double> expected,
        IEnumerable<double>? inputs = null, double tolerance = 1e-6, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var xs = (inputs ?? StandardInputs).ToArray();
        return Compare(title, xs, x => Show(x), x => [yours(x)], x => [expected(x)], tolerance, hint, "x");
    }

    /// <summary>Compares f(x, y) with the expected two-argument function at each input pair.</summary>
    public static ExerciseResult CheckFunction(string title, Func<double, double, double> yours, Func<double, double, double> expected,
        IEnumerable<(double X, double Y)> inputs, double tolerance = 1e-6, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(inputs);
        return Compare(title, inputs.ToArray(), p => $"({Show(p.X)}, {Show(p.Y)})", p => [yours(p.X, p.Y)], p => [expected(p.X, p.Y)], tolerance, hint, "input");
    }

    /// <summary>Compares a function of a vector (e.g. softmax) with the expected one on each input vector.</summary>
    public static ExerciseResult CheckVectorFunction(string title, Func<double[], double[]> yours, Func<double[], double[]> expected,
        IEnumerable<double[]> inputs, double tolerance = 1e-6, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(inputs);
        return Compare(title, inputs.ToArray(), v => Show(v), v => yours((double[])v.Clone()), v => expected((double[])v.Clone()), tolerance, hint, "input");
    }

    /// <summary>
    /// Compares one number with the expected value. A wrong answer is told whether it is too small or
    /// too large, not the answer itself. double.NaN means "not answered yet".
    /// </summary>
    public static ExerciseResult CheckValue(string title, double yours, double expected, double tolerance = 1e-6, string? hint = null)
    {
        if (double.IsNaN(yours) && !double.IsNaN(expected))
            return new ExerciseResult(title, false, "not answered yet: replace double.NaN with your value." + HintText(hint));
        if (Close(yours, expected, tolerance))
            return new ExerciseResult(title, true, $"correct ({Show(yours)}).");
        string direction = yours < expected ? "too small" : yours > expected ? "too large" : "not the expected value";
        return new ExerciseResult(title, false, $"your value {Show(yours)} is {direction}." + HintText(hint));
    }

    /// <summary>Compares a list of numbers with the expected list, entry by entry.</summary>
    public static ExerciseResult CheckValues(string title, IReadOnlyList<double>? yours, IReadOnlyList<double> expected, double tolerance = 1e-6, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (yours is null)
            return new ExerciseResult(title, false, "not answered yet: your answer is null." + HintText(hint));
        if (yours.Count != expected.Count)
            return new ExerciseResult(title, false, $"you gave {yours.Count} numbers, expected {expected.Count}." + HintText(hint));
        for (int i = 0; i < expected.Count; i++)
        {
            if (!Close(yours[i], expected[i], tolerance))
                return new ExerciseResult(title, false, $"entry {i} is {Show(yours[i])}, expected {Show(expected[i])}." + HintText(hint));
        }
        return new ExerciseResult(title, true, $"all {expected.Count} numbers correct.");
    }

    /// <summary>Compares a matrix with the expected one: first its shape, then entry by entry.</summary>
    public static ExerciseResult CheckMatrix(string title, Matrix<double>? yours, Matrix<double> expected, double tolerance = 1e-6, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (yours is null)
            return new ExerciseResult(title, false, "not answered yet: your matrix is null." + HintText(hint));
        if (yours.RowCount != expected.RowCount || yours.ColumnCount != expected.ColumnCount)
            return new ExerciseResult(title, false, $"your matrix is [{yours.RowCount} x {yours.ColumnCount}], expected [{expected.RowCount} x {expected.ColumnCount}]." + HintText(hint));
        for (int i = 0; i < expected.RowCount; i++)
        {
            for (int j = 0; j < expected.ColumnCount; j++)
            {
                if (!Close(yours[i, j], expected[i, j], tolerance))
                    return new ExerciseResult(title, false, $"entry [{i}, {j}] is {Show(yours[i, j])}, expected {Show(expected[i, j])}." + HintText(hint));
            }
        }
        return new ExerciseResult(title, true, $"all {expected.RowCount * expected.ColumnCount} entries correct.");
    }

    /// <summary>
    /// Runs a learner's code that should produce a value, turning a "not done yet" exception or any
    /// other exception into a failed result instead of an error. Use it to wrap a whole check.
    /// </summary>
    public static ExerciseResult Run(string title, Func<ExerciseResult> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        try
        {
            return check();
        }
        catch (Exception e)
        {
            return FromException(title, e, where: null);
        }
    }

    private static ExerciseResult Compare<T>(string title, T[] inputs, Func<T, string> describe,
        Func<T, double[]> yours, Func<T, double[]> expected, double tolerance, string? hint, string inputName)
    {
        if (inputs.Length == 0)
            throw new ArgumentException("An exercise check needs at least one input.", nameof(inputs));
        foreach (var input in inputs)
        {
            double[] want = expected(input);
            double[] got;
            try
            {
                got = yours(input) ?? throw new InvalidOperationException("your function returned null");
            }
            catch (Exception e)
            {
                return FromException(title, e, $"{inputName} = {describe(input)}");
            }
            if (got.Length != want.Length)
                return new ExerciseResult(title, false, $"for {inputName} = {describe(input)} you returned {got.Length} numbers, expected {want.Length}." + HintText(hint));
            for (int k = 0; k < want.Length; k++)
            {
                if (!Close(got[k], want[k], tolerance))
                {
                    string gave = want.Length == 1 ? Show(got[0]) : Show(got);
                    string wanted = want.Length == 1 ? Show(want[0]) : Show(want);
                    return new ExerciseResult(title, false, $"for {inputName} = {describe(input)} you gave {gave}, expected {wanted}." + HintText(hint));
                }
            }
        }
        return new ExerciseResult(title, true, $"correct on all {inputs.Length} test inputs.");
    }

    private static ExerciseResult FromException(string title, Exception e, string? where)
    {
        string at = where is null ? "" : $" (for {where})";
        return e is NotImplementedException
            ? new ExerciseResult(title, false, "not done yet: replace `throw new NotImplementedException()` with your code.")
            : new ExerciseResult(title, false, $"your code threw {e.GetType().Name}{at}: {e.Message}");
    }

    private static bool Close(double got, double want, double tolerance)
    {
        if (double.IsNaN(want))
            return double.IsNaN(got);
        if (double.IsInfinity(want))
            return got == want;
        return Math.Abs(got - want) <= tolerance * Math.Max(1.0, Math.Abs(want));
    }

    private static string HintText(string? hint) => string.IsNullOrWhiteSpace(hint) ? "" : " Hint: " + hint;

    private static string Show(double v) => v.ToString("G6", CultureInfo.InvariantCulture);

    private static string Show(double[] v) => "[" + string.Join(", ", v.Select(Show)) + "]";
}
