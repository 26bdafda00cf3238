// The digits benchmark: trains exactly the configuration of the PyTorch and scikit-learn peers
// (src/NotebookNN.Bench/peers/bench_digits_torch.py): split row % 5 == 0 -> test; 64 -> 64 ReLU -> 10; softmax + mean
// cross-entropy; Adam lr 0.01, betas 0.9/0.999; batch 32; 30 epochs. It uses the library's ordinary
// Network, Trainer and Adam, the same code the notebooks run.
//
//   dotnet run --project src/NotebookNN.Bench -c Release [-- --runs 5]
//
// Prints one JSON line: the best training time over the runs (training loop alone) and the test accuracy.
using System.Diagnostics;
using System.Globalization;
using NotebookNN;

int runs = 5;
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--runs" && i + 1 < args.Length && int.TryParse(args[i + 1], out int r) && r > 0)
        runs = r;
    else if (args[i] is "--help" or "-h")
    {
        Console.WriteLine("usage: NotebookNN.Bench [--runs N]   (N training runs, the best time is reported; default 5)");
        return 0;
    }
}

var digits = Datasets.Digits();
var scaled = digits.WithFeatures(digits.Features / 16.0);        // pixels 0..16 -> 0..1, as the peers do
var (train, test) = scaled.Split(i => i % 5 == 0);

// Every run trains the same seeded model, so every run ends with the same weights and accuracy;
// only the time varies. Run 0 warms up the JIT and is not counted.
double best = double.PositiveInfinity;
var accuracies = new HashSet<double>();
for (int run = 0; run <= runs; run++)
{
    var network = Network.Create([64, 64, 10], Activation.ReLU, Activation.Identity, seed: 0);
    var options = new TrainingOptions { Epochs = 30, BatchSize = 32, Seed = 0 };
    var watch = Stopwatch.StartNew();
    Trainer.Train(network, Loss.SoftmaxCrossEntropy, new Adam(0.01, 0.9, 0.999), train, options);
    watch.Stop();
    accuracies.Add(Trainer.Evaluate(network, Loss.SoftmaxCrossEntropy, test).Accuracy);
    if (run > 0)
        best = Math.Min(best, watch.Elapsed.TotalSeconds);
}
if (accuracies.Count != 1)
{
    Console.Error.WriteLine($"NotebookNN.Bench: runs with the same seed ended with different accuracies ({string.Join(", ", accuracies)}): training is not deterministic.");
    return 1;
}
double accuracy = accuracies.Single();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{{\"peer\": \"NotebookNN\", \"runs\": {runs}, \"train_seconds\": {best:F4}, \"test_accuracy\": {accuracy:F4}}}"));
return 0;
