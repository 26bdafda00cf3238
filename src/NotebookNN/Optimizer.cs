namespace NotebookNN;

/// <summary>
/// An optimizer moves every parameter a small step against its gradient. Call <see cref="Step"/>
/// after the backward pass has filled <see cref="Parameter.Gradient"/>.
/// </summary>
public interface IOptimizer
{
    /// <summary>A name such as "Adam (lr 0.01)".</summary>
    string Name { get; }

    /// <summary>The step size η.</summary>
    double LearningRate { get; set; }

    /// <summary>Updates every parameter in place from its gradient (and the optimizer's own memory).</summary>
    void Step(IReadOnlyList<Parameter> parameters);
}

/// <summary>
/// Memory an optimizer keeps per parameter (velocity, squared-gradient averages, ...), one array
/// of the parameter's size per slot, created zero on first use.
/// </summary>
internal sealed class OptimizerState(int slots)
{
    private readonly Dictionary<Parameter, double[][]> _state = new(ReferenceEqualityComparer.Instance);

    /// <summary>The arrays for <paramref name="p"/>; <paramref name="isNew"/> is true on the first call.</summary>
    public double[][] For(Parameter p, out bool isNew)
    {
        isNew = !_state.TryGetValue(p, out var arrays);
        if (isNew)
        {
            arrays = new double[slots][];
            for (int s = 0; s < slots; s++)
                arrays[s] = new double[p.Count];
            _state[p] = arrays;
        }
        return arrays!;
    }
}
