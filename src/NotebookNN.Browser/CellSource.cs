using System.Text.RegularExpressions;

namespace NotebookNN.Browser;

/// <summary>
/// A cell's code as the browser compiles it: the kernel's <c>#r</c> and <c>#i</c> directive lines are blanked (so
/// line numbers stay those of the cell) when they name what the session already references (MathNet.Numerics,
/// NotebookNN.dll, Plotly.NET), and refused with the line otherwise: nothing is downloaded in the browser.
/// </summary>
internal static partial class CellSource
{
    private static readonly string[] Provided = ["MathNet.Numerics", "NotebookNN", "Plotly.NET"];

    /// <summary>The code with directive lines blanked; a directive the browser cannot honour throws <see cref="CellException"/>.</summary>
    public static string Prepare(string source)
    {
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Directive().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var target = match.Groups["target"].Value;
            var name = target.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase)
                ? target["nuget:".Length..].Split(',')[0].Trim()
                : Path.GetFileNameWithoutExtension(target);
            if (match.Groups["kind"].Value == "r" && !Provided.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                throw new CellException($"(line {i + 1}) #r \"{target}\": the browser session has MathNet.Numerics, Plotly.NET and NotebookNN only; it cannot load other packages or files");
            }

            lines[i] = "";
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex("""^\s*#(?<kind>r|i)\s+"(?<target>[^"]*)"\s*$""")]
    private static partial Regex Directive();
}

/// <summary>A cell that could not run, with a message naming the line.</summary>
internal sealed class CellException(string message) : Exception(message);
