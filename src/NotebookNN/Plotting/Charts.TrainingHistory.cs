using Plotly.NET;
namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>
    /// Loss (left) and accuracy (right) per epoch for one or more training runs: one colour per run,
    /// training solid, test dashed. Clicking a run in the legend hides both its panels' curves.
    /// </summary>
    /// <param name="histories">The runs, e.g. one per learning rate; each <see cref="NotebookNN.TrainingHistory.Label"/> names it.</param>
    /// <exception cref="ArgumentException">No runs, or a run with no epochs.</exception>
    public static GenericChart TrainingHistory(params NotebookNN.TrainingHistory[] histories)
    {
        ArgumentNullException.ThrowIfNull(histories);
        if (histories.Length == 0)
            throw new ArgumentException("Charts.TrainingHistory needs at least one training history.", nameof(histories));
        var empty = histories.FirstOrDefault(h => h.Epochs.Count == 0);
        if (empty is not null)
            throw new ArgumentException($"Charts.TrainingHistory: the history '{empty.Label}' has no epochs yet; train first.", nameof(histories));
        var loss = new List<GenericChart>();
        var accuracy = new List<GenericChart>();
        for (int k = 0; k < histories.Length; k++)
        {
            var h = histories[k];
            string color = Theme.Color(k);
            double[] epochs = [.. h.EpochNumbers.Select(e => (double)e)];
            loss.Add(Traces.Line(epochs, h.TrainLoss, $"{h.Label}: train", color).Set("legendgroup", h.Label));
            accuracy.Add(Traces.Line(epochs, h.TrainAccuracy, $"{h.Label}: train", color).Set("legendgroup", h.Label).Set("showlegend", false));
            if (h.HasTest)
            {
                loss.Add(Traces.Line(epochs, h.TestLoss, $"{h.Label}: test", color, dash: "dash").Set("legendgroup", h.Label));
                accuracy.Add(Traces.Line(epochs, h.TestAccuracy, $"{h.Label}: test", color, dash: "dash").Set("legendgroup", h.Label).Set("showlegend", false));
            }
        }
        bool anyTest = histories.Any(h => h.HasTest);
        var grid = Plotly.NET.CSharp.Chart.Grid([Chart.combine(loss), Chart.combine(accuracy)], 1, 2, SubPlotTitles: new[] { "loss", "accuracy" }, XGap: 0.2);
        return Theme.Apply(grid)
            .WithLayout("xaxis.title.text", "epoch").WithLayout("yaxis.title.text", "loss")
            .WithLayout("xaxis.rangemode", "tozero").WithLayout("yaxis.rangemode", "tozero")
            .WithLayout("xaxis2.title.text", "epoch").WithLayout("yaxis2.title.text", "accuracy")
            .WithLayout("yaxis2.tickformat", ".0%").WithLayout("xaxis2.rangemode", "tozero").WithLayout("yaxis2.range", new[] { 0, 1.02 })
            .WithTitle(anyTest ? "Training history (train solid, test dashed)" : "Training history")
            .WithLegend(true)
            .WithLayout("height", 460);
    }
}
