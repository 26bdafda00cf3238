using System.Net;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace NotebookNN.Notebooks.Tests.Jupyter;

/// <summary>
/// The series in its live host: the real .NET Interactive kernel (pinned in .config/dotnet-tools.json), installed
/// by scripts/install-kernel.sh as the Jupyter kernel .net-csharp, driven by Debian's nbclient and jupyter_client.
/// Compared with the runner's run of the same notebooks (<see cref="SeriesRun"/>).
/// Not tested, because it does not work: interrupting a tight loop (the kernel stays busy; README says so).
/// </summary>
[Collection("series")]
public class JupyterKernelTests(SeriesRun runner, KernelSeriesRun kernel, ITestOutputHelper output) : IClassFixture<KernelSeriesRun>
{
    [Fact]
    public void Every_notebook_runs_in_the_kernel_without_error_outputs()
    {
        var problems = new List<string>();
        foreach (var (notebook, result) in kernel.Notebooks.Zip(Results()))
        {
            if ((string?)result["error"] is { } failure)
                problems.Add($"{notebook.Name}: {failure}");
            var executed = kernel.Executed(notebook.Name);
            foreach (var cell in executed.CodeCells)
            {
                var errors = (cell["outputs"] as JsonArray ?? []).Where(o => (string?)o!["output_type"] == "error").ToList();
                problems.AddRange(errors.Select(e => $"{notebook.Name} cell {cell["id"]}: {e!["ename"]}: {e["evalue"]}"));
                foreach (string warning in KernelOutputs.Warnings(cell))
                    output.WriteLine($"{notebook.Name} cell {cell["id"]} (the kernel compiles without a nullable context): {warning}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        output.WriteLine(Timings());
    }

    [Fact]
    public void Figures_arrive_as_html_wherever_the_runner_drew_one()
    {
        var problems = new List<string>();
        foreach (var notebook in kernel.Notebooks)
        {
            var (kernelCells, runnerCells) = Cells(notebook.Name);
            int figures = 0;
            foreach (var (id, cell) in runnerCells)
            {
                int expected = KernelOutputs.Figures(cell);
                int arrived = KernelOutputs.HtmlFigures(kernelCells[id]);
                figures += arrived;
                if (arrived != expected)
                    problems.Add($"{notebook.Name} cell {id}: {arrived} figures as text/html in the kernel, {expected} from the runner");
            }
            if (figures < 2)
                problems.Add($"{notebook.Name}: only {figures} figures arrived");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Text_outputs_equal_the_runners()
    {
        var problems = new List<string>();
        foreach (var notebook in kernel.Notebooks)
        {
            var (kernelCells, runnerCells) = Cells(notebook.Name);
            foreach (var (id, runnerCell) in runnerCells)
            {
                var kernelCell = kernelCells[id];
                // Times depend on the machine and the moment: compare a timing cell's text without its numbers.
                var source = CourseNotebook.Source(runnerCell);
                bool timed = source.Contains("Timing.", StringComparison.Ordinal) || source.Contains("Stopwatch", StringComparison.Ordinal);
                string Normal(string text) => timed ? KernelOutputs.WithoutNumbers(text) : text;

                string fromKernel = Normal(KernelOutputs.Stream(kernelCell));
                string fromRunner = Normal(KernelOutputs.Stream(runnerCell));
                if (fromKernel != fromRunner)
                    problems.Add($"{notebook.Name} cell {id}: printed\n{fromKernel}\n  in the kernel, but\n{fromRunner}\n  in the runner");

                var kernelValues = KernelOutputs.PlainValues(kernelCell).ToList();
                var runnerValues = KernelOutputs.PlainValues(runnerCell)
                    .Select((v, i) => KernelOutputs.VectorAsRow(v, i < kernelValues.Count ? kernelValues[i] : "")).ToList();
                if (!kernelValues.Select(Normal).SequenceEqual(runnerValues.Select(Normal)))
                    problems.Add($"{notebook.Name} cell {id}: shows [{string.Join(" | ", kernelValues)}] in the kernel, [{string.Join(" | ", runnerValues)}] in the runner");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void No_value_falls_back_to_the_kernels_property_tree_and_matrices_show_row_by_row()
    {
        var trees = kernel.Notebooks.SelectMany(n => kernel.Executed(n.Name).CodeCells.Where(KernelOutputs.ShowsPropertyTree).Select(c => $"{n.Name} cell {c["id"]}"));
        Assert.Empty(trees);

        // 03 shows W = [[1, 0.5], [-2, 1.5]] and its transpose: rows as written in the notebook, not storage order.
        var forward = kernel.Notebooks.FirstOrDefault(n => n.Name.StartsWith("03-", StringComparison.Ordinal));
        if (forward is null)
            return;
        var matrices = kernel.Executed(forward.Name).CodeCells.SelectMany(KernelOutputs.PlainValues).Where(v => v.StartsWith("DenseMatrix", StringComparison.Ordinal)).ToList();
        Assert.Contains("DenseMatrix 2x2-Double\n 1  0.5\n-2  1.5\n", matrices);
    }

    [Fact]
    public void The_kernel_listens_on_loopback_only()
    {
        var result = JupyterKernel.Drive(null, "listen");
        Assert.Equal("ok", (string?)result["status"]);
        var sockets = result["listening"]!.AsArray().Select(s => ((string)s!["address"]!, (int)s["port"]!)).ToList();
        output.WriteLine($"kernel process tree {result["pids"]!.ToJsonString()} listens on {string.Join(", ", sockets)}");
        // The kernel serves Jupyter's five sockets and its own HTTP API: all must be there, on loopback.
        Assert.True(sockets.Count >= 6, $"expected Jupyter's sockets and the HTTP API, found {sockets.Count}");
        Assert.All(sockets, s => Assert.True(IPAddress.IsLoopback(IPAddress.Parse(s.Item1)), $"the kernel listens on {s.Item1}:{s.Item2}"));
    }

    [Theory]
    [InlineData("LANG")] // JupyterLab and VS Code's Jupyter extension: the user's locale
    [InlineData("DOTNET_CLI_CULTURE")] // Polyglot Notebooks: VS Code's display language
    public void A_notebook_in_a_kernel_started_in_german_prints_what_it_prints_in_english(string how)
    {
        var first = kernel.Notebooks.FirstOrDefault();
        if (first is null)
            return;
        string outFolder = NotebookNN.Runner.Tests.RunnerProcess.TemporaryFolder();
        var german = how == "LANG"
            ? new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" }
            : new Dictionary<string, string> { ["DOTNET_CLI_CULTURE"] = "de-DE", ["DOTNET_CLI_UI_LANGUAGE"] = "de-DE" };
        var result = JupyterKernel.Drive(german, "run", outFolder, "1", first.Path);
        Assert.Null((string?)result["notebooks"]![0]!["error"]);

        var englishCells = kernel.Executed(first.Name).CodeCells.ToList();
        var germanCells = SeriesRun.Executed(outFolder, first.Name).CodeCells.ToList();
        var problems = new List<string>();
        foreach (var (english, inGerman) in englishCells.Zip(germanCells))
        {
            if (KernelOutputs.Stream(inGerman) != KernelOutputs.Stream(english) || !KernelOutputs.PlainValues(inGerman).SequenceEqual(KernelOutputs.PlainValues(english)))
                problems.Add($"cell {english["id"]}: {KernelOutputs.Stream(inGerman)} | {string.Join(" | ", KernelOutputs.PlainValues(inGerman))}");
        }
        Assert.True(problems.Count == 0, $"in German ({how}):\n" + string.Join("\n", problems));
        // The charts' titles and legends are in the figure JSON of the HTML: compare them too.
        Assert.Equal(englishCells.Select(FigureText), germanCells.Select(FigureText));
    }

    [Fact]
    public void Benchmark_a_trivial_cells_round_trip()
    {
        var result = JupyterKernel.Drive(null, "roundtrip", "30");
        output.WriteLine($"kernel start {result["startup_seconds"]} s, first cell {result["first_cell_seconds"]} s, " +
            $"then `1 + 1` round trip median {result["median_ms"]} ms, fastest {result["min_ms"]} ms ({result["rounds"]} rounds, jupyter_client)");
        Assert.True((double)result["median_ms"]! > 0);
    }

    /// <summary>The figure JSON of every chart in a cell (its titles, legends, axis labels), without the element ids (GUIDs).</summary>
    private static string FigureText(JsonObject cell) =>
        string.Join("\n", (cell["outputs"] as JsonArray ?? []).Select(o => o!["data"]?["text/html"]).Where(h => h is not null)
            .Select(h => h is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : h!.ToString())
            .Where(h => h.Contains("Plotly.newPlot(", StringComparison.Ordinal))
            .Select(h => System.Text.RegularExpressions.Regex.Replace(h, "[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", "id")));

    private IEnumerable<JsonObject> Results() =>
        kernel.Result?["notebooks"]?.AsArray().Select(r => r!.AsObject()) ?? [];

    private (Dictionary<string, JsonObject> Kernel, Dictionary<string, JsonObject> Runner) Cells(string name) =>
        (kernel.Executed(name).CodeCells.ToDictionary(c => (string)c["id"]!),
         SeriesRun.Executed(runner.CommittedOut, name).CodeCells.ToDictionary(c => (string)c["id"]!));

    private string Timings()
    {
        var lines = kernel.Notebooks.Zip(Results()).Select(p => $"{p.First.Name,-28} {(double)p.Second["seconds"]!,7:F1} s");
        return $"the series through the kernel under nbclient, {KernelSeriesRun.Parallel} kernels at a time:\n" +
            string.Join("\n", lines) + $"\ntotal (wall clock) {(double)kernel.Result!["seconds"]!:F1} s\n\nthe runner, one notebook at a time:\n" +
            runner.Committed.Output;
    }
}
