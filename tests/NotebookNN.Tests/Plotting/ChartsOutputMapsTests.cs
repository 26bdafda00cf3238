using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra.Double;
using NotebookNN.Plotting;

namespace NotebookNN.Tests.Plotting;

/// <summary>Charts.OutputMaps: one output map per output, side by side, with the training points by target.</summary>
public sealed class ChartsOutputMapsTests
{
    private static double[] Numbers(JsonNode? array) => [.. array!.AsArray().Select(n => (double)n!)];

    private static readonly DenseMatrix Inputs = DenseMatrix.OfArray(new double[,] { { -1, 0 }, { 1, 0.5 }, { 0, -1 } });

    // point 0 has target 1 for output 0 only, point 1 for both, point 2 for neither
    private static readonly DenseMatrix Targets = DenseMatrix.OfArray(new double[,] { { 1, 0 }, { 1, 1 }, { 0, 0 } });

    [Fact]
    public void OutputMaps_puts_each_output_and_its_points_on_their_own_axes()
    {
        var network = Network.Create([2, 4, 2], Activation.Tanh, Activation.Sigmoid, seed: 3);
        FigureView figure = Charts.OutputMaps(network, Inputs, Targets, (-2, 2), (-1, 1), ["A", "B"], resolution: 5);
        var traces = figure.Traces;
        Assert.Equal(["heatmap", "scatter", "scatter", "heatmap", "scatter", "scatter"], traces.Select(t => t.Type));
        Assert.Equal(["x", "x", "x", "x2", "x2", "x2"], traces.Select(t => (string?)t.Get("xaxis") ?? "x"));
        Assert.Equal(["y", "y", "y", "y2", "y2", "y2"], traces.Select(t => (string?)t.Get("yaxis") ?? "y"));
        // The second map is output 1 of the network at each grid point.
        var z = traces[3].Get("z")!.AsArray();
        Assert.Equal(network.Predict(-2, 1)[1], (double)z[4]![0]!, 12);
        // Points with target 1 for output 0: rows 0 and 1; for output 1: row 1 only.
        Assert.Equal([-1, 1], Numbers(traces[1].Get("x")));
        Assert.Equal([0], Numbers(traces[2].Get("x")));
        Assert.Equal([0.5], Numbers(traces[4].Get("y")));
        Assert.Equal([0, -1], Numbers(traces[5].Get("y")));
        // Only the last map shows the colour bar; every map keeps equal axes over its own box.
        Assert.Equal([false, true], new[] { traces[0], traces[3] }.Select(t => (bool)t.Get("showscale")!));
        Assert.Equal("x2", (string)figure.Layout("yaxis2.scaleanchor")!);
        Assert.Equal([-2, 2], Numbers(figure.Layout("xaxis2.range")));
        var titles = figure.Layout("annotations")!.AsArray().Select(a => (string)a!["text"]!);
        Assert.Equal(["P(A)", "P(B)"], titles);
        Assert.False(string.IsNullOrWhiteSpace(figure.Title));
    }

    [Fact]
    public void OutputMaps_moves_each_panels_shapes_and_notes_onto_its_axes()
    {
        var network = Network.Create([2, 3, 2], Activation.Tanh, Activation.Sigmoid, seed: 1);
        FigureView figure = Charts.OutputMaps(network, Inputs, Targets, (-2, 2), (-1, 1), ["A", "B"],
            (map, k) => map.WithCircle(k, 0, 0.5).WithAnnotation(k, 0, $"tower {k}").WithXTitle($"x₁ of {k}"), resolution: 3);
        var shapes = figure.Layout("shapes")!.AsArray();
        Assert.Equal([("x", "y", -0.5), ("x2", "y2", 0.5)], shapes.Select(s => ((string)s!["xref"]!, (string)s["yref"]!, (double)s["x0"]!)));
        var notes = figure.Layout("annotations")!.AsArray().Where(a => ((string)a!["text"]!).StartsWith("tower", StringComparison.Ordinal));
        Assert.Equal([("tower 0", "x"), ("tower 1", "x2")], notes.Select(a => ((string)a!["text"]!, (string)a["xref"]!)));
        Assert.Equal("x₁ of 1", (string)figure.Layout("xaxis2.title.text")!);
    }

    [Fact]
    public void OutputMaps_names_what_does_not_match()
    {
        var network = Network.Create([2, 3, 2], Activation.Tanh, Activation.Sigmoid, seed: 1);
        Assert.Contains("one column per output name (3)", Assert.Throws<ArgumentException>(() => Charts.OutputMaps(network, Inputs, Targets, (0, 1), (0, 1), ["A", "B", "C"])).Message);
        Assert.Contains("2 inputs per row", Assert.Throws<ArgumentException>(() => Charts.OutputMaps(network, new DenseMatrix(3, 3), Targets, (0, 1), (0, 1), ["A", "B"])).Message);
    }

    [Fact]
    public void SideBySide_keeps_each_panels_axis_settings_on_its_own_axes()
    {
        var bars = Charts.SoftmaxBars([0.7, 0.2, 0.1], ["a", "b", "c"]);
        var map = Charts.OutputMap(xy => DenseMatrix.Create(xy.RowCount, 1, 0.5), 0, (-1, 1), (-2, 2), resolution: 3);
        FigureView figure = Charts.SideBySide([bars, map], ["bars", "map"]);
        Assert.Equal(".0%", (string)figure.Layout("yaxis.tickformat")!);
        Assert.Equal([0, 1.12], Numbers(figure.Layout("yaxis.range")));
        Assert.Equal("probability", (string)figure.Layout("yaxis.title.text")!);
        Assert.Equal([-2, 2], Numbers(figure.Layout("yaxis2.range")));
        Assert.Equal("x2", (string)figure.Layout("yaxis2.scaleanchor")!);
        Assert.Null(figure.Layout("yaxis.scaleanchor"));
        Assert.Equal(["x", "x2"], figure.Traces.Select(t => (string?)t.Get("xaxis") ?? "x"));
        Assert.Contains("2 titles for 1 charts", Assert.Throws<ArgumentException>(() => Charts.SideBySide([bars], ["a", "b"])).Message);
    }
}
