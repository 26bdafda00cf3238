using System.IO.Compression;
using MathNet.Numerics.LinearAlgebra.Double;
using NotebookNN.Plotting;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace NotebookNN.Tests.Plotting;

/// <summary>Every standard chart built from real kernel objects, with the trace count each must have.</summary>
public static class SampleFigures
{
    /// <summary>Two noisy blobs in 2-D, labels 0 and 1 (or three blobs for <paramref name="classes"/> = 3).</summary>
    public static Dataset Blobs(int classes = 2, int perClass = 20, int seed = 7)
    {
        var random = new SeededRandom(seed);
        double[][] centres = [[-1.5, -1], [1.5, 1], [-1.5, 1.8]];
        var x = new DenseMatrix(classes * perClass, 2);
        var labels = new int[classes * perClass];
        for (int c = 0; c < classes; c++)
        {
            for (int i = 0; i < perClass; i++)
            {
                int row = c * perClass + i;
                x[row, 0] = centres[c][0] + 0.6 * random.Gaussian();
                x[row, 1] = centres[c][1] + 0.6 * random.Gaussian();
                labels[row] = c;
            }
        }
        string[] names = classes == 2 ? ["red team", "blue team"] : ["setosa", "versicolor", "virginica"];
        return new Dataset(x, labels, ["feature 1", "feature 2"], names[..classes], classes == 2 ? "two blobs" : "three blobs");
    }

    /// <summary>A training history with made-up but plausible numbers.</summary>
    public static NotebookNN.TrainingHistory History(string label, double rate, bool withTest)
    {
        var history = new NotebookNN.TrainingHistory { Label = label };
        for (int epoch = 1; epoch <= 20; epoch++)
        {
            double loss = Math.Exp(-rate * epoch) + 0.05;
            history.Add(new EpochResult(epoch, loss, 1 - 0.5 * Math.Exp(-rate * epoch), withTest ? loss * 1.2 : null, withTest ? 0.95 - 0.5 * Math.Exp(-rate * epoch) : null));
        }
        return history;
    }

    /// <summary>The first <paramref name="count"/> digits of data/digits.csv.gz: 64 pixels (0..16) and the label.</summary>
    public static (List<double[]> Images, List<int> Labels) Digits(string repositoryRoot, int count)
    {
        using var stream = new GZipStream(File.OpenRead(Path.Combine(repositoryRoot, "data", "digits.csv.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        var images = new List<double[]>();
        var labels = new List<int>();
        while (images.Count < count && reader.ReadLine() is { } line)
        {
            var numbers = line.Split(',').Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            images.Add(numbers[..64]);
            labels.Add((int)numbers[64]);
        }
        return (images, labels);
    }

    /// <summary>Rosenbrock-like valley, a classic loss for optimizer paths.</summary>
    public static double Valley(double w1, double w2) => 0.5 * w1 * w1 + 3 * (w2 - 0.3 * w1) * (w2 - 0.3 * w1);

    /// <summary>Gradient descent steps on <see cref="Valley"/> from (-2.5, 1.5).</summary>
    public static ParameterPath DescentPath(string name, double rate, int steps)
    {
        var points = new List<(double, double)>();
        double w1 = -2.5, w2 = 1.5;
        for (int s = 0; s <= steps; s++)
        {
            points.Add((w1, w2));
            double g1 = w1 - 1.8 * (w2 - 0.3 * w1), g2 = 6 * (w2 - 0.3 * w1);
            (w1, w2) = (w1 - rate * g1, w2 - rate * g2);
        }
        return new ParameterPath(name, points);
    }

    /// <summary>The figure names, for [Theory] data.</summary>
    public static TheoryData<string> Names() => [.. Build(FindRoot()).Keys];

    /// <summary>Every standard chart and the number of traces it must have.</summary>
    public static Dictionary<string, (GenericChart Figure, int Traces)> Build(string repositoryRoot)
    {
        var binary = Network.Create([2, 4, 1], Activation.Tanh, Activation.Sigmoid, seed: 1);
        var threeClass = Network.Create([2, 6, 3], Activation.ReLU, Activation.Identity, seed: 2);
        var blobs = Blobs();
        var blobs3 = Blobs(3);
        var grids = new List<DecisionGrid>();
        var dense = (Dense)binary.Layers[0];
        for (int epoch = 0; epoch < 4; epoch++)
        {
            grids.Add(DecisionGrid.ForData(binary, blobs, resolution: 30));
            dense.Weights.MapInplace(w => w * 1.6);
        }
        var (digits, labels) = Digits(repositoryRoot, 10);
        var diagram = Network.Create([3, 5, 4, 2], Activation.Tanh, Activation.Sigmoid, seed: 3);
        int diagramEdgeTraces = diagram.Layers.Cast<Dense>()
            .SelectMany(d => d.Weights.Enumerate())
            .Select(w => (Math.Sign(w) >= 0, Math.Min(3, (int)(4 * Math.Abs(w) / diagram.Layers.Cast<Dense>().Max(l => l.Weights.Enumerate().Max(Math.Abs))))))
            .Distinct().Count();
        ParameterPath[] paths = [DescentPath("GD, lr = 0.1", 0.1, 30), DescentPath("GD, lr = 0.3", 0.3, 15)];
        return new()
        {
            ["activation-curves"] = (Charts.ActivationCurves([.. Activation.Gallery]), 2 * Activation.Gallery.Count),
            ["neuron-slider"] = (Charts.NeuronSlider(Activation.Sigmoid), 3),
            ["decision-surface-binary"] = (Charts.DecisionSurface(binary, blobs), 2 + 2),
            ["decision-surface-three-classes"] = (Charts.DecisionSurface(threeClass.Predict, blobs3), 1 + 3),
            ["decision-surface-animation"] = (Charts.DecisionSurfaceAnimation(grids, blobs), 2 + 2),
            ["training-history"] = (Charts.TrainingHistory(History("lr = 0.1", 0.1, true), History("lr = 0.5", 0.5, true)), 8),
            ["loss-surface"] = (Charts.LossSurface(Valley, (-3, 3), (-2, 2), paths), 3),
            ["loss-contour"] = (Charts.LossContour(Valley, (-3, 3), (-2, 2), paths), 3),
            ["softmax-bars"] = (Charts.SoftmaxBars([0.05, 0.1, 0.7, 0.15], ["cat", "dog", "bird", "fish"], trueClass: 1), 1),
            ["confusion-matrix"] = (Charts.ConfusionMatrix(new[,] { { 50, 0, 0 }, { 0, 45, 5 }, { 0, 3, 47 } }, ["setosa", "versicolor", "virginica"]), 1),
            ["confusion-matrix-masked"] = (Charts.ConfusionMatrix(new[,] { { 50, 0, 0 }, { 0, 45, 5 }, { 0, 3, 47 } }, maskDiagonal: true), 2),
            ["network-diagram"] = (Charts.NetworkDiagram(diagram), diagramEdgeTraces + 4),
            ["hidden-space"] = (Charts.HiddenSpace(Network.Create([2, 2, 1], Activation.Tanh, Activation.Sigmoid, seed: 3), Generate.Xor(60, seed: 1)), 2 + 2 + 1),
            ["digit-grid"] = (Charts.DigitGrid(digits, [.. labels.Select(l => $"label {l}")]), 10),
            ["digit-grid-legend"] = (Charts.DigitGrid([.. digits.Take(7)], [.. labels.Take(7).Select(l => $"label {l}<br>p = 62%")], columns: 4, colorBarTitle: "ink"), 7),
            ["digit-grid-signed"] = (Charts.DigitGrid([.. digits.Take(4).Select(d => d.Select(p => p - 8).ToArray())], ["w 1", "w 2", "w 3", "w 4"], columns: 4, signed: true), 4),
            ["subplot-grid"] = (Chart.Grid(
                [Chart.Line<double, double, string>(x: [0.0, 1, 2], y: [1.0, 0, 1], Name: "a line"), Chart.Surface<double, double, double, string>(zData: [[1.0, 2], [3.0, 4]])],
                1, 2, SubPlotTitles: new[] { "a line", "a surface" }).WithTitle("A grid of a 2-D and a 3-D chart"), 2),
            ["playground"] = (Playground.Run(Blobs(), [3], Activation.Tanh, 0.1, epochs: 4, frames: 3, resolution: 20).Animation(), 2 + 2 + 2),
        };
    }

    /// <summary>The repository root (the folder holding NotebookNN.sln).</summary>
    public static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NotebookNN.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"NotebookNN.sln was not found above {AppContext.BaseDirectory}.");
    }
}
