using System.Text.Json.Nodes;

namespace NotebookNN.Plotting;

/// <summary>
/// One plotly.js trace: a kind (<c>scatter</c>, <c>heatmap</c>, <c>surface</c>, ...) and its
/// properties. Build traces with <see cref="Chart"/>; set any further plotly.js property with
/// <see cref="Set"/>, e.g. <c>trace.Set("marker.size", 10)</c>.
/// </summary>
public sealed class Trace
{
    private readonly JsonObject _json;

    /// <summary>Creates an empty trace of a plotly.js kind, e.g. "scatter".</summary>
    public Trace(string type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        _json = new JsonObject { ["type"] = type };
    }

    private Trace(JsonObject json) => _json = json;

    /// <summary>The plotly.js trace kind, e.g. "scatter", "heatmap", "surface".</summary>
    public string Type => (string)_json["type"]!;

    /// <summary>The legend name, or null.</summary>
    public string? Name => _json["name"]?.GetValue<string>();

    /// <summary>Sets a property at a dotted path (e.g. "line.dash") and returns this trace.</summary>
    public Trace Set(string path, object? value)
    {
        PlotlyJson.SetPath(_json, path, value);
        return this;
    }

    /// <summary>Reads the property at a dotted path, or null.</summary>
    public JsonNode? Get(string path) => PlotlyJson.GetPath(_json, path);

    /// <summary>True for kinds drawn in a 3-D scene (surface, scatter3d) rather than on x/y axes.</summary>
    public bool Is3D => Type is "surface" or "scatter3d" or "mesh3d";

    /// <summary>An independent copy.</summary>
    public Trace Clone() => new((JsonObject)_json.DeepClone());

    /// <summary>The trace as a plotly.js JSON object (a copy).</summary>
    public JsonObject ToJson() => (JsonObject)_json.DeepClone();

    /// <inheritdoc/>
    public override string ToString() => Name is null ? Type : $"{Type} '{Name}'";
}
