using MathNet.Numerics.LinearAlgebra.Double;
using NotebookNN.Plotting;
using NotebookNN.Tests.Plotting;

namespace NotebookNN.Tests;

public class PlaygroundTests
{
    private static string DataFolder => Datasets.FindDataDirectory();

    [Fact]
    public void A_small_tanh_network_learns_circles_and_generalises()
    {
        var run = Playground.Run(Generate.Circles(200, noise: 0.05, seed: 1), [8], Activation.Tanh, 0.1, epochs: 100, seed: 2);
        Assert.Equal(100, run.History.Epochs.Count);
        Assert.Null(run.Diverged);
        Assert.True(run.TrainAccuracy >= 0.95, $"train accuracy {run.TrainAccuracy}");
        Assert.True(run.TestAccuracy >= 0.95, $"test accuracy {run.TestAccuracy}");
        Assert.True(run.History.TrainLoss[^1] < run.History.TrainLoss[0] / 3, $"loss went from {run.History.TrainLoss[0]} to {run.History.TrainLoss[^1]}");
    }

    [Fact]
    public void The_split_keeps_every_example_once_and_the_scaler_is_learned_from_the_training_part()
    {
        var data = Generate.TwoMoons(100, seed: 4);
        var run = Playground.Run(data, [4], Activation.ReLU, 0.1, epochs: 5, frames: 2, testFraction: 0.3, seed: 9);
        Assert.Equal(70, run.Train.Count);
        Assert.Equal(30, run.Test.Count);
        var (train, test) = data.Split(0.3, 9);
        Assert.Equal(train.Features, run.Train.Features);
        Assert.Equal(test.Features, run.Test.Features);
        var expected = Scaler.Standardize(train);
        Assert.Equal(expected.Shift, run.Scaler.Shift);
        Assert.Equal(expected.Scale, run.Scaler.Scale);
    }

    [Fact]
    public void The_network_has_the_asked_shape_with_a_sigmoid_output_for_two_classes_and_one_output_per_class_otherwise()
    {
        var binary = Playground.Run(Generate.Xor(80, seed: 1), [5, 3], Activation.Tanh, 0.1, epochs: 2, frames: 2);
        Assert.Equal([5, 3, 1], binary.Network.Layers.Select(l => l.OutputSize));
        Assert.Equal("sigmoid", ((Dense)binary.Network.Layers[^1]).Activation.Name);
        Assert.Equal("tanh", ((Dense)binary.Network.Layers[0]).Activation.Name);

        var three = Playground.Run(Generate.Spirals(90, arms: 3, seed: 1), [6], Activation.ReLU, 0.1, epochs: 2, frames: 2);
        Assert.Equal([6, 3], three.Network.Layers.Select(l => l.OutputSize));
        Assert.Equal("identity", ((Dense)three.Network.Layers[^1]).Activation.Name);
        Assert.True(three.Grids[0].IsClassMap);
        Assert.False(binary.Grids[0].IsClassMap);
    }

    [Fact]
    public void Frames_are_recorded_before_training_and_at_evenly_spaced_epochs_up_to_the_last()
    {
        Assert.Equal([0, 25, 50, 75, 100], Playground.FrameEpochs(100, 5));
        Assert.Equal([0, 1, 2, 3], Playground.FrameEpochs(3, 4));
        Assert.Equal([0, 7], Playground.FrameEpochs(7, 2));

        var run = Playground.Run(Generate.Xor(60, seed: 2), [4], Activation.Tanh, 0.5, epochs: 40, frames: 5);
        Assert.Equal([0, 10, 20, 30, 40], run.FrameEpochs);
        Assert.Equal(5, run.Grids.Count);
        Assert.NotEqual(run.Grids[0].Values, run.Grids[^1].Values); // the surface moved during training
        var animation = run.Animation();
        Assert.Equal(["0", "10", "20", "30", "40"], animation.Frames.Select(f => f.Name));
    }

    [Fact]
    public void The_last_surface_is_the_trained_network_on_raw_points_rounded_to_three_decimals()
    {
        // Features far from 0 and on different scales, like a CSV in physical units.
        var blobs = Generate.Blobs(80, [(20, 300), (30, 600)], spread: 4, seed: 3);
        var x = DenseMatrix.OfMatrix(blobs.Features);
        x.SetColumn(1, x.Column(1).Map(v => v * 10));
        var data = new Dataset(x, blobs.Labels, ["temperature", "pressure"], null, "wide");
        var run = Playground.Run(data, [4], Activation.Tanh, 0.1, epochs: 20, frames: 2, resolution: 10);

        var grid = run.Grids[^1];
        Assert.InRange(grid.X[0], x.Column(0).Minimum() - 0.2 * (x.Column(0).Maximum() - x.Column(0).Minimum()), x.Column(0).Minimum());
        Assert.InRange(grid.Y[^1], x.Column(1).Maximum(), x.Column(1).Maximum() + 0.2 * (x.Column(1).Maximum() - x.Column(1).Minimum()));
        var outputs = run.Predict(DecisionGrid.Points(grid.X, grid.Y));
        for (int i = 0; i < grid.Y.Length; i++)
        {
            for (int j = 0; j < grid.X.Length; j++)
                Assert.Equal(Math.Round(outputs[i * grid.X.Length + j, 0], 3), grid.Values[i, j]);
        }
        Assert.Equal(run.Network.Predict(run.Scaler.Transform(data.Features)), run.Predict(data.Features));
    }

    [Fact]
    public void The_same_seed_gives_the_same_run_and_another_seed_another()
    {
        PlaygroundResult Go(int seed) => Playground.Run(Generate.TwoMoons(80, seed: 1), [6], Activation.Tanh, 0.2, epochs: 15, frames: 4, seed: seed);
        var (a, b, c) = (Go(5), Go(5), Go(6));
        Assert.Equal(a.History.TrainLoss, b.History.TrainLoss);
        Assert.Equal(a.History.TestAccuracy, b.History.TestAccuracy);
        Assert.Equal(a.Grids[^1].Values, b.Grids[^1].Values);
        Assert.NotEqual(a.History.TrainLoss, c.History.TrainLoss);
    }

    [Fact]
    public void A_diverging_run_stops_without_throwing_and_says_why()
    {
        var run = Playground.Run(Generate.Spirals(90, arms: 3, seed: 1), [8], Activation.ReLU, 1e6, epochs: 20, frames: 5);
        Assert.NotNull(run.Diverged);
        Assert.Contains("learning rate", run.Diverged);
        Assert.True(run.History.Epochs.Count < 20);
        Assert.Equal(run.Grids.Count, run.FrameEpochs.Count);
        Assert.Contains("Stopped: Training diverged", run.ToString());
        Assert.Contains("nnn-playground", run.ToHtml()); // still displays what it recorded

        var atOnce = Playground.Run(Generate.Spirals(90, arms: 3, seed: 1), [8], Activation.ReLU, 1e100, epochs: 20, frames: 5);
        Assert.Empty(atOnce.History.Epochs);
        Assert.Contains("no epoch finished", atOnce.ToString());
        Assert.Equal(1, CountFigures(atOnce.ToHtml())); // the surface before training; no curves to draw
    }

    [Fact]
    public void It_shows_a_summary_the_animated_surface_with_test_points_and_the_loss_curves()
    {
        var run = Playground.Run(Generate.Circles(100, seed: 3), [4], Activation.Tanh, 0.1, epochs: 10, frames: 3);
        string text = run.ToString();
        Assert.StartsWith("circles, network 2 → 4 → 1, hidden [4], tanh, lr 0.1; after 10 epochs: train accuracy ", text);
        Assert.Contains("test accuracy", text);

        var animation = run.Animation();
        var names = animation.Traces.Select(t => t.Name).ToList();
        Assert.Contains("class 0 (train)", names);
        Assert.Contains("class 1 (test)", names);
        var testTrace = animation.Traces.Single(t => t.Name == "class 1 (test)");
        Assert.Equal("diamond", (string?)testTrace.Get("marker.symbol"));
        Assert.Equal("#111111", (string?)testTrace.Get("marker.line.color"));
        Assert.Equal("circle", (string?)animation.Traces.Single(t => t.Name == "class 1 (train)").Get("marker.symbol"));
        Assert.Equal(run.Test.Labels.Count(l => l == 1), testTrace.Get("x")!.AsArray().Count);
        Assert.Equal("Decision surface on circles: P(class 1) (epoch 10)", animation.Title);

        Assert.Contains("loss and accuracy", run.LossCurves().Title);
        string html = run.ToHtml();
        Assert.Equal(2, CountFigures(html));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(text), html);
    }

    [Fact]
    public void The_sample_csv_loads_and_trains()
    {
        var data = Csv.Load(Path.Combine(DataFolder, "playground-sample.csv"), "comfortable");
        Assert.Equal(200, data.Count);
        Assert.Equal(["temperature_c", "humidity_pct"], data.FeatureNames);
        Assert.Equal(["no", "yes"], data.ClassNames);
        var run = Playground.Run(data, [8], Activation.Tanh, 0.1, epochs: 200);
        Assert.True(run.TestAccuracy >= 0.75, run.ToString());
        Assert.Equal("temperature_c", (string?)run.Animation().Layout("xaxis.title.text"));
    }

    [Theory]
    [InlineData("hidden", "hidden layer 2 has 0 units")]
    [InlineData("rate", "learning rate must be a positive number, got -0.1")]
    [InlineData("epochs", "epochs must be at least 1, got 0")]
    [InlineData("frames", "frames must be between 2 (before and after training) and epochs + 1 = 11, got 12")]
    [InlineData("batch", "batch size must be at least 1, got 0")]
    [InlineData("features", "data set 'three' has 3 features")]
    [InlineData("classes", "data set 'one class' has only one class")]
    public void Bad_settings_are_rejected_with_a_message_naming_the_setting(string what, string message)
    {
        var circles = Generate.Circles(40, seed: 1);
        var three = new Dataset(DenseMatrix.Create(10, 3, (i, j) => i + j), [.. Enumerable.Range(0, 10).Select(i => i % 2)], name: "three");
        var oneClass = new Dataset(DenseMatrix.Create(10, 2, (i, j) => i * j), new int[10], name: "one class");
        var ex = Assert.Throws<ArgumentException>(() => what switch
        {
            "hidden" => Playground.Run(circles, [4, 0], Activation.Tanh, 0.1),
            "rate" => Playground.Run(circles, [4], Activation.Tanh, -0.1),
            "epochs" => Playground.Run(circles, [4], Activation.Tanh, 0.1, epochs: 0),
            "frames" => Playground.Run(circles, [4], Activation.Tanh, 0.1, epochs: 10, frames: 12),
            "batch" => Playground.Run(circles, [4], Activation.Tanh, 0.1, batchSize: 0),
            "features" => Playground.Run(three, [4], Activation.Tanh, 0.1),
            _ => Playground.Run(oneClass, [4], Activation.Tanh, 0.1),
        });
        Assert.Contains(message, ex.Message);
    }

    private static int CountFigures(string html) => html.Split("Plotly.newPlot(").Length - 1;
}
