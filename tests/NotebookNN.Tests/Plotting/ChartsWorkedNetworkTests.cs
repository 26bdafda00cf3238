using NotebookNN.Plotting;

namespace NotebookNN.Tests.Plotting;

/// <summary>Charts.WorkedNetwork: the network diagram with every weight written on its edge and hidden nodes named.</summary>
public sealed class ChartsWorkedNetworkTests
{
    [Fact]
    public void WorkedNetwork_writes_each_weight_on_its_edge_in_its_colour_and_names_the_hidden_nodes()
    {
        var network = Network.Create([1, 2, 2], Activation.ReLU, Activation.Sigmoid, seed: 0);
        var hidden = (Dense)network.Layers[0];
        var output = (Dense)network.Layers[1];
        hidden.Weights[1, 0] = -0.25;
        output.Weights[0, 1] = 1.5;
        FigureView figure = Charts.WorkedNetwork(network, ["x"], ["o1", "o2"]);
        var notes = figure.Layout("annotations")!.AsArray();
        Assert.Equal(2 + 2 + 4, notes.Count); // two hidden names, then one label per weight
        Assert.Equal(["h1", "h2"], notes.Take(2).Select(n => (string)n!["text"]!));
        Assert.Equal(1.0, (double)notes[0]!["x"]!);

        var xToH2 = notes[3]!;                  // layer 1, node 2 (y = -0.5), from x (y = 0)
        Assert.Equal("-0.25", (string)xToH2["text"]!);
        Assert.Equal(Theme.Negative, (string)xToH2["font"]!["color"]!);
        Assert.Equal(0.7, (double)xToH2["x"]!, 12);
        Assert.Equal(-0.35, (double)xToH2["y"]!, 12);

        var h2ToO1 = notes[5]!;                 // from h2 (y = -0.5) to o1 (y = 0.5), 70% of the way
        Assert.Equal("1.5", (string)h2ToO1["text"]!);
        Assert.Equal(Theme.Positive, (string)h2ToO1["font"]!["color"]!);
        Assert.Equal(1.7, (double)h2ToO1["x"]!, 12);
        Assert.Equal(0.2, (double)h2ToO1["y"]!, 12);
        Assert.Equal(Charts.NetworkDiagram(network).Traces.Count, figure.Traces.Count);
    }

    [Fact]
    public void WorkedNetwork_numbers_hidden_nodes_by_layer_and_refuses_a_network_too_big_to_label()
    {
        var deep = Network.Create([2, 2, 2, 1], Activation.Tanh, Activation.Sigmoid, seed: 1);
        var names = Charts.WorkedNetwork(deep).Layout("annotations")!.AsArray().Take(4).Select(n => (string)n!["text"]!);
        Assert.Equal(["h1.1", "h1.2", "h2.1", "h2.2"], names);

        var big = Network.Create([4, 8, 3], Activation.Tanh, Activation.Sigmoid, seed: 0);
        var error = Assert.Throws<ArgumentException>(() => Charts.WorkedNetwork(big));
        Assert.Contains("56 weights", error.Message);
    }
}
