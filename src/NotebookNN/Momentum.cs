namespace NotebookNN;

/// <summary>
/// Gradient descent with momentum (PyTorch's form): v ← μ v + g, θ ← θ - η v, with v = g on the
/// first step. The velocity v remembers past gradients, so steps build up along a consistent
/// direction and zig-zags across a narrow valley cancel out.
/// </summary>
public sealed class Momentum(double learningRate, double momentum = 0.9) : IOptimizer
{
    private readonly OptimizerState _state = new(slots: 1);

    private double _learningRate = Hyperparameters.LearningRate(learningRate);

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">Negative, NaN or infinite.</exception>
    public double LearningRate { get => _learningRate; set => _learningRate = Hyperparameters.LearningRate(value); }

    /// <summary>μ, the share of the old velocity kept each step (0.9 typically).</summary>
    public double Mu { get; } = Hyperparameters.Momentum(momentum);

    /// <inheritdoc/>
    public string Name => FormattableString.Invariant($"Momentum (lr {LearningRate:G4}, μ {Mu:G4})");

    /// <inheritdoc/>
    public void Step(IReadOnlyList<Parameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var p in parameters)
        {
            var v = _state.For(p, out bool first)[0];
            var theta = p.Value;
            var g = p.Gradient;
            for (int i = 0; i < theta.Length; i++)
            {
                v[i] = first ? g[i] : Mu * v[i] + g[i];
                theta[i] -= LearningRate * v[i];
            }
        }
    }
}
