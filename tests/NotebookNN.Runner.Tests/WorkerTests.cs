using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace NotebookNN.Runner.Tests;

/// <summary>The worker process per notebook: it loses nothing when it dies, never outlives the runner, cleans up.</summary>
public class WorkerTests
{
    /// <summary>Starts the runner with its own temp folder, so its worker's progress file can be watched.</summary>
    private static Process StartRunner(string temp, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RunnerProcess.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["TMPDIR"] = temp;
        start.ArgumentList.Add(typeof(RunnerOptions).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    /// <summary>The runner's worker: the process whose command line names the runner's progress file.</summary>
    private static int? WorkerOf(int runnerPid)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (int.TryParse(Path.GetFileName(folder), out var pid)
                    && File.ReadAllText(Path.Combine(folder, "cmdline")).Contains($"notebooknn-{runnerPid}-", StringComparison.Ordinal))
                {
                    return pid;
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return null;
    }

    private static bool IsRunning(int pid) => Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);

    /// <summary>Waits (up to a generous limit, so a broken runner fails instead of hanging) until the condition holds.</summary>
    private static void WaitFor(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"gave up waiting: {what}");
            Thread.Sleep(200);
        }
    }

    private static int RunningWorker(Process runner, string temp)
    {
        int? worker = null;
        WaitFor(() => (worker = WorkerOf(runner.Id)) is not null && Directory.EnumerateFiles(temp, "notebooknn-*.json").Any(f => new FileInfo(f).Length > 0), "the worker started a cell");
        return worker!.Value;
    }

    [Fact]
    public void The_worker_ends_when_the_runner_is_killed()
    {
        var temp = RunnerProcess.TemporaryFolder();
        using var runner = StartRunner(temp, RunnerProcess.Fixture("slow.ipynb"), "--out", Path.Combine(temp, "site"), "--timeout", "300");
        var worker = RunningWorker(runner, temp);

        runner.Kill();  // SIGKILL: the runner gets no chance to clean up
        runner.WaitForExit();

        WaitFor(() => !IsRunning(worker), "the orphaned worker ended");
    }

    [Fact]
    public void SIGTERM_to_the_runner_ends_its_worker_and_removes_the_temporary_file()
    {
        var temp = RunnerProcess.TemporaryFolder();
        using var runner = StartRunner(temp, RunnerProcess.Fixture("slow.ipynb"), "--out", Path.Combine(temp, "site"), "--timeout", "300");
        var worker = RunningWorker(runner, temp);

        using (var kill = Process.Start("kill", ["-TERM", runner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        WaitFor(() => runner.HasExited, "the runner ended");
        Assert.False(IsRunning(worker));
        Assert.Empty(Directory.EnumerateFiles(temp, "notebooknn-*"));
    }

    [Fact]
    public void A_finished_run_leaves_no_temporary_file()
    {
        var temp = RunnerProcess.TemporaryFolder();
        using var runner = StartRunner(temp, RunnerProcess.Fixture("good.ipynb"), "--out", Path.Combine(temp, "site"));
        runner.StandardOutput.ReadToEnd();
        runner.WaitForExit();

        Assert.Equal(0, runner.ExitCode);
        Assert.Empty(Directory.EnumerateFiles(temp, "notebooknn-*"));
    }

    [Fact]
    public void The_timeout_bounds_a_NuGet_restore_from_a_feed_that_never_answers()
    {
        using var feed = new TcpListener(IPAddress.Loopback, 0);
        feed.Start();
        var held = new List<Socket>();
        _ = Task.Run(async () =>
        {
            while (true)
            {
                held.Add(await feed.AcceptSocketAsync());  // accept, never answer
            }
        });
        var folder = RunnerProcess.TemporaryFolder();
        var notebook = Path.Combine(folder, "hanging-feed.ipynb");
        var port = ((IPEndPoint)feed.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllText(notebook, File.ReadAllText(RunnerProcess.FixtureFullPath("hanging-feed.ipynb")).Replace("PORT", port, StringComparison.Ordinal));

        var (exitCode, output, errors) = RunnerProcess.Run(notebook, "--out", Path.Combine(folder, "site"), "--timeout", "10");

        Assert.Equal(1, exitCode);
        Assert.Contains("hanging-feed.ipynb: cell 1, the cell did not finish within 10 s and was stopped", errors);
        Assert.Contains("TIMED OUT", output);
        var executed = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "site", "hanging-feed.ipynb")))!;
        Assert.Contains(executed["cells"]![0]!["outputs"]!.AsArray(), o => (string?)o!["ename"] == "TimeoutError");
    }
}
