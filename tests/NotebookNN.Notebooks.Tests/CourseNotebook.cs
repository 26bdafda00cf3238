using System.Text.Json.Nodes;

namespace NotebookNN.Notebooks.Tests;

/// <summary>A course notebook under notebooks/, read as JSON.</summary>
public sealed class CourseNotebook
{
    /// <summary>The exact setup cell every notebook starts its code with.</summary>
    public const string SetupCell =
        "#r \"nuget: MathNet.Numerics, 5.0.0\"\n" +
        "#r \"nuget: Plotly.NET.Interactive, 6.0.0\"\n" +
        "#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\n" +
        "#r \"../src/NotebookNN/bin/Release/net10.0/NotebookNN.dll\"\n" +
        "using NotebookNN;\n" +
        "using NotebookNN.Plotting;\n" +
        "using Plotly.NET;\n" +
        "using Plotly.NET.CSharp;\n" +
        "using Chart = Plotly.NET.CSharp.Chart;\n" +
        "using MathNet.Numerics.LinearAlgebra;\n" +
        "Notebook.Setup(); // numbers print as 1.5 in every language; matrices show row by row";

    private CourseNotebook(string path, JsonObject root)
    {
        Path = path;
        Root = root;
    }

    public string Path { get; }

    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    public JsonObject Root { get; }

    public IReadOnlyList<JsonObject> Cells => [.. Root["cells"]!.AsArray().Select(c => c!.AsObject())];

    public IEnumerable<JsonObject> CodeCells => Cells.Where(c => (string?)c["cell_type"] == "code");

    public static string Folder => System.IO.Path.Combine(NotebookNN.Runner.Tests.RunnerProcess.RepositoryRoot, "notebooks");

    /// <summary>Every notebook in notebooks/, in file-name order.</summary>
    public static IReadOnlyList<CourseNotebook> All() =>
        Directory.Exists(Folder)
            ? [.. Directory.GetFiles(Folder, "*.ipynb").Order(StringComparer.Ordinal).Select(Load)]
            : [];

    public static CourseNotebook Load(string path) => new(path, JsonNode.Parse(File.ReadAllText(path))!.AsObject());

    public static string Source(JsonObject cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue text => (string?)text ?? "",
        _ => "",
    };

    /// <summary>Cells that check an exercise: their last expression is an Exercise result.</summary>
    public IEnumerable<JsonObject> CheckCells => CodeCells.Where(c => Source(c).Contains("Exercise.Check", StringComparison.Ordinal) || Source(c).Contains("Exercise.Run", StringComparison.Ordinal));
}
