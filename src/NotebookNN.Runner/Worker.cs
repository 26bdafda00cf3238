using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;

namespace NotebookNN.Runner;

/// <summary>What a worker reports back: the executed notebook and how it went.</summary>
/// <param name="Notebook">The executed notebook, or null when the worker died without a result.</param>
/// <param name="Summary">Cells run, failures, skipped cells, timeout.</param>
internal sealed record WorkerResult(NotebookFile? Notebook, ExecutionSummary Summary);

/// <summary>
/// Each notebook runs in a child process (this runner started again in worker mode): Roslyn scripting cannot
/// abort a runaway cell's thread, but a process can end, so a timed-out cell stops burning CPU at once.
/// </summary>
internal static class Worker
{
    /// <summary>Worker side: runs one notebook in this process, writes the result file, then ends the process (and any runaway cell).</summary>
    public static int RunHere(RunnerOptions options)
    {
        var path = options.Paths.Single();
        var displayPath = options.WorkerDisplayPath ?? path;
        var notebook = NotebookFile.Load(path, displayPath);
        var summary = new NotebookExecutor(notebook, displayPath, options.Timeout, options.Continue, Console.Error).Run();
        var result = new JsonObject
        {
            ["cellsRun"] = summary.CellsRun,
            ["failures"] = summary.Failures,
            ["skipped"] = summary.Skipped,
            ["timedOut"] = summary.TimedOut,
            ["notebook"] = notebook.Root.DeepClone(),
        };
        NotebookFile.WriteAtomically(options.WorkerResult!, result.ToJsonString());
        Console.Out.Flush();
        Console.Error.Flush();
        Environment.Exit(0);  // ends a timed-out cell's thread too
        return 0;
    }

    /// <summary>Parent side: runs one notebook in a child process and reads its result.</summary>
    public static WorkerResult Run(string notebookPath, string displayPath, RunnerOptions options)
    {
        var resultFile = Path.Combine(Path.GetTempPath(), $"notebooknn-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        // Cells get no console input (Console.ReadLine() returns null at once instead of waiting for the timeout).
        var start = new ProcessStartInfo { UseShellExecute = false, RedirectStandardInput = true };
        var (command, prefix) = SelfCommand();
        start.FileName = command;
        foreach (var argument in prefix.Concat(WorkerArguments(notebookPath, displayPath, resultFile, options)))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var cells = NotebookFile.Load(notebookPath, displayPath).Cells.Count;
        var limit = TimeSpan.FromMinutes(10) + (options.Timeout * (cells + 1));
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Console.Error.WriteLine($"{displayPath}: stopped after {limit.TotalMinutes:0} minutes without finishing");
        }

        try
        {
            if (!File.Exists(resultFile))
            {
                Console.Error.WriteLine($"{displayPath}: the notebook's process ended without a result (exit code {process.ExitCode}); a cell may have crashed it, e.g. by a stack overflow");
                return new WorkerResult(null, new ExecutionSummary(0, 1, 0, false));
            }

            var result = JsonNode.Parse(File.ReadAllText(resultFile))!.AsObject();
            var notebook = NotebookFile.Parse(result["notebook"]!.ToJsonString(), notebookPath, displayPath);
            var summary = new ExecutionSummary(
                result["cellsRun"]!.GetValue<int>(),
                result["failures"]!.GetValue<int>(),
                result["skipped"]!.GetValue<int>(),
                result["timedOut"]!.GetValue<bool>());
            return new WorkerResult(notebook, summary);
        }
        finally
        {
            File.Delete(resultFile);
        }
    }

    private static IEnumerable<string> WorkerArguments(string notebookPath, string displayPath, string resultFile, RunnerOptions options)
    {
        yield return notebookPath;
        yield return "--worker-result";
        yield return resultFile;
        yield return "--worker-display";
        yield return displayPath;
        yield return "--timeout";
        yield return options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        if (options.Continue)
        {
            yield return "--continue";
        }
    }

    /// <summary>How to start this runner again: its apphost, or <c>dotnet NotebookNN.Runner.dll</c>.</summary>
    private static (string Command, string[] Prefix) SelfCommand()
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var assembly = Assembly.GetExecutingAssembly().Location;
        return Path.GetFileNameWithoutExtension(self) == "dotnet" ? (self, [assembly]) : (self, []);
    }
}
