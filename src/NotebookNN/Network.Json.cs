using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookNN;

/// <summary>
/// Saving and loading as JSON: layer types, sizes, activations and every weight. Numbers are
/// written in round-trip form, so a loaded network computes exactly the same outputs.
/// </summary>
public sealed partial class Network
{
    private const string Format = "notebooknn-network";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The network as a JSON text.</summary>
    public string ToJson()
    {
        var network = this;
        var layers = new JsonArray();
        foreach (var layer in network.Layers)
        {
            layers.Add(layer switch
            {
                Dense d => new JsonObject
                {
                    ["type"] = "dense",
                    ["inputs"] = d.InputSize,
                    ["outputs"] = d.OutputSize,
                    ["activation"] = d.Activation.Name,
                    ["weights"] = Rows(d.Weights.ToRowArrays()),
                    ["bias"] = Numbers(d.Bias.ToArray()),
                },
                ParametricReLU p => new JsonObject { ["type"] = "prelu", ["size"] = p.Size, ["slope"] = p.Slope, ["initialSlope"] = p.InitialSlope },
                Maxout m => new JsonObject
                {
                    ["type"] = "maxout",
                    ["inputs"] = m.InputSize,
                    ["outputs"] = m.OutputSize,
                    ["pieces"] = m.Pieces,
                    ["weights"] = Rows(m.Weights.ToRowArrays()),
                    ["bias"] = Numbers(m.Bias.ToArray()),
                },
                Conv2D c => new JsonObject
                {
                    ["type"] = "conv2d",
                    ["input"] = Shape(c.InputShape),
                    ["filters"] = c.Filters,
                    ["kernel"] = c.KernelSize,
                    ["stride"] = c.Stride,
                    ["padding"] = c.Padding,
                    ["activation"] = c.Activation.Name,
                    ["weights"] = Rows(c.Weights.ToRowArrays()),
                    ["bias"] = Numbers(c.Bias.ToArray()),
                },
                MaxPool2D m => new JsonObject { ["type"] = "maxpool2d", ["input"] = Shape(m.InputShape), ["size"] = m.Size, ["stride"] = m.Stride },
                Flatten f => new JsonObject { ["type"] = "flatten", ["input"] = Shape(f.InputShape) },
                _ => throw new NotSupportedException($"Saving a {layer.GetType().Name} layer is not supported."),
            });
        }
        if (network.Parameters.Any(p => !p.Value.All(double.IsFinite)))
            throw new InvalidOperationException("The network has NaN or infinite weights (did training diverge?); they cannot be saved as JSON.");
        var root = new JsonObject { ["format"] = Format, ["version"] = 1, ["layers"] = layers };
        return root.ToJsonString(Indented);
    }

    /// <summary>Reads a network from JSON text written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">Where the text came from, for error messages.</param>
    /// <exception cref="FormatException">The text is not a saved network; the message says what is wrong.</exception>
    public static Network FromJson(string json, string source = "JSON")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{source}: not valid JSON ({e.Message})", e);
        }
        if (root is not JsonObject network || (network["format"] as JsonValue)?.GetValueKind() != JsonValueKind.String
            || network["format"]!.GetValue<string>() != Format)
            throw new FormatException($"{source}: not a NotebookNN network file (expected an object with \"format\": \"{Format}\").");
        var layers = network["layers"] as JsonArray ?? throw new FormatException($"{source}: missing the \"layers\" array.");
        if (layers.Count == 0)
            throw new FormatException($"{source}: the \"layers\" array is empty.");
        var built = new List<ILayer>();
        for (int l = 0; l < layers.Count; l++)
        {
            var node = layers[l] as JsonObject ?? throw new FormatException($"{source}: layer {l + 1} is not an object.");
            string type = (node["type"] as JsonValue)?.GetValueKind() == JsonValueKind.String
                ? node["type"]!.GetValue<string>()
                : throw new FormatException($"{source}: layer {l + 1} has no type.");
            try
            {
                built.Add(type switch
                {
                    "dense" => ReadDense(node),
                    "prelu" => ReadPReLU(node),
                    "maxout" => ReadMaxout(node),
                    "conv2d" => ReadConv2D(node),
                    "maxpool2d" => new MaxPool2D(ReadShape(node), node["size"]!.GetValue<int>(), node["stride"]!.GetValue<int>()),
                    "flatten" => new Flatten(ReadShape(node)),
                    _ => throw new FormatException($"unknown layer type '{type}'"),
                });
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or NullReferenceException)
            {
                throw new FormatException($"{source}: layer {l + 1} ({type}): {e.Message}", e);
            }
        }
        return new Network([.. built]);
    }

    /// <summary>Writes the network to a file (via a temporary file, so a failure never leaves half a file).</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json = ToJson();
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string temp = full + ".tmp";
        File.WriteAllText(temp, json);
        File.Move(temp, full, overwrite: true);
    }

    /// <summary>Reads a network saved by <see cref="Save"/>.</summary>
    public static Network Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"No such network file: {Path.GetFullPath(path)}", path);
        return FromJson(File.ReadAllText(path), path);
    }

    private static Dense ReadDense(JsonNode node)
    {
        int inputs = Size(node, "inputs"), outputs = Size(node, "outputs");
        var (weights, bias) = ReadWeights(node, outputs, inputs);
        var layer = new Dense(inputs, outputs, Activation.FromName(Text(node, "activation")));
        Fill(weights, bias, layer.Parameters[0], layer.Parameters[1]);
        return layer;
    }

    private static Maxout ReadMaxout(JsonNode node)
    {
        int inputs = Size(node, "inputs"), outputs = Size(node, "outputs"), pieces = Size(node, "pieces");
        long rows = (long)outputs * pieces;
        if (rows > int.MaxValue)
            throw new FormatException($"{outputs} outputs x {pieces} pieces is too large");
        var (weights, bias) = ReadWeights(node, (int)rows, inputs);
        var layer = new Maxout(inputs, outputs, pieces);
        Fill(weights, bias, layer.Parameters[0], layer.Parameters[1]);
        return layer;
    }

    private static Conv2D ReadConv2D(JsonNode node)
    {
        var shape = ReadShape(node);
        int filters = Size(node, "filters"), kernel = Size(node, "kernel");
        long columns = (long)shape.Channels * kernel * kernel;
        if (columns > int.MaxValue)
            throw new FormatException($"{shape.Channels} channels x {kernel} x {kernel} kernel is too large");
        var (weights, bias) = ReadWeights(node, filters, (int)columns);  // checked before the layer allocates
        var layer = new Conv2D(shape, filters, kernel, node["stride"]!.GetValue<int>(), node["padding"]!.GetValue<int>(),
            Activation.FromName(node["activation"]!.GetValue<string>()));
        Fill(weights, bias, layer.Parameters[0], layer.Parameters[1]);
        return layer;
    }

    /// <summary>An image shape as [channels, height, width].</summary>
    private static JsonArray Shape(ImageShape shape) => [shape.Channels, shape.Height, shape.Width];

    private static ImageShape ReadShape(JsonNode node)
    {
        var sizes = node["input"]!.AsArray();
        if (sizes.Count != 3)
            throw new FormatException($"\"input\" has {sizes.Count} sizes, expected [channels, height, width]");
        return new ImageShape(sizes[0]!.GetValue<int>(), sizes[1]!.GetValue<int>(), sizes[2]!.GetValue<int>());
    }

    private static ParametricReLU ReadPReLU(JsonNode node)
    {
        var layer = new ParametricReLU(Size(node, "size"), Number(node["initialSlope"], "initialSlope"));
        layer.Parameters[0].Value[0] = Number(node["slope"], "slope");
        return layer;
    }

    private static int Size(JsonNode node, string key) =>
        node[key] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out int size) && size > 0
            ? size
            : throw new FormatException($"\"{key}\" must be a positive whole number, not {node[key]?.ToJsonString() ?? "missing"}");

    private static string Text(JsonNode node, string key) =>
        node[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : throw new FormatException($"\"{key}\" must be text, not {node[key]?.ToJsonString() ?? "missing"}");

    private static double Number(JsonNode? node, string what) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && double.IsFinite(value.GetValue<double>())
            ? value.GetValue<double>()
            : throw new FormatException($"{what} must be a finite number, not {node?.ToJsonString() ?? "missing"}");

    // Checks the weights' shape [rows x columns] and the bias' length against the arrays themselves, before any
    // layer is allocated, so a file claiming huge sizes fails at once.
    private static (JsonArray Weights, JsonArray Bias) ReadWeights(JsonNode node, int rows, int columns)
    {
        var weights = node["weights"] as JsonArray ?? throw new FormatException("\"weights\" must be a list of rows");
        if (weights.Count != rows)
            throw new FormatException($"weights have {weights.Count} rows, expected {rows}");
        for (int i = 0; i < weights.Count; i++)
        {
            var row = weights[i] as JsonArray ?? throw new FormatException($"weights row {i + 1} is not a list of numbers");
            if (row.Count != columns)
                throw new FormatException($"weights row {i + 1} has {row.Count} values, expected {columns}");
        }
        var bias = node["bias"] as JsonArray ?? throw new FormatException("\"bias\" must be a list of numbers");
        if (bias.Count != rows)
            throw new FormatException($"bias has {bias.Count} values, expected {rows}");
        return (weights, bias);
    }

    private static void Fill(JsonArray rows, JsonArray b, Parameter weights, Parameter bias)
    {
        for (int i = 0; i < weights.Rows; i++)
        {
            var row = rows[i]!.AsArray();
            for (int j = 0; j < weights.Columns; j++)
                weights.Value[j * weights.Rows + i] = Number(row[j], $"weight [{i + 1}, {j + 1}]");
        }
        for (int i = 0; i < bias.Count; i++)
            bias.Value[i] = Number(b[i], $"bias [{i + 1}]");
    }

    private static JsonArray Numbers(double[] values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v))];

    private static JsonArray Rows(double[][] rows) => [.. rows.Select(r => (JsonNode)Numbers(r))];
}
