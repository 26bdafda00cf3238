namespace NotebookNN.Plotting;

public static partial class Chart
{
    /// <summary>
    /// A heatmap of z [rows x columns]: row i is drawn at y[i], column j at x[j]
    /// (so z[i, j] is the value at (x[j], y[i])).
    /// </summary>
    /// <param name="z">The values; NaN leaves a cell blank.</param>
    /// <param name="x">The x position of each column; 0, 1, 2, ... when null.</param>
    /// <param name="y">The y position of each row; 0, 1, 2, ... when null.</param>
    /// <param name="colorScale">The colour scale; <see cref="ColorScale.Viridis"/> when null.</param>
    /// <param name="zMin">The value drawn with the scale's first colour; the smallest z when null.</param>
    /// <param name="zMax">The value drawn with the scale's last colour; the largest z when null.</param>
    /// <param name="colorBarTitle">The title of the colour bar, or null for none.</param>
    public static Figure Heatmap(double[,] z, IReadOnlyList<double>? x = null, IReadOnlyList<double>? y = null, ColorScale? colorScale = null, double? zMin = null, double? zMax = null, string? colorBarTitle = null) =>
        new(MatrixTrace("heatmap", z, x, y, colorScale, zMin, zMax, colorBarTitle));

    /// <summary>Filled contour lines of z [rows x columns], laid out as in <see cref="Heatmap"/>.</summary>
    /// <param name="z">The values.</param>
    /// <param name="x">The x position of each column; 0, 1, 2, ... when null.</param>
    /// <param name="y">The y position of each row; 0, 1, 2, ... when null.</param>
    /// <param name="colorScale">The colour scale; <see cref="ColorScale.Viridis"/> when null.</param>
    /// <param name="levels">The number of contour levels (about).</param>
    /// <param name="colorBarTitle">The title of the colour bar.</param>
    public static Figure Contour(double[,] z, IReadOnlyList<double>? x = null, IReadOnlyList<double>? y = null, ColorScale? colorScale = null, int levels = 20, string? colorBarTitle = null) =>
        new(MatrixTrace("contour", z, x, y, colorScale, null, null, colorBarTitle).Set("ncontours", levels).Set("contours.coloring", "heatmap").Set("line.width", 0.5));

    /// <summary>
    /// A greyscale image of <paramref name="pixels"/> [rows x columns] (e.g. an 8x8 digit), row 0 at the
    /// top, square pixels, white for <paramref name="paperValue"/> and black for <paramref name="inkValue"/>
    /// (or the first and last colours of <paramref name="colorScale"/>).
    /// </summary>
    public static Figure Image(double[,] pixels, double paperValue = 0, double inkValue = 16, string? title = null, ColorScale? colorScale = null)
    {
        var figure = new Figure(ImageTrace(pixels, paperValue, inkValue, colorScale))
            .WithLayout("yaxis.autorange", "reversed").WithLayout("yaxis.scaleanchor", "x")
            .WithLayout("xaxis.showticklabels", false).WithLayout("yaxis.showticklabels", false)
            .WithLayout("xaxis.showgrid", false).WithLayout("yaxis.showgrid", false)
            .WithLayout("xaxis.ticks", "").WithLayout("yaxis.ticks", "")
            .WithLayout("xaxis.zeroline", false).WithLayout("yaxis.zeroline", false)
            .WithLayout("xaxis.showline", false).WithLayout("yaxis.showline", false)
            .WithLayout("xaxis.constrain", "domain").WithLayout("yaxis.constrain", "domain");
        return title is null ? figure : figure.WithTitle(title);
    }

    /// <summary>The trace behind <see cref="Image"/>: a heatmap with the ink colour scale (or the one given) and no colour bar.</summary>
    public static Trace ImageTrace(double[,] pixels, double paperValue = 0, double inkValue = 16, ColorScale? colorScale = null) =>
        MatrixTrace("heatmap", pixels, null, null, colorScale ?? ColorScale.Ink, paperValue, inkValue, null).Set("showscale", false);

    /// <summary>The trace behind <see cref="Heatmap"/> and <see cref="Contour"/> ("heatmap", "contour" or "surface").</summary>
    /// <exception cref="ArgumentException">x or y does not have one value per column or row of z.</exception>
    public static Trace MatrixTrace(string type, double[,] z, IReadOnlyList<double>? x, IReadOnlyList<double>? y, ColorScale? colorScale, double? zMin, double? zMax, string? colorBarTitle)
    {
        ArgumentNullException.ThrowIfNull(z);
        int rows = z.GetLength(0), columns = z.GetLength(1);
        if (x is not null && x.Count != columns)
            throw new ArgumentException($"Chart.{type}: z is [{rows} x {columns}] so x needs {columns} values (one per column), got {x.Count}.", nameof(x));
        if (y is not null && y.Count != rows)
            throw new ArgumentException($"Chart.{type}: z is [{rows} x {columns}] so y needs {rows} values (one per row), got {y.Count}.", nameof(y));
        var trace = new Trace(type).Set("z", z).Set("colorscale", (colorScale ?? ColorScale.Viridis).ToJson());
        if (x is not null)
            trace.Set("x", x);
        if (y is not null)
            trace.Set("y", y);
        string prefix = type == "surface" ? "c" : "z";
        if (zMin is not null)
            trace.Set(prefix + "min", zMin.Value);
        if (zMax is not null)
            trace.Set(prefix + "max", zMax.Value);
        if (colorBarTitle is not null)
            trace.Set("colorbar.title.text", colorBarTitle);
        return trace;
    }
}
