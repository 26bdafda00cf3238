using System.Text;
using System.Text.Json.Nodes;

namespace NotebookNN.Runner;

/// <summary>One notebook's line on the index page.</summary>
/// <param name="FileName">The page's file name, e.g. <c>01-neuron.html</c>, or null when its page could not be written.</param>
/// <param name="Overview">Title and objectives.</param>
/// <param name="Summary">How the run went.</param>
internal sealed record IndexEntry(string? FileName, NotebookOverview Overview, ExecutionSummary Summary);

/// <summary>
/// Exports executed notebooks as HTML pages: markdown rendered with Markdig and sanitised, math typeset by KaTeX,
/// highlighted code, outputs (charts drawn from their plotly figure JSON by the site's own script, HTML sanitised,
/// images checked, text escaped), and an index page for the series. Nothing from a notebook runs as script.
/// </summary>
internal sealed class HtmlExporter(PageAssets assets, bool liveCells = false)
{
    /// <summary>The page for one executed notebook.</summary>
    public string NotebookPage(NotebookFile notebook)
    {
        var overview = NotebookOverview.Of(notebook);
        var body = new StringBuilder();
        var charts = 0;
        foreach (var cell in notebook.Cells.OfType<JsonObject>())
        {
            body.Append(Cell(cell, notebook.Root, ref charts));
        }

        var header = $"<a href=\"index.html\">NotebookNN</a><span class=\"where\">{SafeHtml.Encode(notebook.Name)}</span>";
        return Page(PlainTitle(overview.Title), header, body.ToString(), charts > 0);
    }

    /// <summary>The index page: the series in order, each with its title, objectives and how its run went.</summary>
    public string IndexPage(string heading, IEnumerable<IndexEntry> entries)
    {
        var list = new StringBuilder("<ol class=\"series\">\n");
        foreach (var (entry, position) in entries.Select((e, i) => (e, i + 1)))
        {
            var status = entry.FileName is null ? "<span class=\"status failed\">page not exported</span>"
                : entry.Summary.Failures > 0
                ? $"<span class=\"status failed\">{entry.Summary.Failures} failing cell{(entry.Summary.Failures == 1 ? "" : "s")}</span>"
                : $"<span class=\"status\">{entry.Summary.CellsRun} cells run</span>";
            // A title that carries its own number ("01 — The neuron") needs no second one.
            string number = char.IsDigit(entry.Overview.Title.FirstOrDefault()) ? "" : $"<span class=\"number\">{position}.</span>";
            var title = Inline(entry.Overview.Title);
            var link = entry.FileName is null ? title : $"<a href=\"{SafeHtml.Encode(Uri.EscapeDataString(entry.FileName))}\">{title}</a>";
            list.Append($"<li>\n<h2>{number}{link}</h2>\n{status}\n");
            if (entry.Overview.Objectives.Count > 0)
            {
                list.Append("<ul class=\"objectives\">\n");
                foreach (var objective in entry.Overview.Objectives)
                {
                    list.Append($"<li>{Inline(objective)}</li>\n");
                }

                list.Append("</ul>\n");
            }

            list.Append("</li>\n");
        }

        list.Append("</ol>\n");
        var content = $"<h1>{SafeHtml.Encode(heading)}</h1>\n{list}";
        return Page(heading, "<a href=\"index.html\">NotebookNN</a>", content, charts: false);
    }

    // One notebook's title or objective on the index: markdown, or (if Markdig refuses it, e.g. nested too deeply)
    // its escaped text, so one notebook never breaks the site's entry page.
    private static string Inline(string markdown)
    {
        try
        {
            return MarkdownRenderer.InlineToHtml(markdown);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return SafeHtml.Encode(markdown);
        }
    }

    private string Page(string title, string header, string content, bool charts)
    {
        var math = content.Contains("class=\"math\"", StringComparison.Ordinal);
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            {assets.Head(math, charts)}{(liveCells ? LiveCells.Head(content) : "")}<meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{SafeHtml.Encode(title)}</title>
            </head>
            <body>
            <header class="site">{header}</header>
            <main>
            {content}</main>
            {assets.Scripts(math, charts)}</body>
            </html>

            """;
    }

    private static string Cell(JsonObject cell, JsonObject notebook, ref int charts)
    {
        var language = CellLanguage.Of(cell, notebook);
        var source = NotebookFile.SourceOf(cell);
        if (language.Kind == CellKind.Markdown)
        {
            var markdown = CellLanguage.FirstLineKernel(source) is null ? source : source.Split('\n', 2).ElementAtOrDefault(1) ?? "";
            return $"<section class=\"cell markdown\">\n{MarkdownRenderer.ToHtml(markdown)}</section>\n";
        }

        var count = cell["execution_count"] is JsonValue v && v.TryGetValue(out int n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : " ";
        var code = language.Kind == CellKind.CSharp ? CodeHighlighter.ToHtml(source) : SafeHtml.Encode(source);
        var html = new StringBuilder($"<section class=\"cell code\">\n<div class=\"input\"><span class=\"prompt\">[{count}]</span><pre><code class=\"language-{SafeHtml.Encode(language.Name)}\">{code}</code></pre></div>\n");
        if (language.Kind == CellKind.Other)
        {
            html.Append($"<div class=\"skipped\">{SafeHtml.Encode(language.Name)} cell: not run (the runner runs C# cells only)</div>\n");
        }

        if (cell["outputs"] is JsonArray { Count: > 0 } outputs)
        {
            html.Append("<div class=\"outputs\">\n");
            foreach (var output in outputs.OfType<JsonObject>())
            {
                html.Append(Output(output, ref charts));
            }

            html.Append("</div>\n");
        }

        return html.Append("</section>\n").ToString();
    }

    /// <summary>One output: console text, a value (a chart, then HTML, then an image, then text) or an error.</summary>
    private static string Output(JsonObject output, ref int charts)
    {
        switch (output["output_type"]?.GetValue<string>())
        {
            case "stream":
                var stream = output["name"]?.GetValue<string>() == "stderr" ? "stderr" : "stdout";
                return $"<div class=\"output {stream}\"><pre>{SafeHtml.Encode(StreamText.ForPage(NotebookFile.JoinText(output["text"])))}</pre></div>\n";
            case "error":
                var traceback = output["traceback"] is JsonArray lines ? string.Join("\n", lines.Select(NotebookFile.JoinText)) : "";
                var text = traceback.Length > 0 ? traceback : $"{NotebookFile.JoinText(output["ename"])}: {NotebookFile.JoinText(output["evalue"])}";
                return $"<div class=\"output error\"><pre>{SafeHtml.Encode(text)}</pre></div>\n";
            default:
                return output["data"] is JsonObject data ? Value(data, ref charts) : "";
        }
    }

    private static string Value(JsonObject data, ref int charts)
    {
        JsonObject? figure;
        try
        {
            figure = ChartOutput.FigureIn(data);
        }
        catch (FormatException e)
        {
            return Note($"chart not shown: {e.Message}");
        }

        if (figure is not null)
        {
            return $"<div class=\"output chart\">\n{ChartOutput.Html(figure, $"chart-{++charts}")}</div>\n";
        }

        if (data["text/html"] is { } htmlData)
        {
            return $"<div class=\"output html\">{SafeHtml.Sanitize(NotebookFile.JoinText(htmlData))}</div>\n";
        }

        if (data["image/svg+xml"] is { } svgData)
        {
            // An SVG shown through <img> is a picture only: its scripts and handlers never run.
            var svg = Convert.ToBase64String(Encoding.UTF8.GetBytes(NotebookFile.JoinText(svgData)));
            return $"<div class=\"output image\"><img src=\"data:image/svg+xml;base64,{svg}\" alt=\"\"></div>\n";
        }

        foreach (var image in new[] { "image/png", "image/jpeg", "image/gif" })
        {
            if (data[image] is { } imageData)
            {
                return SafeHtml.IsBase64(NotebookFile.JoinText(imageData), out var base64)
                    ? $"<div class=\"output image\"><img src=\"data:{image};base64,{base64}\" alt=\"\"></div>\n"
                    : Note($"{image} output not shown: its data is not base64");
            }
        }

        var plain = data["text/plain"] is { } plainData ? NotebookFile.JoinText(plainData) : "";
        return $"<div class=\"output text\"><pre>{SafeHtml.Encode(plain)}</pre></div>\n";
    }

    private static string Note(string text) => $"<div class=\"output note\">{SafeHtml.Encode(text)}</div>\n";

    private static string PlainTitle(string markdownTitle) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(MarkdownRenderer.InlineToHtml(markdownTitle), "<[^>]+>", ""));
}
