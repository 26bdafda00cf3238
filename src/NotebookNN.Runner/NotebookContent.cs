using System.Text.Json;

namespace NotebookNN.Runner;

/// <summary>
/// Checks a notebook's content before any worker starts, for what parses as JSON but no notebook host can use:
/// duplicate keys, text that is not valid UTF-16 (a lone <c>\ud800</c>), and multi-line text fields (source, outputs'
/// text and data) holding something other than strings. A problem is an <see cref="InputException"/> naming the
/// file, the cell and the reason.
/// </summary>
internal static class NotebookContent
{
    private static readonly string[] MultilineFields = ["source", "text"];

    /// <summary>Reads and checks the file; throws <see cref="InputException"/> at the first problem.</summary>
    public static void Check(string path, string displayPath)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            throw new InputException($"{displayPath}: not readable as a notebook: {Reason(e)}");
        }

        using (document)
        {
            Walk(document.RootElement, "the notebook", displayPath);
            if (document.RootElement.TryGetProperty("cells", out var cells) && cells.ValueKind == JsonValueKind.Array)
            {
                var number = 0;
                foreach (var cell in cells.EnumerateArray())
                {
                    number++;
                    CheckCell(cell, $"cell {number}", displayPath);
                }
            }
        }
    }

    private static void CheckCell(JsonElement cell, string where, string displayPath)
    {
        if (cell.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        CheckMultiline(cell, "source", where, displayPath);
        if (cell.TryGetProperty("outputs", out var outputs) && outputs.ValueKind == JsonValueKind.Array)
        {
            var number = 0;
            foreach (var output in outputs.EnumerateArray())
            {
                number++;
                var at = $"{where}, output {number}";
                if (output.ValueKind != JsonValueKind.Object)
                {
                    throw new InputException($"{displayPath}: {at}: an output must be an object, not {Kind(output)}");
                }

                CheckMultiline(output, "text", at, displayPath);
                if (output.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
                {
                    foreach (var mime in data.EnumerateObject().Where(m => !m.Name.EndsWith("json", StringComparison.OrdinalIgnoreCase)))
                    {
                        CheckMultiline(data, mime.Name, at, displayPath);
                    }
                }
            }
        }
    }

    // nbformat's multi-line strings: a string, or a list of strings.
    private static void CheckMultiline(JsonElement owner, string key, string where, string displayPath)
    {
        if (!owner.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.String)
        {
            return;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new InputException($"{displayPath}: {where}: \"{key}\" must be text or a list of text lines, not {Kind(value)}");
        }

        var line = 0;
        foreach (var item in value.EnumerateArray())
        {
            line++;
            if (item.ValueKind != JsonValueKind.String)
            {
                throw new InputException($"{displayPath}: {where}: \"{key}\" must be a list of text lines, but line {line} is {Kind(item)}");
            }
        }
    }

    // Every string and key must be valid UTF-16 text.
    private static void Walk(JsonElement element, string where, string displayPath)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    CheckText(() => property.Name, where, displayPath);
                    Walk(property.Value, where == "the notebook" && property.Name == "cells" ? "cells" : where, displayPath);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    index++;
                    Walk(item, where == "cells" ? $"cell {index}" : where, displayPath);
                }

                break;
            case JsonValueKind.String:
                CheckText(element.GetString, where, displayPath);
                break;
        }
    }

    private static void CheckText(Func<string?> read, string where, string displayPath)
    {
        string? text;
        try
        {
            text = read();
        }
        catch (InvalidOperationException)
        {
            throw new InputException($"{displayPath}: {where}: holds text that is not valid Unicode (a lone surrogate such as \\ud800)");
        }

        if (text is not null && !IsWellFormed(text))
        {
            throw new InputException($"{displayPath}: {where}: holds text that is not valid Unicode (a lone surrogate such as \\ud800)");
        }
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        _ => "text",
    };

    private static string Reason(JsonException e)
    {
        var line = (e.LineNumber ?? 0) + 1;
        var reason = e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd('.', ' ');
        return $"{reason} (line {line})";
    }
}
