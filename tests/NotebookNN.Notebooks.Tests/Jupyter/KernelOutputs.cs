using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NotebookNN.Notebooks.Tests.Jupyter;

/// <summary>
/// Reads the outputs of a code cell executed by the real kernel or by the runner, in the form both hosts
/// can be compared in: the cell's stream text, its plain-text values, and its figures.
/// </summary>
internal static partial class KernelOutputs
{
    /// <summary>All stream text of the cell, in order, without the kernel's compiler warnings (see <see cref="Warnings"/>).</summary>
    public static string Stream(JsonObject cell) =>
        CompilerWarning().Replace(string.Concat(Outputs(cell).Where(o => (string?)o["output_type"] == "stream").Select(o => Text(o["text"]))), "").Trim('\n');

    /// <summary>The kernel's compiler warnings in the cell's stream text (the runner prints none).</summary>
    public static IEnumerable<string> Warnings(JsonObject cell) =>
        Outputs(cell).Where(o => (string?)o["output_type"] == "stream").SelectMany(o => CompilerWarning().Matches(Text(o["text"])).Select(m => m.Value.Trim()));

    /// <summary>
    /// The cell's values shown as plain text: text/plain of an output that has no HTML, or the kernel's
    /// HTML wrapper for plain text (<c>&lt;div class="dni-plaintext"&gt;&lt;pre&gt;...</c>), decoded; without
    /// the kernel's "Loading extensions from ..." note.
    /// </summary>
    public static IEnumerable<string> PlainValues(JsonObject cell)
    {
        foreach (var data in Displays(cell))
        {
            // The kernel's own note on a package's kernel extension (e.g. Plotly.NET.Interactive's), with a local path.
            if (data["text/plain"] is { } plain && data["text/html"] is null && !Text(plain).StartsWith("Loading extensions from ", StringComparison.Ordinal))
                yield return Text(plain);
            else if (data["text/html"] is { } html && PlainTextHtml().Match(Text(html)) is { Success: true } match)
                yield return WebUtility.HtmlDecode(match.Groups[1].Value);
        }
    }

    /// <summary>
    /// The cell's figures: HTML outputs that draw a plotly.js figure (the library's charts and
    /// Plotly.NET.Interactive's both call Plotly.newPlot), or the plotly MIME bundle.
    /// </summary>
    public static int Figures(JsonObject cell) =>
        Displays(cell).Count(d => d["application/vnd.plotly.v1+json"] is not null || Text(d["text/html"]).Contains("Plotly.newPlot(", StringComparison.Ordinal));

    /// <summary>The cell's figures as HTML only: what a Jupyter front end draws.</summary>
    public static int HtmlFigures(JsonObject cell) =>
        Displays(cell).Count(d => Text(d["text/html"]).Contains("Plotly.newPlot(", StringComparison.Ordinal));

    /// <summary>Whether any output shows a value as the kernel's tree of properties (no formatter for its type).</summary>
    public static bool ShowsPropertyTree(JsonObject cell) =>
        Displays(cell).Any(d => Text(d["text/html"]).Contains("<details", StringComparison.Ordinal) && Text(d["text/html"]).Contains("dni-treeview", StringComparison.Ordinal));

    /// <summary>Every number in a text replaced by '#', for outputs that measure time.</summary>
    public static string WithoutNumbers(string text) => Number().Replace(text, "#");

    /// <summary>
    /// MathNet's own text for a vector (its ToString: <c>DenseVector 2-Double</c>, then one value a line), as the
    /// runner printed it before it formatted values with the kernel's formatter, in the kernel's row form
    /// <c>[ 1.1, 0.5 ]</c>; other text unchanged. Values compare to MathNet's 6 significant digits.
    /// </summary>
    public static string VectorAsRow(string text, string kernelText)
    {
        var lines = text.TrimEnd('\n').Split('\n');
        if (!DenseVectorHeader().IsMatch(lines[0]) || !kernelText.StartsWith('['))
            return text;
        var kernelValues = kernelText.Trim('[', ']', ' ').Split(", ");
        if (kernelValues.Length != lines.Length - 1)
            return text;
        bool same = kernelValues.Zip(lines.Skip(1)).All(p =>
            double.Parse(p.First, System.Globalization.CultureInfo.InvariantCulture).ToString("G6", System.Globalization.CultureInfo.InvariantCulture) == p.Second.Trim());
        return same ? kernelText : text;
    }

    private static IEnumerable<JsonObject> Outputs(JsonObject cell) => (cell["outputs"] as JsonArray ?? []).Select(o => o!.AsObject());

    private static IEnumerable<JsonObject> Displays(JsonObject cell) =>
        Outputs(cell).Where(o => (string?)o["output_type"] is "display_data" or "execute_result").Select(o => o["data"] as JsonObject ?? []);

    private static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue v => v.ToString(),
        _ => "",
    };

    // The kernel compiles cells without a nullable context and prints, e.g., "(1,9): warning CS8632: ..." for `double[]? x`.
    [GeneratedRegex(@"^\(\d+,\d+\): warning CS\d+: [^\n]*\n?", RegexOptions.Multiline)]
    private static partial Regex CompilerWarning();

    [GeneratedRegex(@"^<div class=""dni-plaintext""><pre>(.*?)</pre></div>", RegexOptions.Singleline)]
    private static partial Regex PlainTextHtml();

    [GeneratedRegex(@"\d[\d,.]*")]
    private static partial Regex Number();

    [GeneratedRegex(@"^DenseVector \d+-Double$")]
    private static partial Regex DenseVectorHeader();
}
