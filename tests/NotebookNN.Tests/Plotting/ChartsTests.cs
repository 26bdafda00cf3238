using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra.Double;
using NotebookNN.Plotting;

namespace NotebookNN.Tests.Plotting;

/// <summary>Each standard chart's JSON: trace kinds, array lengths equal to the kernel's outputs, titles and axis titles.</summary>
public sealed class ChartsTests
{
    private static JsonArray Data(FigureView figure) => figure.ToJson()["data"]!.AsArray();

    private static double[] Numbers(JsonNode? array) => [.. array!.AsArray().Select(n => n is null ? double.NaN : (double)n)];

    private static void AssertTitled(FigureView figure, bool axes = true)
    {
        Assert.False(string.IsNullOrWhiteSpace(figure.Title));
        if (axes)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)figure.Layout("xaxis.title.text")));
            Assert.NotNull(figure.Layout("yaxis.title.text"));
        }
    }

    [Fact]
    public void ActivationCurves_draw_each_activation_solid_and_its_derivative_dashed_in_the_same_colour()
    {
        FigureView figure = Charts.ActivationCurves([Activation.Sigmoid, Activation.ReLU], -2, 2, points: 5);
        var data = Data(figure);
        Assert.Equal(4, data.Count);
        Assert.All(data, t => Assert.Equal("scatter", (string)t!["type"]!));
        Assert.Equal([-2, -1, 0, 1, 2], Numbers(data[0]!["x"]));
        Assert.Equal(new[] { -2.0, -1, 0, 1, 2 }.Select(Activation.Sigmoid.Apply), Numbers(data[0]!["y"]));
        Assert.Equal(new[] { -2.0, -1, 0, 1, 2 }.Select(Activation.ReLU.Derivative), Numbers(data[3]!["y"]));
        Assert.Equal(("solid", "dash"), ((string)data[0]!["line"]!["dash"]!, (string)data[1]!["line"]!["dash"]!));
        Assert.Equal((string)data[2]!["line"]!["color"]!, (string)data[3]!["line"]!["color"]!);
        Assert.NotEqual((string)data[0]!["line"]!["color"]!, (string)data[2]!["line"]!["color"]!);
        AssertTitled(figure);
        Assert.Throws<ArgumentException>(() => Charts.ActivationCurves());
    }

    [Fact]
    public void NeuronSlider_has_a_frame_per_w_and_b_pair_and_two_linked_sliders()
    {
        FigureView figure = Charts.NeuronSlider(Activation.Tanh, weights: [0.5, 1, 3], biases: [-2, 0, 2], xMin: -1, xMax: 1, points: 3);
        Assert.Equal(3, figure.Traces.Count);
        Assert.Equal(9, figure.Frames.Count);
        Assert.Equal(["w=0.5, b=-2", "w=0.5, b=0", "w=0.5, b=2", "w=1, b=-2"], figure.Frames.Take(4).Select(f => f.Name));
        var w3b2 = figure.Frames.Single(f => f.Name == "w=3, b=2");
        Assert.Equal(new[] { -1.0, 0, 1 }.Select(x => Math.Tanh(3 * x + 2)), Numbers(w3b2.Traces[0].ToJson()["y"]));
        Assert.Equal(-2.0 / 3, Numbers(w3b2.Traces[1].ToJson()["x"])[0], 12);
        Assert.Contains("w = 3, b = 2", w3b2.Title);
        Assert.True(figure.HasLinkedSliders);
        var sliders = figure.ToJson()["layout"]!["sliders"]!.AsArray();
        Assert.Equal(2, sliders.Count);
        Assert.Equal(1, (int)sliders[0]!["active"]!);
        Assert.Equal(1, (int)sliders[1]!["active"]!);
        Assert.Equal("b = ", (string)sliders[1]!["currentvalue"]!["prefix"]!);
        Assert.Equal(["w=0.5", "w=1", "w=3"], sliders[0]!["steps"]!.AsArray().Select(step => (string)step!["value"]!));
        Assert.All(sliders[1]!["steps"]!.AsArray(), step => Assert.Equal("skip", (string)step!["method"]!));
        // The y range covers every (w, b) curve: tanh(3 + 2) is the top.
        Assert.True(Numbers(figure.Layout("yaxis.range"))[1] > Math.Tanh(5));
        AssertTitled(figure);
        Assert.Contains("must include 1", Assert.Throws<ArgumentException>(() => Charts.NeuronSlider(Activation.Tanh, weights: [2])).Message);
    }

    [Fact]
    public void DecisionGrid_values_equal_the_networks_predictions_at_the_grid_points()
    {
        var network = Network.Create([2, 5, 1], Activation.Tanh, Activation.Sigmoid, seed: 4);
        var grid = DecisionGrid.Compute(network, -2, 2, -1, 3, resolution: 7);
        Assert.Equal(7, grid.X.Length);
        Assert.Equal(-1, grid.Y[0]);
        Assert.Equal(3, grid.Y[^1]);
        for (int i = 0; i < 7; i++)
        {
            for (int j = 0; j < 7; j++)
                Assert.Equal(network.Predict(grid.X[j], grid.Y[i])[0], grid.Values[i, j], 12);
        }
        Assert.False(grid.IsClassMap);
    }

    [Fact]
    public void DecisionGrid_of_several_outputs_holds_the_argmax_class()
    {
        var network = Network.Create([2, 4, 3], Activation.ReLU, Activation.Identity, seed: 5);
        var grid = DecisionGrid.Compute(network.Predict, -3, 3, -3, 3, resolution: 9);
        Assert.True(grid.IsClassMap);
        for (int i = 0; i < 9; i++)
        {
            for (int j = 0; j < 9; j++)
            {
                var output = network.Predict(grid.X[j], grid.Y[i]);
                Assert.Equal(Array.IndexOf(output, output.Max()), grid.Values[i, j]);
            }
        }
        Assert.Equal(3, grid.Outputs);
    }

    [Fact]
    public void DecisionGrid_refuses_data_without_two_features_and_models_of_the_wrong_shape()
    {
        var data = new Dataset(DenseMatrix.OfArray(new double[,] { { 1, 2, 3 } }), [0], name: "cubes");
        Assert.Contains("data set 'cubes' has 3 features", Assert.Throws<ArgumentException>(() => DecisionGrid.ForData(x => x, data)).Message);
        var error = Assert.Throws<ArgumentException>(() => DecisionGrid.Compute(x => DenseMatrix.Create(3, 1, 0), 0, 1, 0, 1, 4));
        Assert.Contains("given [16 x 2] grid points and returned [3 x 1]", error.Message);
    }

    [Fact]
    public void DecisionSurface_shows_the_grid_then_one_marker_trace_per_class()
    {
        var data = SampleFigures.Blobs();
        var network = Network.Create([2, 4, 1], Activation.Tanh, Activation.Sigmoid, seed: 1);
        FigureView figure = Charts.DecisionSurface(network, data, resolution: 11);
        var data0 = Data(figure);
        Assert.Equal(["heatmap", "contour", "scatter", "scatter"], data0.Select(t => (string)t!["type"]!));
        var expected = DecisionGrid.ForData(network, data, 11);
        Assert.Equal(JsonSerializerValues(expected.Values), data0[0]!["z"]!.ToJsonString());
        Assert.Equal(data.Labels.Count(l => l == 0), data0[2]!["x"]!.AsArray().Count);
        Assert.Equal(data.Labels.Count(l => l == 1), data0[3]!["y"]!.AsArray().Count);
        Assert.Equal(data.ClassNames, data0.Skip(2).Select(t => (string)t!["name"]!));
        Assert.Equal("feature 1", (string)figure.Layout("xaxis.title.text")!);
        Assert.Equal("x", (string)figure.Layout("yaxis.scaleanchor")!);
        Assert.Equal(1, (int)figure.Layout("yaxis.scaleratio")!);
        Assert.Equal($"P({data.ClassNames[1]})", (string)data0[0]!["name"]!);
        AssertTitled(figure);
    }

    [Fact]
    public void DecisionSurface_names_the_probability_after_class_1()
    {
        var blobs = SampleFigures.Blobs();
        var data = new Dataset(blobs.Features, blobs.Labels, classNames: ["no", "yes"], name: "comfort");
        FigureView figure = Charts.DecisionSurface(x => DenseMatrix.Create(x.RowCount, 1, 0.5), data, resolution: 5);
        Assert.Equal("P(yes)", (string)Data(figure)[0]!["name"]!);
        Assert.Equal("x", (string)figure.Layout("yaxis.scaleanchor")!);
        // Features on very different scales (°C against %) keep their own axis scales.
        var mixed = new Dataset(DenseMatrix.OfArray(new double[,] { { 15, 20 }, { 30, 90 } }), [0, 1], name: "comfort");
        Assert.Null(Charts.DecisionSurface(x => DenseMatrix.Create(x.RowCount, 1, 0.5), mixed, resolution: 5).Layout("yaxis.scaleanchor"));
        Assert.Equal("Decision surface on comfort: P(yes)", figure.Title);
        Assert.Contains("P(yes)=", (string)Data(figure)[0]!["hovertemplate"]!);
    }

    [Fact]
    public void DecisionSurfaceAnimation_has_a_frame_per_grid_and_refuses_grids_over_other_points()
    {
        var data = SampleFigures.Blobs();
        var network = Network.Create([2, 4, 1], Activation.Tanh, Activation.Sigmoid, seed: 1);
        var grids = new List<DecisionGrid>();
        for (int epoch = 0; epoch < 3; epoch++)
        {
            grids.Add(DecisionGrid.ForData(network, data, 8));
            ((Dense)network.Layers[1]).Bias[0] += 1;
        }
        FigureView figure = Charts.DecisionSurfaceAnimation(grids, data);
        Assert.Equal(["1", "2", "3"], figure.Frames.Select(f => f.Name));
        // It opens on the last grid (the trained model), with the slider there too.
        Assert.Equal(JsonSerializerValues(grids[2].Values), Data(figure)[0]!["z"]!.ToJsonString());
        Assert.Equal(2, (int)figure.Layout("sliders")!.AsArray()[0]!["active"]!);
        Assert.EndsWith("(epoch 3)", figure.Title);
        Assert.Equal(JsonSerializerValues(grids[2].Values), figure.Frames[2].Traces[0].ToJson()["z"]!.ToJsonString());
        Assert.Equal([0, 1], figure.Frames[0].TraceIndices!);
        Assert.NotNull(figure.Layout("updatemenus"));
        var other = DecisionGrid.ForData(network, data, 9);
        Assert.Contains("grid 2 covers other points", Assert.Throws<ArgumentException>(() => Charts.DecisionSurfaceAnimation([grids[0], other], data)).Message);
    }

    [Fact]
    public void TrainingHistory_draws_loss_and_accuracy_panels_with_train_solid_and_test_dashed()
    {
        var a = SampleFigures.History("lr = 0.1", 0.1, withTest: true);
        var b = SampleFigures.History("lr = 1", 1, withTest: false);
        FigureView figure = Charts.TrainingHistory(a, b);
        var data = Data(figure);
        Assert.Equal(6, data.Count);
        Assert.Equal(a.TrainLoss, Numbers(data[0]!["y"]));
        Assert.Equal(a.TestLoss, Numbers(data[1]!["y"]));
        Assert.Equal("dash", (string)data[1]!["line"]!["dash"]!);
        Assert.Equal(b.TrainLoss, Numbers(data[2]!["y"]));
        Assert.Equal(a.TrainAccuracy, Numbers(data[3]!["y"]));
        Assert.Equal(a.TestAccuracy, Numbers(data[4]!["y"]));
        Assert.Equal("x2", (string)data[3]!["xaxis"]!);
        Assert.Equal(b.EpochNumbers.Select(e => (double)e), Numbers(data[5]!["x"]));
        Assert.Equal("loss", (string)figure.Layout("yaxis.title.text")!);
        Assert.Equal("accuracy", (string)figure.Layout("yaxis2.title.text")!);
        AssertTitled(figure);
        Assert.Contains("'empty' has no epochs", Assert.Throws<ArgumentException>(() => Charts.TrainingHistory(new NotebookNN.TrainingHistory { Label = "empty" })).Message);
    }

    [Fact]
    public void LossSurface_samples_the_loss_and_lifts_each_path_onto_it()
    {
        var path = SampleFigures.DescentPath("GD", 0.1, 5);
        FigureView figure = Charts.LossSurface(SampleFigures.Valley, (-3, 3), (-2, 2), [path], resolution: 4);
        var data = Data(figure);
        Assert.Equal(["surface", "scatter3d"], data.Select(t => (string)t!["type"]!));
        var z = data[0]!["z"]!.AsArray();
        Assert.Equal(4, z.Count);
        Assert.Equal(SampleFigures.Valley(-1, 2), (double)z[3]![1]!, 12);
        Assert.Equal(6, data[1]!["z"]!.AsArray().Count);
        Assert.True((double)data[1]!["z"]![0]! > SampleFigures.Valley(-2.5, 1.5));
        Assert.Equal("loss", (string)figure.Layout("scene.zaxis.title.text")!);
        Assert.Equal("w1", (string)figure.Layout("scene.xaxis.title.text")!);
        Assert.False(string.IsNullOrEmpty(figure.Title));
    }

    [Fact]
    public void LossContour_draws_contours_and_each_path_step_by_step()
    {
        var paths = new[] { SampleFigures.DescentPath("a", 0.1, 3), SampleFigures.DescentPath("b", 0.2, 2) };
        FigureView figure = Charts.LossContour(SampleFigures.Valley, (-3, 3), (-2, 2), paths, resolution: 5);
        var data = Data(figure);
        Assert.Equal(["contour", "scatter", "scatter"], data.Select(t => (string)t!["type"]!));
        Assert.Equal(paths[0].Points.Select(p => p.X), Numbers(data[1]!["x"]));
        Assert.Equal(["circle-open", "circle", "star"], data[2]!["marker"]!["symbol"]!.AsArray().Select(s => (string)s!));
        Assert.Equal([14.0, 6, 14], Numbers(data[2]!["marker"]!["size"]));
        Assert.Equal([2.0, 2, 2], Numbers(data[2]!["marker"]!["line"]!["width"]));
        AssertTitled(figure);
    }

    [Fact]
    public void LossContour_draws_long_paths_with_small_plain_step_markers_and_keeps_the_ends_large()
    {
        var path = SampleFigures.DescentPath("a long run", 0.01, 300);
        var marker = Data(Charts.LossContour(SampleFigures.Valley, (-3, 3), (-2, 2), [path], resolution: 5))[1]!["marker"]!;
        double[] sizes = Numbers(marker["size"]), outlines = Numbers(marker["line"]!["width"]);
        Assert.Equal(301, sizes.Length);
        Assert.Equal((14.0, 3.0, 14.0), (sizes[0], sizes[150], sizes[^1]));
        Assert.Equal((2.0, 0.0, 2.0), (outlines[0], outlines[150], outlines[^1]));
    }

    [Fact]
    public void SoftmaxBars_show_one_bar_per_class_and_refuse_logits()
    {
        FigureView figure = Charts.SoftmaxBars([0.1, 0.6, 0.3], ["a", "b", "c"], trueClass: 2);
        var bar = Data(figure)[0]!;
        Assert.Equal("bar", (string)bar["type"]!);
        Assert.Equal([0.1, 0.6, 0.3], Numbers(bar["y"]));
        Assert.Equal(["10%", "60%", "30%"], bar["text"]!.AsArray().Select(t => (string)t!));
        Assert.Equal(Theme.Positive, (string)bar["marker"]!["color"]![1]!);
        Assert.Contains("predicts b", figure.Title);
        Assert.Contains("wrong: it is c", figure.Title);
        AssertTitled(figure);
        Assert.Contains("add up to 1.5", Assert.Throws<ArgumentException>(() => Charts.SoftmaxBars([0.5, 0.5, 0.5])).Message);
        Assert.Contains("probability 0 is -1", Assert.Throws<ArgumentException>(() => Charts.SoftmaxBars([-1.0, 2.0])).Message);
    }

    [Fact]
    public void SoftmaxBars_call_a_tie_a_tie()
    {
        FigureView figure = Charts.SoftmaxBars([0.45, 0.45, 0.1], ["cat", "dog", "rabbit"], trueClass: 2);
        var colors = Data(figure)[0]!["marker"]!["color"]!.AsArray().Select(c => (string)c!).ToList();
        Assert.Equal([Theme.Positive, Theme.Positive, "#E69F00"], colors);
        Assert.Equal("Softmax output: a tie between cat and dog at p = 45% each (wrong: it is rabbit)", figure.Title);
        Assert.EndsWith("each (it is dog)", Charts.SoftmaxBars([0.45, 0.45, 0.1], ["cat", "dog", "rabbit"], 1).Title);
        Assert.Contains("predicts cat with p = 46%", Charts.SoftmaxBars([0.46, 0.44, 0.1], ["cat", "dog", "rabbit"]).Title);
    }

    [Fact]
    public void ConfusionMatrix_writes_every_count_in_its_cell()
    {
        var counts = new[,] { { 5, 1 }, { 2, 7 } };
        FigureView figure = Charts.ConfusionMatrix(counts, ["cat", "dog"]);
        var heatmap = Data(figure)[0]!;
        Assert.Equal("heatmap", (string)heatmap["type"]!);
        Assert.Equal("[[5.0,1.0],[2.0,7.0]]", heatmap["z"]!.ToJsonString());
        var annotations = figure.Layout("annotations")!.AsArray();
        Assert.Equal(["5", "1", "2", "7"], annotations.Select(a => (string)a!["text"]!));
        Assert.Equal(("dog", "cat"), ((string)annotations[2]!["y"]!, (string)annotations[2]!["x"]!));
        Assert.Contains("accuracy 80.0%, 12 of 15 correct", figure.Title);
        AssertTitled(figure);
        Assert.Contains("must be square", Assert.Throws<ArgumentException>(() => Charts.ConfusionMatrix(new int[2, 3])).Message);
    }

    [Fact]
    public void NetworkDiagram_draws_an_edge_per_weight_coloured_by_sign_and_a_node_per_neuron()
    {
        var network = Network.Create([3, 4, 2], Activation.Tanh, Activation.Sigmoid, seed: 6);
        FigureView figure = Charts.NetworkDiagram(network);
        var data = Data(figure);
        var edges = data.Where(t => (string?)t!["mode"] == "lines").ToList();
        var nodes = data.Where(t => ((string?)t!["mode"])!.StartsWith("markers", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, nodes.Count);
        Assert.Equal([3, 4, 2], nodes.Select(n => n!["y"]!.AsArray().Count));
        Assert.Equal(3 * 4 + 4 * 2, edges.Sum(e => e!["x"]!.AsArray().Count) / 3);
        var weights = network.Layers.Cast<Dense>().SelectMany(d => d.Weights.Enumerate()).ToList();
        int positive = edges.Where(e => (string)e!["line"]!["color"]! == Theme.Positive).Sum(e => e!["x"]!.AsArray().Count / 3);
        Assert.Equal(weights.Count(w => w >= 0), positive);
        Assert.True(edges.Count <= 2 * Charts.EdgeWidthLevels);
        Assert.Equal(["x1", "x2", "x3"], nodes[0]!["text"]!.AsArray().Select(t => (string)t!));
        Assert.Contains("3 → 4 → 2", figure.Title);
    }

    [Fact]
    public void HiddenSpace_moves_grid_and_data_from_the_input_to_the_layer_output_in_three_stages()
    {
        var data = Generate.Xor(40, seed: 1);
        var network = Network.Create([2, 2, 1], Activation.Tanh, Activation.Sigmoid, seed: 3);
        FigureView figure = Charts.HiddenSpace(network, data, gridLines: 5, stepsPerStage: 2);
        var frames = figure.ToJson()["frames"]!.AsArray();
        Assert.Equal(3 * 2 + 1, frames.Count);
        var first = frames[0]!["data"]!.AsArray();
        var last = frames[^1]!["data"]!.AsArray();
        Assert.Equal(2 + 2 + 1, first.Count); // two grid families, two classes, the next neuron's line
        var class0 = Enumerable.Range(0, data.Count).Where(i => data.Labels[i] == 0).ToList();
        Assert.Equal(class0.Select(i => data.Features[i, 0]), Numbers(first[2]!["x"]));
        var hidden = network.LayerOutputs(data.Features)[1];
        Assert.Equal(class0.Select(i => hidden[i, 1]), Numbers(last[2]!["y"]), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(5 * 2 * 61, Numbers(first[0]!["x"]).Length + Numbers(first[1]!["x"]).Length); // 60 samples + a gap per line
        Assert.All(Numbers(first[4]!["x"]), v => Assert.True(double.IsNaN(v)));
        var output = (Dense)network.Layers[1];
        var line = (X: Numbers(last[4]!["x"]), Y: Numbers(last[4]!["y"]));
        for (int k = 0; k < 2; k++)
            Assert.Equal(0, output.Weights[0, 0] * line.X[k] + output.Weights[0, 1] * line.Y[k] + output.Bias[0], 9);
        var range = Numbers(frames[^1]!["layout"]!["yaxis"]!["range"]);
        Assert.All(Enumerable.Range(0, data.Count), i => Assert.InRange(hidden[i, 1], range[0], range[1]));
        AssertTitled(figure);
    }

    [Fact]
    public void HiddenSpace_keeps_one_view_from_times_W_to_plus_b_and_scales_both_axes_equally()
    {
        var data = Generate.TwoMoons(60, noise: 0.1, seed: 0);
        var network = Network.Create([2, 2, 1], Activation.Tanh, Activation.Sigmoid, seed: 0);
        var dense = (Dense)network.Layers[0];
        dense.Bias[0] = 5; // a shift far bigger than the data, so "+ b" must move the points within the view
        FigureView figure = Charts.HiddenSpace(network, data, gridLines: 5, stepsPerStage: 2);
        var frames = figure.ToJson()["frames"]!.AsArray();
        (double[] X, double[] Y) Ranges(int k) =>
            (Numbers(frames[k]!["layout"]!["xaxis"]!["range"]), Numbers(frames[k]!["layout"]!["yaxis"]!["range"]));
        var timesW = Ranges(2);
        foreach (int k in new[] { 3, 4 }) // the step towards + b, and + b itself
        {
            Assert.Equal(timesW.X, Ranges(k).X);
            Assert.Equal(timesW.Y, Ranges(k).Y);
        }
        var shifted = Numbers(frames[4]!["data"]![2]!["x"]);
        Assert.Equal(Numbers(frames[2]!["data"]![2]!["x"])[0] + 5, shifted[0], 9); // the "+ b" frame is W a shifted by b ...
        Assert.All(shifted, v => Assert.InRange(v, timesW.X[0], timesW.X[1])); // ... and both fit the shared view
        Assert.All(Numbers(frames[2]!["data"]![2]!["x"]), v => Assert.InRange(v, timesW.X[0], timesW.X[1]));
        Assert.NotEqual(Ranges(0).X, timesW.X); // the input frame has its own view
        for (int k = 0; k < frames.Count; k++)
        {
            var (x, y) = Ranges(k);
            Assert.Equal(x[1] - x[0], y[1] - y[0], 9);
        }
        Assert.Equal("x", (string)figure.Layout("yaxis.scaleanchor")!);
        Assert.Equal(1, (int)figure.Layout("yaxis.scaleratio")!);
    }

    [Fact]
    public void HiddenSpace_names_the_layer_that_is_not_a_plane()
    {
        var data = Generate.Xor(20);
        var wide = Network.Create([2, 3, 1], Activation.Tanh, Activation.Sigmoid, seed: 0);
        var error = Assert.Throws<ArgumentException>(() => Charts.HiddenSpace(wide, data));
        Assert.Contains("layer 1 (Dense 2 -> 3, tanh)", error.Message);
        Assert.Throws<ArgumentException>(() => Charts.HiddenSpace(wide, data, layer: 3));
        Assert.Throws<ArgumentException>(() => Charts.HiddenSpace(Network.Create([4, 2, 1], Activation.Tanh, Activation.Sigmoid, seed: 0), data));
    }

    [Fact]
    public void DigitGrid_has_one_image_per_digit_with_its_caption()
    {
        var (images, labels) = SampleFigures.Digits(SampleFigures.FindRoot(), 7);
        FigureView figure = Charts.DigitGrid(images, [.. labels.Select(l => $"label {l}")], columns: 4);
        var data = Data(figure);
        Assert.Equal(7, data.Count);
        Assert.All(data, t => Assert.Equal("heatmap", (string)t!["type"]!));
        var first = data[0]!["z"]!.AsArray();
        Assert.Equal(8, first.Count);
        Assert.Equal(images[0][8..16], Numbers(first[1]));
        Assert.Equal("x5", (string)data[4]!["xaxis"]!);
        Assert.Equal("x5", (string)figure.Layout("yaxis5.scaleanchor")!);
        Assert.Equal(labels.Select(l => $"label {l}"), figure.Layout("annotations")!.AsArray().Select(a => (string)a!["text"]!));
        Assert.False(string.IsNullOrEmpty(figure.Title));
        Assert.Contains("image 1 has 10 pixels", Assert.Throws<ArgumentException>(() => Charts.DigitGrid([new double[64], new double[10]])).Message);
    }

    [Fact]
    public void Loss_surfaces_name_what_their_height_shows()
    {
        static double Bowl(double x, double y) => x * x + y * y;
        var contour = Charts.LossContour(Bowl, (-1, 1), (-1, 1), valueTitle: "cost J");
        Assert.Equal("cost J", (string)Data(contour)[0]!["colorbar"]!["title"]!["text"]!);
        var surface = Charts.LossSurface(Bowl, (-1, 1), (-1, 1), valueTitle: "log₁₀(1 + f)");
        Assert.Equal("log₁₀(1 + f)", (string)Data(surface)[0]!["colorbar"]!["title"]!["text"]!);
        Assert.Equal("log₁₀(1 + f)", (string)surface.Layout("scene.zaxis.title.text")!);
        Assert.Equal("loss", (string)Data(Charts.LossContour(Bowl, (-1, 1), (-1, 1)))[0]!["colorbar"]!["title"]!["text"]!);
    }

    [Fact]
    public void Signed_DigitGrid_centres_white_on_zero_for_weights()
    {
        double[] weights = [.. Enumerable.Range(0, 64).Select(i => (i - 20) / 10.0)]; // -2.0 .. 4.3
        FigureView figure = Charts.DigitGrid([weights, [.. weights.Select(w => -w / 2)]], ["unit 1", "unit 2"], signed: true);
        var data = Data(figure);
        Assert.All(data, t =>
        {
            Assert.Equal(-4.3, (double)t!["zmin"]!, 12);
            Assert.Equal(4.3, (double)t["zmax"]!, 12);
            Assert.Equal("rgba(247, 247, 247, 1.0)", (string)t["colorscale"]![1]![1]!); // white in the middle, at 0
        });
        var plain = Data(Charts.DigitGrid([weights]));
        Assert.Equal(0.0, (double)plain[0]!["zmin"]!);
    }

    private static string JsonSerializerValues(double[,] values) =>
        new JsonArray([.. Enumerable.Range(0, values.GetLength(0)).Select(i => (JsonNode)new JsonArray([.. Enumerable.Range(0, values.GetLength(1)).Select(j => (JsonNode?)JsonValue.Create(values[i, j]))]))]).ToJsonString();
}
