using MathNet.Numerics.LinearAlgebra;

namespace NotebookNN;

/// <summary>
/// Flatten: reads a batch of images [batch x C x H x W] as plain feature vectors [batch x C·H·W],
/// so a <see cref="Dense"/> layer can follow convolution and pooling. Because the library already
/// stores an image batch as one row of C·H·W values per example (channel-major then row-major, see
/// <see cref="ImageShape"/>), nothing moves: Forward returns its input and Backward its gradient.
/// The layer marks where the network stops seeing images, and checks the shape there.
/// </summary>
public sealed class Flatten : ILayer
{
    private int? _lastBatch;

    /// <summary>Creates a flatten layer for images of the given shape.</summary>
    /// <exception cref="ArgumentException">The shape is empty.</exception>
    public Flatten(ImageShape input)
    {
        if (input.Size <= 0)
            throw new ArgumentException("A flatten layer needs an input shape (channels x height x width).", nameof(input));
        InputShape = input;
    }

    /// <summary>The shape of one input image, C x H x W.</summary>
    public ImageShape InputShape { get; }

    /// <inheritdoc/>
    public int InputSize => InputShape.Size;

    /// <inheritdoc/>
    public int OutputSize => InputShape.Size;

    /// <inheritdoc/>
    public IReadOnlyList<Parameter> Parameters => [];

    /// <summary>Returns the batch X [batch x C·H·W] itself: the same numbers, now read as features.</summary>
    /// <exception cref="ArgumentException">X does not hold C x H x W images.</exception>
    public Matrix<double> Forward(Matrix<double> input)
    {
        InputShape.CheckBatch(input, "Flatten.Forward");
        _lastBatch = input.RowCount;
        return input;
    }

    /// <summary>Returns dL/dOutput itself as dL/dX [batch x C·H·W].</summary>
    /// <exception cref="InvalidOperationException">Backward is called before Forward.</exception>
    /// <exception cref="ArgumentException">The gradient's shape differs from the last output's.</exception>
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        ArgumentNullException.ThrowIfNull(outputGradient);
        int batch = _lastBatch ?? throw new InvalidOperationException("Flatten.Backward was called before Forward.");
        if (outputGradient.RowCount != batch || outputGradient.ColumnCount != OutputSize)
            throw new ArgumentException(
                $"Shape mismatch in Flatten.Backward: the gradient is [{outputGradient.RowCount} x {outputGradient.ColumnCount}] but the last output was [{batch} x {OutputSize}].",
                nameof(outputGradient));
        return outputGradient;
    }

    /// <inheritdoc/>
    public string Describe() => $"Flatten {InputShape} -> {OutputSize}";

    /// <inheritdoc/>
    public override string ToString() => Describe();
}
