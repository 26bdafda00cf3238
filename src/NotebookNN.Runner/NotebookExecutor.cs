using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;

namespace NotebookNN.Runner;

/// <summary>How running one notebook went.</summary>
/// <param name="CellsRun">C# cells executed (including failing ones).</param>
/// <param name="Failures">Cells that ended in an error.</param>
/// <param name="Skipped">Cells in other languages that were not run.</param>
/// <param name="TimedOut">True when a cell overran the timeout (the notebook stops there).</param>
internal sealed record ExecutionSummary(int CellsRun, int Failures, int Skipped, bool TimedOut);

/// <summary>
/// Worker side: runs a notebook's C# cells in order in the .NET Interactive C# kernel (working directory = the
/// notebook's folder, as VS Code starts the kernel), reporting each cell's outputs to <see cref="WorkerProgress"/>
/// as it finishes.
/// </summary>
internal sealed class NotebookExecutor(NotebookFile notebook, string displayPath, TimeSpan timeout, bool keepGoing, WorkerProgress progress, TextWriter log)
{
    /// <summary>Runs every cell (stopping at the first failure unless told to keep going). Returns false when a cell timed out.</summary>
    public bool Run()
    {
        Environment.CurrentDirectory = Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!;
        using var kernel = KernelHost.Create();
        kernel.SendAsync(new SubmitCode("")).GetAwaiter().GetResult();  // warm up the compiler outside any cell's time limit

        var executionCount = 0;
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            var cell = notebook.Cell(index);
            var language = CellLanguage.Of(cell, notebook.Root);
            if (language.Kind == CellKind.Markdown)
            {
                continue;
            }

            if (language.Kind == CellKind.Other)
            {
                log.WriteLine($"{displayPath}: cell {index + 1}: skipped, a {language.Name} cell (the runner runs C# cells only)");
                progress.Skipped(index);
                continue;
            }

            executionCount++;
            progress.Started(index);
            var outputs = new CellOutputs(executionCount);
            using (kernel.KernelEvents.Subscribe(outputs.Add))
            {
                var source = NotebookFile.SourceOf(cell);
                var run = Task.Run(() => kernel.SendAsync(new SubmitCode(source)));
                if (!run.Wait(timeout))
                {
                    var seconds = timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
                    outputs.Error("TimeoutError", $"the cell did not finish within {seconds} s and was stopped (the per-cell timeout; change it with --timeout SECONDS)");
                    Report(index, outputs);
                    progress.Finished(index, executionCount, outputs.ToJson(), "timedout");
                    return false;  // the parent ends this process (and anything the cell started)
                }
            }

            Report(index, outputs);
            progress.Finished(index, executionCount, outputs.ToJson(), outputs.Failed ? "failed" : "ok");
            if (outputs.Failed && !keepGoing)
            {
                break;
            }
        }

        progress.Done();
        return true;
    }

    private void Report(int index, CellOutputs outputs)
    {
        foreach (var problem in outputs.Problems.Distinct())
        {
            log.WriteLine($"{displayPath}: cell {index + 1}, {problem}");
        }

        log.Flush();
    }
}
