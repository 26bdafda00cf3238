using System.Text.Json.Nodes;
using NotebookNN.Plotting;

namespace NotebookNN.Tests.Plotting;

public sealed class ChartTests
{
    [Fact]
    public void Line_and_scatter_refuse_lists_of_different_length_and_say_which()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Line([1.0, 2, 3], [1.0, 2]));
        Assert.Equal("Chart.Line: x has 3 values but y has 2; they must pair up one to one.", error.Message);
        Assert.Throws<ArgumentException>(() => Chart.Scatter([1.0], []));
    }

    [Fact]
    public void Heatmap_checks_its_axes_against_the_matrix_shape()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Heatmap(new double[2, 3], x: [1.0, 2]));
        Assert.StartsWith("Chart.heatmap: z is [2 x 3] so x needs 3 values (one per column), got 2.", error.Message);
        var json = Chart.Heatmap(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }, [0.0, 1, 2], [10.0, 20]).Traces[0].ToJson();
        Assert.Equal("[[1,2,3],[4,5,6]]", json["z"]!.ToJsonString());
    }

    [Fact]
    public void Combine_keeps_every_trace_in_order_and_merges_layouts()
    {
        var a = Chart.Line([0.0], [0.0], name: "a").WithTitle("first").WithXTitle("x");
        var b = Chart.Scatter([0.0], [0.0], name: "b").WithTitle("second");
        var combined = Chart.Combine(a, b);
        Assert.Equal(["a", "b"], combined.Traces.Select(t => t.Name));
        Assert.Equal("second", combined.Title);
        Assert.Equal("x", (string)combined.Layout("xaxis.title.text")!);
        Assert.Single(a.Traces);
    }

    [Fact]
    public void Grid_puts_each_cell_on_its_own_axes_with_its_titles()
    {
        var line = Chart.Line([0.0, 1], [0.0, 1]).WithTitle("line").WithXTitle("epoch").WithAnnotation(0.5, 0.5, "mid");
        var bars = Chart.Bar(["a", "b"], [1.0, 2]).WithTitle("bars").WithYTitle("count");
        var surface = Chart.Surface(new double[,] { { 1, 2 }, { 3, 4 } }).WithTitle("surface");
        var grid = Chart.Grid(2, 2, [line, bars, surface]);
        var json = grid.ToJson();
        var data = json["data"]!.AsArray();
        Assert.Equal(("x", "y"), ((string)data[0]!["xaxis"]!, (string)data[0]!["yaxis"]!));
        Assert.Equal(("x2", "y2"), ((string)data[1]!["xaxis"]!, (string)data[1]!["yaxis"]!));
        Assert.Equal("scene3", (string)data[2]!["scene"]!);
        var layout = json["layout"]!;
        Assert.Equal("epoch", (string)layout["xaxis"]!["title"]!["text"]!);
        Assert.Equal("count", (string)layout["yaxis2"]!["title"]!["text"]!);
        Assert.Equal("y2", (string)layout["xaxis2"]!["anchor"]!);
        Assert.Equal(0.54, (double)layout["xaxis2"]!["domain"]![0]!, 10);
        Assert.Equal(0.43, (double)layout["scene3"]!["domain"]!["y"]![1]!, 10);
        var annotations = layout["annotations"]!.AsArray().Select(a => (string)a!["text"]!).ToList();
        Assert.Equal(["mid", "line", "bars", "surface"], annotations);
        Assert.Equal("x", (string)layout["annotations"]![0]!["xref"]!);
    }

    [Fact]
    public void Grid_refuses_too_many_cells_and_animated_cells()
    {
        var cell = Chart.Line([0.0], [0.0]);
        Assert.Contains("do not fit in 1 x 1", Assert.Throws<ArgumentException>(() => Chart.Grid(1, 1, [cell, cell])).Message);
        var animated = Chart.Line([0.0], [0.0]).AddFrames([new Frame("f", [])]);
        Assert.Contains("figure 2 has animation frames", Assert.Throws<ArgumentException>(() => Chart.Grid(1, 2, [cell, animated])).Message);
    }

    [Fact]
    public void Image_draws_row_zero_at_the_top_with_square_pixels()
    {
        var figure = Chart.Image(new double[,] { { 0, 16 }, { 8, 4 } });
        Assert.Equal("reversed", (string)figure.Layout("yaxis.autorange")!);
        Assert.Equal("x", (string)figure.Layout("yaxis.scaleanchor")!);
        var trace = figure.Traces[0].ToJson();
        Assert.Equal(0, (double)trace["zmin"]!);
        Assert.Equal(16, (double)trace["zmax"]!);
        Assert.False((bool)trace["showscale"]!);
    }

    [Fact]
    public void Trace_set_creates_nested_objects_and_refuses_to_overwrite_a_value_with_an_object()
    {
        var trace = new Trace("scatter").Set("marker.line.width", 2);
        Assert.Equal(2, (int)trace.Get("marker.line.width")!);
        trace.Set("mode", "lines");
        var error = Assert.Throws<ArgumentException>(() => trace.Set("mode.inner", 1));
        Assert.Contains("'mode'", error.Message);
        Assert.Throws<ArgumentException>(() => trace.Set("x", new object()));
    }

    [Fact]
    public void Discrete_colour_scale_gives_each_class_a_flat_band()
    {
        var scale = ColorScale.Discrete(["red", "blue"]).ToJson();
        Assert.Equal("[[0,\"red\"],[0.5,\"red\"],[0.5,\"blue\"],[1,\"blue\"]]", scale.ToJsonString());
        Assert.Throws<ArgumentException>(() => ColorScale.FromStops((0.2, "red"), (1, "blue")));
    }
}
