using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra.Double;
using NotebookNN.Plotting;

namespace NotebookNN.Tests.Plotting;

/// <summary>Charts.OutputMap: one output column of a model as a heatmap on equal axes.</summary>
public sealed class ChartsOutputMapTests
{
    private static double[] Numbers(JsonNode? array) => [.. array!.AsArray().Select(n => (double)n!)];

    [Fact]
    public void OutputMap_draws_the_chosen_output_column_at_each_grid_point()
    {
        var network = Network.Create([2, 4, 2], Activation.Tanh, Activation.Sigmoid, seed: 3);
        FigureView figure = Charts.OutputMap(network, 1, (-2, 2), (-1, 1), resolution: 5);
        var trace = figure.ToJson()["data"]!.AsArray().Single()!;
        Assert.Equal("heatmap", (string)trace["type"]!);
        double[] x = Numbers(trace["x"]), y = Numbers(trace["y"]);
        Assert.Equal([-2, -1, 0, 1, 2], x);
        Assert.Equal([-1, -0.5, 0, 0.5, 1], y);
        var z = trace["z"]!.AsArray();
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < 5; j++)
                Assert.Equal(network.Predict(x[j], y[i])[1], (double)z[i]![j]!, 12);
        }
        Assert.Equal((0.0, 1.0), ((double)trace["zmin"]!, (double)trace["zmax"]!));
    }

    [Fact]
    public void OutputMap_uses_equal_axes_over_the_box_and_can_hide_its_colour_bar()
    {
        var model = (MathNet.Numerics.LinearAlgebra.Matrix<double> xy) => DenseMatrix.Create(xy.RowCount, 2, 0.25);
        var shown = Charts.OutputMap(model, 0, (-2.5, 2.5), (-2, 2), resolution: 3);
        var hidden = Charts.OutputMap(model, 0, (-2.5, 2.5), (-2, 2), resolution: 3, showScale: false);
        Assert.Equal("x", (string)shown.Layout("yaxis.scaleanchor")!);
        Assert.Equal("domain", (string)shown.Layout("yaxis.constrain")!);
        Assert.Equal([-2.5, 2.5], Numbers(shown.Layout("xaxis.range")));
        Assert.Equal([-2, 2], Numbers(shown.Layout("yaxis.range")));
        Assert.True((bool)shown.Traces[0].Get("showscale")!);
        Assert.False((bool)hidden.Traces[0].Get("showscale")!);
        Assert.Equal("probability", (string)shown.Traces[0].Get("colorbar.title.text")!);
    }

    [Fact]
    public void OutputMap_names_the_outputs_a_model_has_when_asked_for_another()
    {
        var model = (MathNet.Numerics.LinearAlgebra.Matrix<double> xy) => DenseMatrix.Create(xy.RowCount, 2, 0.5);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Charts.OutputMap(model, 2, (0, 1), (0, 1)));
        Assert.Contains("2 outputs (columns 0 to 1)", error.Message);
    }
}
