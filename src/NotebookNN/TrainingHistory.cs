using NotebookNN.Display;
using NotebookNN.Plotting;
namespace NotebookNN;

/// <summary>
/// What one epoch of training measured. The training figures are running averages over the epoch's
/// mini-batches, each measured just before that batch's update, so they mix early and late weights
/// (cheap, and the usual practice); the test figures are measured on the whole test set after the
/// epoch. So early on training accuracy can lag behind test accuracy. Test values are null when no
/// test set was given; accuracies are NaN for regression.
/// </summary>
/// <param name="Epoch">1 for the first epoch.</param>
/// <param name="TrainLoss">Mean of the mini-batch losses over the epoch (each before its update step).</param>
/// <param name="TrainAccuracy">Share of training examples classified correctly in their mini-batch, before its update (0..1).</param>
/// <param name="TestLoss">Mean loss over the test set after the epoch, or null.</param>
/// <param name="TestAccuracy">Share of test examples classified correctly after the epoch, or null.</param>
public sealed record EpochResult(int Epoch, double TrainLoss, double TrainAccuracy, double? TestLoss, double? TestAccuracy);

/// <summary>The per-epoch record of a training run, for loss curves and accuracy charts.</summary>
[TypeFormatterSource(typeof(TextFormatterSource), PreferredMimeTypes = ["text/plain"])]
public sealed class TrainingHistory
{
    private readonly List<EpochResult> _epochs = [];

    /// <summary>One entry per finished epoch, in order.</summary>
    public IReadOnlyList<EpochResult> Epochs => _epochs;

    /// <summary>The last epoch's result, or null before the first.</summary>
    public EpochResult? Last => _epochs.Count == 0 ? null : _epochs[^1];

    /// <summary>A label for charts, e.g. "lr = 0.1".</summary>
    public string Label { get; init; } = "training";

    /// <summary>Adds an epoch's result.</summary>
    public void Add(EpochResult result) => _epochs.Add(result);

    /// <summary>Epoch numbers 1..n, for a chart's x axis.</summary>
    public int[] EpochNumbers => [.. _epochs.Select(e => e.Epoch)];

    /// <summary>Training loss per epoch.</summary>
    public double[] TrainLoss => [.. _epochs.Select(e => e.TrainLoss)];

    /// <summary>Training accuracy per epoch.</summary>
    public double[] TrainAccuracy => [.. _epochs.Select(e => e.TrainAccuracy)];

    /// <summary>Test loss per epoch (NaN where not measured).</summary>
    public double[] TestLoss => [.. _epochs.Select(e => e.TestLoss ?? double.NaN)];

    /// <summary>Test accuracy per epoch (NaN where not measured).</summary>
    public double[] TestAccuracy => [.. _epochs.Select(e => e.TestAccuracy ?? double.NaN)];

    /// <summary>True when a test set was measured.</summary>
    public bool HasTest => _epochs.Count > 0 && _epochs[0].TestLoss is not null;

    /// <inheritdoc/>
    public override string ToString() => Last is { } e
        ? FormattableString.Invariant($"{Label}: {_epochs.Count} epochs, train loss {e.TrainLoss:G4}, train accuracy {e.TrainAccuracy:P1}") + (e.TestAccuracy is double t ? FormattableString.Invariant($", test accuracy {t:P1}") : "")
        : $"{Label}: no epochs yet";
}
