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

/// <summary>
/// Checks an optimizer's settings as PyTorch does, with its messages ("Invalid learning rate: -0.5"), and also
/// refuses NaN and infinity, which would train silently to nothing.
/// </summary>
internal static class Hyperparameters
{
    /// <summary>η ≥ 0, finite.</summary>
    public static double LearningRate(double value) => Check(value, value >= 0, "learning rate", "learningRate");

    /// <summary>μ ≥ 0, finite.</summary>
    public static double Momentum(double value) => Check(value, value >= 0, "momentum value", "momentum");

    /// <summary>ε ≥ 0, finite.</summary>
    public static double Epsilon(double value) => Check(value, value >= 0, "epsilon value", "epsilon");

    /// <summary>RMSProp's α ≥ 0, finite.</summary>
    public static double Alpha(double value) => Check(value, value >= 0, "alpha value", "alpha");

    /// <summary>Adam's β (index 0 for β₁, 1 for β₂): 0 ≤ β &lt; 1.</summary>
    public static double Beta(double value, int index) =>
        Check(value, value is >= 0 and < 1, $"beta parameter at index {index}", index == 0 ? "beta1" : "beta2");

    private static double Check(double value, bool valid, string what, string parameter) =>
        valid && double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(parameter, value, FormattableString.Invariant($"Invalid {what}: {value}"));
}
