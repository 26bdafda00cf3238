using NotebookNN.Plotting;

namespace NotebookNN.Browser;

/// <summary>
/// A chart value → its plotly figure JSON (<c>{data, layout, frames, config}</c>), which the page draws with its own
/// script; null for anything that is not a chart. (Once the charts are Plotly.NET <c>GenericChart</c>s, their case
/// goes here.)
/// </summary>
internal static class ChartJson
{
    /// <summary>The figure JSON of a chart, or null.</summary>
    public static string? Of(object? value) => value switch
    {
        Figure figure => figure.ToJsonString(),
        _ => null,
    };
}
