using System.Text.Json.Nodes;

namespace NotebookNN.Runner;

/// <summary>What a cell holds, decided the way Polyglot Notebooks decides it.</summary>
internal enum CellKind
{
    /// <summary>Markdown text (a markdown cell, or a code cell starting with <c>#!markdown</c>).</summary>
    Markdown,

    /// <summary>C# code: runs in the notebook's scripting session.</summary>
    CSharp,

    /// <summary>Another language or a raw cell: not run, reported as skipped.</summary>
    Other,
}

/// <summary>A cell's kind and the language name it was given.</summary>
internal sealed record CellLanguage(CellKind Kind, string Name)
{
    private static readonly string[] CSharpNames = ["csharp", "c#", "cs"];
    private static readonly string[] MarkdownNames = ["markdown", "md"];

    /// <summary>
    /// The language of a cell: a <c>#!name</c> first line wins, then the cell's Polyglot metadata
    /// (<c>polyglot_notebook.kernelName</c>, <c>dotnet_interactive.language</c>), then the notebook's default kernel.
    /// </summary>
    public static CellLanguage Of(JsonObject cell, JsonObject notebook)
    {
        var cellType = cell["cell_type"]?.GetValue<string>();
        if (cellType == "markdown")
        {
            return new CellLanguage(CellKind.Markdown, "markdown");
        }

        if (cellType != "code")
        {
            return new CellLanguage(CellKind.Other, cellType ?? "unknown");
        }

        var name = FirstLineKernel(NotebookFile.SourceOf(cell))
            ?? Text(cell, "metadata", "polyglot_notebook", "kernelName")
            ?? Text(cell, "metadata", "dotnet_interactive", "language")
            ?? Text(notebook, "metadata", "polyglot_notebook", "kernelInfo", "defaultKernelName")
            ?? "csharp";
        return FromName(name);
    }

    /// <summary>The language for a kernel name such as <c>csharp</c>, <c>markdown</c> or <c>fsharp</c>.</summary>
    public static CellLanguage FromName(string name)
    {
        var lower = name.Trim().ToLowerInvariant();
        if (CSharpNames.Contains(lower))
        {
            return new CellLanguage(CellKind.CSharp, "csharp");
        }

        return MarkdownNames.Contains(lower)
            ? new CellLanguage(CellKind.Markdown, "markdown")
            : new CellLanguage(CellKind.Other, lower);
    }

    /// <summary>The kernel named by a <c>#!name</c> first line, or null.</summary>
    public static string? FirstLineKernel(string source)
    {
        var firstLine = source.Split('\n', 2)[0].Trim();
        if (!firstLine.StartsWith("#!", StringComparison.Ordinal))
        {
            return null;
        }

        var name = firstLine[2..].Split(' ', 2)[0];
        return IsKernelName(name) ? name : null;
    }

    /// <summary>True for the kernel names Polyglot Notebooks knows (a <c>#!name</c> line switching language).</summary>
    public static bool IsKernelName(string name) =>
        name.ToLowerInvariant() is "csharp" or "c#" or "cs" or "fsharp" or "f#" or "fs" or "pwsh" or "powershell"
            or "javascript" or "js" or "html" or "markdown" or "md" or "sql" or "kql" or "mermaid" or "http" or "value";

    private static string? Text(JsonObject start, params string[] path)
    {
        JsonNode? node = start;
        foreach (var key in path)
        {
            node = node is JsonObject o ? o[key] : null;
        }

        return node is JsonValue v && v.TryGetValue(out string? s) && s.Length > 0 ? s : null;
    }
}
