using System.Text.Json.Nodes;
using NotebookNN.Runner.Tests;

namespace NotebookNN.Notebooks.Tests;

/// <summary>
/// Runs the whole series through the headless runner once as committed, and once with every
/// exercise's reference solution (Solutions/NN-name.json: scaffold cell id -> solution source) swapped in.
/// Shared by the tests of <see cref="NotebookExecutionTests"/>.
/// </summary>
public sealed class SeriesRun
{
    public SeriesRun()
    {
        Notebooks = CourseNotebook.All();
        Hashes = Notebooks.ToDictionary(n => n.Path, n => RunnerProcess.Hash(n.Path));
        CommittedOut = RunnerProcess.TemporaryFolder();
        SolvedOut = RunnerProcess.TemporaryFolder();
        if (Notebooks.Count == 0)
            return;
        Committed = RunnerProcess.Run("notebooks", "--out", CommittedOut, "--continue");

        // The solved copies live outside notebooks/; their setup cell points at the library by absolute path.
        var solvedSource = RunnerProcess.TemporaryFolder();
        string library = Path.Combine(RunnerProcess.RepositoryRoot, "src", "NotebookNN", "bin", "Release", "net10.0", "NotebookNN.dll");
        foreach (var notebook in Notebooks)
        {
            var root = JsonNode.Parse(File.ReadAllText(notebook.Path))!.AsObject();
            var solutions = Solutions(notebook.Name);
            foreach (var cell in root["cells"]!.AsArray().Select(c => c!.AsObject()))
            {
                string source = CourseNotebook.Source(cell).Replace("\"../src/NotebookNN/bin/Release/net10.0/NotebookNN.dll\"", $"\"{library}\"", StringComparison.Ordinal);
                if (solutions.TryGetValue((string?)cell["id"] ?? "", out var solution))
                    source = solution;
                cell["source"] = source;
            }
            File.WriteAllText(Path.Combine(solvedSource, notebook.Name + ".ipynb"), root.ToJsonString());
        }
        Solved = RunnerProcess.Run(solvedSource, "--out", SolvedOut, "--continue");
    }

    public IReadOnlyList<CourseNotebook> Notebooks { get; }

    public IReadOnlyDictionary<string, string> Hashes { get; }

    public string CommittedOut { get; }

    public string SolvedOut { get; }

    public (int ExitCode, string Output, string Errors) Committed { get; }

    public (int ExitCode, string Output, string Errors) Solved { get; }

    /// <summary>The reference solutions of one notebook: cell id -> source.</summary>
    public static IReadOnlyDictionary<string, string> Solutions(string notebookName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Solutions", notebookName + ".json");
        if (!File.Exists(path))
            return new Dictionary<string, string>();
        var node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        return node.ToDictionary(p => p.Key, p => p.Value switch
        {
            JsonArray lines => string.Join("\n", lines.Select(l => (string?)l)),
            var v => (string?)v ?? "",
        });
    }

    /// <summary>An executed notebook from one of the two runs.</summary>
    public static CourseNotebook Executed(string outFolder, string name) => CourseNotebook.Load(Path.Combine(outFolder, name + ".ipynb"));

    /// <summary>All text of a cell's outputs (stream text, every MIME type's data, error messages).</summary>
    public static string OutputText(JsonObject cell) =>
        string.Join("\n", (cell["outputs"] as JsonArray ?? []).Select(o => o!.AsObject()).SelectMany(o =>
            new[] { Join(o["text"]), Join(o["ename"]), Join(o["evalue"]) }
                .Concat((o["data"] as JsonObject ?? []).Select(d => Join(d.Value)))));

    private static string Join(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue v => v.ToString(),
        _ => "",
    };
}

[CollectionDefinition("series")]
public sealed class SeriesCollection : ICollectionFixture<SeriesRun>;
