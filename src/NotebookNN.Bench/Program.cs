// The digits benchmarks: train exactly the configurations of the PyTorch and scikit-learn peers
// (src/NotebookNN.Bench/peers/) with the library's ordinary Network, Trainer and Adam, the same code
// the notebooks run. Both use the split row % 5 == 0 -> test, pixels / 16, softmax + mean
// cross-entropy, Adam lr 0.01, betas 0.9/0.999, batch 32.
//   dense  64 -> 64 ReLU -> 10, 30 epochs                                   (bench_digits_torch.py)
//   cnn    Conv2D 1 -> 8, 3x3, padding 1, ReLU; MaxPool 2x2; Flatten; Dense 128 -> 10, 15 epochs
//                                                                           (bench_cnn_torch.py)
//
//   dotnet run --project src/NotebookNN.Bench -c Release [-- --runs 5] [--model dense|cnn|all]
//
// Prints one JSON line per model: the best training time over the runs (training loop alone; one
// extra warm-up run first is not counted) and the test accuracy.
using System.Diagnostics;
using System.Globalization;
using NotebookNN;

int runs = 5;
string model = "all";
const string Usage = "usage: NotebookNN.Bench [--runs N] [--model dense|cnn|all]   (N timed training runs, the best is reported; default 5)";
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--runs" && i + 1 < args.Length && int.TryParse(args[i + 1], out int r) && r > 0)
        runs = r;
    else if (args[i] == "--model" && i + 1 < args.Length && args[i + 1] is "dense" or "cnn" or "all")
        model = args[i + 1];
    else if (args[i] is "--help" or "-h")
    {
        Console.WriteLine(Usage);
        return 0;
    }
    else
    {
        Console.Error.WriteLine($"NotebookNN.Bench: bad argument '{args[i]}{(i + 1 < args.Length ? " " + args[i + 1] : "")}'. {Usage}");
        return 2;
    }
    i++;
}

var digits = Datasets.Digits();
var scaled = digits.WithFeatures(digits.Features / 16.0);        // pixels 0..16 -> 0..1, as the peers do
var (train, test) = scaled.Split(i => i % 5 == 0);

int status = 0;
if (model is "dense" or "all")
    status |= Bench("digits-dense", epochs: 30, () => Network.Create([64, 64, 10], Activation.ReLU, Activation.Identity, seed: 0));
if (model is "cnn" or "all")
    status |= Bench("digits-cnn", epochs: 15, SmallCnn);
return status;

// Every run trains the same seeded model, so every run ends with the same weights and accuracy;
// only the time varies. Run 0 warms up the JIT and is not counted.
int Bench(string name, int epochs, Func<Network> build)
{
    double best = double.PositiveInfinity;
    var accuracies = new HashSet<double>();
    int parameters = 0;
    for (int run = 0; run <= runs; run++)
    {
        var network = build();
        parameters = network.ParameterCount;
        var options = new TrainingOptions { Epochs = epochs, BatchSize = 32, Seed = 0 };
        var watch = Stopwatch.StartNew();
        Trainer.Train(network, Loss.SoftmaxCrossEntropy, new Adam(0.01, 0.9, 0.999), train, options);
        watch.Stop();
        accuracies.Add(Trainer.Evaluate(network, Loss.SoftmaxCrossEntropy, test).Accuracy);
        if (run > 0)
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
    }
    if (accuracies.Count != 1)
    {
        Console.Error.WriteLine($"NotebookNN.Bench {name}: runs with the same seed ended with different accuracies ({string.Join(", ", accuracies)}): training is not deterministic.");
        return 1;
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{{\"benchmark\": \"{name}\", \"peer\": \"NotebookNN\", \"dtype\": \"float64\", \"runs\": {runs}, \"parameters\": {parameters}, \"train_seconds\": {best:F4}, \"test_accuracy\": {accuracies.Single():F4}}}"));
    return 0;
}

static Network SmallCnn()
{
    var conv = new Conv2D(new ImageShape(1, 8, 8), filters: 8, kernelSize: 3, padding: 1, activation: Activation.ReLU);
    var pool = new MaxPool2D(conv.OutputShape, 2);
    var flatten = new Flatten(pool.OutputShape);
    var network = new Network(conv, pool, flatten, new Dense(flatten.OutputSize, 10));
    network.Initialize(Initialization.He, seed: 0);
    return network;
}
