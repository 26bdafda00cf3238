using System.Text;
using System.Text.Json.Nodes;

namespace NotebookNN.Runner;

/// <summary>
/// Collects one cell's outputs in nbformat shape, in the order they happen: console writes (merged into stream
/// outputs), displayed values, the result and errors.
/// </summary>
internal sealed class OutputCollector
{
    private readonly object _gate = new();

    /// <summary>The outputs so far.</summary>
    public JsonArray Outputs { get; } = [];

    /// <summary>Appends console text to the last output when it is the same stream, else starts a stream output.</summary>
    public void Write(string stream, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (Outputs.Count > 0 && Outputs[^1] is JsonObject last
                && last["output_type"]?.GetValue<string>() == "stream" && last["name"]?.GetValue<string>() == stream)
            {
                last["text"] = NotebookFile.SplitLines(NotebookFile.JoinText(last["text"]) + text);
                return;
            }

            Outputs.Add(new JsonObject
            {
                ["name"] = stream,
                ["output_type"] = "stream",
                ["text"] = NotebookFile.SplitLines(text),
            });
        }
    }

    /// <summary>Adds a <c>display_data</c> output and returns its index (so it can be updated).</summary>
    public int Display(IReadOnlyList<KeyValuePair<string, string>> formats)
    {
        lock (_gate)
        {
            Outputs.Add(new JsonObject
            {
                ["data"] = Data(formats),
                ["metadata"] = new JsonObject(),
                ["output_type"] = "display_data",
            });
            return Outputs.Count - 1;
        }
    }

    /// <summary>Replaces what a display output shows (the kernel's <c>DisplayedValue.Update</c>).</summary>
    public void Update(int index, IReadOnlyList<KeyValuePair<string, string>> formats)
    {
        lock (_gate)
        {
            ((JsonObject)Outputs[index]!)["data"] = Data(formats);
        }
    }

    /// <summary>Adds the cell's value as an <c>execute_result</c>.</summary>
    public void Result(IReadOnlyList<KeyValuePair<string, string>> formats, int executionCount)
    {
        lock (_gate)
        {
            Outputs.Add(new JsonObject
            {
                ["data"] = Data(formats),
                ["execution_count"] = executionCount,
                ["metadata"] = new JsonObject(),
                ["output_type"] = "execute_result",
            });
        }
    }

    /// <summary>Adds an <c>error</c> output.</summary>
    public void Error(string name, string value, IEnumerable<string> traceback)
    {
        lock (_gate)
        {
            Outputs.Add(new JsonObject
            {
                ["ename"] = name,
                ["evalue"] = value,
                ["output_type"] = "error",
                ["traceback"] = new JsonArray(traceback.Select(t => (JsonNode?)t).ToArray()),
            });
        }
    }

    private static JsonObject Data(IReadOnlyList<KeyValuePair<string, string>> formats)
    {
        var data = new JsonObject();
        foreach (var (mimeType, text) in formats)
        {
            // STOPGAP (helper "plotly"): the plotly MIME type's data is the figure object itself.
            data[mimeType] = mimeType == DisplayFormatter.PlotlyMimeType ? JsonNode.Parse(text) : NotebookFile.SplitLines(text);
        }

        return data;
    }
}

/// <summary>A console writer that sends what cells print to the current cell's outputs.</summary>
internal sealed class CellConsoleWriter(string stream) : TextWriter
{
    /// <summary>The cell currently running; null between cells (text then goes nowhere).</summary>
    public OutputCollector? Target { get; set; }

    /// <inheritdoc/>
    public override Encoding Encoding => Encoding.UTF8;

    /// <inheritdoc/>
    public override void Write(char value) => Target?.Write(stream, value.ToString());

    /// <inheritdoc/>
    public override void Write(string? value) => Target?.Write(stream, value ?? "");

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Target?.Write(stream, new string(buffer, index, count));
}
