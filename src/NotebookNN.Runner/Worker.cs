using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;

namespace NotebookNN.Runner;

/// <summary>What a worker reports back: the executed notebook and how it went.</summary>
/// <param name="Notebook">The executed notebook (with the outputs of every cell that finished).</param>
/// <param name="Summary">Cells run, failures, skipped cells, timeout.</param>
internal sealed record WorkerResult(NotebookFile Notebook, ExecutionSummary Summary);

/// <summary>
/// Each notebook runs in a child process (this runner started again in worker mode): a runaway cell cannot be
/// aborted inside the kernel, but a process can end, so a timed-out cell stops burning CPU at once. The worker
/// reports every cell as it finishes (<see cref="WorkerProgress"/>), so a worker that dies loses nothing; it ends
/// itself when its parent dies, and the parent ends its worker when it is told to stop (SIGTERM, SIGINT).
/// </summary>
internal static class Worker
{
    /// <summary>How long past the time limit the parent waits for the worker's own timeout report before ending it.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private static readonly object Gate = new();
    private static readonly Dictionary<Process, string> Running = [];  // every worker now running (--jobs) and its progress file
    private static PosixSignalRegistration[]? _signals;

    /// <summary>Worker side: runs one notebook in this process, reporting to the progress file, then ends.</summary>
    public static int RunHere(RunnerOptions options)
    {
        EndWhenParentEnds();
        var path = options.Paths.Single();
        var displayPath = options.WorkerDisplayPath ?? path;
        var notebook = NotebookFile.Load(path, displayPath);
        var log = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };  // cells' console output is the kernel's
        using var progress = new WorkerProgress(options.WorkerResult!);
        var finished = new NotebookExecutor(notebook, displayPath, options.Timeout, options.Continue, progress, log).Run();
        if (!finished)
        {
            Thread.Sleep(Timeout.Infinite);  // a timed-out cell: the parent ends this process tree
        }

        Environment.Exit(0);  // ends any thread a cell left running
        return 0;
    }

    /// <summary>Parent side: runs one notebook in a child process and builds the executed notebook from its reports.</summary>
    public static WorkerResult Run(string notebookPath, string displayPath, RunnerOptions options, TextWriter errors)
    {
        var progressFile = Path.Combine(Path.GetTempPath(), $"notebooknn-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo { UseShellExecute = false, RedirectStandardInput = true };
        var (command, prefix) = SelfCommand();
        start.FileName = command;
        foreach (var argument in prefix.Concat(WorkerArguments(notebookPath, displayPath, progressFile, options)))
        {
            start.ArgumentList.Add(argument);
        }

        var source = NotebookFile.Load(notebookPath, displayPath);
        var records = new List<JsonObject>();
        Process? process = null;
        try
        {
            process = Process.Start(start)!;
            lock (Gate)
            {
                Running[process] = progressFile;
            }

            var (killedAt, reason) = Watch(process, progressFile, records, options.Timeout, source.Cells.Count);
            return Build(source, displayPath, records, killedAt, reason, process.ExitCode, options.Timeout, errors);
        }
        finally
        {
            lock (Gate)
            {
                if (process is not null)
                    Running.Remove(process);
            }

            process?.Dispose();

            File.Delete(progressFile);
        }
    }

    /// <summary>Waits for the worker, reading its reports; ends its process tree after a reported timeout or when it overruns.</summary>
    private static (int? KilledAt, string? Reason) Watch(Process process, string progressFile, List<JsonObject> records, TimeSpan timeout, int cells)
    {
        long position = 0;
        var running = (Cell: -1, Since: DateTime.UtcNow);
        var overall = Stopwatch.StartNew();
        var limit = TimeSpan.FromMinutes(10) + (timeout * (cells + 1));
        while (!process.WaitForExit(200))
        {
            var before = records.Count;
            position = WorkerProgress.ReadNew(progressFile, position, records);
            foreach (var record in records.Skip(before))
            {
                if (record["started"] is { } started)
                {
                    running = (started.GetValue<int>(), DateTime.UtcNow);
                }
                else if (record["finished"] is not null)
                {
                    running = (-1, DateTime.UtcNow);
                    if (record["outcome"]!.GetValue<string>() == "timedout")
                    {
                        End(process);
                        return (null, null);
                    }
                }
            }

            if (running.Cell >= 0 && DateTime.UtcNow - running.Since > timeout + Grace)
            {
                End(process);
                return (running.Cell, "timeout");
            }

            if (overall.Elapsed > limit)
            {
                End(process);
                return (running.Cell, "limit");
            }
        }

        WorkerProgress.ReadNew(progressFile, position, records);
        return (null, null);
    }

    private static WorkerResult Build(NotebookFile source, string displayPath, List<JsonObject> records, int? killedAt, string? reason, int exitCode, TimeSpan timeout, TextWriter errors)
    {
        var notebook = source.Copy();
        foreach (var cell in notebook.Cells.OfType<JsonObject>().Where(c => c["cell_type"]?.GetValue<string>() == "code"))
        {
            cell["outputs"] = new JsonArray();
            cell["execution_count"] = null;
        }

        int run = 0, failures = 0, skipped = 0, running = -1, executionCount = 0;
        var timedOut = false;
        var done = false;
        foreach (var record in records)
        {
            if (record["started"] is { } started)
            {
                running = started.GetValue<int>();
            }
            else if (record["finished"] is { } finished)
            {
                var cell = notebook.Cell(finished.GetValue<int>());
                executionCount = record["execution_count"]!.GetValue<int>();
                cell["execution_count"] = executionCount;
                cell["outputs"] = record["outputs"]!.DeepClone();
                var outcome = record["outcome"]!.GetValue<string>();
                run++;
                failures += outcome == "ok" ? 0 : 1;
                timedOut |= outcome == "timedout";
                running = -1;
            }
            else if (record["skipped"] is not null)
            {
                skipped++;
            }
            else if (record["done"] is not null)
            {
                done = true;
            }
        }

        if (!done && !timedOut)
        {
            // The worker died or was ended while a cell ran (or before the first cell): say so on that cell.
            var cellIndex = killedAt ?? running;
            var message = reason switch
            {
                "timeout" => $"the cell did not finish within {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s and was stopped (the per-cell timeout; change it with --timeout SECONDS)",
                "limit" => "the notebook's process was stopped: the whole notebook overran its time limit",
                _ => $"the notebook's process ended while this cell ran (exit code {exitCode}{Signal(exitCode)}); the cell crashed it, e.g. by a stack overflow",
            };
            timedOut = reason is not null;
            failures++;
            if (cellIndex >= 0)
            {
                run++;
                var cell = notebook.Cell(cellIndex);
                cell["execution_count"] = executionCount + 1;
                var outputs = (JsonArray)cell["outputs"]!;
                outputs.Add(new JsonObject
                {
                    ["ename"] = reason is null ? "ProcessExited" : "TimeoutError",
                    ["evalue"] = message,
                    ["output_type"] = "error",
                    ["traceback"] = new JsonArray(message),
                });
                errors.WriteLine($"{displayPath}: cell {cellIndex + 1}, {message}");
            }
            else
            {
                errors.WriteLine($"{displayPath}: the notebook's process ended before running a cell (exit code {exitCode}{Signal(exitCode)})");
            }
        }

        return new WorkerResult(notebook, new ExecutionSummary(run, failures, skipped, timedOut));
    }

    private static string Signal(int exitCode) => exitCode switch
    {
        134 => ", SIGABRT",
        137 => ", SIGKILL",
        139 => ", SIGSEGV",
        _ => "",
    };

    /// <summary>Ends the running worker (and its children, e.g. a NuGet restore) and removes its progress file.</summary>
    private static void StopCurrent()
    {
        lock (Gate)
        {
            foreach (var (process, file) in Running)
            {
                End(process);
                File.Delete(file);
            }
        }
    }

    private static void End(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    /// <summary>Registers the signal handlers (once) so a stopped runner ends its worker.</summary>
    public static void HandleSignals() =>
        _signals ??= [.. new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP }.Select(s => PosixSignalRegistration.Create(s, _ => StopCurrent()))];

    /// <summary>Worker side: the parent holds our standard input open; when it ends, the input closes and so do we.</summary>
    private static void EndWhenParentEnds()
    {
        var input = Console.OpenStandardInput();
        Console.SetIn(TextReader.Null);  // cells get no console input
        new Thread(() =>
        {
            var buffer = new byte[64];
            while (input.Read(buffer, 0, buffer.Length) > 0)
            {
            }

            Process.GetCurrentProcess().Kill(entireProcessTree: true);
        })
        { IsBackground = true, Name = "parent watch" }.Start();
    }

    private static IEnumerable<string> WorkerArguments(string notebookPath, string displayPath, string progressFile, RunnerOptions options)
    {
        yield return notebookPath;
        yield return "--worker-result";
        yield return progressFile;
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
