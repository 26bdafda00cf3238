using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN;

/// <summary>Settings of a training run.</summary>
public sealed class TrainingOptions
{
    /// <summary>Passes over the training set.</summary>
    public int Epochs { get; init; } = 100;

    /// <summary>Examples per gradient step; 0 or more than the data set means full-batch gradient descent.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Seed of the per-epoch shuffle, so every run visits the batches in the same order.</summary>
    public int Seed { get; init; }

    /// <summary>Shuffle the examples before every epoch (true), or keep their order.</summary>
    public bool Shuffle { get; init; } = true;

    /// <summary>Called after every epoch with its result (print progress, record animation frames, ...).</summary>
    public Action<EpochResult>? OnEpoch { get; init; }

    /// <summary>A label for the history, e.g. "lr = 0.1".</summary>
    public string Label { get; init; } = "training";
}

/// <summary>Thrown when the loss or a weight stops being a finite number during training.</summary>
public sealed class TrainingDivergedException(string message, int epoch, int? layer) : Exception(message)
{
    /// <summary>The epoch (1-based) in which it happened.</summary>
    public int Epoch { get; } = epoch;

    /// <summary>The first layer (1-based) with a non-finite parameter, or null if all weights were still finite.</summary>
    public int? Layer { get; } = layer;
}

/// <summary>
/// The training loop: for each epoch, shuffle, then for each mini-batch run forward, loss, backward
/// and an optimizer step. Records loss and accuracy per epoch.
/// </summary>
public static class Trainer
{
    /// <summary>Trains a classifier on a <see cref="Dataset"/>; targets are made to fit the network's outputs (0/1 column or one-hot).</summary>
    public static TrainingHistory Train(Network network, ILoss loss, IOptimizer optimizer, Dataset train, TrainingOptions? options = null, Dataset? test = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(train);
        if (train.Count == 0)
            throw new ArgumentException($"Data set '{train.Name}' has no examples: training needs at least one.", nameof(train));
        if (test is { Count: 0 })
            throw new ArgumentException($"Data set '{test.Name}' (the test set) has no examples: leave it out or give it at least one.", nameof(test));
        return Train(network, loss, optimizer, train.Features, train.Targets(network.OutputSize), train.Labels,
            options, test?.Features, test?.Targets(network.OutputSize), test?.Labels);
    }

    /// <summary>
    /// Trains on X [examples x features] and targets Y [examples x outputs]. Labels (optional)
    /// enable accuracy; without them accuracies are NaN (regression).
    /// </summary>
    /// <exception cref="TrainingDivergedException">The loss or a weight became NaN or infinite.</exception>
    public static TrainingHistory Train(
        Network network, ILoss loss, IOptimizer optimizer,
        Matrix<double> X, Matrix<double> Y, int[]? labels = null,
        TrainingOptions? options = null,
        Matrix<double>? testX = null, Matrix<double>? testY = null, int[]? testLabels = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(X);
        ArgumentNullException.ThrowIfNull(Y);
        options ??= new TrainingOptions();
        if (X.RowCount != Y.RowCount)
            throw new ArgumentException($"X is [{X.RowCount} x {X.ColumnCount}] but Y is [{Y.RowCount} x {Y.ColumnCount}]: they need the same number of rows (one per example).");
        if (Y.ColumnCount != network.OutputSize)
            throw new ArgumentException($"Y is [{Y.RowCount} x {Y.ColumnCount}] but the network has {network.OutputSize} outputs.");
        if ((testX is null) != (testY is null))
            throw new ArgumentException("Give both testX and testY, or neither.");
        if (X.RowCount == 0)
            throw new ArgumentException("X has no rows: training needs at least one example.", nameof(X));
        if (testX is { RowCount: 0 })
            throw new ArgumentException("testX has no rows: leave the test set out or give it at least one example.", nameof(testX));

        int n = X.RowCount;
        int batchSize = options.BatchSize <= 0 || options.BatchSize > n ? n : options.BatchSize;
        var random = new SeededRandom(options.Seed);
        var order = Enumerable.Range(0, n).ToArray();
        var history = new TrainingHistory { Label = options.Label };
        var parameters = network.Parameters;

        // Buffers reused for every step: no allocation in the inner loop.
        var full = new BatchBuffer(batchSize, X.ColumnCount, Y.ColumnCount);
        var rest = n % batchSize == 0 ? full : new BatchBuffer(n % batchSize, X.ColumnCount, Y.ColumnCount);

        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            if (options.Shuffle)
                random.Shuffle(order);
            double lossSum = 0;
            int correct = 0;
            for (int start = 0; start < n; start += batchSize)
            {
                var b = start + batchSize <= n ? full : rest;
                b.Gather(X, Y, order, start);

                network.ZeroGradients();
                var output = network.Forward(b.X);
                double batchLoss = loss.Value(output, b.Y);
                if (!double.IsFinite(batchLoss))
                    throw Diverged(network, optimizer, epoch, $"the loss became {batchLoss}", b.X);
                lossSum += batchLoss * b.Rows;
                if (labels is not null)
                    correct += CountCorrect(loss.Classify(output), labels, order, start);

                loss.Gradient(output, b.Y, b.OutputGradient);
                network.Backward(b.OutputGradient);
                optimizer.Step(parameters);
            }
            if (parameters.Any(p => !p.Value.All(double.IsFinite)))
                throw Diverged(network, optimizer, epoch, "a weight became NaN or infinite", full.X);

            double? testLoss = null, testAccuracy = null;
            if (testX is not null)
            {
                var testOutput = network.Forward(testX);
                testLoss = loss.Value(testOutput, testY!);
                testAccuracy = testLabels is null ? double.NaN : Metrics.Accuracy(testLabels, loss.Classify(testOutput));
            }
            var result = new EpochResult(epoch, lossSum / n, labels is null ? double.NaN : (double)correct / n, testLoss, testAccuracy);
            history.Add(result);
            options.OnEpoch?.Invoke(result);
        }
        return history;
    }

    /// <summary>The mean loss and the accuracy of the network on a data set (no training).</summary>
    public static (double Loss, double Accuracy) Evaluate(Network network, ILoss loss, Dataset data)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(data);
        if (data.Count == 0)
            throw new ArgumentException($"Data set '{data.Name}' has no examples to evaluate.", nameof(data));
        var output = network.Forward(data.Features);
        return (loss.Value(output, data.Targets(network.OutputSize)), Metrics.Accuracy(data.Labels, loss.Classify(output)));
    }

    private static int CountCorrect(int[] predicted, int[] labels, int[] order, int start)
    {
        int correct = 0;
        for (int i = 0; i < predicted.Length; i++)
        {
            if (predicted[i] == labels[order[start + i]])
                correct++;
        }
        return correct;
    }

    /// <summary>Builds the error, naming the first layer with non-finite weights, or else the first whose output overflows on the batch.</summary>
    private static TrainingDivergedException Diverged(Network network, IOptimizer optimizer, int epoch, string what, Matrix<double> batch)
    {
        int? layer = null;
        string where = "";
        for (int l = 0; l < network.Layers.Count && layer is null; l++)
        {
            if (network.Layers[l].Parameters.Any(p => !p.Value.All(double.IsFinite)))
            {
                layer = l + 1;
                where = $"; layer {layer} ({network.Layers[l].Describe()}) has NaN or infinite weights";
            }
        }
        var a = batch;
        for (int l = 0; l < network.Layers.Count && layer is null; l++)
        {
            a = network.Layers[l].Forward(a);
            if (!a.Enumerate().All(double.IsFinite))
            {
                layer = l + 1;
                where = $"; layer {layer} ({network.Layers[l].Describe()}) outputs NaN or infinite values";
            }
            else if (l == network.Layers.Count - 1)
            {
                // Everything is still finite, only the loss overflowed: point at the layer with the largest weights.
                var sizes = network.Layers.Select(x => x.Parameters.Count == 0 ? 0 : x.Parameters.Max(p => p.Value.Max(Math.Abs))).ToArray();
                int biggest = Array.IndexOf(sizes, sizes.Max());
                layer = biggest + 1;
                where = FormattableString.Invariant($"; the outputs reach {a.Enumerate().Max(Math.Abs):G3} and layer {layer} ({network.Layers[biggest].Describe()}) has weights up to {sizes[biggest]:G3}");
            }
        }
        return new TrainingDivergedException(
            FormattableString.Invariant($"Training diverged in epoch {epoch}: {what}{where}. Likely cause: the learning rate ({optimizer.LearningRate:G4}) is too high; try one 10 times smaller, or scale the inputs."),
            epoch, layer);
    }

    /// <summary>One mini-batch's rows copied out of X and Y, plus the gradient buffer.</summary>
    private sealed class BatchBuffer(int rows, int features, int outputs)
    {
        public int Rows { get; } = rows;
        public Matrix<double> X { get; } = new DenseMatrix(rows, features);
        public Matrix<double> Y { get; } = new DenseMatrix(rows, outputs);
        public Matrix<double> OutputGradient { get; } = new DenseMatrix(rows, outputs);

        public void Gather(Matrix<double> sourceX, Matrix<double> sourceY, int[] order, int start)
        {
            Copy(sourceX, X, order, start);
            Copy(sourceY, Y, order, start);
        }

        /// <summary>Row i of the batch = row order[start + i] of the source (column-major storage, so column by column).</summary>
        private void Copy(Matrix<double> source, Matrix<double> batch, int[] order, int start)
        {
            var from = MatrixKernels.Storage(source);
            var to = MatrixKernels.Storage(batch);
            int sourceRows = source.RowCount;
            for (int j = 0; j < batch.ColumnCount; j++)
            {
                var fromColumn = from.Slice(j * sourceRows, sourceRows);
                var toColumn = to.Slice(j * Rows, Rows);
                for (int i = 0; i < Rows; i++)
                    toColumn[i] = fromColumn[order[start + i]];
            }
        }
    }
}
