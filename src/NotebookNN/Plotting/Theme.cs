using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NotebookNN.Plotting;

/// <summary>
/// The one look every figure shares: a colour palette, a font large enough for a lecture hall,
/// margins and a white background. Applied when a figure is written, underneath the figure's own layout.
/// </summary>
public static partial class Theme
{
    /// <summary>The colours given to traces in order (colour-blind-friendly, after Okabe and Ito).</summary>
    public static IReadOnlyList<string> Palette { get; } =
    [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442",
    ];

    /// <summary>Colour for positive values (weights, gains).</summary>
    public const string Positive = "#2166ac";

    /// <summary>Colour for negative values.</summary>
    public const string Negative = "#b2182b";

    /// <summary>The font family of every text.</summary>
    public const string FontFamily = "Segoe UI, Helvetica Neue, Arial, sans-serif";

    /// <summary>Base font size in pixels.</summary>
    public const int FontSize = 15;

    /// <summary>Height of a figure that does not set its own, in pixels.</summary>
    public const int DefaultHeight = 480;

    /// <summary>The palette colour for the i-th series (wraps around).</summary>
    public static string Color(int index) => Palette[((index % Palette.Count) + Palette.Count) % Palette.Count];

    /// <summary>
    /// The figure's <paramref name="layout"/> laid over the theme: theme defaults first, the
    /// figure's own settings win. Every 2-D axis and 3-D scene in the layout gets the axis style.
    /// </summary>
    /// <param name="layout">The figure's own layout.</param>
    /// <param name="hasCartesianAxes">True when some trace is drawn on x/y axes (then "xaxis" and "yaxis" are styled even if unset).</param>
    public static JsonObject Apply(JsonObject layout, bool hasCartesianAxes)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var themed = new JsonObject
        {
            ["font"] = new JsonObject { ["family"] = FontFamily, ["size"] = FontSize, ["color"] = "#222222" },
            ["title"] = new JsonObject { ["x"] = 0.05, ["xanchor"] = "left", ["font"] = new JsonObject { ["size"] = FontSize + 5 } },
            ["paper_bgcolor"] = "#ffffff",
            ["plot_bgcolor"] = "#ffffff",
            ["colorway"] = new JsonArray([.. Palette.Select(c => JsonValue.Create(c))]),
            ["margin"] = new JsonObject { ["l"] = 70, ["r"] = 30, ["t"] = 80, ["b"] = 65 },
            ["height"] = DefaultHeight,
            ["hovermode"] = "closest",
            ["legend"] = new JsonObject { ["bgcolor"] = "rgba(255,255,255,0.8)" },
        };
        foreach (var key in layout.Select(kv => kv.Key).Where(k => AxisName().IsMatch(k)).Concat(hasCartesianAxes ? ["xaxis", "yaxis"] : []).Distinct())
            themed[key] = AxisStyle();
        foreach (var key in layout.Select(kv => kv.Key).Where(k => SceneName().IsMatch(k)))
            themed[key] = new JsonObject { ["xaxis"] = AxisStyle(), ["yaxis"] = AxisStyle(), ["zaxis"] = AxisStyle() };
        PlotlyJson.Merge(themed, layout);
        return themed;
    }

    private static JsonObject AxisStyle() => new()
    {
        ["gridcolor"] = "#e6e6e6",
        ["zerolinecolor"] = "#b0b0b0",
        ["linecolor"] = "#444444",
        ["showline"] = true,
        ["ticks"] = "outside",
        ["automargin"] = true,
    };

    [GeneratedRegex("^[xy]axis[0-9]*$")]
    private static partial Regex AxisName();

    [GeneratedRegex("^scene[0-9]*$")]
    private static partial Regex SceneName();
}
