namespace NotebookNN.Plotting;

public static partial class Chart
{
    /// <summary>A 3-D surface of z [rows x columns] over the grid (x[j], y[i]), as in <see cref="Heatmap"/>.</summary>
    /// <param name="z">The heights; NaN leaves a hole.</param>
    /// <param name="x">The x position of each column; 0, 1, 2, ... when null.</param>
    /// <param name="y">The y position of each row; 0, 1, 2, ... when null.</param>
    /// <param name="colorScale">The colour scale; <see cref="ColorScale.Viridis"/> when null.</param>
    /// <param name="opacity">0 (invisible) to 1 (opaque); below 1 lets paths on the surface show through.</param>
    /// <param name="colorBarTitle">The title of the colour bar.</param>
    public static Figure Surface(double[,] z, IReadOnlyList<double>? x = null, IReadOnlyList<double>? y = null, ColorScale? colorScale = null, double opacity = 1, string? colorBarTitle = null) =>
        new(MatrixTrace("surface", z, x, y, colorScale, null, null, colorBarTitle).Set("opacity", opacity));

    /// <summary>A path through 3-D points (x[i], y[i], z[i]), with a marker at each point.</summary>
    /// <param name="x">The x values.</param>
    /// <param name="y">The y values, one per x.</param>
    /// <param name="z">The z values, one per x.</param>
    /// <param name="name">The legend name.</param>
    /// <param name="color">A CSS colour; the next palette colour when null.</param>
    /// <param name="width">Line width in pixels.</param>
    public static Figure Line3D(IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<double> z, string? name = null, string? color = null, double width = 6) =>
        new(Line3DTrace(x, y, z, name, color, width));

    /// <summary>The trace behind <see cref="Line3D"/>.</summary>
    public static Trace Line3DTrace(IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<double> z, string? name = null, string? color = null, double width = 6)
    {
        CheckSameLength(x, y, "x", "y", "Chart.Line3D");
        CheckSameLength(x, z, "x", "z", "Chart.Line3D");
        var trace = new Trace("scatter3d").Set("mode", "lines+markers").Set("x", x).Set("y", y).Set("z", z)
            .Set("line.width", width).Set("marker.size", 3);
        if (name is not null)
            trace.Set("name", name);
        if (color is not null)
            trace.Set("line.color", color).Set("marker.color", color);
        return trace;
    }
}
