using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookNN.Plotting;

/// <summary>
/// Turns C# values into plotly.js JSON: numbers, strings, arrays and matrices (a matrix becomes
/// an array of rows). NaN and ±infinity become null, which plotly.js draws as a gap.
/// </summary>
public static class PlotlyJson
{
    /// <summary>
    /// The serializer options used for every figure: compact, and HTML-safe (&lt;, &gt;, &amp;, quotes,
    /// U+2028 and U+2029 are written as \u escapes, so the JSON can sit inside a script tag).
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    /// <summary>Converts <paramref name="value"/> to a JSON node; see the class summary for the rules.</summary>
    /// <exception cref="ArgumentException">The value's type has no JSON form here (the message names the type).</exception>
    public static JsonNode? From(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        double d => Number(d),
        float f => Number(f),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double[,] m => Rows(m.GetLength(0), m.GetLength(1), (r, c) => Number(m[r, c])),
        int[,] m => Rows(m.GetLength(0), m.GetLength(1), (r, c) => JsonValue.Create(m[r, c])),
        IDictionary<string, object?> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, From(kv.Value)))),
        IEnumerable items => new JsonArray([.. items.Cast<object?>().Select(From)]),
        _ => throw new ArgumentException($"A value of type {value.GetType().Name} cannot be written into a plotly.js figure; use numbers, strings, bools, arrays or matrices.", nameof(value)),
    };

    /// <summary>A number, or null for NaN and ±infinity.</summary>
    public static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    /// <summary>Writes <paramref name="node"/> as compact, HTML-safe JSON text.</summary>
    public static string Serialize(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(Options);
    }

    /// <summary>
    /// Sets a value at a dotted path such as <c>"marker.color"</c> or <c>"xaxis.title.text"</c>,
    /// creating the objects on the way.
    /// </summary>
    /// <exception cref="ArgumentException">A part of the path already holds a value that is not an object.</exception>
    public static void SetPath(JsonObject target, string path, object? value)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var parts = path.Split('.');
        var current = target;
        foreach (var part in parts[..^1])
        {
            if (current[part] is null)
                current[part] = new JsonObject();
            current = current[part] as JsonObject
                ?? throw new ArgumentException($"Cannot set '{path}': '{part}' already holds a value that is not an object.", nameof(path));
        }
        current[parts[^1]] = From(value);
    }

    /// <summary>Reads the node at a dotted path, or null when any part is missing.</summary>
    public static JsonNode? GetPath(JsonObject source, string path)
    {
        ArgumentNullException.ThrowIfNull(source);
        JsonNode? current = source;
        foreach (var part in path.Split('.'))
            current = current is JsonObject o ? o[part] : null;
        return current;
    }

    /// <summary>
    /// Copies every property of <paramref name="source"/> into <paramref name="target"/>: objects
    /// are merged key by key, anything else (numbers, strings, arrays) replaces the old value.
    /// </summary>
    public static void Merge(JsonObject target, JsonObject source)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(source);
        foreach (var (key, value) in source)
        {
            if (value is JsonObject sourceObject && target[key] is JsonObject targetObject)
                Merge(targetObject, sourceObject);
            else
                target[key] = value?.DeepClone();
        }
    }

    private static JsonArray Rows(int rows, int columns, Func<int, int, JsonNode?> cell)
    {
        var result = new JsonArray();
        for (int r = 0; r < rows; r++)
        {
            var row = new JsonArray();
            for (int c = 0; c < columns; c++)
                row.Add(cell(r, c));
            result.Add(row);
        }
        return result;
    }
}
