using System.Net;
using System.Text;

namespace NotebookNN.Plotting;

/// <summary>
/// The HTML around a figure: the notebook fragment (a uniquely-id'd div and a script that draws
/// into it) and the standalone page.
/// </summary>
public static class FigureHtml
{
    /// <summary>The id of the script tag a fragment adds to load plotly.js when neither require.js nor plotly.js is present.</summary>
    public const string ScriptTagId = "notebooknn-plotly-" + PlotlyJs.Version;

    /// <summary>A fresh div id, "plot-" and a GUID, so many charts coexist in one notebook.</summary>
    public static string NewDivId() => "plot-" + Guid.NewGuid().ToString("N");

    /// <summary>
    /// The notebook fragment: <c>&lt;div id="divId"&gt;</c> and a script that draws the figure with
    /// an already-loaded <c>window.Plotly</c> if there is one (e.g. an offline page with plotly.js
    /// inlined), else loads the pinned plotly.js with require.js when the page has it (as Polyglot
    /// Notebooks does), else adds one shared script tag pointing at the CDN.
    /// </summary>
    /// <exception cref="ArgumentException">The div id has characters other than letters, digits, '-' and '_'.</exception>
    public static string Fragment(Figure figure, string divId)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(divId);
        if (divId.Length == 0 || !divId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new ArgumentException($"The div id '{divId}' must be non-empty and contain only letters, digits, '-' and '_'.", nameof(divId));
        string json = figure.ToJsonString();
        var html = new StringBuilder();
        html.Append("<div id=\"").Append(divId).Append("\" class=\"notebooknn-figure\"></div>\n");
        html.Append("<script type=\"text/javascript\">\n");
        html.Append("(function () {\n");
        html.Append("  var divId = '").Append(divId).Append("';\n");
        html.Append("  var figure = ").Append(json).Append(";\n");
        if (figure.HasLinkedSliders)
        {
            // Linked sliders (Figure.WithLinkedSliders): their steps do nothing themselves ("skip"); on any change,
            // show the frame named by every slider's current value, joined by ", ".
            html.Append("  function render(Plotly) {\n");
            html.Append("    Plotly.newPlot(divId, figure).then(function (gd) {\n");
            html.Append("      gd.on('plotly_sliderchange', function () {\n");
            html.Append("        var name = gd.layout.sliders.map(function (s) { return s.steps[s.active].value; }).join(', ');\n");
            html.Append("        Plotly.animate(gd, [name], { mode: 'immediate', frame: { duration: 0, redraw: true }, transition: { duration: 0 } });\n");
            html.Append("      });\n");
            html.Append("    });\n");
            html.Append("  }\n");
        }
        else
        {
            html.Append("  function render(Plotly) { Plotly.newPlot(divId, figure); }\n");
        }
        html.Append("  function fail() { var div = document.getElementById(divId); if (div) div.textContent = 'Could not load plotly.js ").Append(PlotlyJs.Version).Append(" from ").Append(PlotlyJs.CdnUrl).Append(" (offline?).'; }\n");
        html.Append("  if (window.Plotly && typeof window.Plotly.newPlot === 'function') { render(window.Plotly); return; }\n");
        html.Append("  if (typeof require === 'function' && typeof require.config === 'function') {\n");
        html.Append("    var plotlyRequire = require.config({ context: 'notebooknn-plotly-").Append(PlotlyJs.Version).Append("', paths: { plotly: '").Append(PlotlyJs.RequireJsPath).Append("' } }) || require;\n");
        html.Append("    plotlyRequire(['plotly'], render, fail);\n");
        html.Append("    return;\n");
        html.Append("  }\n");
        html.Append("  var script = document.getElementById('").Append(ScriptTagId).Append("');\n");
        html.Append("  if (!script) {\n");
        html.Append("    script = document.createElement('script');\n");
        html.Append("    script.id = '").Append(ScriptTagId).Append("';\n");
        html.Append("    script.src = '").Append(PlotlyJs.CdnUrl).Append("';\n");
        html.Append("    document.head.appendChild(script);\n");
        html.Append("  }\n");
        html.Append("  script.addEventListener('load', function () { render(window.Plotly); });\n");
        html.Append("  script.addEventListener('error', fail);\n");
        html.Append("})();\n");
        html.Append("</script>\n");
        return html.ToString();
    }

    /// <summary>
    /// The script tag that loads plotly.js in a page: the CDN address, or, given a local
    /// plotly.min.js (e.g. <see cref="PlotlyJs.NpmRelativePath"/>), its whole text inlined so the page works offline.
    /// Put it before the fragments: they then use the loaded <c>window.Plotly</c>.
    /// </summary>
    /// <exception cref="FileNotFoundException">The local plotly.js file does not exist (the message says how to get it).</exception>
    public static string PlotlyScript(string? inlinePlotlyJsPath = null)
    {
        if (inlinePlotlyJsPath is null)
            return $"<script src=\"{PlotlyJs.CdnUrl}\" charset=\"utf-8\"></script>\n";
        if (!File.Exists(inlinePlotlyJsPath))
            throw new FileNotFoundException(
                $"plotly.js was not found at '{inlinePlotlyJsPath}'. Run 'npm ci' in the repository root (it installs plotly.js-dist-min {PlotlyJs.Version} into node_modules).",
                inlinePlotlyJsPath);
        // "</script" inside the inlined code would end the tag early; "<\/script" means the same to JavaScript.
        string code = File.ReadAllText(inlinePlotlyJsPath).Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
        return "<script type=\"text/javascript\">\n" + code + "\n</script>\n";
    }

    /// <summary>A complete HTML page: the title, the plotly.js script tag, then the body fragments.</summary>
    public static string Page(string title, string plotlyScript, params IEnumerable<string> fragments)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(plotlyScript);
        ArgumentNullException.ThrowIfNull(fragments);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n");
        html.Append("<style>body { margin: 16px; font-family: ").Append(Theme.FontFamily).Append("; background: #ffffff; }</style>\n");
        html.Append(plotlyScript);
        html.Append("</head>\n<body>\n");
        foreach (var fragment in fragments)
            html.Append(fragment);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }
}
