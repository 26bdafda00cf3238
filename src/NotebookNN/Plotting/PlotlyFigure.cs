using System.Text.Json.Nodes;
using Microsoft.FSharp.Core;
using Plotly.NET;

namespace NotebookNN.Plotting;

/// <summary>
/// A chart as a whole plotly.js figure: the one way to get its JSON (<c>{data, layout, frames, config}</c>,
/// what the runner puts into <c>application/vnd.plotly.v1+json</c>), and standalone HTML pages.
/// </summary>
public static class PlotlyFigure
{
    /// <summary>The MIME type of a plotly figure in notebook outputs (JupyterLab renders it).</summary>
    public const string MimeType = "application/vnd.plotly.v1+json";

    /// <summary>
    /// The chart as a plotly.js figure object: Plotly.NET's own serialisation of data, layout and config
    /// (<c>GenericChart.toJson</c>) plus the frames of <see cref="ChartMovement"/>.
    /// </summary>
    public static string ToFigureJson(this GenericChart chart) => ToFigure(chart).ToJsonString();

    /// <summary>The figure object of <see cref="ToFigureJson"/> as a JSON node, to read in tests and tools.</summary>
    public static JsonObject ToFigure(this GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var dto = JsonNode.Parse(GenericChart.toJson(chart))!.AsObject();
        return new JsonObject
        {
            ["data"] = dto["data"]?.DeepClone() ?? new JsonArray(),
            ["layout"] = dto["layout"]?.DeepClone() ?? new JsonObject(),
            ["frames"] = JsonNode.Parse(ChartMovement.FramesJson(chart)),
            ["config"] = dto["config"]?.DeepClone() ?? new JsonObject(),
        };
    }

    /// <summary>
    /// The chart's HTML fragment as Plotly.NET.Interactive shows it in a notebook: Plotly.NET's
    /// <c>GenericChart.toChartHTML</c>, loading plotly.js <see cref="PlotlyJs.Version"/> through require.js from the plotly CDN.
    /// </summary>
    public static string ToNotebookHtml(this GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var reference = PlotlyJSReference.NewRequire($"https://cdn.plot.ly/plotly-{PlotlyJs.Version}.min");
        return GenericChart.toChartHTML(WithReference(chart, reference));
    }

    /// <summary>
    /// A standalone HTML page of the chart (Plotly.NET's <c>GenericChart.toEmbeddedHTML</c>). With
    /// <paramref name="plotlyJsSource"/> null, plotly.js is inlined (the copy inside Plotly.NET, version
    /// <see cref="PlotlyJs.Version"/>), so the page works offline; otherwise the page loads it from that address,
    /// e.g. a local <c>node_modules/plotly.js-dist-min/plotly.min.js</c>.
    /// </summary>
    public static string ToHtmlPage(this GenericChart chart, string? plotlyJsSource = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var reference = plotlyJsSource is null ? PlotlyJSReference.Full : PlotlyJSReference.NewCDN(plotlyJsSource);
        return GenericChart.toEmbeddedHTML(WithReference(chart, reference));
    }

    /// <summary>Writes <see cref="ToHtmlPage"/> to <paramref name="path"/> (creating its folder).</summary>
    public static void SavePage(this GenericChart chart, string path, string? plotlyJsSource = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string html = chart.ToHtmlPage(plotlyJsSource);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        File.WriteAllText(path, html);
    }

    /// <summary>A copy of the chart that loads plotly.js by <paramref name="reference"/> (the chart itself keeps its own).</summary>
    private static GenericChart WithReference(GenericChart chart, PlotlyJSReference reference)
    {
        var options = new DisplayOptions();
        GenericChart.getDisplayOptions(chart).ShallowCopyDynamicPropertiesTo(options, FSharpOption<bool>.Some(true));
        options.SetProperty("PlotlyJSReference", reference);
        return GenericChart.setDisplayOptions(options, chart);
    }
}
