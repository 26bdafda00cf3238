using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace NotebookNN.Plotting;

/// <summary>
/// The one-trace charts the course's builders are made of, each made by Plotly.NET.CSharp's own chart
/// function (<c>Chart.Line</c>, <c>Chart.Point</c>, <c>Chart.Heatmap</c>, ...) with the course's defaults;
/// <see cref="Set"/> reaches any further plotly.js attribute of the trace.
/// </summary>
internal static class Traces
{
    /// <summary>A line through (x[i], y[i]); NaN leaves a gap.</summary>
    public static GenericChart Line(IReadOnlyList<double> x, IReadOnlyList<double> y, string? name = null, string? color = null, string dash = "solid", double width = 3, bool showMarkers = false)
    {
        CheckSameLength(x, y, "x", "y", "a line");
        var chart = CSharpChart.Line<double, double, string>(x: x, y: y, ShowMarkers: showMarkers, LineWidth: width, LineDash: Dash(dash));
        chart.Set("x", x.ToArray()).Set("y", y.ToArray());
        if (name is not null)
            chart.Set("name", name);
        if (color is not null)
            chart.Set("line.color", color).Set("marker.color", color);
        return chart;
    }

    /// <summary>Markers at (x[i], y[i]) with a thin white outline.</summary>
    public static GenericChart Points(IReadOnlyList<double> x, IReadOnlyList<double> y, string? name = null, string? color = null, double size = 9, string symbol = "circle")
    {
        CheckSameLength(x, y, "x", "y", "a scatter");
        var chart = CSharpChart.Point<double, double, string>(x: x, y: y);
        chart.Set("x", x.ToArray()).Set("y", y.ToArray())
            .Set("marker.size", size).Set("marker.symbol", symbol)
            .Set("marker.line.width", 1).Set("marker.line.color", "#ffffff");
        if (name is not null)
            chart.Set("name", name);
        if (color is not null)
            chart.Set("marker.color", color);
        return chart;
    }

    /// <summary>
    /// A heatmap of z [rows x columns]: z[i, j] at (x[j], y[i]); 0, 1, 2, ... when x or y is null.
    /// zMin and zMax pin the colour scale's ends.
    /// </summary>
    public static GenericChart Heatmap(double[,] z, IReadOnlyList<double>? x, IReadOnlyList<double>? y, StyleParam.Colorscale colorScale, double? zMin = null, double? zMax = null, string? colorBarTitle = null)
    {
        CheckMatrix(z, x, y, "heatmap");
        var chart = CSharpChart.Heatmap<double, double, double, string>(zData: Rows(z), ColorScale: colorScale);
        return Matrix(chart, z, x, y, "z", zMin, zMax, colorBarTitle);
    }

    /// <summary>Filled contours of z, laid out as in <see cref="Heatmap"/>.</summary>
    public static GenericChart Contour(double[,] z, IReadOnlyList<double>? x, IReadOnlyList<double>? y, StyleParam.Colorscale colorScale, string? colorBarTitle = null)
    {
        CheckMatrix(z, x, y, "contour");
        var chart = CSharpChart.Contour<double, double, double, string>(zData: Rows(z), ColorScale: colorScale);
        return Matrix(chart, z, x, y, "z", null, null, colorBarTitle);
    }

    /// <summary>A 3-D surface of z, laid out as in <see cref="Heatmap"/>.</summary>
    public static GenericChart Surface(double[,] z, IReadOnlyList<double>? x, IReadOnlyList<double>? y, StyleParam.Colorscale colorScale, string? colorBarTitle = null)
    {
        CheckMatrix(z, x, y, "surface");
        var chart = CSharpChart.Surface<double, double, double, string>(zData: Rows(z), ColorScale: colorScale);
        return Matrix(chart, z, x, y, "c", null, null, colorBarTitle);
    }

    /// <summary>A path through 3-D points with a marker at each.</summary>
    public static GenericChart Line3D(IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<double> z, string? name = null, string? color = null, double width = 6)
    {
        CheckSameLength(x, y, "x", "y", "a 3-D line");
        CheckSameLength(x, z, "x", "z", "a 3-D line");
        var chart = CSharpChart.Line3D<double, double, double, string>(x: x, y: y, z: z, ShowMarkers: true, LineWidth: width);
        chart.Set("x", x.ToArray()).Set("y", y.ToArray()).Set("z", z.ToArray()).Set("marker.size", 3);
        if (name is not null)
            chart.Set("name", name);
        if (color is not null)
            chart.Set("line.color", color).Set("marker.color", color);
        return chart;
    }

    /// <summary>Vertical bars, one per category; one colour for all (one entry) or one per bar; a label on each bar.</summary>
    public static GenericChart Bars(IReadOnlyList<string> categories, IReadOnlyList<double> values, string? name = null, IReadOnlyList<string>? colors = null, IReadOnlyList<string>? text = null)
    {
        CheckSameLength(categories, values, "categories", "values", "a bar chart");
        var chart = CSharpChart.Column<double, string, string>(values: values, Keys: categories.ToArray());
        if (name is not null)
            chart.Set("name", name);
        if (colors is { Count: 1 })
            chart.Set("marker.color", colors[0]);
        else if (colors is not null)
        {
            CheckSameLength(categories, colors, "categories", "colors", "a bar chart");
            chart.Set("marker.color", colors.ToArray());
        }
        if (text is not null)
        {
            CheckSameLength(categories, text, "categories", "text", "a bar chart");
            chart.Set("text", text.ToArray()).Set("textposition", "outside");
        }
        return chart;
    }

    /// <summary>The chart's only trace (every chart here has one).</summary>
    public static Trace Of(GenericChart chart) => GenericChart.getTraces(chart).Single();

    /// <summary>Sets a plotly.js attribute of the chart's trace (a dotted path such as "marker.line.width").</summary>
    public static GenericChart Set(this GenericChart chart, string path, object? value)
    {
        DynamicPath.Set(Of(chart), path, value);
        return chart;
    }

    /// <summary>Throws a clear error when two lists that pair up element by element differ in length.</summary>
    public static void CheckSameLength<TA, TB>(IReadOnlyList<TA> a, IReadOnlyList<TB> b, string aName, string bName, string what)
    {
        ArgumentNullException.ThrowIfNull(a, aName);
        ArgumentNullException.ThrowIfNull(b, bName);
        if (a.Count != b.Count)
            throw new ArgumentException($"For {what}, {aName} has {a.Count} values but {bName} has {b.Count}; they must pair up one to one.");
    }

    private static StyleParam.DrawingStyle Dash(string dash) => dash switch
    {
        "dash" => StyleParam.DrawingStyle.Dash,
        "dot" => StyleParam.DrawingStyle.Dot,
        "dashdot" => StyleParam.DrawingStyle.DashDot,
        _ => StyleParam.DrawingStyle.Solid,
    };

    private static double[][] Rows(double[,] z) =>
        [.. Enumerable.Range(0, z.GetLength(0)).Select(i => Enumerable.Range(0, z.GetLength(1)).Select(j => z[i, j]).ToArray())];

    private static GenericChart Matrix(GenericChart chart, double[,] z, IReadOnlyList<double>? x, IReadOnlyList<double>? y, string prefix, double? min, double? max, string? colorBarTitle)
    {
        chart.Set("z", z);
        if (x is not null)
            chart.Set("x", x.ToArray());
        if (y is not null)
            chart.Set("y", y.ToArray());
        if (min is not null)
            chart.Set(prefix + "min", min.Value);
        if (max is not null)
            chart.Set(prefix + "max", max.Value);
        if (colorBarTitle is not null)
            chart.Set("colorbar.title.text", colorBarTitle);
        return chart;
    }

    private static void CheckMatrix(double[,] z, IReadOnlyList<double>? x, IReadOnlyList<double>? y, string kind)
    {
        ArgumentNullException.ThrowIfNull(z);
        int rows = z.GetLength(0), columns = z.GetLength(1);
        if (x is not null && x.Count != columns)
            throw new ArgumentException($"A {kind}: z is [{rows} x {columns}] so x needs {columns} values (one per column), got {x.Count}.", nameof(x));
        if (y is not null && y.Count != rows)
            throw new ArgumentException($"A {kind}: z is [{rows} x {columns}] so y needs {rows} values (one per row), got {y.Count}.", nameof(y));
    }
}
