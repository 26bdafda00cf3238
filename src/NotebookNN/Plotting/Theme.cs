using Plotly.NET;

namespace NotebookNN.Plotting;

/// <summary>
/// The one look every course chart shares, as a Plotly.NET <see cref="Template"/>: a colour-blind-friendly
/// palette, a font large enough for a lecture hall, margins and a white background.
/// </summary>
public static class Theme
{
    /// <summary>The colours given to traces in order (colour-blind-friendly, after Okabe and Ito).</summary>
    public static IReadOnlyList<string> Palette { get; } =
    [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442",
    ];

    /// <summary>Colour for positive values (weights, gains) and class 1.</summary>
    public const string Positive = "#2166ac";

    /// <summary>Colour for negative values and class 0.</summary>
    public const string Negative = "#b2182b";

    /// <summary>The font family of every text.</summary>
    public const string FontFamily = "Segoe UI, Helvetica Neue, Arial, sans-serif";

    /// <summary>Base font size in pixels.</summary>
    public const int FontSize = 15;

    /// <summary>Height of a chart that does not set its own, in pixels.</summary>
    public const int DefaultHeight = 480;

    /// <summary>The palette colour for the i-th series (wraps around).</summary>
    public static string Color(int index) => Palette[((index % Palette.Count) + Palette.Count) % Palette.Count];

    /// <summary>
    /// The course's template: layout defaults under the chart's own settings. Axis styles go to every 2-D
    /// axis (plotly.js applies a template's <c>xaxis</c> to <c>xaxis2</c>, ...) and, without the 2-D-only
    /// <c>automargin</c>, to every 3-D scene axis.
    /// </summary>
    public static Template Template()
    {
        var layout = new Layout();
        DynamicPath.Set(layout, "font", Font(FontSize, "#222222"));
        DynamicPath.Set(layout, "title.x", 0.05);
        DynamicPath.Set(layout, "title.xanchor", "left");
        DynamicPath.Set(layout, "title.font.size", FontSize + 5);
        DynamicPath.Set(layout, "paper_bgcolor", "#ffffff");
        DynamicPath.Set(layout, "plot_bgcolor", "#ffffff");
        DynamicPath.Set(layout, "colorway", Palette.ToArray());
        DynamicPath.Set(layout, "margin", new Dictionary<string, int> { ["l"] = 70, ["r"] = 30, ["t"] = 80, ["b"] = 65 });
        DynamicPath.Set(layout, "hovermode", "closest");
        DynamicPath.Set(layout, "legend.bgcolor", "rgba(255,255,255,0.8)");
        foreach (var axis in new[] { "xaxis", "yaxis" })
            DynamicPath.Set(layout, axis, AxisStyle(automargin: true));
        foreach (var axis in new[] { "xaxis", "yaxis", "zaxis" })
            DynamicPath.Set(layout, "scene." + axis, AxisStyle(automargin: false));
        return Plotly.NET.Template.init<Trace>(layout, null);
    }

    /// <summary>
    /// Gives a course chart the theme: the template, <see cref="DefaultHeight"/> unless the chart sets one,
    /// the full width of the page or cell (no fixed width), and a config without plotly's logo.
    /// </summary>
    public static GenericChart Apply(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        chart = Chart.withTemplate(Template()).Invoke(chart);
        var layout = GenericChart.getLayout(chart);
        layout.RemoveProperty("width");
        DynamicPath.Set(layout, "height", DefaultHeight);
        var config = GenericChart.getConfig(chart);
        DynamicPath.Set(config, "responsive", true);
        DynamicPath.Set(config, "displaylogo", false);
        return chart;
    }

    private static Dictionary<string, object> Font(int size, string color) =>
        new() { ["family"] = FontFamily, ["size"] = size, ["color"] = color };

    private static Dictionary<string, object> AxisStyle(bool automargin)
    {
        var style = new Dictionary<string, object>
        {
            ["gridcolor"] = "#e6e6e6",
            ["zerolinecolor"] = "#b0b0b0",
            ["linecolor"] = "#444444",
            ["showline"] = true,
            ["ticks"] = "outside",
        };
        if (automargin)
            style["automargin"] = true;
        return style;
    }
}
