using Plotly.NET;
namespace NotebookNN.Plotting;

/// <summary>
/// The course's standard charts, built over the library's kernels: activation curves, a neuron's
/// output as w and b move, decision surfaces, training histories, loss surfaces, softmax bars,
/// confusion matrices, network diagrams and digit grids. Every chart has a title and axis titles;
/// change them with <see cref="ChartStyle.WithTitle"/>, <see cref="ChartStyle.WithXTitle"/>, ... Each returns a
/// Plotly.NET <see cref="GenericChart"/>: combine it with your own charts, style it with Plotly.NET.
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

    /// <summary>The traces of several charts in one chart (Plotly.NET's <c>Chart.combine</c>), in the course's theme.</summary>
    internal static GenericChart Compose(params IEnumerable<GenericChart> parts) => Theme.Apply(Chart.combine(parts));
}
