using NotebookNN.Display;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using NotebookNN.Plotting;

namespace NotebookNN;

/// <summary>
/// A learnable tensor (a weight matrix, a bias vector, a PReLU slope, or a point on a loss
/// surface) together with its gradient. Optimizers read <see cref="Gradient"/> and update
/// <see cref="Value"/> in place.
/// </summary>
[TypeFormatterSource(typeof(TextFormatterSource), PreferredMimeTypes = ["text/plain"])]
public sealed class Parameter
{
    /// <summary>Creates a parameter of the given shape holding <paramref name="values"/> (column-major for matrices).</summary>
    public Parameter(string name, int rows, int columns, double[]? values = null)
    {
        if (rows <= 0 || columns <= 0)
            throw new ArgumentException($"Parameter '{name}' needs a positive shape, got [{rows} x {columns}].");
        values ??= new double[rows * columns];
        if (values.Length != rows * columns)
            throw new ArgumentException($"Parameter '{name}' has shape [{rows} x {columns}] but {values.Length} values were given.");
        Name = name;
        Rows = rows;
        Columns = columns;
        Value = values;
        Gradient = new double[values.Length];
    }

    /// <summary>A vector-shaped parameter (one column), e.g. a bias or a 2-D point.</summary>
    public Parameter(string name, double[] values) : this(name, values.Length, 1, values) { }

    /// <summary>A name such as "layer 1 weights".</summary>
    public string Name { get; }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of columns (1 for a vector).</summary>
    public int Columns { get; }

    /// <summary>The values, flat and column-major. Matrix and vector views share this array.</summary>
    public double[] Value { get; }

    /// <summary>dLoss/dValue, same layout as <see cref="Value"/>. Layers add to it during Backward.</summary>
    public double[] Gradient { get; }

    /// <summary>Number of scalar entries.</summary>
    public int Count => Value.Length;

    /// <summary>A matrix view of the values (shares storage: writing to it changes the parameter).</summary>
    public Matrix<double> AsMatrix() => new DenseMatrix(Rows, Columns, Value);

    /// <summary>A matrix view of the gradient (shares storage).</summary>
    public Matrix<double> GradientAsMatrix() => new DenseMatrix(Rows, Columns, Gradient);

    /// <summary>Sets the gradient to zero; call before each backward pass.</summary>
    public void ZeroGradient() => Array.Clear(Gradient);

    /// <inheritdoc/>
    public override string ToString() => $"{Name} [{Rows} x {Columns}]";
}
