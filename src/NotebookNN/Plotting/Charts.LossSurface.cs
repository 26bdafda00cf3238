using Plotly.NET;
namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>
    /// A loss over two parameters as a 3-D surface, with each optimizer path drawn on it as a 3-D line
    /// (z = the loss at each point, lifted slightly so it stays visible).
    /// </summary>
    /// <param name="loss">The loss at (x, y).</param>
    /// <param name="valueTitle">What the height or colour shows ("loss", "cost J", "log₁₀(1 + f)", ...).</param>
    /// <param name="xRange">The first parameter's range.</param>
    /// <param name="yRange">The second parameter's range.</param>
    /// <param name="paths">Optimizer paths to draw, or null.</param>
    /// <param name="resolution">Grid points per axis.</param>
    /// <param name="xTitle">Name of the first parameter.</param>
    /// <param name="yTitle">Name of the second parameter.</param>
    /// <param name="viewFrom">
    /// Where the camera looks from, plotly.js's <c>scene.camera.eye</c> (in units of half the box, the box's centre at
    /// 0): x to the right, y to the back, z up; the default (1.5, -1.5, 1.1) looks from the front right, a little above.
    /// Drag the chart to turn it.
    /// </param>
    public static GenericChart LossSurface(Func<double, double, double> loss, (double Min, double Max) xRange, (double Min, double Max) yRange, IReadOnlyList<ParameterPath>? paths = null, int resolution = 50, string xTitle = "w1", string yTitle = "w2", string valueTitle = "loss", (double X, double Y, double Z)? viewFrom = null)
    {
        var eye = viewFrom ?? (1.5, -1.5, 1.1);
        var (x, y, z) = SampleLoss(loss, xRange, yRange, resolution);
        double lift = 0.01 * (Finite(z).DefaultIfEmpty(0).Max() - Finite(z).DefaultIfEmpty(0).Min());
        var parts = new List<GenericChart> { Traces.Surface(z, x, y, ColorScale.Viridis, valueTitle).Set("opacity", 0.9).Set("name", valueTitle) };
        foreach (var (path, k) in (paths ?? []).Select((p, k) => (p, k)))
        {
            CheckPath(path);
            parts.Add(Traces.Line3D(
                [.. path.Points.Select(p => p.X)], [.. path.Points.Select(p => p.Y)], [.. path.Points.Select(p => loss(p.X, p.Y) + lift)],
                path.Name, PathColor(k)));
        }
        return Compose(parts)
            .WithTitle("Loss surface" + (paths is { Count: > 0 } ? " with optimizer paths" : ""))
            .WithXTitle(xTitle).WithYTitle(yTitle).WithZTitle(valueTitle)
            .WithLayout("scene.camera.eye", new Dictionary<string, object?> { ["x"] = eye.X, ["y"] = eye.Y, ["z"] = eye.Z })
            .WithLayout("margin.l", 10).WithLayout("margin.r", 10)
            .WithLayout("legend.x", 0).WithLayout("legend.y", 1)
            .WithLayout("height", 600);
    }

    /// <summary>
    /// The contour companion of <see cref="LossSurface"/>: the same loss as filled contours seen from
    /// above, each optimizer path as a line with a marker per step, its start circled and its end a star.
    /// </summary>
    /// <param name="loss">The loss at (x, y).</param>
    /// <param name="valueTitle">What the height or colour shows ("loss", "cost J", "log₁₀(1 + f)", ...).</param>
    /// <param name="xRange">The first parameter's range.</param>
    /// <param name="yRange">The second parameter's range.</param>
    /// <param name="paths">Optimizer paths to draw, or null.</param>
    /// <param name="resolution">Grid points per axis.</param>
    /// <param name="xTitle">Name of the first parameter.</param>
    /// <param name="yTitle">Name of the second parameter.</param>
    public static GenericChart LossContour(Func<double, double, double> loss, (double Min, double Max) xRange, (double Min, double Max) yRange, IReadOnlyList<ParameterPath>? paths = null, int resolution = 80, string xTitle = "w1", string yTitle = "w2", string valueTitle = "loss") =>
        LossContour(loss, xRange, yRange, paths, resolution, xTitle, yTitle, valueTitle, []);

    /// <summary>The loss contours with the paths and then <paramref name="extra"/> charts on top.</summary>
    private static GenericChart LossContour(Func<double, double, double> loss, (double Min, double Max) xRange, (double Min, double Max) yRange, IReadOnlyList<ParameterPath>? paths, int resolution, string xTitle, string yTitle, string valueTitle, IReadOnlyList<GenericChart> extra)
    {
        var (x, y, z) = SampleLoss(loss, xRange, yRange, resolution);
        var parts = new List<GenericChart> { Traces.Contour(z, x, y, ColorScale.Viridis, valueTitle)
            .Set("ncontours", 25).Set("contours.coloring", "heatmap").Set("line.width", 0.5).Set("name", valueTitle) };
        foreach (var (path, k) in (paths ?? []).Select((p, k) => (p, k)))
        {
            CheckPath(path);
            int last = path.Points.Count - 1;
            bool IsEnd(int i) => i == 0 || i == last;
            // Hundreds of steps with full-size outlined markers would bury the contours: long paths get small plain dots.
            double stepSize = path.Points.Count > LongPath ? 3.0 : 6.0, stepOutline = path.Points.Count > LongPath ? 0.0 : 2.0;
            var symbols = path.Points.Select((_, i) => i == 0 ? "circle-open" : i == last ? "star" : "circle").ToArray();
            var sizes = path.Points.Select((_, i) => IsEnd(i) ? 14.0 : stepSize).ToArray();
            var outlines = path.Points.Select((_, i) => IsEnd(i) ? 2.0 : stepOutline).ToArray();
            parts.Add(Traces.Line([.. path.Points.Select(p => p.X)], [.. path.Points.Select(p => p.Y)], path.Name, PathColor(k), width: 2.5, showMarkers: true)
                .Set("marker.symbol", symbols).Set("marker.size", sizes).Set("marker.line.width", outlines));
        }
        return Compose([.. parts, .. extra])
            .WithTitle("Loss contours" + (paths is { Count: > 0 } ? " with optimizer paths (start ○, end ★)" : ""))
            .WithXTitle(xTitle).WithYTitle(yTitle)
            .WithXRange(xRange.Min, xRange.Max).WithYRange(yRange.Min, yRange.Max)
            .WithLegendOnTop()
            .WithLayout("height", 600);
    }

    /// <summary>Paths with more points than this are drawn with small step markers without outlines.</summary>
    private const int LongPath = 100;

    /// <summary>The loss on a resolution x resolution grid: z[i, j] = loss(x[j], y[i]).</summary>
    internal static (double[] X, double[] Y, double[,] Z) SampleLoss(Func<double, double, double> loss, (double Min, double Max) xRange, (double Min, double Max) yRange, int resolution)
    {
        ArgumentNullException.ThrowIfNull(loss);
        var x = Range(xRange.Min, xRange.Max, resolution);
        var y = Range(yRange.Min, yRange.Max, resolution);
        var z = new double[y.Length, x.Length];
        for (int i = 0; i < y.Length; i++)
        {
            for (int j = 0; j < x.Length; j++)
                z[i, j] = loss(x[j], y[i]);
        }
        return (x, y, z);
    }

    private static IEnumerable<double> Finite(double[,] z) => z.Cast<double>().Where(double.IsFinite);

    /// <summary>Bright path colours that stand out on the viridis scale.</summary>
    private static string PathColor(int k) => new[] { "#ff3b30", "#00c2e0", "#ff9f1c", "#f72585", "#32cd32", "#000000" }[k % 6];

    private static void CheckPath(ParameterPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Points is null || path.Points.Count == 0)
            throw new ArgumentException($"The optimizer path '{path.Name}' has no points.", nameof(path));
    }
}
