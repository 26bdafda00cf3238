using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookNN.Runner;

/// <summary>
/// A notebook file (nbformat 4) as a JSON tree, so that everything the runner does not touch
/// (metadata, ids, attachments) is written back unchanged.
/// </summary>
internal sealed class NotebookFile
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private NotebookFile(string path, JsonObject root, JsonArray cells)
    {
        Path = path;
        Root = root;
        Cells = cells;
    }

    /// <summary>Where the notebook was read from.</summary>
    public string Path { get; }

    /// <summary>The whole notebook document.</summary>
    public JsonObject Root { get; }

    /// <summary>The notebook's cells, in order.</summary>
    public JsonArray Cells { get; }

    /// <summary>The file name without folder and extension, e.g. <c>01-neuron</c>.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>Reads and checks a notebook; any problem becomes an <see cref="InputException"/> naming the file.</summary>
    public static NotebookFile Load(string path, string displayPath)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{displayPath}: no such file");
        }

        return Parse(File.ReadAllText(path), path, displayPath);
    }

    /// <summary>Parses notebook JSON text; <paramref name="displayPath"/> names the file in error messages.</summary>
    public static NotebookFile Parse(string json, string path, string displayPath)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var position = (e.BytePositionInLine ?? 0) + 1;
            var reason = e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd('.', ' ');
            throw new InputException($"{displayPath}: not valid JSON (line {line}, position {position}): {reason}");
        }

        if (node is not JsonObject root)
        {
            throw new InputException($"{displayPath}: not a notebook (the JSON is not an object)");
        }

        var major = root["nbformat"] is JsonValue v && v.TryGetValue(out int n) ? n : (int?)null;
        if (major is null)
        {
            throw new InputException($"{displayPath}: not a notebook (no \"nbformat\" number)");
        }

        if (major != 4)
        {
            throw new InputException($"{displayPath}: nbformat {major} is not supported, only nbformat 4 (open and save it in VS Code or Jupyter to convert it)");
        }

        if (root["cells"] is not JsonArray cells)
        {
            throw new InputException($"{displayPath}: not a notebook (no \"cells\" list)");
        }

        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject cell || cell["cell_type"]?.GetValueKind() != JsonValueKind.String)
            {
                throw new InputException($"{displayPath}: cell {i + 1} is not a notebook cell (no \"cell_type\")");
            }
        }

        return new NotebookFile(path, root, cells);
    }

    /// <summary>
    /// The notebook's kernel when it is not C# (from <c>kernelspec.language</c>, else <c>language_info.name</c>, as
    /// Jupyter picks a kernel), e.g. <c>python3</c>; null for a C# notebook or one that names no kernel.
    /// </summary>
    public string? NotCSharp()
    {
        var metadata = Root["metadata"] as JsonObject;
        var language = (metadata?["kernelspec"]?["language"] ?? metadata?["language_info"]?["name"]) is JsonValue v && v.TryGetValue(out string? l) ? l : null;
        if (language is null || language.ToLowerInvariant() is "c#" or "csharp" or "polyglot-notebook")
        {
            return null;
        }

        return metadata?["kernelspec"]?["name"] is JsonValue n && n.TryGetValue(out string? name) ? $"{name} ({language})" : language;
    }

    /// <summary>The cell at a 0-based index.</summary>
    public JsonObject Cell(int index) => (JsonObject)Cells[index]!;

    /// <summary>A cell's source as one string (nbformat stores it as a string or a list of lines).</summary>
    public static string SourceOf(JsonObject cell) => JoinText(cell["source"]);

    /// <summary>Joins an nbformat multi-line string (a string or a list of strings).</summary>
    public static string JoinText(JsonNode? text) => text switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? "")),
        JsonValue value when value.TryGetValue(out string? s) => s,
        _ => "",
    };

    /// <summary>Splits text into nbformat's list of lines, each but the last keeping its newline.</summary>
    public static JsonArray SplitLines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    /// <summary>A deep copy, so the executed notebook never shares nodes with the source.</summary>
    public NotebookFile Copy() => Parse(ToJson(), Path, Path);

    /// <summary>The notebook as nbformat 4.5 JSON with 1-space indentation, like Jupyter and VS Code write it.</summary>
    public string ToJson()
    {
        Root["nbformat"] = 4;
        Root["nbformat_minor"] = Math.Max(5, Root["nbformat_minor"] is JsonValue m && m.TryGetValue(out int minor) ? minor : 5);
        return Root.ToJsonString(WriteOptions) + "\n";
    }

    /// <summary>Writes the notebook atomically: to a temporary file beside the target, then renamed over it.</summary>
    public void Save(string path) => WriteAtomically(path, ToJson());

    /// <summary>Writes text to a temporary file in the same folder and renames it over <paramref name="path"/>.</summary>
    public static void WriteAtomically(string path, string text)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
