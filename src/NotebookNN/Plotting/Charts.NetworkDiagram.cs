using System.Globalization;
using Plotly.NET;

namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>How many line widths the edges of <see cref="NetworkDiagram"/> are sorted into, per sign.</summary>
    public const int EdgeWidthLevels = 4;

    /// <summary>
    /// A network as a diagram: one column of nodes per layer (inputs on the left) and an edge for every
    /// weight of every <see cref="Dense"/> layer, blue for positive and red for negative, wider and
    /// darker the larger |w| (edges are grouped into <see cref="EdgeWidthLevels"/> widths per sign, one trace each).
    /// Layers without a weight matrix are joined by thin grey edges.
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="inputNames">A name per input, written beside the input nodes; x1, x2, ... when null.</param>
    /// <param name="outputNames">A name per output, written beside the output nodes; y1, y2, ... when null.</param>
    public static GenericChart NetworkDiagram(Network network, IReadOnlyList<string>? inputNames = null, IReadOnlyList<string>? outputNames = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        int[] sizes = [network.InputSize, .. network.Layers.Select(l => l.OutputSize)];
        inputNames ??= [.. Enumerable.Range(1, sizes[0]).Select(i => $"x{i}")];
        outputNames ??= [.. Enumerable.Range(1, sizes[^1]).Select(i => $"y{i}")];
        if (inputNames.Count != sizes[0])
            throw new ArgumentException($"Charts.NetworkDiagram: {inputNames.Count} input names for {sizes[0]} inputs.", nameof(inputNames));
        if (outputNames.Count != sizes[^1])
            throw new ArgumentException($"Charts.NetworkDiagram: {outputNames.Count} output names for {sizes[^1]} outputs.", nameof(outputNames));

        double NodeY(int layer, int node) => NetworkNodeY(sizes[layer], node);
        double maxAbs = network.Layers.OfType<Dense>().Select(d => d.Weights.Enumerate().Select(Math.Abs).DefaultIfEmpty(0).Max()).DefaultIfEmpty(0).Max();
        var buckets = new Dictionary<(int Sign, int Level), (List<double> X, List<double> Y)>();
        var plain = (X: new List<double>(), Y: new List<double>());
        for (int l = 0; l < network.Layers.Count; l++)
        {
            var dense = network.Layers[l] as Dense;
            for (int j = 0; j < sizes[l + 1]; j++)
            {
                for (int i = 0; i < sizes[l]; i++)
                {
                    var target = plain;
                    if (dense is not null)
                    {
                        double w = dense.Weights[j, i];
                        int level = maxAbs == 0 ? 0 : Math.Min(EdgeWidthLevels - 1, (int)(EdgeWidthLevels * Math.Abs(w) / maxAbs));
                        var key = (w >= 0 ? 1 : -1, level);
                        if (!buckets.TryGetValue(key, out target))
                            buckets[key] = target = ([], []);
                    }
                    target.X.AddRange([l, l + 1, double.NaN]);
                    target.Y.AddRange([NodeY(l, i), NodeY(l + 1, j), double.NaN]);
                }
            }
        }

        var parts = new List<GenericChart>();
        if (plain.X.Count > 0)
            parts.Add(Traces.Line(plain.X, plain.Y, "no weights", "#c8c8c8", width: 1).Set("hoverinfo", "skip"));
        string Format(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        var widest = buckets.Keys.GroupBy(k => k.Sign).ToDictionary(g => g.Key, g => g.Max(k => k.Level));
        foreach (var ((sign, level), (x, y)) in buckets.OrderByDescending(b => b.Key.Sign).ThenBy(b => b.Key.Level))
        {
            double low = maxAbs * level / EdgeWidthLevels, high = maxAbs * (level + 1) / EdgeWidthLevels;
            string color = sign > 0 ? Theme.Positive : Theme.Negative;
            bool inLegend = level == widest[sign];
            string name = inLegend ? $"{(sign > 0 ? "positive" : "negative")} weights (wider = larger |w|)" : $"{(sign > 0 ? "w > 0" : "w < 0")}, |w| in [{Format(low)}, {Format(high)}]";
            parts.Add(Traces.Line(x, y, name, color, width: 0.8 + 2.2 * level)
                .Set("opacity", 0.35 + 0.65 * (level + 1) / EdgeWidthLevels).Set("hoverinfo", "skip").Set("legendgroup", sign > 0 ? "positive" : "negative")
                .Set("showlegend", inLegend));
        }
        for (int l = 0; l < sizes.Length; l++)
        {
            string name = l == 0 ? "inputs" : l == sizes.Length - 1 ? "outputs" : $"hidden layer {l}";
            if (l > 0 && network.Layers[l - 1] is Dense d)
                name += $" ({d.Activation.Name})";
            double size = Math.Clamp(360.0 / sizes[l], 6, 28);
            var labels = Enumerable.Range(0, sizes[l]).Select(i => l == 0 ? inputNames[i] : l == sizes.Length - 1 ? outputNames[i] : "").ToArray();
            var trace = Traces.Points(Enumerable.Repeat((double)l, sizes[l]).ToArray(), [.. Enumerable.Range(0, sizes[l]).Select(i => NodeY(l, i))], name, "#ffffff", size)
                .Set("marker.line.color", "#333333").Set("marker.line.width", 2).Set("hovertext", labels.ToArray()).Set("hoverinfo", "text+name").Set("showlegend", false);
            if (sizes[l] <= 16 && (l == 0 || l == sizes.Length - 1))
                trace.Set("mode", "markers+text").Set("text", labels.ToArray()).Set("textposition", l == 0 ? "middle left" : "middle right");
            parts.Add(trace);
        }
        double height = (sizes.Max() - 1) / 2.0 + 0.7;
        return Compose(parts)
            .WithTitle($"{string.Join(" → ", sizes)} network: edge colour = sign of the weight, width = |weight|")
            .WithXTitle("layer")
            .WithYTitle("")
            .WithLayout("xaxis.tickvals", Enumerable.Range(0, sizes.Length).Select(l => (double)l).ToArray())
            .WithLayout("xaxis.ticktext", Enumerable.Range(0, sizes.Length).Select(l => l == 0 ? "input" : l == sizes.Length - 1 ? "output" : $"hidden {l}").ToArray())
            .WithLayout("xaxis.range", new[] { -0.6, sizes.Length - 0.4 })
            .WithLayout("xaxis.showgrid", false).WithLayout("xaxis.zeroline", false).WithLayout("xaxis.showline", false)
            .WithLayout("yaxis.visible", false).WithLayout("yaxis.range", new[] { -height, height })
            .WithLegendOnTop()
            .WithLayout("height", Math.Clamp(200 + 34 * sizes.Max(), 460, 960));
    }

    /// <summary>Where <see cref="NetworkDiagram"/> draws node <paramref name="node"/> of a layer of <paramref name="layerSize"/> nodes: centred on y = 0, one unit apart, the first on top.</summary>
    internal static double NetworkNodeY(int layerSize, int node) => (layerSize - 1) / 2.0 - node;
}
