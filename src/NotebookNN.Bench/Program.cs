// The digits benchmark: trains exactly the configuration of the PyTorch and scikit-learn peers
// (bench/bench_digits_torch.py): split row % 5 == 0 -> test; 64 -> 64 ReLU -> 10; softmax + mean
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

double best = double.PositiveInfinity, accuracy = 0;
for (int run = 0; run < runs + 1; run++) // run 0 warms up the JIT and is not counted
{
    var network = Network.Create([64, 64, 10], Activation.ReLU, Activation.Identity, seed: run);
    var options = new TrainingOptions { Epochs = 30, BatchSize = 32, Seed = run };
    var watch = Stopwatch.StartNew();
    Trainer.Train(network, Loss.SoftmaxCrossEntropy, new Adam(0.01, 0.9, 0.999), train, options);
    watch.Stop();
    if (run == 0)
        continue;
    if (watch.Elapsed.TotalSeconds < best)
    {
        best = watch.Elapsed.TotalSeconds;
        accuracy = Trainer.Evaluate(network, Loss.SoftmaxCrossEntropy, test).Accuracy;
    }
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{{\"peer\": \"NotebookNN\", \"runs\": {runs}, \"train_seconds\": {best:F4}, \"test_accuracy\": {accuracy:F4}}}"));
return 0;
