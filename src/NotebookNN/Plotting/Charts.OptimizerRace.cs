using System.Globalization;
using Plotly.NET;

namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>
    /// The colour and end marker each optimizer keeps in every chart, matched by the first word of its name:
    /// SGD red ■, Momentum orange ◆, RMSProp cyan ▲, Adam green ★.
    /// </summary>
    private static readonly Dictionary<string, (string Color, string Symbol)> OptimizerStyles = new()
    {
        ["SGD"] = ("#ff3b30", "square"),
        ["Momentum"] = ("#ff9f1c", "diamond"),
        ["RMSProp"] = ("#00c2e0", "triangle-up"),
        ["Adam"] = ("#2ecc40", "star"),
    };

    /// <summary>End markers for paths whose name is not a known optimizer's, in path order.</summary>
    private static readonly string[] OtherSymbols = ["circle", "x", "pentagon", "hexagram", "cross", "hourglass"];

    /// <summary>
    /// The colour an optimizer keeps in every chart (SGD red, Momentum orange, RMSProp cyan, Adam green), found by the
    /// first word of a name such as "Adam (lr 0.1)" or "Adam (lr 0.01): test"; null for any other name.
    /// </summary>
    /// <param name="name">An optimizer's <see cref="IOptimizer.Name"/>, or a trace name that starts with one.</param>
    public static string? OptimizerColor(string? name) => StyleOf(name)?.Color;

    /// <summary>
    /// Recolours the traces of a figure whose names start with an optimizer's name (see <see cref="OptimizerColor"/>),
    /// e.g. a <see cref="TrainingHistory"/> of four optimizers, so they match <see cref="OptimizerRace"/>.
    /// Other traces keep their colours.
    /// </summary>
    /// <param name="figure">The figure to recolour (changed in place and returned).</param>
    public static GenericChart ColorByOptimizer(GenericChart figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        foreach (var trace in GenericChart.getTraces(figure))
        {
            if (OptimizerColor(DynamicPath.Get(trace, "name") as string) is { } color)
            {
                DynamicPath.Set(trace, "line.color", color);
                DynamicPath.Set(trace, "marker.color", color);
            }
        }
        return figure;
    }

    /// <summary>
    /// Optimizers racing over a loss of two parameters: the loss as filled contours seen from above, each path as a
    /// line of small dots, the common start as ○ and each optimizer's position as a big marker in its colour
    /// (SGD ■, Momentum ◆, RMSProp ▲, Adam ★). A slider and a play button show the race after each checkpoint; the
    /// chart opens on the last one. The position markers are drawn on top of every line, earlier paths with larger
    /// markers and wider lines, so where paths and markers overlap each one still shows.
    /// </summary>
    /// <param name="loss">The value the contours colour at (x, y), e.g. log₁₀(1 + f) for a loss with steep walls.</param>
    /// <param name="xRange">The first parameter's range.</param>
    /// <param name="yRange">The second parameter's range.</param>
    /// <param name="paths">The optimizers' paths, start first (e.g. <c>new ParameterPath(run.Name, run.Points)</c>), in legend order.</param>
    /// <param name="checkpoints">Step counts to show, increasing, each at least 1 (e.g. 1, 10, 100, 1000).</param>
    /// <param name="xTitle">Name of the first parameter.</param>
    /// <param name="yTitle">Name of the second parameter.</param>
    /// <param name="valueTitle">What the contour colours show, for the colour bar.</param>
    /// <param name="resolution">Grid points per axis for the contours.</param>
    /// <exception cref="ArgumentException">No paths, a path without points, or checkpoints that are empty, below 1 or not increasing.</exception>
    public static GenericChart OptimizerRace(Func<double, double, double> loss, (double Min, double Max) xRange, (double Min, double Max) yRange, IReadOnlyList<ParameterPath> paths, IReadOnlyList<int> checkpoints, string xTitle = "w1", string yTitle = "w2", string valueTitle = "loss", int resolution = 80)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(checkpoints);
        if (paths.Count == 0)
            throw new ArgumentException("Charts.OptimizerRace needs at least one path.", nameof(paths));
        foreach (var path in paths)
            CheckPath(path);
        if (checkpoints.Count == 0 || checkpoints[0] < 1 || checkpoints.Zip(checkpoints.Skip(1)).Any(p => p.Second <= p.First))
            throw new ArgumentException($"Charts.OptimizerRace: the checkpoints [{string.Join(", ", checkpoints)}] must be step counts from 1 up, increasing.", nameof(checkpoints));

        var figure = LossContour(loss, xRange, yRange, null, resolution, xTitle, yTitle, valueTitle, RaceTraces(paths, checkpoints[^1], withStart: true));
        DynamicPath.Set(GenericChart.getTraces(figure).First(), "line.width", 0);
        int n = paths.Count;
        int[] moving = [.. Enumerable.Range(1, n), .. Enumerable.Range(n + 2, n)];
        var frames = checkpoints.Select(k => ChartMovement.Frame(
            k.ToString(CultureInfo.InvariantCulture), Chart.combine(RaceTraces(paths, k, withStart: false)), moving,
            $"The race after {Steps(k)} (○ start)")).ToList();
        // The legend (start and one entry per optimizer) often takes two rows above the plot: room for both.
        return figure.WithAnimation(frames, "steps: ", 700, activeFrame: frames.Count - 1)
            .WithLayout("margin.t", 150)
            .WithTitle($"The race after {Steps(checkpoints[^1])} (○ start; press ▶ Play)");
    }

    private static string Steps(int k) => k == 1 ? "1 step" : $"{k.ToString(CultureInfo.InvariantCulture)} steps";

    /// <summary>
    /// The race after k steps: a line per path (the first widest), then, unless left out, the start markers, then a
    /// position marker per path (the first largest), so the markers lie on top of all lines.
    /// </summary>
    private static List<GenericChart> RaceTraces(IReadOnlyList<ParameterPath> paths, int k, bool withStart)
    {
        int n = paths.Count;
        var shown = paths.Select(p => p.Points.Take(k + 1).Where(q => double.IsFinite(q.X) && double.IsFinite(q.Y)).ToList()).ToList();
        var traces = new List<GenericChart>();
        for (int i = 0; i < n; i++)
        {
            string color = RaceColor(paths[i].Name, i);
            double width = n == 1 ? 3 : 4.5 - 2.5 * i / (n - 1);
            traces.Add(Traces.Line([.. shown[i].Select(q => q.X)], [.. shown[i].Select(q => q.Y)], paths[i].Name, color, width: width, showMarkers: true)
                .Set("marker.size", 3).Set("legendgroup", paths[i].Name).Set("showlegend", false));
        }
        if (withStart)
        {
            var starts = paths.Select(p => p.Points[0]).Distinct().ToList();
            traces.Add(Traces.Points([.. starts.Select(q => q.X)], [.. starts.Select(q => q.Y)], "start", "rgba(0,0,0,0)", size: 17, symbol: "circle-open")
                .Set("marker.line.color", "#111111").Set("marker.line.width", 2.5).Set("marker.color", "#111111"));
        }
        for (int i = 0; i < n; i++)
        {
            var end = shown[i].Count > 0 ? shown[i][^1] : paths[i].Points[0];
            double size = n == 1 ? 18 : 22 - 10.0 * i / (n - 1);
            traces.Add(Traces.Points([end.X], [end.Y], paths[i].Name, RaceColor(paths[i].Name, i), size, StyleOf(paths[i].Name)?.Symbol ?? OtherSymbols[i % OtherSymbols.Length])
                .Set("marker.line.color", "#111111").Set("marker.line.width", 1.5).Set("legendgroup", paths[i].Name));
        }
        return traces;
    }

    /// <summary>A path's colour: its optimizer's, or the standard path colour for its position.</summary>
    private static string RaceColor(string name, int index) => OptimizerColor(name) ?? PathColor(index);

    /// <summary>The style of the optimizer a name starts with ("Adam (lr 0.1)" → Adam), or null.</summary>
    private static (string Color, string Symbol)? StyleOf(string? name)
    {
        string first = (name ?? "").Split(' ', '(', ':', ',')[0];
        return OptimizerStyles.TryGetValue(first, out var style) ? style : null;
    }
}
