namespace NotebookNN;

/// <summary>
/// RMSProp (PyTorch's form): s ← α s + (1 - α) g², θ ← θ - η g / (√s + ε). Each parameter's step is
/// divided by a running average of its own gradient size, so every parameter gets its own
/// effective learning rate.
/// </summary>
public sealed class RMSProp(double learningRate, double alpha = 0.99, double epsilon = 1e-8) : IOptimizer
{
    private readonly OptimizerState _state = new(slots: 1);

    private double _learningRate = Hyperparameters.LearningRate(learningRate);

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">Negative, NaN or infinite.</exception>
    public double LearningRate { get => _learningRate; set => _learningRate = Hyperparameters.LearningRate(value); }

    /// <summary>α, the decay of the squared-gradient average.</summary>
    public double Alpha { get; } = Hyperparameters.Alpha(alpha);

    /// <summary>ε, added to the denominator so it is never zero.</summary>
    public double Epsilon { get; } = Hyperparameters.Epsilon(epsilon);

    /// <inheritdoc/>
    public string Name => FormattableString.Invariant($"RMSProp (lr {LearningRate:G4}, α {Alpha:G4})");

    /// <inheritdoc/>
    public void Step(IReadOnlyList<Parameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var p in parameters)
        {
            var s = _state.For(p, out _)[0];
            var theta = p.Value;
            var g = p.Gradient;
            for (int i = 0; i < theta.Length; i++)
            {
                s[i] = Alpha * s[i] + (1 - Alpha) * g[i] * g[i];
                theta[i] -= LearningRate * (g[i] / (Math.Sqrt(s[i]) + Epsilon));
            }
        }
    }
}
