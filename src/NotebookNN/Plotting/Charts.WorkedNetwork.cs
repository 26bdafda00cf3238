using System.Globalization;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>The most weights <see cref="WorkedNetwork"/> writes out; larger networks would bury their edges in numbers.</summary>
    public const int WorkedNetworkMaxWeights = 30;

    /// <summary>
    /// A small network drawn for a worked example: <see cref="NetworkDiagram"/> plus every weight written
    /// on its edge (in the edge's colour, 70% of the way towards the node it feeds, where the edges have fanned apart)
    /// and every hidden node named: h1, h2, ... with one hidden layer, h1.1, h1.2, ..., h2.1, ... with several.
    /// </summary>
    /// <param name="network">A network of <see cref="Dense"/> layers with at most <see cref="WorkedNetworkMaxWeights"/> weights.</param>
    /// <param name="inputNames">A name per input, as in <see cref="NetworkDiagram"/>.</param>
    /// <param name="outputNames">A name per output, as in <see cref="NetworkDiagram"/>.</param>
    /// <exception cref="ArgumentException">A layer is not dense, or the network has too many weights to write out.</exception>
    public static GenericChart WorkedNetwork(Network network, IReadOnlyList<string>? inputNames = null, IReadOnlyList<string>? outputNames = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        var layers = network.Layers.Select((l, i) => l as Dense
            ?? throw new ArgumentException($"Charts.WorkedNetwork: layer {i + 1} ({l.Describe()}) has no weight matrix to write out.", nameof(network))).ToList();
        int weights = layers.Sum(d => d.Weights.RowCount * d.Weights.ColumnCount);
        if (weights > WorkedNetworkMaxWeights)
            throw new ArgumentException($"Charts.WorkedNetwork: the network has {weights} weights, more than the {WorkedNetworkMaxWeights} that fit as labels; use Charts.NetworkDiagram.", nameof(network));

        var figure = NetworkDiagram(network, inputNames, outputNames);
        int[] sizes = [network.InputSize, .. layers.Select(d => d.OutputSize)];
        double NodeY(int layer, int node) => NetworkNodeY(sizes[layer], node);
        for (int l = 1; l < sizes.Length - 1; l++)
        {
            for (int j = 0; j < sizes[l]; j++)
                figure = figure.WithAnnotation(l, NodeY(l, j), sizes.Length == 3 ? $"h{j + 1}" : $"h{l}.{j + 1}");
        }
        const double along = 0.7;
        for (int l = 0; l < layers.Count; l++)
        {
            for (int j = 0; j < sizes[l + 1]; j++)
            {
                for (int k = 0; k < sizes[l]; k++)
                {
                    double w = layers[l].Weights[j, k];
                    var label = new Annotation();
                    DynamicPath.Set(label, "x", l + along);
                    DynamicPath.Set(label, "y", (1 - along) * NodeY(l, k) + along * NodeY(l + 1, j));
                    DynamicPath.Set(label, "xref", "x");
                    DynamicPath.Set(label, "yref", "y");
                    DynamicPath.Set(label, "text", w.ToString("0.0##", CultureInfo.InvariantCulture));
                    DynamicPath.Set(label, "showarrow", false);
                    DynamicPath.Set(label, "yshift", 9);
                    DynamicPath.Set(label, "bgcolor", "rgba(255,255,255,0.85)");
                    DynamicPath.Set(label, "font.color", w < 0 ? Theme.Negative : Theme.Positive);
                    figure = figure.WithAnnotation(label);
                }
            }
        }
        return figure;
    }
}
