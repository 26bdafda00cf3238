namespace NotebookNN.Plotting;

/// <summary>
/// Builds one-trace figures of each kind the course uses, in the spirit of Plotly.NET:
/// <c>Chart.Line(x, y)</c>, <c>Chart.Heatmap(z)</c>, ...; put several together with
/// <see cref="Combine"/> (one plot) or <see cref="Grid"/> (subplots).
/// </summary>
public static partial class Chart
{
    /// <summary>A line through the points (x[i], y[i]).</summary>
    /// <param name="x">The x values.</param>
    /// <param name="y">The y values, one per x (NaN leaves a gap).</param>
    /// <param name="name">The legend name.</param>
    /// <param name="color">A CSS colour; the next palette colour when null.</param>
    /// <param name="dash">"solid", "dash", "dot" or "dashdot".</param>
    /// <param name="width">Line width in pixels.</param>
    /// <param name="showMarkers">Also draw a marker at each point.</param>
    public static Figure Line(IReadOnlyList<double> x, IReadOnlyList<double> y, string? name = null, string? color = null, string dash = "solid", double width = 3, bool showMarkers = false) =>
        new(LineTrace(x, y, name, color, dash, width, showMarkers));

    /// <summary>Markers at the points (x[i], y[i]).</summary>
    /// <param name="x">The x values.</param>
    /// <param name="y">The y values, one per x.</param>
    /// <param name="name">The legend name.</param>
    /// <param name="color">A CSS colour; the next palette colour when null.</param>
    /// <param name="size">Marker diameter in pixels.</param>
    /// <param name="symbol">A plotly.js marker symbol: "circle", "x", "diamond", "square", ...</param>
    public static Figure Scatter(IReadOnlyList<double> x, IReadOnlyList<double> y, string? name = null, string? color = null, double size = 9, string symbol = "circle") =>
        new(ScatterTrace(x, y, name, color, size, symbol));

    /// <summary>Vertical bars, one per category.</summary>
    /// <param name="categories">The bar labels along x.</param>
    /// <param name="values">The bar heights, one per category.</param>
    /// <param name="name">The legend name.</param>
    /// <param name="colors">One colour for all bars (one entry) or one per bar; palette colour when null.</param>
    /// <param name="text">A label written on each bar, or null.</param>
    public static Figure Bar(IReadOnlyList<string> categories, IReadOnlyList<double> values, string? name = null, IReadOnlyList<string>? colors = null, IReadOnlyList<string>? text = null)
    {
        CheckSameLength(categories, values, "categories", "values", "Chart.Bar");
        var trace = new Trace("bar").Set("x", categories).Set("y", values);
        if (name is not null)
            trace.Set("name", name);
        if (colors is { Count: 1 })
            trace.Set("marker.color", colors[0]);
        else if (colors is not null)
        {
            CheckSameLength(categories, colors, "categories", "colors", "Chart.Bar");
            trace.Set("marker.color", colors);
        }
        if (text is not null)
        {
            CheckSameLength(categories, text, "categories", "text", "Chart.Bar");
            trace.Set("text", text).Set("textposition", "outside");
        }
        return new(trace);
    }

    /// <summary>The trace behind <see cref="Line"/>, for building frames and multi-trace charts.</summary>
    public static Trace LineTrace(IReadOnlyList<double> x, IReadOnlyList<double> y, string? name = null, string? color = null, string dash = "solid", double width = 3, bool showMarkers = false)
    {
        CheckSameLength(x, y, "x", "y", "Chart.Line");
        var trace = new Trace("scatter").Set("mode", showMarkers ? "lines+markers" : "lines").Set("x", x).Set("y", y)
            .Set("line.dash", dash).Set("line.width", width);
        if (name is not null)
            trace.Set("name", name);
        if (color is not null)
            trace.Set("line.color", color).Set("marker.color", color);
        return trace;
    }

    /// <summary>The trace behind <see cref="Scatter"/>.</summary>
    public static Trace ScatterTrace(IReadOnlyList<double> x, IReadOnlyList<double> y, string? name = null, string? color = null, double size = 9, string symbol = "circle")
    {
        CheckSameLength(x, y, "x", "y", "Chart.Scatter");
        var trace = new Trace("scatter").Set("mode", "markers").Set("x", x).Set("y", y)
            .Set("marker.size", size).Set("marker.symbol", symbol).Set("marker.line.width", 1).Set("marker.line.color", "#ffffff");
        if (name is not null)
            trace.Set("name", name);
        if (color is not null)
            trace.Set("marker.color", color);
        return trace;
    }

    /// <summary>Throws a clear error when two lists that pair up element by element differ in length.</summary>
    internal static void CheckSameLength<TA, TB>(IReadOnlyList<TA> a, IReadOnlyList<TB> b, string aName, string bName, string where)
    {
        ArgumentNullException.ThrowIfNull(a, aName);
        ArgumentNullException.ThrowIfNull(b, bName);
        if (a.Count != b.Count)
            throw new ArgumentException($"{where}: {aName} has {a.Count} values but {bName} has {b.Count}; they must pair up one to one.");
    }
}
