namespace NotebookNN.Runner;

/// <summary>
/// Contract 2: a Plotly.NET <c>GenericChart</c>'s figure object (<c>{data, layout, frames, config}</c>) for the
/// <c>application/vnd.plotly.v1+json</c> output. NotebookNN's <c>PlotlyFigure.ToFigureJson</c> when the library is
/// loaded (it adds the frames its charts keep beside Plotly.NET), else Plotly.NET's own <c>GenericChart.toJson</c>.
/// Found by reflection: the runner references neither library.
/// </summary>
internal static class PlotlyFigureJson
{
    /// <summary>The plotly figure MIME type (JupyterLab renders it; the exported site draws charts only from it).</summary>
    public const string MimeType = "application/vnd.plotly.v1+json";

    /// <summary>The figure JSON of a chart, or null when the value is not a Plotly.NET chart.</summary>
    public static string? Of(object? value)
    {
        var chartType = value?.GetType();
        while (chartType is not null && chartType.FullName != "Plotly.NET.GenericChart")
        {
            chartType = chartType.BaseType;
        }

        if (chartType is null)
        {
            return null;
        }

        var notebookNN = AppDomain.CurrentDomain.GetAssemblies()
            .Select(a => a.GetType("NotebookNN.Plotting.PlotlyFigure"))
            .FirstOrDefault(t => t?.GetMethod("ToFigureJson", [chartType]) is not null);
        if (notebookNN is not null)
        {
            return (string)notebookNN.GetMethod("ToFigureJson", [chartType])!.Invoke(null, [value])!;
        }

        var json = (string)(chartType.GetMethod("toJson", [chartType])
            ?? throw new InvalidOperationException("Plotly.NET's GenericChart has no toJson(GenericChart)")).Invoke(null, [value])!;
        var figure = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        figure["frames"] ??= new System.Text.Json.Nodes.JsonArray();
        return figure.ToJsonString();
    }
}
