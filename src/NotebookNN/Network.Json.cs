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
        if (root?["format"]?.GetValue<string>() != Format)
            throw new FormatException($"{source}: not a NotebookNN network file (expected \"format\": \"{Format}\").");
        var layers = root["layers"] as JsonArray ?? throw new FormatException($"{source}: missing the \"layers\" array.");
        var built = new List<ILayer>();
        for (int l = 0; l < layers.Count; l++)
        {
            var node = layers[l] ?? throw new FormatException($"{source}: layer {l + 1} is null.");
            string type = node["type"]?.GetValue<string>() ?? throw new FormatException($"{source}: layer {l + 1} has no type.");
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
        var layer = new Dense(node["inputs"]!.GetValue<int>(), node["outputs"]!.GetValue<int>(), Activation.FromName(node["activation"]!.GetValue<string>()));
        Fill(node, layer.Parameters[0], layer.Parameters[1]);
        return layer;
    }

    private static Maxout ReadMaxout(JsonNode node)
    {
        var layer = new Maxout(node["inputs"]!.GetValue<int>(), node["outputs"]!.GetValue<int>(), node["pieces"]!.GetValue<int>());
        Fill(node, layer.Parameters[0], layer.Parameters[1]);
        return layer;
    }

    private static Conv2D ReadConv2D(JsonNode node)
    {
        var layer = new Conv2D(ReadShape(node), node["filters"]!.GetValue<int>(), node["kernel"]!.GetValue<int>(),
            node["stride"]!.GetValue<int>(), node["padding"]!.GetValue<int>(), Activation.FromName(node["activation"]!.GetValue<string>()));
        Fill(node, layer.Parameters[0], layer.Parameters[1]);
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
        var layer = new ParametricReLU(node["size"]!.GetValue<int>(), node["initialSlope"]!.GetValue<double>());
        layer.Parameters[0].Value[0] = node["slope"]!.GetValue<double>();
        return layer;
    }

    private static void Fill(JsonNode node, Parameter weights, Parameter bias)
    {
        var rows = node["weights"]!.AsArray();
        if (rows.Count != weights.Rows)
            throw new FormatException($"weights have {rows.Count} rows, expected {weights.Rows}");
        for (int i = 0; i < weights.Rows; i++)
        {
            var row = rows[i]!.AsArray();
            if (row.Count != weights.Columns)
                throw new FormatException($"weights row {i + 1} has {row.Count} values, expected {weights.Columns}");
            for (int j = 0; j < weights.Columns; j++)
                weights.Value[j * weights.Rows + i] = row[j]!.GetValue<double>();
        }
        var b = node["bias"]!.AsArray();
        if (b.Count != bias.Count)
            throw new FormatException($"bias has {b.Count} values, expected {bias.Count}");
        for (int i = 0; i < bias.Count; i++)
            bias.Value[i] = b[i]!.GetValue<double>();
    }

    private static JsonArray Numbers(double[] values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v))];

    private static JsonArray Rows(double[][] rows) => [.. rows.Select(r => (JsonNode)Numbers(r))];
}
