using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Tests;

public class TrainerTests
{
    private static (Network Net, TrainingHistory History) TrainXor(int seed = 3)
    {
        var xor = Generate.Xor(count: 100, noise: 0.0, seed: 1);
        var net = Network.Create([2, 4, 1], Activation.Tanh, Activation.Sigmoid, seed);
        var history = Trainer.Train(net, Loss.BinaryCrossEntropy, new Adam(0.05), xor,
            new TrainingOptions { Epochs = 150, BatchSize = 10, Seed = 7 });
        return (net, history);
    }

    [Fact]
    public void A_2_4_1_tanh_network_learns_xor_perfectly()
    {
        var (net, history) = TrainXor();
        Assert.Equal(1.0, history.Last!.TrainAccuracy);
        // The four corners of XOR, scored by the trained network.
        Assert.True(net.Predict(0.8, 0.8)[0] < 0.5);
        Assert.True(net.Predict(-0.8, -0.8)[0] < 0.5);
        Assert.True(net.Predict(0.8, -0.8)[0] > 0.5);
        Assert.True(net.Predict(-0.8, 0.8)[0] > 0.5);
        Assert.True(history.TrainLoss[^1] < history.TrainLoss[0] / 5, $"loss went from {history.TrainLoss[0]} to {history.TrainLoss[^1]}");
    }

    [Fact]
    public void Training_is_the_same_on_every_run()
    {
        var (a, ha) = TrainXor();
        var (b, hb) = TrainXor();
        Assert.Equal(ha.TrainLoss, hb.TrainLoss);
        for (int k = 0; k < a.Parameters.Count; k++)
            Assert.Equal(a.Parameters[k].Value, b.Parameters[k].Value);
    }

    [Fact]
    public void A_too_high_learning_rate_stops_with_an_error_naming_epoch_layer_and_cause()
    {
        var data = Generate.Blobs(60, [(0, 0), (50, 50)], spread: 5, seed: 1);
        var net = Network.Create([2, 8, 1], Activation.ReLU, Activation.Identity, seed: 1);
        var ex = Assert.Throws<TrainingDivergedException>(() =>
            Trainer.Train(net, Loss.MeanSquaredError, new SGD(10.0), data, new TrainingOptions { Epochs = 50, BatchSize = 10 }));
        Assert.Contains("epoch", ex.Message);
        Assert.Contains("learning rate (10)", ex.Message);
        Assert.Contains("too high", ex.Message);
        Assert.NotNull(ex.Layer);
        Assert.Contains($"layer {ex.Layer}", ex.Message);
        Assert.InRange(ex.Epoch, 1, 50);
    }

    [Fact]
    public void History_records_train_and_test_per_epoch_and_calls_back()
    {
        var (train, test) = Generate.TwoMoons(200, noise: 0.1, seed: 2).Split(0.25, seed: 1);
        var net = Network.Create([2, 16, 2], Activation.ReLU, Activation.Identity, seed: 1);
        var seen = new List<int>();
        var history = Trainer.Train(net, Loss.SoftmaxCrossEntropy, new Adam(0.02), train,
            new TrainingOptions { Epochs = 40, BatchSize = 16, OnEpoch = e => seen.Add(e.Epoch) }, test);
        Assert.Equal(Enumerable.Range(1, 40), seen);
        Assert.Equal(40, history.Epochs.Count);
        Assert.True(history.HasTest);
        Assert.True(history.TestAccuracy[^1] >= 0.9, $"test accuracy {history.TestAccuracy[^1]}");
        var (loss, accuracy) = Trainer.Evaluate(net, Loss.SoftmaxCrossEntropy, test);
        Assert.Equal(history.TestLoss[^1], loss, 12);
        Assert.Equal(history.TestAccuracy[^1], accuracy, 12);
    }

    [Fact]
    public void Full_batch_training_with_batch_size_zero_takes_one_step_per_epoch()
    {
        var data = Generate.Blobs(40, [(-1, -1), (1, 1)], 0.2, seed: 4);
        var net = Network.Create([2, 1], Activation.Identity, Activation.Sigmoid, seed: 1);
        var steps = new CountingOptimizer();
        Trainer.Train(net, Loss.BinaryCrossEntropy, steps, data, new TrainingOptions { Epochs = 5, BatchSize = 0 });
        Assert.Equal(5, steps.Steps);
        var mini = new CountingOptimizer();
        Trainer.Train(net, Loss.BinaryCrossEntropy, mini, data, new TrainingOptions { Epochs = 5, BatchSize = 16 });
        Assert.Equal(5 * 3, mini.Steps); // 16 + 16 + 8
    }

    [Fact]
    public void Regression_without_labels_records_nan_accuracy()
    {
        var X = DenseMatrix.OfColumnArrays(Enumerable.Range(0, 30).Select(i => i / 10.0).ToArray());
        var Y = X.Map(x => 2 * x + 1);
        var net = Network.Create([1, 1], Activation.Identity, Activation.Identity, seed: 1);
        var history = Trainer.Train(net, Loss.MeanSquaredError, new SGD(0.05), X, Y, options: new TrainingOptions { Epochs = 300, BatchSize = 0 });
        Assert.True(double.IsNaN(history.Last!.TrainAccuracy));
        var dense = (Dense)net.Layers[0];
        Assert.Equal(2.0, dense.Weights[0, 0], 2);
        Assert.Equal(1.0, dense.Bias[0], 2);
    }

    [Fact]
    public void Mismatched_targets_are_reported_with_shapes()
    {
        var net = Network.Create([2, 3], Activation.Identity, Activation.Identity, seed: 1);
        var ex = Assert.Throws<ArgumentException>(() => Trainer.Train(net, Loss.MeanSquaredError, new SGD(0.1), new DenseMatrix(10, 2), new DenseMatrix(9, 3)));
        Assert.Contains("[10 x 2]", ex.Message);
        Assert.Contains("[9 x 3]", ex.Message);
    }

    [Fact]
    public void An_empty_data_set_is_an_argument_error_naming_it()
    {
        var empty = new Dataset(new DenseMatrix(0, 2), [], name: "empty points");
        var network = new Network(new Dense(2, 1, Activation.Sigmoid));

        var ex = Assert.Throws<ArgumentException>(() => Trainer.Train(network, Loss.BinaryCrossEntropy, new SGD(0.1), empty));

        Assert.Contains("Data set 'empty points' has no examples", ex.Message);
        Assert.Throws<ArgumentException>(() => Trainer.Evaluate(network, Loss.BinaryCrossEntropy, empty));
    }

    private sealed class CountingOptimizer : IOptimizer
    {
        public int Steps { get; private set; }
        public string Name => "counting";
        public double LearningRate { get; set; }
        public void Step(IReadOnlyList<Parameter> parameters) => Steps++;
    }
}
