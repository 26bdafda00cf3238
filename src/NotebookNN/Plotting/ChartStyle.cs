using System.Globalization;
using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace NotebookNN.Plotting;

/// <summary>
/// Styling for Plotly.NET <see cref="GenericChart"/>s that reads well from C#: titles, axis titles and ranges,
/// log axes, equal axes, shapes and annotations. Each calls Plotly.NET's own function where Plotly.NET.CSharp
/// 0.14 has one for C# (<c>Chart.withTitle</c>, <c>withShape</c>, <c>withAnnotation</c>), else sets the
/// plotly.js attribute on Plotly.NET's layout object. Each returns the chart, so calls chain.
/// </summary>
public static class ChartStyle
{
    /// <summary>Sets the title above the chart (Plotly.NET's <c>Chart.withTitle</c>).</summary>
    public static GenericChart WithTitle(this GenericChart chart, string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return Chart.withTitle(title, null).Invoke(chart);
    }

    /// <summary>The chart's title text, or null.</summary>
    public static string? GetTitle(this GenericChart chart) =>
        DynamicPath.Get(GenericChart.getLayout(chart), "title") is Title title ? DynamicPath.Get(title, "text") as string : null;

    /// <summary>Sets the x-axis title (of the 2-D axes and of the 3-D scene, whichever the chart has).</summary>
    public static GenericChart WithXTitle(this GenericChart chart, string title) => WithAxisTitle(chart, "x", title);

    /// <summary>Sets the y-axis title (of the 2-D axes and of the 3-D scene, whichever the chart has).</summary>
    public static GenericChart WithYTitle(this GenericChart chart, string title) => WithAxisTitle(chart, "y", title);

    /// <summary>Sets the z-axis title of the 3-D scene.</summary>
    public static GenericChart WithZTitle(this GenericChart chart, string title) => chart.WithLayout("scene.zaxis.title.text", title);

    /// <summary>Sets any plotly.js layout attribute at a dotted path, e.g. <c>WithLayout("xaxis.dtick", 1)</c>.</summary>
    public static GenericChart WithLayout(this GenericChart chart, string path, object? value)
    {
        DynamicPath.Set(GenericChart.getLayout(chart), path, value);
        return chart;
    }

    /// <summary>
    /// Sets any plotly.js attribute of trace number <paramref name="index"/> (0 is the first drawn) at a dotted path,
    /// e.g. <c>WithTrace(0, "colorbar.x", 0.46)</c> to move a heatmap's colour bar.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The chart has no trace with that index.</exception>
    public static GenericChart WithTrace(this GenericChart chart, int index, string path, object? value)
    {
        var traces = GenericChart.getTraces(chart).ToList();
        if (index < 0 || index >= traces.Count)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The chart has {traces.Count} traces (0 to {traces.Count - 1}).");
        DynamicPath.Set(traces[index], path, value);
        return chart;
    }

    /// <summary>Fixes the x-axis range.</summary>
    public static GenericChart WithXRange(this GenericChart chart, double min, double max) => chart.WithLayout("xaxis.range", new[] { min, max });

    /// <summary>Fixes the y-axis range.</summary>
    public static GenericChart WithYRange(this GenericChart chart, double min, double max) => chart.WithLayout("yaxis.range", new[] { min, max });

    /// <summary>
    /// Puts the x axis on a log scale, labelled at powers of ten (0.01, 0.1, 1, ...) when the data spans at least two of
    /// them, else at 1, 2 and 5 times a power of ten written out in full; below 0.001 and above 1000 as 10⁻⁶, not 1µ.
    /// </summary>
    public static GenericChart WithLogX(this GenericChart chart) => WithLogAxis(chart, "x");

    /// <summary>Puts the y axis on a log scale; labels as for <see cref="WithLogX"/>.</summary>
    public static GenericChart WithLogY(this GenericChart chart) => WithLogAxis(chart, "y");

    /// <summary>
    /// Gives both axes the same scale (one unit of y is as long as one unit of x), shrinking the plot area rather than
    /// widening a range, so circles look round.
    /// </summary>
    public static GenericChart WithEqualAxes(this GenericChart chart) =>
        chart.WithLayout("yaxis.scaleanchor", "x").WithLayout("yaxis.scaleratio", 1)
            .WithLayout("xaxis.constrain", "domain").WithLayout("yaxis.constrain", "domain");

    /// <summary>Shows or hides the legend.</summary>
    public static GenericChart WithLegend(this GenericChart chart, bool show) => chart.WithLayout("showlegend", show);

    /// <summary>Lays the legend out in a row between the title and the plot (clear of colour bars and sliders).</summary>
    public static GenericChart WithLegendOnTop(this GenericChart chart) =>
        chart.WithLayout("showlegend", true).WithLayout("legend.orientation", "h").WithLayout("legend.x", 0)
            .WithLayout("legend.xanchor", "left").WithLayout("legend.y", 1.02).WithLayout("legend.yanchor", "bottom")
            .WithLayout("margin.t", 115);

    /// <summary>Sets the colour-bar title of every heatmap, contour and surface trace, e.g. "cost J".</summary>
    public static GenericChart WithColorBarTitle(this GenericChart chart, string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        foreach (var trace in GenericChart.getTraces(chart).Where(t => Kind(t) is "heatmap" or "contour" or "surface"))
            DynamicPath.Set(trace, "colorbar.title.text", title);
        return chart;
    }

    /// <summary>Draws a straight line from (x0, y0) to (x1, y1) in data coordinates (of subplot <paramref name="subplot"/> in a grid).</summary>
    public static GenericChart WithLine(this GenericChart chart, double x0, double y0, double x1, double y1, string color = "#444444", string dash = "dash", double width = 2, int subplot = 1) =>
        AddShape(chart, "line", x0, y0, x1, y1, subplot, false, color, dash, width);

    /// <summary>Draws a vertical line at x across the whole height of the plot (of subplot <paramref name="subplot"/> in a grid).</summary>
    public static GenericChart WithVerticalLine(this GenericChart chart, double x, string color = "#444444", string dash = "dash", int subplot = 1) =>
        AddShape(chart, "line", x, 0, x, 1, subplot, true, color, dash, 2);

    /// <summary>Shades the rectangle between (x0, y0) and (x1, y1) in data coordinates.</summary>
    public static GenericChart WithRectangle(this GenericChart chart, double x0, double y0, double x1, double y1, string fillColor = "#999999", double opacity = 0.2)
    {
        var shape = NewShape("rect", x0, y0, x1, y1, 1, false);
        DynamicPath.Set(shape, "line.width", 0);
        DynamicPath.Set(shape, "fillcolor", fillColor);
        DynamicPath.Set(shape, "opacity", opacity);
        return AddShape(chart, shape);
    }

    /// <summary>
    /// Outlines the circle with centre (cx, cy) and radius r in data coordinates (of subplot <paramref name="subplot"/>
    /// in a grid); it looks round only when both axes have the same scale (<see cref="WithEqualAxes"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The radius is not positive.</exception>
    public static GenericChart WithCircle(this GenericChart chart, double cx, double cy, double r, string color = "#444444", string dash = "dash", double width = 2, int subplot = 1)
    {
        if (!(r > 0))
            throw new ArgumentOutOfRangeException(nameof(r), r, "A circle's radius must be positive.");
        return AddShape(chart, "circle", cx - r, cy - r, cx + r, cy + r, subplot, false, color, dash, width);
    }

    /// <summary>Writes <paramref name="text"/> at (x, y) in data coordinates, with an arrow pointing there if <paramref name="showArrow"/>.</summary>
    public static GenericChart WithAnnotation(this GenericChart chart, double x, double y, string text, bool showArrow = false, string? color = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var annotation = new Annotation();
        DynamicPath.Set(annotation, "x", x);
        DynamicPath.Set(annotation, "y", y);
        DynamicPath.Set(annotation, "xref", "x");
        DynamicPath.Set(annotation, "yref", "y");
        DynamicPath.Set(annotation, "text", text);
        DynamicPath.Set(annotation, "showarrow", showArrow);
        if (color is not null)
            DynamicPath.Set(annotation, "font.color", color);
        return chart.WithAnnotation(annotation);
    }

    /// <summary>Adds a Plotly.NET annotation (Plotly.NET's <c>Chart.withAnnotation</c>, appending).</summary>
    public static GenericChart WithAnnotation(this GenericChart chart, Annotation annotation)
    {
        // Plotly.NET's append puts the new item first; pass the whole list to keep the order they were added in.
        var existing = DynamicPath.Get(GenericChart.getLayout(chart), "annotations") as IEnumerable<Annotation> ?? [];
        return Chart.withAnnotations([.. existing, annotation], FSharpOption<bool>.Some(false)).Invoke(chart);
    }

    /// <summary>The plotly.js kind of a trace ("scatter", "heatmap", "surface", ...).</summary>
    internal static string Kind(Trace trace) => DynamicPath.Get(trace, "type") as string ?? "";

    /// <summary>True for kinds drawn in a 3-D scene rather than on x/y axes.</summary>
    internal static bool Is3D(Trace trace) => Kind(trace) is "surface" or "scatter3d" or "mesh3d";

    private static GenericChart WithAxisTitle(GenericChart chart, string axis, string title)
    {
        var traces = GenericChart.getTraces(chart).ToList();
        if (traces.Count == 0 || traces.Any(t => !Is3D(t)))
            chart.WithLayout($"{axis}axis.title.text", title);
        if (traces.Any(Is3D))
            chart.WithLayout($"scene.{axis}axis.title.text", title);
        return chart;
    }

    private static GenericChart AddShape(GenericChart chart, string type, double x0, double y0, double x1, double y1, int subplot, bool fullHeight, string color, string dash, double width)
    {
        var shape = NewShape(type, x0, y0, x1, y1, subplot, fullHeight);
        DynamicPath.Set(shape, "line.color", color);
        DynamicPath.Set(shape, "line.dash", dash);
        DynamicPath.Set(shape, "line.width", width);
        return AddShape(chart, shape);
    }

    /// <summary>Adds a Plotly.NET shape after the chart's others (Plotly.NET's <c>Chart.withShapes</c>).</summary>
    private static GenericChart AddShape(GenericChart chart, Shape shape)
    {
        var existing = DynamicPath.Get(GenericChart.getLayout(chart), "shapes") as IEnumerable<Shape> ?? [];
        return Chart.withShapes([.. existing, shape], FSharpOption<bool>.Some(false)).Invoke(chart);
    }

    /// <summary>A shape in the data coordinates of a subplot (1: x and y, 2: x2 and y2, ...); y from the bottom to the top of it when <paramref name="fullHeight"/>.</summary>
    private static Shape NewShape(string type, double x0, double y0, double x1, double y1, int subplot, bool fullHeight)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(subplot, 1);
        string suffix = subplot == 1 ? "" : subplot.ToString(CultureInfo.InvariantCulture);
        string yref = fullHeight ? (subplot == 1 ? "paper" : $"y{suffix} domain") : "y" + suffix;
        var shape = new Shape();
        DynamicPath.Set(shape, "type", type);
        DynamicPath.Set(shape, "x0", x0);
        DynamicPath.Set(shape, "y0", y0);
        DynamicPath.Set(shape, "x1", x1);
        DynamicPath.Set(shape, "y1", y1);
        DynamicPath.Set(shape, "xref", "x" + suffix);
        DynamicPath.Set(shape, "yref", yref);
        return shape;
    }

    private static GenericChart WithLogAxis(GenericChart chart, string axis)
    {
        var values = GenericChart.getTraces(chart)
            .Where(t => !Is3D(t) && ((DynamicPath.Get(t, $"{axis}axis") as string) ?? axis) == axis)
            .SelectMany(t => DynamicPath.Get(t, axis) switch
            {
                double?[] a => a.Where(v => v is not null).Select(v => v!.Value),
                double[] a => a,
                _ => [],
            })
            .Where(v => v > 0 && double.IsFinite(v))
            .ToList();
        chart.WithLayout($"{axis}axis.type", "log").WithLayout($"{axis}axis.exponentformat", "power");
        if (values.Count == 0)
            return chart.WithLayout($"{axis}axis.dtick", 1);
        double logMin = Math.Log10(values.Min()), logMax = Math.Log10(values.Max());
        if (Math.Floor(logMax) - Math.Ceiling(logMin) >= 1)
            return chart.WithLayout($"{axis}axis.dtick", 1);
        int low = (int)Math.Floor(logMin), high = (int)Math.Ceiling(logMax);
        double[] ticks = [.. Enumerable.Range(low, high - low + 1).SelectMany(e => new[] { 1, 2, 5 }.Select(m => m * Math.Pow(10, e)))];
        return chart.WithLayout($"{axis}axis.tickmode", "array").WithLayout($"{axis}axis.tickvals", ticks)
            .WithLayout($"{axis}axis.ticktext", ticks.Select(t => t.ToString("#,0.##########", CultureInfo.InvariantCulture)).ToArray());
    }
}
