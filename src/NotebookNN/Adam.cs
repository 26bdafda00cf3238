using Simd = System.Numerics.Vector<double>;

namespace NotebookNN;

/// <summary>
/// Adam, adaptive moment estimation (Kingma and Ba, 2015), as PyTorch implements it. At step t:
/// m ← β₁ m + (1 - β₁) g (a running mean of the gradient: momentum),
/// v ← β₂ v + (1 - β₂) g² (a running mean of its square: RMSProp),
/// m̂ = m / (1 - β₁ᵗ), v̂ = v / (1 - β₂ᵗ) (bias correction: m and v start at 0 and would be too small early on),
/// θ ← θ - η m̂ / (√v̂ + ε).
/// </summary>
public sealed class Adam(double learningRate = 0.001, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8, bool biasCorrection = true) : IOptimizer
{
    private readonly OptimizerState _state = new(slots: 2);
    private readonly Dictionary<Parameter, int> _steps = new(ReferenceEqualityComparer.Instance);

    private double _learningRate = Hyperparameters.LearningRate(learningRate);

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">Negative, NaN or infinite.</exception>
    public double LearningRate { get => _learningRate; set => _learningRate = Hyperparameters.LearningRate(value); }

    /// <summary>β₁, the decay of the gradient's running mean (0.9).</summary>
    public double Beta1 { get; } = Hyperparameters.Beta(beta1, 0);

    /// <summary>β₂, the decay of the squared gradient's running mean (0.999).</summary>
    public double Beta2 { get; } = Hyperparameters.Beta(beta2, 1);

    /// <summary>ε, added to the denominator so it is never zero.</summary>
    public double Epsilon { get; } = Hyperparameters.Epsilon(epsilon);

    /// <summary>Whether m and v are divided by (1 - βᵗ). Switch off only to see why it matters.</summary>
    public bool BiasCorrection { get; } = biasCorrection;

    /// <inheritdoc/>
    public string Name => FormattableString.Invariant($"Adam (lr {LearningRate:G4}{(BiasCorrection ? "" : ", no bias correction")})");

    /// <inheritdoc/>
    public void Step(IReadOnlyList<Parameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var p in parameters)
        {
            var state = _state.For(p, out _);
            double[] m = state[0], v = state[1];
            int t = _steps[p] = _steps.GetValueOrDefault(p) + 1;
            double correction1 = BiasCorrection ? 1 - Math.Pow(Beta1, t) : 1;
            double correction2 = BiasCorrection ? 1 - Math.Pow(Beta2, t) : 1;
            // η m̂ / (√v̂ + ε) written as (η / c₁) · m / (√v / √c₂ + ε): the same number, in PyTorch's order of operations.
            double stepSize = LearningRate / correction1;
            double sqrtCorrection2 = Math.Sqrt(correction2);
            Span<double> theta = p.Value, g = p.Gradient;
            int i = 0;
            if (System.Numerics.Vector.IsHardwareAccelerated)
            {
                // The same update as the loop below, on Simd.Count numbers at a time.
                var b1 = new Simd(Beta1);
                var b2 = new Simd(Beta2);
                var oneMinusB1 = new Simd(1 - Beta1);
                var oneMinusB2 = new Simd(1 - Beta2);
                var step = new Simd(stepSize);
                var sqrtC2 = new Simd(sqrtCorrection2);
                var eps = new Simd(Epsilon);
                for (; i + Simd.Count <= theta.Length; i += Simd.Count)
                {
                    var gi = new Simd(g[i..]);
                    var mi = b1 * new Simd(m, i) + oneMinusB1 * gi;
                    var vi = b2 * new Simd(v, i) + oneMinusB2 * gi * gi;
                    mi.CopyTo(m, i);
                    vi.CopyTo(v, i);
                    (new Simd(theta[i..]) - step * (mi / (System.Numerics.Vector.SquareRoot(vi) / sqrtC2 + eps))).CopyTo(theta[i..]);
                }
            }
            for (; i < theta.Length; i++)
            {
                m[i] = Beta1 * m[i] + (1 - Beta1) * g[i];
                v[i] = Beta2 * v[i] + (1 - Beta2) * g[i] * g[i];
                theta[i] -= stepSize * (m[i] / (Math.Sqrt(v[i]) / sqrtCorrection2 + Epsilon));
            }
        }
    }
}
