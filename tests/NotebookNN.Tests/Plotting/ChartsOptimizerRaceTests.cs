using System.Text.Json.Nodes;
using NotebookNN.Plotting;

namespace NotebookNN.Tests.Plotting;

/// <summary>Charts.OptimizerRace: lines, start and position markers on top, one frame per checkpoint; and the optimizer colours.</summary>
public sealed class ChartsOptimizerRaceTests
{
    private static JsonArray Data(FigureView figure) => figure.ToJson()["data"]!.AsArray();

    private static double[] Numbers(JsonNode? array) => [.. array!.AsArray().Select(n => (double)n!)];

    /// <summary>Two real optimizer runs on the sample valley, named as the library names them.</summary>
    private static ParameterPath[] Runs()
    {
        IOptimizer[] optimizers = [new SGD(0.1), new Adam(0.1)];
        return [.. optimizers.Select(o =>
        {
            var run = DescentPath.Run(SampleFigures.Valley, (x, y) => (x - 1.8 * (y - 0.3 * x), 6 * (y - 0.3 * x)), o, (-2.5, 1.5), steps: 20);
            return new ParameterPath(run.Name, run.Points);
        })];
    }

    [Fact]
    public void OptimizerRace_draws_lines_then_the_start_then_the_position_markers_on_top()
    {
        var paths = Runs();
        FigureView figure = Charts.OptimizerRace(SampleFigures.Valley, (-3, 3), (-2, 2), paths, [1, 5, 20], resolution: 5);
        var data = Data(figure);
        Assert.Equal(["contour", "scatter", "scatter", "scatter", "scatter", "scatter"], data.Select(t => (string)t!["type"]!));
        // It opens on the last checkpoint: whole lines, markers at the ends.
        Assert.Equal(paths[1].Points.Select(p => p.X), Numbers(data[2]!["x"]));
        Assert.Equal("start", (string)data[3]!["name"]!);
        Assert.Equal([-2.5], Numbers(data[3]!["x"]));
        Assert.Equal([paths[0].Points[20].X], Numbers(data[4]!["x"]));
        Assert.Equal([paths[1].Points[20].Y], Numbers(data[5]!["y"]));
        // Each optimizer keeps its colour and symbol; the first path has the wider line and the larger marker.
        Assert.Equal(("#ff3b30", "square"), ((string)data[4]!["marker"]!["color"]!, (string)data[4]!["marker"]!["symbol"]!));
        Assert.Equal(("#2ecc40", "star"), ((string)data[5]!["marker"]!["color"]!, (string)data[5]!["marker"]!["symbol"]!));
        Assert.Equal("#2ecc40", (string)data[2]!["line"]!["color"]!);
        Assert.True((double)data[1]!["line"]!["width"]! > (double)data[2]!["line"]!["width"]!);
        Assert.True((double)data[4]!["marker"]!["size"]! > (double)data[5]!["marker"]!["size"]!);
        // The legend lists the markers in path order; the lines hide with them (same legend group).
        Assert.False((bool)data[1]!["showlegend"]!);
        Assert.Equal((string)data[1]!["legendgroup"]!, (string)data[4]!["legendgroup"]!);
        Assert.Contains("after 20 steps", figure.Title);
        Assert.Equal(2, (int)figure.Layout("sliders")!.AsArray()[0]!["active"]!);
    }

    [Fact]
    public void OptimizerRace_frames_show_each_path_up_to_the_checkpoint_and_leave_the_start_alone()
    {
        var paths = Runs();
        FigureView figure = Charts.OptimizerRace(SampleFigures.Valley, (-3, 3), (-2, 2), paths, [1, 5, 20], resolution: 5);
        Assert.Equal(["1", "5", "20"], figure.Frames.Select(f => f.Name));
        var five = figure.Frames[1];
        Assert.Equal([1, 2, 4, 5], five.TraceIndices!);
        Assert.Equal(paths[0].Points.Take(6).Select(p => p.Y), Numbers(five.Traces[0].ToJson()["y"]));
        Assert.Equal([paths[1].Points[5].X], Numbers(five.Traces[3].ToJson()["x"]));
        Assert.Equal("The race after 5 steps (○ start)", five.Title);
        Assert.Equal("The race after 1 step (○ start)", figure.Frames.Single(f => f.Name == "1").Title);
    }

    [Fact]
    public void OptimizerRace_refuses_no_paths_and_checkpoints_that_do_not_increase()
    {
        var paths = Runs();
        Assert.Contains("at least one path", Assert.Throws<ArgumentException>(() => Charts.OptimizerRace(SampleFigures.Valley, (-3, 3), (-2, 2), [], [1])).Message);
        Assert.Contains("[5, 5]", Assert.Throws<ArgumentException>(() => Charts.OptimizerRace(SampleFigures.Valley, (-3, 3), (-2, 2), paths, [5, 5])).Message);
        Assert.Contains("[0, 5]", Assert.Throws<ArgumentException>(() => Charts.OptimizerRace(SampleFigures.Valley, (-3, 3), (-2, 2), paths, [0, 5])).Message);
    }

    [Fact]
    public void ColorByOptimizer_recolours_traces_named_after_an_optimizer_and_leaves_others()
    {
        var figure = Charts.TrainingHistory(SampleFigures.History("Momentum (lr 0.01, μ 0.9)", 0.1, withTest: true), SampleFigures.History("lr = 1", 1, withTest: false));
        string before = (string)Data(figure)[^1]!["line"]!["color"]!;
        var data = Data(Charts.ColorByOptimizer(figure));
        Assert.Equal("#ff9f1c", (string)data[0]!["line"]!["color"]!);
        Assert.Equal("#ff9f1c", (string)data[1]!["line"]!["color"]!);   // "...: test"
        Assert.Equal(before, (string)data[^1]!["line"]!["color"]!);
        Assert.Equal("#00c2e0", Charts.OptimizerColor("RMSProp (lr 0.01, α 0.99)"));
        Assert.Null(Charts.OptimizerColor("Adamant"));
    }
}
