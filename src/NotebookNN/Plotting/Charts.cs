namespace NotebookNN.Plotting;

/// <summary>
/// The course's standard charts, built over the library's kernels: activation curves, a neuron's
/// output as w and b move, decision surfaces, training histories, loss surfaces, softmax bars,
/// confusion matrices, network diagrams and digit grids. Every chart has a title and axis titles;
/// change them with <see cref="Figure.WithTitle"/>, <see cref="Figure.WithXTitle"/>, ...
/// </summary>
public static partial class Charts
{
    /// <summary>n evenly spaced numbers from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    /// <exception cref="ArgumentException">Fewer than two points, or min not below max.</exception>
    public static double[] Range(double min, double max, int count)
    {
        if (count < 2)
            throw new ArgumentException($"A range needs at least 2 points, got {count}.", nameof(count));
        if (!(min < max))
            throw new ArgumentException($"A range needs min < max, got [{min}, {max}].", nameof(min));
        var values = new double[count];
        for (int i = 0; i < count; i++)
            values[i] = min + (max - min) * i / (count - 1);
        return values;
    }
}
