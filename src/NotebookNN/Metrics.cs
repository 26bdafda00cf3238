using MathNet.Numerics.LinearAlgebra;

namespace NotebookNN;

/// <summary>Measures of how well a classifier does.</summary>
public static class Metrics
{
    /// <summary>The column of the largest value in each row (the predicted class per example).</summary>
    public static int[] ArgMax(Matrix<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var result = new int[scores.RowCount];
        for (int i = 0; i < scores.RowCount; i++)
        {
            int best = 0;
            for (int k = 1; k < scores.ColumnCount; k++)
            {
                if (scores[i, k] > scores[i, best])
                    best = k;
            }
            result[i] = best;
        }
        return result;
    }

    /// <summary>The share of examples whose predicted class equals the actual class (0..1).</summary>
    public static double Accuracy(int[] actual, int[] predicted)
    {
        CheckLengths(actual, predicted);
        if (actual.Length == 0)
            throw new ArgumentException("Accuracy of no examples is undefined.", nameof(actual));
        int correct = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            if (actual[i] == predicted[i])
                correct++;
        }
        return (double)correct / actual.Length;
    }

    /// <summary>
    /// Counts [actual, predicted]: entry [i, j] is the number of examples of class i predicted as j.
    /// The diagonal holds the correct answers.
    /// </summary>
    public static int[,] ConfusionMatrix(int[] actual, int[] predicted, int classes)
    {
        CheckLengths(actual, predicted);
        var counts = new int[classes, classes];
        for (int n = 0; n < actual.Length; n++)
        {
            if ((uint)actual[n] >= classes || (uint)predicted[n] >= classes)
                throw new ArgumentException($"Example {n} has actual class {actual[n]} and predicted class {predicted[n]}; both must be in 0..{classes - 1}.");
            counts[actual[n], predicted[n]]++;
        }
        return counts;
    }

    private static void CheckLengths(int[] actual, int[] predicted)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        if (actual.Length != predicted.Length)
            throw new ArgumentException($"{actual.Length} actual labels but {predicted.Length} predictions; there must be one prediction per example.");
    }
}
