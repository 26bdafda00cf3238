using NotebookNN.Plotting;
using Plotly.NET;

namespace NotebookNN.Browser;

/// <summary>
/// A chart value → its plotly figure JSON (<c>{data, layout, frames, config}</c>), which the page draws with its own
/// script; null for anything that is not a chart.
/// </summary>
internal static class ChartJson
{
    /// <summary>The figure JSON of a Plotly.NET chart, or null.</summary>
    public static string? Of(object? value) => value switch
    {
        GenericChart chart => chart.ToFigureJson(),
        _ => null,
    };
}
