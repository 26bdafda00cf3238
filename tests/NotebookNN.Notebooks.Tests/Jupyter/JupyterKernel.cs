using System.Diagnostics;
using System.Text.Json.Nodes;
using NotebookNN.Runner.Tests;

namespace NotebookNN.Notebooks.Tests.Jupyter;

/// <summary>
/// The real .NET Interactive kernel (the pinned local tool) installed as the Jupyter kernel .net-csharp by
/// scripts/install-kernel.sh into a temporary folder, driven by Debian's jupyter_client and nbclient through
/// jupyter_driver.py (beside this file).
/// </summary>
internal static class JupyterKernel
{
    private static readonly Lazy<string> Kernels = new(Install);
    private static readonly Lazy<string> PythonPath = new(FindPython);

    /// <summary>The folder holding the installed .net-csharp kernelspec.</summary>
    public static string KernelsFolder => Kernels.Value;

    /// <summary>Runs a driver command; returns the JSON object it prints last.</summary>
    public static JsonObject Drive(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(PythonPath.Value)
        {
            WorkingDirectory = RunnerProcess.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Jupyter", "jupyter_driver.py"));
        start.ArgumentList.Add(arguments[0]);
        start.ArgumentList.Add(KernelsFolder);
        foreach (var argument in arguments.Skip(1))
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        var (exitCode, output, errors) = Run(start);
        // The kernel shares the driver's standard output (its web host logs there): the result is the last line.
        string last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim() ?? "";
        if (exitCode != 0 || !last.StartsWith('{'))
            throw new InvalidOperationException($"jupyter_driver.py {string.Join(' ', arguments)} failed (exit {exitCode}):\n{errors}\n{output}");
        return JsonNode.Parse(last)!.AsObject();
    }

    private static (int ExitCode, string Output, string Errors) Run(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, errors.Result);
    }

    private static string Install()
    {
        string kernels = Path.Combine(RunnerProcess.TemporaryFolder(), "kernels");
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RunnerProcess.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine("scripts", "install-kernel.sh"));
        start.ArgumentList.Add("--path");
        start.ArgumentList.Add(kernels);
        var (exitCode, output, errors) = Run(start);
        if (exitCode != 0)
            throw new InvalidOperationException($"scripts/install-kernel.sh failed (exit {exitCode}):\n{output}\n{errors}");
        return kernels;
    }

    /// <summary>
    /// A Python that imports jupyter_client and nbclient: $NOTEBOOKNN_PYTHON (scripts/test.sh sets it), else
    /// Debian's /usr/bin/python3, else python3 on the PATH.
    /// </summary>
    private static string FindPython()
    {
        string[] candidates = [Environment.GetEnvironmentVariable("NOTEBOOKNN_PYTHON") ?? "", "/usr/bin/python3", "python3"];
        foreach (var candidate in candidates.Where(c => c.Length > 0))
        {
            var start = new ProcessStartInfo(candidate, ["-c", "import jupyter_client, nbclient, nbformat"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            try
            {
                if (Run(start).ExitCode == 0)
                    return candidate;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // not installed: try the next one
            }
        }

        throw new InvalidOperationException(
            "The kernel tests need a Python with jupyter_client and nbclient: install Debian's python3-jupyter-client, " +
            "python3-nbclient and jupyter-nbconvert (bash scripts/test.sh does as root), or set NOTEBOOKNN_PYTHON.");
    }
}
