using System.Globalization;
using System.Net;
using MathNet.Numerics.LinearAlgebra;
using NotebookNN.Display;
using NotebookNN.Plotting;
using Plotly.NET;

namespace NotebookNN;

/// <summary>
/// A training experiment in one call, in the spirit of TensorFlow Playground: pick a 2-feature data
/// set, hidden layer sizes, an activation and a learning rate; <see cref="Run"/> splits the data,
/// standardises the features, trains with plain gradient descent on mini-batches and records the
/// decision surface as it evolves.
/// </summary>
public static class Playground
{
    /// <summary>
    /// Trains a network on <paramref name="data"/> and records the decision surface at
    /// <paramref name="frames"/> evenly spaced epochs, from before training (epoch 0) to the last epoch.
    /// </summary>
    /// <remarks>
    /// Steps: <c>data.Split(testFraction, seed)</c>; <see cref="Scaler.Standardize(Dataset)"/> learned on the
    /// training part; a network 2 → hidden... → output built by <see cref="Network.Create"/> from
    /// <paramref name="seed"/>, with one sigmoid output and binary cross-entropy for two classes, or one
    /// output per class and softmax cross-entropy for more; <see cref="SGD"/> with
    /// <paramref name="learningRate"/>; <see cref="Trainer.Train(Network, ILoss, IOptimizer, Dataset, TrainingOptions?, Dataset?)"/>.
    /// The charts use the data's own units: the network sees standardised inputs, the axes do not.
    /// A run whose loss or weights stop being finite does not throw: it stops, keeps what it recorded
    /// and says so in <see cref="PlaygroundResult.Diverged"/>.
    /// </remarks>
    /// <param name="data">A data set with exactly 2 features and at least 2 classes (e.g. <c>Generate.Circles()</c> or a CSV).
    /// The number of classes picks the model: 2 classes give one sigmoid output (the probability of class 1) and binary
    /// cross-entropy; 3 or more switch, without further notice, to one output per class and softmax cross-entropy.</param>
    /// <param name="hidden">Hidden layer widths, e.g. <c>[8, 8]</c>; empty for no hidden layer.</param>
    /// <param name="activation">The hidden layers' activation.</param>
    /// <param name="learningRate">The gradient-descent step size η, greater than 0.</param>
    /// <param name="epochs">Passes over the training set.</param>
    /// <param name="seed">Seed of the split, the initial weights and the shuffling.</param>
    /// <param name="frames">Decision surfaces to record, at least 2 (before and after training) and at most epochs + 1.</param>
    /// <param name="batchSize">Examples per gradient step.</param>
    /// <param name="testFraction">Share of the examples held out as the test set, between 0 and 1.</param>
    /// <param name="resolution">Grid points per axis of each decision surface.</param>
    /// <exception cref="ArgumentException">A setting is out of range or the data do not have 2 features; the message names it.</exception>
    public static PlaygroundResult Run(Dataset data, int[] hidden, Activation activation, double learningRate,
        int epochs = 200, int seed = 0, int frames = 21, int batchSize = 10, double testFraction = 0.3, int resolution = 40)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(hidden);
        ArgumentNullException.ThrowIfNull(activation);
        Check(data, hidden, learningRate, epochs, frames, batchSize, resolution);

        var (train, test) = data.Split(testFraction, seed);
        var scaler = Scaler.Standardize(train);
        var (scaledTrain, scaledTest) = (scaler.Transform(train), scaler.Transform(test));
        bool binary = data.ClassCount == 2;
        var network = Network.Create([2, .. hidden, binary ? 1 : data.ClassCount], activation,
            binary ? Activation.Sigmoid : Activation.Identity, seed);
        var loss = binary ? Loss.BinaryCrossEntropy : Loss.SoftmaxCrossEntropy;

        // What the charts draw: the network on raw points, outputs rounded to 3 decimals to keep pages small.
        Matrix<double> Drawn(Matrix<double> points) => network.Predict(scaler.Transform(points)).Map(v => Math.Round(v, 3));
        var frameEpochs = FrameEpochs(epochs, frames);
        var grids = new List<DecisionGrid> { DecisionGrid.ForData(Drawn, data, resolution) };
        var history = new TrainingHistory { Label = Describe(hidden, activation, learningRate) };
        var options = new TrainingOptions
        {
            Epochs = epochs,
            BatchSize = batchSize,
            Seed = seed,
            Label = history.Label,
            OnEpoch = result =>
            {
                history.Add(result);
                if (frameEpochs.Contains(result.Epoch))
                    grids.Add(DecisionGrid.ForData(Drawn, data, resolution));
            },
        };
        string? diverged = null;
        try
        {
            Trainer.Train(network, loss, new SGD(learningRate), scaledTrain, options, scaledTest);
        }
        catch (TrainingDivergedException e)
        {
            diverged = e.Message;
        }
        return new PlaygroundResult(data, train, test, network, scaler, history, grids,
            [.. frameEpochs.Take(grids.Count)], learningRate, diverged);
    }

    /// <summary>The epochs whose decision surface is recorded: 0, then evenly spaced up to <paramref name="epochs"/>.</summary>
    public static int[] FrameEpochs(int epochs, int frames)
    {
        if (epochs < 1)
            throw new ArgumentException($"Playground: epochs must be at least 1, got {epochs}.", nameof(epochs));
        if (frames < 2 || frames > epochs + 1)
            throw new ArgumentException($"Playground: frames must be between 2 (before and after training) and epochs + 1 = {epochs + 1}, got {frames}.", nameof(frames));
        return [.. Enumerable.Range(0, frames).Select(k => (int)Math.Round((double)k * epochs / (frames - 1)))];
    }

    /// <summary>"2 → 8 → 8 → out, tanh, lr 0.03" style label of a configuration.</summary>
    private static string Describe(int[] hidden, Activation activation, double learningRate) =>
        string.Create(CultureInfo.InvariantCulture,
            $"hidden [{string.Join(", ", hidden)}], {activation.Name}, lr {learningRate:G4}");

    private static void Check(Dataset data, int[] hidden, double learningRate, int epochs, int frames, int batchSize, int resolution)
    {
        if (data.FeatureCount != 2)
            throw new ArgumentException($"Playground: data set '{data.Name}' has {data.FeatureCount} features, but the playground draws a 2-D decision surface and needs exactly 2.", nameof(data));
        if (data.Labels.Distinct().Count() < 2)
            throw new ArgumentException($"Playground: data set '{data.Name}' has only one class; a classifier needs at least 2.", nameof(data));
        int bad = Array.FindIndex(hidden, h => h <= 0);
        if (bad >= 0)
            throw new ArgumentException($"Playground: hidden layer {bad + 1} has {hidden[bad]} units; every hidden layer needs at least 1.", nameof(hidden));
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
            throw new ArgumentException($"Playground: the learning rate must be a positive number, got {learningRate}.", nameof(learningRate));
        FrameEpochs(epochs, frames);
        if (batchSize < 1)
            throw new ArgumentException($"Playground: the batch size must be at least 1, got {batchSize}.", nameof(batchSize));
        if (resolution < 2)
            throw new ArgumentException($"Playground: the resolution must be at least 2 grid points per axis, got {resolution}.", nameof(resolution));
    }
}

/// <summary>
/// What <see cref="Playground.Run"/> produced: the split, the trained network, its history, the decision
/// surfaces per recorded epoch, and two charts. Shown in a notebook, it displays a one-line summary, the
/// animated decision surface and the loss and accuracy curves.
/// </summary>
[TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class PlaygroundResult : IHtmlDisplayable
{
    internal PlaygroundResult(Dataset data, Dataset train, Dataset test, Network network, Scaler scaler,
        TrainingHistory history, IReadOnlyList<DecisionGrid> grids, IReadOnlyList<int> frameEpochs, double learningRate, string? diverged)
    {
        Data = data;
        Train = train;
        Test = test;
        Network = network;
        Scaler = scaler;
        History = history;
        Grids = grids;
        FrameEpochs = frameEpochs;
        LearningRate = learningRate;
        Diverged = diverged;
    }

    /// <summary>The whole data set, in its own units.</summary>
    public Dataset Data { get; }

    /// <summary>The examples trained on (unscaled).</summary>
    public Dataset Train { get; }

    /// <summary>The examples held out to measure generalisation (unscaled).</summary>
    public Dataset Test { get; }

    /// <summary>The trained network; it expects standardised inputs (use <see cref="Predict"/> for raw ones).</summary>
    public Network Network { get; }

    /// <summary>The standardisation learned from the training examples.</summary>
    public Scaler Scaler { get; }

    /// <summary>Loss and accuracy per epoch, on the training and the test examples.</summary>
    public TrainingHistory History { get; }

    /// <summary>The decision surface at each recorded epoch (the first before training), outputs rounded to 3 decimals.</summary>
    public IReadOnlyList<DecisionGrid> Grids { get; }

    /// <summary>The epoch of each grid in <see cref="Grids"/>.</summary>
    public IReadOnlyList<int> FrameEpochs { get; }

    /// <summary>The learning rate used.</summary>
    public double LearningRate { get; }

    /// <summary>Null when training finished; otherwise why it stopped (the loss or a weight stopped being finite).</summary>
    public string? Diverged { get; }

    /// <summary>Share of training examples classified correctly after the last finished epoch (NaN if none finished).</summary>
    public double TrainAccuracy => History.Last?.TrainAccuracy ?? double.NaN;

    /// <summary>Share of test examples classified correctly after the last finished epoch (NaN if none finished).</summary>
    public double TestAccuracy => History.Last?.TestAccuracy ?? double.NaN;

    /// <summary>The network's outputs for raw (unscaled) points [n x 2]: P(class 1), or one score per class.</summary>
    public Matrix<double> Predict(Matrix<double> points) => Network.Predict(Scaler.Transform(points));

    /// <summary>
    /// The decision surface over the epochs, with a slider and play button; it opens on the last epoch.
    /// Training examples are dots with a white edge, test examples diamonds with a black edge, both in their class colours.
    /// </summary>
    public GenericChart Animation()
    {
        var labels = FrameEpochs.Select(e => e.ToString(CultureInfo.InvariantCulture)).ToList();
        var trainPoints = new Dataset(Train.Features, Train.Labels, Train.FeatureNames, Train.ClassNames, Data.Name);
        var tests = new List<GenericChart>();
        for (int c = 0; c < Test.ClassCount; c++)
        {
            var rows = Enumerable.Range(0, Test.Count).Where(i => Test.Labels[i] == c).ToList();
            if (rows.Count == 0)
                continue;
            tests.Add(Charts.TestPoints([.. rows.Select(i => Test.Features[i, 0])], [.. rows.Select(i => Test.Features[i, 1])],
                $"{Test.ClassNames[c]} (test)", Charts.ClassColor(c, Math.Max(Data.ClassCount, 2))));
        }
        return Charts.DecisionSurfaceAnimation(Grids, trainPoints, labels, pointsSuffix: " (train)", extra: tests).WithLayout("height", 620);
    }

    /// <summary>Loss and accuracy per epoch, training solid and test dashed.</summary>
    /// <exception cref="ArgumentException">Training stopped before its first epoch finished, so there is nothing to draw.</exception>
    public GenericChart LossCurves() =>
        Charts.TrainingHistory(History).WithTitle($"{Data.Name}: loss and accuracy per epoch (train solid, test dashed)");

    /// <summary>One line: the configuration, then the accuracies, or why training stopped.</summary>
    public override string ToString()
    {
        string network = $"{Data.Name}, network {string.Join(" → ", new[] { Network.InputSize }.Concat(Network.Layers.Select(l => l.OutputSize)))}, {History.Label}";
        string outcome = History.Last is null
            ? "no epoch finished"
            : string.Create(CultureInfo.InvariantCulture, $"after {History.Epochs.Count} epochs: train accuracy {TrainAccuracy:P1}, test accuracy {TestAccuracy:P1}");
        return $"{network}; {outcome}" + (Diverged is null ? "." : $". Stopped: {Diverged}");
    }

    /// <summary>The summary line, the animated decision surface and the loss curves.</summary>
    public string ToHtml()
    {
        string color = Diverged is null ? "#333333" : "#b26a00";
        return $"<div class=\"nnn-playground\" style=\"font-family:sans-serif;font-size:15px;color:{color};margin:4px 0\">{WebUtility.HtmlEncode(ToString())}</div>\n"
            + Animation().ToNotebookHtml() + (History.Epochs.Count > 0 ? LossCurves().ToNotebookHtml() : "");
    }
}
