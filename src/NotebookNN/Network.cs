using NotebookNN.Display;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using NotebookNN.Plotting;

namespace NotebookNN;

/// <summary>
/// A feed-forward network: layers applied in order, a^[l] = layer_l(a^[l-1]), with a^[0] = X.
/// Batches are matrices with one row per example.
/// </summary>
[TypeFormatterSource(typeof(TextFormatterSource), PreferredMimeTypes = ["text/plain"])]
public sealed partial class Network
{
    private readonly ILayer[] _layers;

    /// <summary>Builds a network from layers whose sizes chain (each layer's inputs = the previous layer's outputs).</summary>
    /// <exception cref="ArgumentException">No layers, or two neighbouring layers whose sizes do not match.</exception>
    public Network(params ILayer[] layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        if (layers.Length == 0)
            throw new ArgumentException("A network needs at least one layer.", nameof(layers));
        for (int l = 1; l < layers.Length; l++)
        {
            if (layers[l].InputSize != layers[l - 1].OutputSize)
                throw new ArgumentException(
                    $"Layer {l + 1} ({layers[l].Describe()}) expects {layers[l].InputSize} inputs but layer {l} ({layers[l - 1].Describe()}) gives {layers[l - 1].OutputSize}.",
                    nameof(layers));
        }
        _layers = layers;
        Parameters = [.. layers.SelectMany(layer => layer.Parameters)];
    }

    /// <summary>
    /// Builds dense layers of the given sizes, e.g. <c>[2, 4, 1]</c> is 2 inputs, a hidden layer of 4 and
    /// one output, and initialises the weights from <paramref name="seed"/>.
    /// </summary>
    /// <param name="sizes">Layer widths, inputs first; at least two numbers.</param>
    /// <param name="hidden">Activation of every hidden layer.</param>
    /// <param name="output">Activation of the last layer (identity for logits or regression).</param>
    /// <param name="seed">Seed for the initial weights.</param>
    /// <param name="initialization">Xavier or He; when omitted, He for the ReLU family and Xavier otherwise.</param>
    public static Network Create(int[] sizes, Activation hidden, Activation output, int seed, Initialization? initialization = null)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        if (sizes.Length < 2)
            throw new ArgumentException($"Give at least an input size and an output size, got [{string.Join(", ", sizes)}].", nameof(sizes));
        var layers = new ILayer[sizes.Length - 1];
        for (int l = 0; l < layers.Length; l++)
            layers[l] = new Dense(sizes[l], sizes[l + 1], l == layers.Length - 1 ? output : hidden);
        var network = new Network(layers);
        var init = initialization ?? (hidden.Name.Contains("relu", StringComparison.Ordinal) ? Initialization.He : Initialization.Xavier);
        network.Initialize(init, seed);
        return network;
    }

    /// <summary>The layers, input side first.</summary>
    public IReadOnlyList<ILayer> Layers => _layers;

    /// <summary>Every learnable parameter of every layer, in order.</summary>
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>Number of inputs per example.</summary>
    public int InputSize => _layers[0].InputSize;

    /// <summary>Number of outputs per example.</summary>
    public int OutputSize => _layers[^1].OutputSize;

    /// <summary>Total number of learnable numbers.</summary>
    public int ParameterCount => Parameters.Sum(p => p.Count);

    /// <summary>Draws new weights from <paramref name="seed"/> (biases and other parameters reset to their defaults).</summary>
    public void Initialize(Initialization initialization, int seed)
    {
        var random = new SeededRandom(seed);
        foreach (var layer in _layers)
        {
            foreach (var p in layer.Parameters)
            {
                if (p.Name == "weights")
                {
                    int fanOut = p.Rows, fanIn = p.Columns;
                    for (int i = 0; i < p.Count; i++)
                    {
                        p.Value[i] = initialization switch
                        {
                            Initialization.Xavier => random.Uniform(-1, 1) * Math.Sqrt(6.0 / (fanIn + fanOut)),
                            _ => random.Gaussian() * Math.Sqrt(2.0 / fanIn),
                        };
                    }
                }
                else if (p.Name == "bias")
                {
                    Array.Clear(p.Value);
                }
            }
            if (layer is ParametricReLU prelu)
                prelu.Reset();
        }
    }

    /// <summary>
    /// The forward pass used in training: runs every layer on X [batch x inputs], keeping what
    /// Backward needs, and returns the output [batch x outputs] (the last layer's buffer).
    /// </summary>
    /// <exception cref="ArgumentException">X does not have <see cref="InputSize"/> columns.</exception>
    public Matrix<double> Forward(Matrix<double> X)
    {
        ArgumentNullException.ThrowIfNull(X);
        if (X.ColumnCount != InputSize)
            throw new ArgumentException(
                $"Shape mismatch in Network.Forward: the input is [{X.RowCount} x {X.ColumnCount}] but the network expects [batch x {InputSize}] (one row per example, {InputSize} features).",
                nameof(X));
        var a = X;
        foreach (var layer in _layers)
            a = layer.Forward(a);
        return a;
    }

    /// <summary>Back-propagates dLoss/dOutput through every layer (last first), adding to each parameter's gradient.</summary>
    public void Backward(Matrix<double> outputGradient)
    {
        var g = outputGradient;
        for (int l = _layers.Length - 1; l >= 0; l--)
            g = _layers[l].Backward(g);
    }

    /// <summary>Sets every parameter's gradient to zero.</summary>
    public void ZeroGradients()
    {
        foreach (var p in Parameters)
            p.ZeroGradient();
    }

    /// <summary>The network's output for a batch X [batch x inputs], as a new matrix [batch x outputs].</summary>
    public Matrix<double> Predict(Matrix<double> X) => Forward(X).Clone();

    /// <summary>
    /// Every layer's output for a batch X, as new matrices: [a0 = X, a1, ..., aL]. Use it to look
    /// inside the network: the values at each node, or how hidden layers move the data.
    /// </summary>
    public IReadOnlyList<Matrix<double>> LayerOutputs(Matrix<double> X)
    {
        ArgumentNullException.ThrowIfNull(X);
        Forward(X); // checks the shape
        var outputs = new List<Matrix<double>> { X.Clone() };
        var a = X;
        foreach (var layer in _layers)
        {
            a = layer.Forward(a);
            outputs.Add(a.Clone());
        }
        return outputs;
    }

    /// <summary>The network's output for one example.</summary>
    public double[] Predict(params double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return Forward(DenseMatrix.OfRowArrays(x)).Row(0).ToArray();
    }

    /// <summary>A one-line-per-layer description with the parameter count.</summary>
    public string Describe() =>
        string.Join(Environment.NewLine, _layers.Select((l, i) => $"layer {i + 1}: {l.Describe()}"))
        + Environment.NewLine + $"{ParameterCount} parameters";

    /// <inheritdoc/>
    public override string ToString() => $"Network {InputSize} -> {string.Join(" -> ", _layers.Select(l => l.OutputSize))}";
}
