namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>
    /// Loss (left) and accuracy (right) per epoch for one or more training runs: one colour per run,
    /// training solid, test dashed. Clicking a run in the legend hides both its panels' curves.
    /// </summary>
    /// <param name="histories">The runs, e.g. one per learning rate; each <see cref="NotebookNN.TrainingHistory.Label"/> names it.</param>
    /// <exception cref="ArgumentException">No runs, or a run with no epochs.</exception>
    public static Figure TrainingHistory(params NotebookNN.TrainingHistory[] histories)
    {
        ArgumentNullException.ThrowIfNull(histories);
        if (histories.Length == 0)
            throw new ArgumentException("Charts.TrainingHistory needs at least one training history.", nameof(histories));
        var empty = histories.FirstOrDefault(h => h.Epochs.Count == 0);
        if (empty is not null)
            throw new ArgumentException($"Charts.TrainingHistory: the history '{empty.Label}' has no epochs yet; train first.", nameof(histories));
        var loss = new Figure();
        var accuracy = new Figure();
        for (int k = 0; k < histories.Length; k++)
        {
            var h = histories[k];
            string color = Theme.Color(k);
            double[] epochs = [.. h.EpochNumbers.Select(e => (double)e)];
            loss.Add(Chart.LineTrace(epochs, h.TrainLoss, $"{h.Label}: train", color).Set("legendgroup", h.Label));
            accuracy.Add(Chart.LineTrace(epochs, h.TrainAccuracy, $"{h.Label}: train", color).Set("legendgroup", h.Label).Set("showlegend", false));
            if (h.HasTest)
            {
                loss.Add(Chart.LineTrace(epochs, h.TestLoss, $"{h.Label}: test", color, dash: "dash").Set("legendgroup", h.Label));
                accuracy.Add(Chart.LineTrace(epochs, h.TestAccuracy, $"{h.Label}: test", color, dash: "dash").Set("legendgroup", h.Label).Set("showlegend", false));
            }
        }
        loss.WithXTitle("epoch").WithYTitle("loss").WithLayout("xaxis.rangemode", "tozero").WithLayout("yaxis.rangemode", "tozero");
        accuracy.WithXTitle("epoch").WithYTitle("accuracy").WithLayout("yaxis.tickformat", ".0%").WithLayout("xaxis.rangemode", "tozero").WithYRange(0, 1.02);
        bool anyTest = histories.Any(h => h.HasTest);
        return Chart.Grid(1, 2, [loss, accuracy], ["loss", "accuracy"], horizontalGap: 0.12)
            .WithTitle(anyTest ? "Training history (train solid, test dashed)" : "Training history")
            .WithLegend(true)
            .WithLayout("height", 460);
    }
}
