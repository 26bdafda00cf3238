using System.Text;
using System.Text.Json.Nodes;

namespace NotebookNN.Browser;

/// <summary>
/// One cell's outputs in the order they happen, as JSON for the page: <c>{kind: "stream", text}</c> for what the cell
/// printed (consecutive writes merged), <c>{kind: "display", data: {mime: text}}</c> for displayed values and the
/// cell's value, <c>{kind: "error", text}</c> for its error.
/// </summary>
internal sealed class CellOutputs
{
    /// <summary>The outputs so far.</summary>
    public JsonArray Items { get; } = [];

    /// <summary>Appends printed text to the last output when it is printed text, else starts one.</summary>
    public void Write(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (Items.Count > 0 && Items[^1] is JsonObject last && (string?)last["kind"] == "stream")
        {
            last["text"] = (string?)last["text"] + text;
            return;
        }

        Items.Add(new JsonObject { ["kind"] = "stream", ["text"] = text });
    }

    /// <summary>Adds a displayed value's representations (MIME type, data), preferred first.</summary>
    public void Display(IEnumerable<KeyValuePair<string, string>> bundle)
    {
        var data = new JsonObject();
        foreach (var (mime, text) in bundle)
        {
            data[mime] = text;
        }

        Items.Add(new JsonObject { ["kind"] = "display", ["data"] = data });
    }

    /// <summary>Adds the cell's error.</summary>
    public void Error(string message) => Items.Add(new JsonObject { ["kind"] = "error", ["text"] = message });
}

/// <summary>A console writer that sends what cells print to the running cell's outputs.</summary>
internal sealed class CellConsole : TextWriter
{
    /// <summary>The running cell's outputs; null between cells (text then goes nowhere).</summary>
    public CellOutputs? Target { get; set; }

    /// <inheritdoc/>
    public override Encoding Encoding => Encoding.UTF8;

    /// <inheritdoc/>
    public override void Write(char value) => Target?.Write(value.ToString());

    /// <inheritdoc/>
    public override void Write(string? value) => Target?.Write(value ?? "");

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Target?.Write(new string(buffer, index, count));
}
