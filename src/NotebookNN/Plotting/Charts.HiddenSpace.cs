using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using Plotly.NET;

namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>
    /// How one 2 → 2 dense layer moves the plane, animated in three stages: its input a, then W a
    /// (a linear map: straight lines stay straight), then W a + b (a shift), then g(W a + b) (the
    /// activation bends the lines). A grid of lines over the input plane and the data points move
    /// together, pushed through the earlier layers first when <paramref name="layer"/> is not the first.
    /// When the next layer is one neuron, the final frame also draws its line w·a + b = 0 (P = 0.5 for a sigmoid).
    /// Each frame zooms to fit its points (trained weights can stretch the plane far), so read the tick labels for the scale,
    /// except that the frames from "× W" to "+ b" share one view, so the shift by b is visible as movement.
    /// Both axes always have the same scale (a unit is as long across as up), so shapes are not distorted.
    /// </summary>
    /// <param name="network">A network with 2 inputs.</param>
    /// <param name="data">A data set with 2 features.</param>
    /// <param name="layer">Which layer to animate, 1 = the first; it must be a <see cref="Dense"/> layer with 2 inputs and 2 outputs.</param>
    /// <param name="gridLines">Grid lines per direction.</param>
    /// <param name="stepsPerStage">Animation frames per stage (the slider has 3 × this + 1 steps).</param>
    /// <exception cref="ArgumentException">The data or network do not have 2 inputs, or the layer is not a 2 → 2 dense layer.</exception>
    public static GenericChart HiddenSpace(Network network, Dataset data, int layer = 1, int gridLines = 13, int stepsPerStage = 4)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        if (data.FeatureCount != 2 || network.InputSize != 2)
            throw new ArgumentException($"Charts.HiddenSpace draws a plane: it needs 2 inputs, but data set '{data.Name}' has {data.FeatureCount} features and the network {network.InputSize} inputs.", nameof(data));
        if (layer < 1 || layer > network.Layers.Count)
            throw new ArgumentException($"Charts.HiddenSpace: layer {layer} does not exist; the network has layers 1 to {network.Layers.Count}.", nameof(layer));
        if (network.Layers[layer - 1] is not Dense { InputSize: 2, OutputSize: 2 } dense)
            throw new ArgumentException($"Charts.HiddenSpace: layer {layer} ({network.Layers[layer - 1].Describe()}) must be a dense layer with 2 inputs and 2 outputs, so both its input and output are a plane.", nameof(layer));
        ArgumentOutOfRangeException.ThrowIfLessThan(gridLines, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(stepsPerStage, 1);

        // The grid: gridLines lines x1 = const, then gridLines lines x2 = const, each sampled finely.
        const int samples = 60;
        var f = data.Features;
        double padX = 0.1 * (f.Column(0).Maximum() - f.Column(0).Minimum()), padY = 0.1 * (f.Column(1).Maximum() - f.Column(1).Minimum());
        var across = Range(f.Column(0).Minimum() - padX, f.Column(0).Maximum() + padX, gridLines);
        var up = Range(f.Column(1).Minimum() - padY, f.Column(1).Maximum() + padY, gridLines);
        var fineX = Range(across[0], across[^1], samples);
        var fineY = Range(up[0], up[^1], samples);
        var gridPoints = new List<double[]>();
        foreach (var x1 in across)
            gridPoints.AddRange(fineY.Select(x2 => new[] { x1, x2 }));
        foreach (var x2 in up)
            gridPoints.AddRange(fineX.Select(x1 => new[] { x1, x2 }));
        var grid = DenseMatrix.OfRowArrays(gridPoints);

        // Each stage of the layer, for the grid and for the data: a, W a, W a + b, g(W a + b).
        Matrix<double>[] Stages(Matrix<double> x)
        {
            var a = network.LayerOutputs(x)[layer - 1];
            var wa = a * dense.Weights.Transpose();
            var wab = DenseMatrix.OfRowVectors(wa.EnumerateRows().Select(row => row + dense.Bias));
            return [a, wa, wab, dense.Activation.Apply(wab)];
        }
        var gridStages = Stages(grid);
        var dataStages = Stages(f);
        // Axis ranges that fit the points of one frame, padded.
        static ((double Min, double Max) X, (double Min, double Max) Y) Fit(Matrix<double> g, Matrix<double> d)
        {
            double x0 = Math.Min(g.Column(0).Minimum(), d.Column(0).Minimum()), x1 = Math.Max(g.Column(0).Maximum(), d.Column(0).Maximum());
            double y0 = Math.Min(g.Column(1).Minimum(), d.Column(1).Minimum()), y1 = Math.Max(g.Column(1).Maximum(), d.Column(1).Maximum());
            double pad = 0.05 * Math.Max(Math.Max(x1 - x0, y1 - y0), 1e-9);
            return Square((x0 - pad, x1 + pad), (y0 - pad, y1 + pad));
        }
        // Widens the shorter of two ranges about its centre so both span the same length (equal scaling).
        static ((double Min, double Max) X, (double Min, double Max) Y) Square((double Min, double Max) x, (double Min, double Max) y)
        {
            double half = Math.Max(x.Max - x.Min, y.Max - y.Min) / 2, cx = (x.Min + x.Max) / 2, cy = (y.Min + y.Max) / 2;
            return ((cx - half, cx + half), (cy - half, cy + half));
        }
        var (lastX, lastY) = Fit(gridStages[3], dataStages[3]);
        // One view for "× W" through "+ b": the union of both stages' views, so the shift shows as movement.
        var (wX, wY) = Fit(gridStages[1], dataStages[1]);
        var (bX, bY) = Fit(gridStages[2], dataStages[2]);
        var shiftView = Square((Math.Min(wX.Min, bX.Min), Math.Max(wX.Max, bX.Max)), (Math.Min(wY.Min, bY.Min), Math.Max(wY.Max, bY.Max)));
        double xMin = lastX.Min, xMax = lastX.Max, yMin = lastY.Min, yMax = lastY.Max;

        // The next neuron's line w·a + b = 0 in this layer's output plane, when there is exactly one next neuron.
        var next = layer < network.Layers.Count ? network.Layers[layer] as Dense : null;
        (double[] X, double[] Y)? boundary = null;
        if (next is { OutputSize: 1 })
        {
            double w1 = next.Weights[0, 0], w2 = next.Weights[0, 1], c = next.Bias[0];
            boundary = Math.Abs(w2) > Math.Abs(w1)
                ? ([xMin, xMax], [-(w1 * xMin + c) / w2, -(w1 * xMax + c) / w2])
                : ([-(w2 * yMin + c) / w1, -(w2 * yMax + c) / w1], [yMin, yMax]);
        }

        static Matrix<double> Between(Matrix<double> from, Matrix<double> to, double t) => from * (1 - t) + to * t;
        int perLine = samples;
        List<GenericChart> Parts(Matrix<double> g, Matrix<double> d, bool last)
        {
            var traces = new List<GenericChart>();
            for (int family = 0; family < 2; family++)
            {
                var xs = new List<double>();
                var ys = new List<double>();
                for (int line = 0; line < gridLines; line++)
                {
                    int start = (family * gridLines + line) * perLine;
                    for (int k = 0; k < perLine; k++)
                    {
                        xs.Add(g[start + k, 0]);
                        ys.Add(g[start + k, 1]);
                    }
                    xs.Add(double.NaN);
                    ys.Add(double.NaN);
                }
                traces.Add(Traces.Line(xs, ys, family == 0 ? "grid lines x1 = const" : "grid lines x2 = const", family == 0 ? "#6baed6" : "#fd8d3c", width: 1.5).Set("hoverinfo", "skip"));
            }
            for (int c = 0; c < data.ClassCount; c++)
            {
                var rows = Enumerable.Range(0, data.Count).Where(i => data.Labels[i] == c).ToList();
                traces.Add(Traces.Points([.. rows.Select(i => d[i, 0])], [.. rows.Select(i => d[i, 1])], data.ClassNames[c], ClassColor(c, data.ClassCount), size: 8));
            }
            if (boundary is { } line0)
                traces.Add(Traces.Line(last ? line0.X : [double.NaN, double.NaN], last ? line0.Y : [double.NaN, double.NaN], "next neuron's line (last frame)", "#222222", dash: "dash", width: 2.5));
            return traces;
        }

        string g = dense.Activation.Name;
        string[] stageNames = ["input", "× W", "+ b", g];
        string[] stageTitles =
        [
            $"Layer {layer}'s input: the plane as it arrives",
            "Stage 1 of 3: multiply by W (a linear map: it stretches, turns or shears, but bends nothing)",
            "Stage 2 of 3: add b (a shift)",
            $"Stage 3 of 3: apply {g} (the activation bends the plane)",
        ];
        var frames = new List<Frame>();
        var first = Parts(gridStages[0], dataStages[0], false);
        (double Min, double Max) firstX = default, firstY = default;
        var labels = new List<string>();
        for (int s = 0; s < 3; s++)
        {
            for (int k = 0; k < stepsPerStage; k++)
            {
                double t = (double)k / stepsPerStage;
                var title = k == 0 ? stageTitles[s] : stageTitles[s + 1];
                var (g0, d0) = (Between(gridStages[s], gridStages[s + 1], t), Between(dataStages[s], dataStages[s + 1], t));
                var (xr, yr) = s == 1 || (s == 2 && k == 0) ? shiftView : Fit(g0, d0);
                if (frames.Count == 0)
                    (firstX, firstY) = (xr, yr);
                frames.Add(ChartMovement.Frame($"step {frames.Count}", Chart.combine(Parts(g0, d0, false)), null, title, xr, yr));
                labels.Add(k == 0 ? stageNames[s] : "→");
            }
        }
        frames.Add(ChartMovement.Frame($"step {frames.Count}", Chart.combine(Parts(gridStages[3], dataStages[3], true)), null, stageTitles[3], lastX, lastY));
        labels.Add(stageNames[3]);

        string before = layer == 1 ? "x" : $"a[{layer - 1}]";
        return Compose(first)
            .WithFrames(frames)
            .WithSlider("stage: ", [.. frames.Select(ChartMovement.NameOf)], labels)
            .WithPlayButtons(350)
            .WithTitle(stageTitles[0])
            .WithXTitle($"coordinate 1 (starts as {before}₁, ends as {g} unit 1's output)")
            .WithYTitle($"coordinate 2 (starts as {before}₂, ends as {g} unit 2's output)")
            .WithXRange(firstX.Min, firstX.Max)
            .WithYRange(firstY.Min, firstY.Max)
            .WithEqualAxes()
            .WithLegendOnTop()
            .WithLayout("height", 760);
    }
}
