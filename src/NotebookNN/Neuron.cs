using NotebookNN.Display;
using MathNet.Numerics.LinearAlgebra;
using NotebookNN.Plotting;

namespace NotebookNN;

/// <summary>
/// One artificial neuron: a weighted sum of its inputs plus a bias, z = w·x + b, passed through an
/// activation, a = g(z). With the sigmoid this is exactly logistic regression.
/// </summary>
[TypeFormatterSource(typeof(TextFormatterSource), PreferredMimeTypes = ["text/plain"])]
public sealed class Neuron
{
    /// <summary>Creates a neuron with the given weights (one per input), bias and activation.</summary>
    public Neuron(double[] weights, double bias, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(activation);
        if (weights.Length == 0)
            throw new ArgumentException("A neuron needs at least one weight.", nameof(weights));
        Weights = weights;
        Bias = bias;
        Activation = activation;
    }

    /// <summary>w: one weight per input.</summary>
    public double[] Weights { get; }

    /// <summary>b: shifts the weighted sum.</summary>
    public double Bias { get; }

    /// <summary>g.</summary>
    public Activation Activation { get; }

    /// <summary>z = w·x + b.</summary>
    /// <exception cref="ArgumentException">x does not have one value per weight.</exception>
    public double WeightedSum(params double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length != Weights.Length)
            throw new ArgumentException($"This neuron has {Weights.Length} weights but got {x.Length} inputs.", nameof(x));
        double z = Bias;
        for (int i = 0; i < x.Length; i++)
            z += Weights[i] * x[i];
        return z;
    }

    /// <summary>a = g(w·x + b) for one input.</summary>
    public double Output(params double[] x) => Activation.Apply(WeightedSum(x));

    /// <summary>a = g(X w + b) for a batch X [examples x inputs]: one output per row.</summary>
    public Vector<double> Output(Matrix<double> X)
    {
        ArgumentNullException.ThrowIfNull(X);
        if (X.ColumnCount != Weights.Length)
            throw new ArgumentException($"Shape mismatch: X is [{X.RowCount} x {X.ColumnCount}] but this neuron has {Weights.Length} weights.", nameof(X));
        var z = X * Vector<double>.Build.DenseOfArray(Weights) + Bias;
        return Activation.Apply(z);
    }

    /// <summary>The class the neuron votes for: 1 where z = w·x + b &gt;= 0 (the side the weights point to), else 0.</summary>
    public int Classify(params double[] x) => WeightedSum(x) >= 0 ? 1 : 0;

    /// <summary>
    /// For a 2-input neuron, the decision boundary z = 0, i.e. w1 x1 + w2 x2 + b = 0, as two points
    /// where it crosses the box [x1Min, x1Max] x [x2Min, x2Max] (a vertical line when w2 = 0).
    /// </summary>
    /// <exception cref="InvalidOperationException">The neuron does not have exactly 2 inputs, or both weights are 0.</exception>
    public ((double X1, double X2) From, (double X1, double X2) To) DecisionBoundary(double x1Min, double x1Max, double x2Min, double x2Max)
    {
        if (Weights.Length != 2)
            throw new InvalidOperationException($"A decision line needs a 2-input neuron; this one has {Weights.Length} inputs (its boundary is a hyperplane).");
        double w1 = Weights[0], w2 = Weights[1];
        if (w1 == 0 && w2 == 0)
            throw new InvalidOperationException("With both weights 0 the output does not depend on x: there is no boundary.");
        if (Math.Abs(w2) < 1e-12)
        {
            double x1 = -Bias / w1;
            return ((x1, x2Min), (x1, x2Max));
        }
        return ((x1Min, -(w1 * x1Min + Bias) / w2), (x1Max, -(w1 * x1Max + Bias) / w2));
    }

    /// <inheritdoc/>
    public override string ToString() =>
        FormattableString.Invariant($"Neuron(w = [{string.Join(", ", Weights.Select(w => w.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)))}], b = {Bias:G4}, {Activation.Name})");
}
