using MathNet.Numerics.LinearAlgebra;
using Plotly.NET;

namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>
    /// What a model decides everywhere in a 2-D input space, with the data on top: the model's
    /// P(class 1) as a red-white-blue heatmap with the 0.5 boundary drawn (one output), or the predicted
    /// class as colour bands (several outputs); then one marker trace per class. When the two axes cover
    /// comparable ranges (within 3 times), they use the same scale, so a 45° line looks like one and circles look
    /// round; features on different scales (°C against %) keep their own.
    /// </summary>
    /// <param name="model">A batch [n x 2] to outputs [n x k], e.g. <c>network.Predict</c>.</param>
    /// <param name="data">A data set with 2 features.</param>
    /// <param name="resolution">Grid points per axis.</param>
    public static GenericChart DecisionSurface(Func<Matrix<double>, Matrix<double>> model, Dataset data, int resolution = 60) =>
        DecisionSurface(DecisionGrid.ForData(model, data, resolution), data);

    /// <summary>A network's decision surface over a 2-D data set; see <see cref="DecisionSurface(Func{Matrix{double}, Matrix{double}}, Dataset, int)"/>.</summary>
    public static GenericChart DecisionSurface(Network network, Dataset data, int resolution = 60) =>
        DecisionSurface(DecisionGrid.ForData(network, data, resolution), data);

    /// <summary>The decision surface of an already computed grid, with the data on top.</summary>
    public static GenericChart DecisionSurface(DecisionGrid grid, Dataset data)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(data);
        if (data.FeatureCount != 2)
            throw new ArgumentException($"A decision surface is drawn over 2 inputs, but data set '{data.Name}' has {data.FeatureCount} features.", nameof(data));
        return DecisionSurface(grid, data, "", []);
    }

    /// <summary>The decision surface with the data's points named with <paramref name="pointsSuffix"/> and <paramref name="extra"/> charts on top.</summary>
    private static GenericChart DecisionSurface(DecisionGrid grid, Dataset data, string pointsSuffix, IReadOnlyList<GenericChart> extra)
    {
        var parts = SurfaceTraces(grid, data);
        for (int c = 0; c < data.ClassCount; c++)
        {
            var rows = Enumerable.Range(0, data.Count).Where(i => data.Labels[i] == c).ToList();
            parts.Add(Traces.Points(
                [.. rows.Select(i => data.Features[i, 0])], [.. rows.Select(i => data.Features[i, 1])],
                data.ClassNames[c] + pointsSuffix, ClassColor(c, data.ClassCount), size: 9));
        }
        var figure = Compose([.. parts, .. extra]);
        double xSpan = grid.X[^1] - grid.X[0], ySpan = grid.Y[^1] - grid.Y[0];
        if (Math.Max(xSpan / ySpan, ySpan / xSpan) <= 3)
            figure.WithEqualAxes();
        return figure
            .WithTitle($"Decision surface on {data.Name}" + (grid.IsClassMap ? ": predicted class" : $": {PositiveProbability(data)}"))
            .WithXTitle(data.FeatureNames[0])
            .WithYTitle(data.FeatureNames[1])
            .WithLayout("xaxis.range", new[] { grid.X[0], grid.X[^1] })
            .WithLayout("yaxis.range", new[] { grid.Y[0], grid.Y[^1] })
            .WithLegendOnTop();
    }

    /// <summary>
    /// The decision surface changing during training (it opens on the LAST grid, the trained model, and play runs
    /// from the first): one frame per grid (e.g. one per epoch, from
    /// <see cref="DecisionGrid.ForData(Network, Dataset, int, double)"/> in a training callback), a slider and play/pause.
    /// </summary>
    /// <param name="grids">The grids in order; all over the same points.</param>
    /// <param name="data">The data drawn on top.</param>
    /// <param name="frameLabels">A label per grid, e.g. "1", "2", ...; 1, 2, 3, ... when null.</param>
    /// <param name="sliderLabel">Text before the label on the slider.</param>
    /// <param name="pointsSuffix">Appended to each class's legend name, e.g. " (train)".</param>
    /// <param name="extra">Further charts drawn on top (e.g. test points), fixed across frames.</param>
    /// <exception cref="ArgumentException">No grids, labels that do not match, or grids over different points.</exception>
    public static GenericChart DecisionSurfaceAnimation(IReadOnlyList<DecisionGrid> grids, Dataset data, IReadOnlyList<string>? frameLabels = null, string sliderLabel = "epoch ", string pointsSuffix = "", IReadOnlyList<GenericChart>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(grids);
        if (grids.Count == 0)
            throw new ArgumentException("Charts.DecisionSurfaceAnimation needs at least one grid.", nameof(grids));
        if (frameLabels is not null && frameLabels.Count != grids.Count)
            throw new ArgumentException($"Charts.DecisionSurfaceAnimation: {frameLabels.Count} labels for {grids.Count} grids.", nameof(frameLabels));
        for (int k = 1; k < grids.Count; k++)
        {
            if (!grids[k].X.SequenceEqual(grids[0].X) || !grids[k].Y.SequenceEqual(grids[0].Y) || grids[k].Outputs != grids[0].Outputs)
                throw new ArgumentException($"Charts.DecisionSurfaceAnimation: grid {k + 1} covers other points (or has other outputs) than grid 1; compute every grid over the same data and resolution.", nameof(grids));
        }
        var labels = frameLabels ?? [.. Enumerable.Range(1, grids.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        var figure = DecisionSurface(grids[^1], data, pointsSuffix, extra ?? []);
        string title = figure.GetTitle() ?? "Decision surface";
        string FrameTitle(int k) => $"{title} ({sliderLabel.Trim()} {labels[k]})";
        var frames = grids.Select((grid, k) =>
        {
            var traces = SurfaceTraces(grid, data);
            return ChartMovement.Frame(labels[k], Chart.combine(traces), [.. Enumerable.Range(0, traces.Count)], FrameTitle(k));
        }).ToList();
        return figure.WithAnimation(frames, sliderLabel, activeFrame: frames.Count - 1).WithTitle(FrameTitle(frames.Count - 1));
    }

    /// <summary>The grid's traces: a heatmap, plus the 0.5 contour for one output.</summary>
    /// <summary>A test example's marker: a diamond in its class colour with a black edge.</summary>
    internal static GenericChart TestPoints(IReadOnlyList<double> x, IReadOnlyList<double> y, string name, string color) =>
        Traces.Points(x, y, name, color, size: 11, symbol: "diamond").Set("marker.line.color", "#111111").Set("marker.line.width", 1.5);

    private static List<GenericChart> SurfaceTraces(DecisionGrid grid, Dataset data)
    {
        if (!grid.IsClassMap)
        {
            string probability = PositiveProbability(data);
            return
            [
                Traces.Heatmap(grid.Values, grid.X, grid.Y, ColorScale.RedWhiteBlue, 0, 1, probability)
                    .Set("name", probability).Set("opacity", 0.85).Set("zsmooth", "best").Set("hovertemplate", $"x1=%{{x:.2f}}<br>x2=%{{y:.2f}}<br>{probability}=%{{z:.2f}}<extra></extra>"),
                Traces.Contour(grid.Values, grid.X, grid.Y, ColorScale.Viridis, null)
                    .Set("name", "boundary P = 0.5").Set("showscale", false).Set("contours.coloring", "none")
                    .Set("contours.start", 0.5).Set("contours.end", 0.5).Set("contours.size", 1)
                    .Set("line.color", "#222222").Set("line.width", 3).Set("showlegend", true).Set("hoverinfo", "skip"),
            ];
        }
        int classes = Math.Max(data.ClassCount, grid.Outputs);
        var light = Enumerable.Range(0, classes).Select(c => ClassColor(c, classes)).ToList();
        return
        [
            Traces.Heatmap(grid.Values, grid.X, grid.Y, ColorScale.Discrete(light), -0.5, classes - 0.5, null)
                .Set("name", "predicted class").Set("showscale", false).Set("opacity", 0.35)
                .Set("hovertemplate", "x1=%{x:.2f}<br>x2=%{y:.2f}<br>predicted class %{z}<extra></extra>"),
        ];
    }

    /// <summary>What a one-output model's heatmap shows: "P(" and the name of class 1 (e.g. "P(class 1)", "P(yes)") and ")".</summary>
    private static string PositiveProbability(Dataset data) => $"P({data.ClassNames[1]})";

    /// <summary>The colour of class c: red/blue for two classes (matching the P(class 1) scale), the palette otherwise.</summary>
    internal static string ClassColor(int c, int classCount) =>
        classCount <= 2 ? (c == 0 ? Theme.Negative : Theme.Positive) : Theme.Color(c);
}
