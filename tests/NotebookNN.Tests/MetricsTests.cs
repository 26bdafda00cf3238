using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Tests;

public class MetricsTests
{
    [Fact]
    public void Accuracy_and_confusion_matrix()
    {
        int[] actual = [0, 0, 1, 1, 2, 2, 2];
        int[] predicted = [0, 1, 1, 1, 2, 0, 2];
        Assert.Equal(5.0 / 7, Metrics.Accuracy(actual, predicted), 15);
        var cm = Metrics.ConfusionMatrix(actual, predicted, 3);
        Assert.Equal(new[,] { { 1, 1, 0 }, { 0, 2, 0 }, { 1, 0, 2 } }, cm);
    }

    [Fact]
    public void ArgMax_picks_the_largest_column_per_row()
    {
        var scores = DenseMatrix.OfArray(new[,] { { 0.1, 0.7, 0.2 }, { 3, -1, 2 } });
        Assert.Equal([1, 0], Metrics.ArgMax(scores));
    }

    [Fact]
    public void Mismatched_lengths_and_classes_out_of_range_are_reported()
    {
        Assert.Contains("3 actual labels but 2 predictions", Assert.Throws<ArgumentException>(() => Metrics.Accuracy([0, 1, 0], [0, 1])).Message);
        Assert.Contains("Example 1", Assert.Throws<ArgumentException>(() => Metrics.ConfusionMatrix([0, 3], [0, 1], 3)).Message);
    }
}
