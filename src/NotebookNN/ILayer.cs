using MathNet.Numerics.LinearAlgebra;

namespace NotebookNN;

/// <summary>
/// One layer of a network. Batches are matrices with one row per example:
/// Forward maps [batch x InputSize] to [batch x OutputSize] and remembers what Backward needs;
/// Backward takes dLoss/dOutput [batch x OutputSize], adds the parameter gradients to
/// <see cref="Parameter.Gradient"/> and returns dLoss/dInput [batch x InputSize].
/// </summary>
public interface ILayer
{
    /// <summary>Number of inputs per example.</summary>
    int InputSize { get; }

    /// <summary>Number of outputs per example.</summary>
    int OutputSize { get; }

    /// <summary>The learnable parameters (may be empty).</summary>
    IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>Computes the layer's output for a batch. The returned matrix may be reused by the next call.</summary>
    Matrix<double> Forward(Matrix<double> input);

    /// <summary>Back-propagates dLoss/dOutput of the last Forward; accumulates parameter gradients; returns dLoss/dInput.</summary>
    Matrix<double> Backward(Matrix<double> outputGradient);

    /// <summary>A one-line description, e.g. "Dense 2 -> 4, tanh".</summary>
    string Describe();
}
