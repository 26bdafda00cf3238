namespace NotebookNN;

/// <summary>Plain (stochastic) gradient descent: θ ← θ - η g.</summary>
public sealed class SGD(double learningRate) : IOptimizer
{
    private double _learningRate = Hyperparameters.LearningRate(learningRate);

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">Negative, NaN or infinite.</exception>
    public double LearningRate { get => _learningRate; set => _learningRate = Hyperparameters.LearningRate(value); }

    /// <inheritdoc/>
    public string Name => FormattableString.Invariant($"SGD (lr {LearningRate:G4})");

    /// <inheritdoc/>
    public void Step(IReadOnlyList<Parameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var p in parameters)
        {
            var theta = p.Value;
            var g = p.Gradient;
            for (int i = 0; i < theta.Length; i++)
                theta[i] -= LearningRate * g[i];
        }
    }
}
