using System.Text.Json.Nodes;
using NotebookNN.Runner.Tests;

namespace NotebookNN.Notebooks.Tests;

/// <summary>The series runs through the headless runner: zero errors, live charts, exercises that check.</summary>
[Collection("series")]
public class NotebookExecutionTests(SeriesRun run)
{
    [Fact]
    public void Every_notebook_runs_without_errors_and_is_left_untouched()
    {
        if (run.Notebooks.Count == 0)
            return; // the series is empty: nothing to run
        Assert.True(run.Committed.ExitCode == 0, run.Committed.Output + "\n" + run.Committed.Errors);
        foreach (var notebook in run.Notebooks)
        {
            Assert.Contains($"notebooks/{notebook.Name}.ipynb: ok (", run.Committed.Output);
            Assert.True(File.Exists(Path.Combine(run.CommittedOut, notebook.Name + ".html")), $"no page for {notebook.Name}");
            Assert.Equal(run.Hashes[notebook.Path], RunnerProcess.Hash(notebook.Path));
            var executed = SeriesRun.Executed(run.CommittedOut, notebook.Name);
            var errors = executed.CodeCells.Where(c => (c["outputs"] as JsonArray ?? []).Any(o => (string?)o!["output_type"] == "error")).Select(c => (string?)c["id"]);
            Assert.True(!errors.Any(), $"{notebook.Name}: error outputs in cells {string.Join(", ", errors)}");
        }
    }

    [Fact]
    public void Every_notebook_shows_at_least_two_interactive_charts()
    {
        foreach (var notebook in run.Notebooks)
        {
            var executed = SeriesRun.Executed(run.CommittedOut, notebook.Name);
            int charts = executed.CodeCells.Sum(c => (c["outputs"] as JsonArray ?? []).Count(o => o!["data"]?["text/html"] is JsonNode html && SeriesRun.OutputText(c).Contains("Plotly", StringComparison.Ordinal)));
            Assert.True(charts >= 2, $"{notebook.Name}: {charts} chart outputs");
        }
    }

    [Fact]
    public void Scaffolds_as_committed_fail_their_checks_with_a_message_not_an_exception()
    {
        foreach (var notebook in run.Notebooks)
        {
            var executed = SeriesRun.Executed(run.CommittedOut, notebook.Name);
            var checks = executed.CheckCells.ToList();
            Assert.True(checks.Count >= 2, $"{notebook.Name}: {checks.Count} exercise checks");
            foreach (var cell in checks)
            {
                string text = SeriesRun.OutputText(cell);
                Assert.True(text.Contains('❌'), $"{notebook.Name} cell {cell["id"]}: the committed scaffold should fail its check, got: {text}");
                Assert.DoesNotContain("✅", text);
            }
        }
    }

    [Fact]
    public void Reference_solutions_pass_every_check()
    {
        if (run.Notebooks.Count == 0)
            return;
        Assert.True(run.Solved.ExitCode == 0, run.Solved.Output + "\n" + run.Solved.Errors);
        foreach (var notebook in run.Notebooks)
        {
            var solutions = SeriesRun.Solutions(notebook.Name);
            Assert.True(solutions.Count >= 2, $"{notebook.Name}: Solutions/{notebook.Name}.json needs a solution for each scaffold");
            Assert.All(solutions.Keys, id => Assert.Contains(notebook.Cells, c => (string?)c["id"] == id));
            var executed = SeriesRun.Executed(run.SolvedOut, notebook.Name);
            foreach (var cell in executed.CheckCells)
            {
                string text = SeriesRun.OutputText(cell);
                Assert.True(text.Contains('✅') && !text.Contains('❌'), $"{notebook.Name} cell {cell["id"]}: the reference solution should pass, got: {text}");
            }
        }
    }
}
