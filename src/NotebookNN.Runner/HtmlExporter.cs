using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace NotebookNN.Runner;

/// <summary>One notebook's line on the index page.</summary>
/// <param name="FileName">The page's file name, e.g. <c>01-neuron.html</c>.</param>
/// <param name="Overview">Title and objectives.</param>
/// <param name="Summary">How the run went.</param>
internal sealed record IndexEntry(string FileName, NotebookOverview Overview, ExecutionSummary Summary);

/// <summary>
/// Exports executed notebooks as standalone HTML pages: markdown rendered with Markdig, math typeset by KaTeX,
/// highlighted code, outputs with live plotly.js charts, and an index page for the series.
/// </summary>
internal sealed class HtmlExporter(PageAssets assets, bool liveCells = false)
{
    /// <summary>The page for one executed notebook.</summary>
    public string NotebookPage(NotebookFile notebook)
    {
        var overview = NotebookOverview.Of(notebook);
        var body = new StringBuilder();
        foreach (var cell in notebook.Cells.OfType<JsonObject>())
        {
            body.Append(Cell(cell, notebook.Root));
        }

        var content = body.ToString();
        return Page(PlainTitle(overview.Title), $"<a href=\"index.html\">NotebookNN</a><span class=\"where\">{WebUtility.HtmlEncode(notebook.Name)}</span>", content);
    }

    /// <summary>The index page: the series in order, each with its title, objectives and how its run went.</summary>
    public string IndexPage(string heading, IEnumerable<IndexEntry> entries)
    {
        var list = new StringBuilder("<ol class=\"series\">\n");
        foreach (var (entry, position) in entries.Select((e, i) => (e, i + 1)))
        {
            var status = entry.Summary.Failures > 0
                ? $"<span class=\"status failed\">{entry.Summary.Failures} failing cell{(entry.Summary.Failures == 1 ? "" : "s")}</span>"
                : $"<span class=\"status\">{entry.Summary.CellsRun} cells run</span>";
            // A title that carries its own number ("01 — The neuron") needs no second one.
            string number = char.IsDigit(entry.Overview.Title.FirstOrDefault()) ? "" : $"<span class=\"number\">{position}.</span>";
            list.Append($"<li>\n<h2>{number}<a href=\"{WebUtility.HtmlEncode(entry.FileName)}\">{MarkdownRenderer.InlineToHtml(entry.Overview.Title)}</a></h2>\n{status}\n");
            if (entry.Overview.Objectives.Count > 0)
            {
                list.Append("<ul class=\"objectives\">\n");
                foreach (var objective in entry.Overview.Objectives)
                {
                    list.Append($"<li>{MarkdownRenderer.InlineToHtml(objective)}</li>\n");
                }

                list.Append("</ul>\n");
            }

            list.Append("</li>\n");
        }

        list.Append("</ol>\n");
        var content = $"<h1>{WebUtility.HtmlEncode(heading)}</h1>\n{list}";
        return Page(heading, "<a href=\"index.html\">NotebookNN</a>", content);
    }

    private string Page(string title, string header, string content)
    {
        var head = new StringBuilder();
        if (content.Contains("class=\"math\"", StringComparison.Ordinal))
        {
            head.Append(assets.MathHead);
        }

        if (content.Contains("plotly", StringComparison.OrdinalIgnoreCase))
        {
            head.Append(assets.PlotlyHead);
        }

        head.Append(liveCells ? LiveCells.Head(content) : "");
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)}</title>
            <style>{PageAssets.Css}</style>
            {head}</head>
            <body>
            <header class="site">{header}</header>
            <main>
            {content}</main>
            <script>{PageAssets.RenderMathScript}</script>
            </body>
            </html>

            """;
    }

    private static string Cell(JsonObject cell, JsonObject notebook)
    {
        var language = CellLanguage.Of(cell, notebook);
        var source = NotebookFile.SourceOf(cell);
        if (language.Kind == CellKind.Markdown)
        {
            var markdown = CellLanguage.FirstLineKernel(source) is null ? source : source.Split('\n', 2).ElementAtOrDefault(1) ?? "";
            return $"<section class=\"cell markdown\">\n{MarkdownRenderer.ToHtml(markdown)}</section>\n";
        }

        var count = cell["execution_count"] is JsonValue v && v.TryGetValue(out int n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : " ";
        var code = language.Kind == CellKind.CSharp ? CodeHighlighter.ToHtml(source) : WebUtility.HtmlEncode(source);
        var html = new StringBuilder($"<section class=\"cell code\">\n<div class=\"input\"><span class=\"prompt\">[{count}]</span><pre><code class=\"language-{language.Name}\">{code}</code></pre></div>\n");
        if (language.Kind == CellKind.Other)
        {
            html.Append($"<div class=\"skipped\">{WebUtility.HtmlEncode(language.Name)} cell: not run (the runner runs C# cells only)</div>\n");
        }

        if (cell["outputs"] is JsonArray { Count: > 0 } outputs)
        {
            html.Append("<div class=\"outputs\">\n");
            foreach (var output in outputs.OfType<JsonObject>())
            {
                html.Append(Output(output));
            }

            html.Append("</div>\n");
        }

        return html.Append("</section>\n").ToString();
    }

    /// <summary>One output: console text, a value (HTML preferred, then an image, then text) or an error.</summary>
    private static string Output(JsonObject output)
    {
        switch (output["output_type"]?.GetValue<string>())
        {
            case "stream":
                var stream = output["name"]?.GetValue<string>() == "stderr" ? "stderr" : "stdout";
                return $"<div class=\"output {stream}\"><pre>{WebUtility.HtmlEncode(NotebookFile.JoinText(output["text"]))}</pre></div>\n";
            case "error":
                var traceback = output["traceback"] is JsonArray lines ? string.Join("\n", lines.Select(l => l?.GetValue<string>())) : "";
                var text = traceback.Length > 0 ? traceback : $"{output["ename"]}: {output["evalue"]}";
                return $"<div class=\"output error\"><pre>{WebUtility.HtmlEncode(text)}</pre></div>\n";
            default:
                if (output["data"] is not JsonObject data)
                {
                    return "";
                }

                if (data["text/html"] is { } htmlData)
                {
                    return $"<div class=\"output html\">{NotebookFile.JoinText(htmlData)}</div>\n";
                }

                foreach (var image in new[] { "image/svg+xml", "image/png", "image/jpeg" })
                {
                    if (data[image] is { } imageData)
                    {
                        var content = NotebookFile.JoinText(imageData);
                        return image == "image/svg+xml"
                            ? $"<div class=\"output image\">{content}</div>\n"
                            : $"<div class=\"output image\"><img src=\"data:{image};base64,{content.Replace("\n", "")}\" alt=\"\"></div>\n";
                    }
                }

                var plain = data["text/plain"] is { } plainData ? NotebookFile.JoinText(plainData) : "";
                return $"<div class=\"output text\"><pre>{WebUtility.HtmlEncode(plain)}</pre></div>\n";
        }
    }

    private static string PlainTitle(string markdownTitle) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(MarkdownRenderer.InlineToHtml(markdownTitle), "<[^>]+>", ""));
}
