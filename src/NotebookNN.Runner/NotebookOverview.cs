using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NotebookNN.Runner;

/// <summary>What the index page shows of a notebook: its title and its learning objectives.</summary>
/// <param name="Title">The first markdown heading (markdown text), or the file name.</param>
/// <param name="Objectives">The bullet list under the objectives line of the first markdown cell (markdown text each).</param>
internal sealed partial record NotebookOverview(string Title, IReadOnlyList<string> Objectives)
{
    /// <summary>
    /// Reads the title (the first markdown heading) and the objectives: the bullet list under a heading or line
    /// containing "objectives" or "you will be able to" in the first markdown cell.
    /// </summary>
    public static NotebookOverview Of(NotebookFile notebook)
    {
        var markdown = notebook.Cells.OfType<JsonObject>()
            .Where(c => CellLanguage.Of(c, notebook.Root).Kind == CellKind.Markdown)
            .Select(c => StripKernelLine(NotebookFile.SourceOf(c)))
            .ToList();
        var title = markdown
            .SelectMany(m => m.Split('\n'))
            .Select(l => Heading().Match(l))
            .FirstOrDefault(m => m.Success)?.Groups[1].Value.Trim()
            ?? notebook.Name;
        return new NotebookOverview(title, markdown.Count > 0 ? ObjectivesIn(markdown[0]) : []);
    }

    /// <summary>The bullet items following the first line that mentions objectives, up to the end of that list.</summary>
    public static IReadOnlyList<string> ObjectivesIn(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var start = Array.FindIndex(lines, l =>
            l.Contains("objectives", StringComparison.OrdinalIgnoreCase)
            || l.Contains("you will be able to", StringComparison.OrdinalIgnoreCase));
        var items = new List<string>();
        if (start < 0)
        {
            return items;
        }

        foreach (var line in lines.Skip(start + 1))
        {
            var bullet = Bullet().Match(line);
            if (bullet.Success)
            {
                items.Add(bullet.Groups[1].Value.Trim());
            }
            else if (line.Trim().Length == 0)
            {
                continue;
            }
            else if (items.Count > 0 && line.StartsWith("  ", StringComparison.Ordinal))
            {
                items[^1] += " " + line.Trim();  // a bullet's continuation line
            }
            else if (items.Count > 0 || Heading().IsMatch(line))
            {
                break;  // the list (or the objectives' section) has ended
            }
        }

        return items;
    }

    private static string StripKernelLine(string source) =>
        CellLanguage.FirstLineKernel(source) is null ? source : source.Split('\n', 2).ElementAtOrDefault(1) ?? "";

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s{0,3}(?:[-*+]|\d+[.)])\s+(.*)$")]
    private static partial Regex Bullet();
}
