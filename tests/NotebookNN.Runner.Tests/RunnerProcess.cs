using System.Diagnostics;
using System.Security.Cryptography;

namespace NotebookNN.Runner.Tests;

/// <summary>Runs the real runner (as a separate process, from the repository root) and captures what it prints.</summary>
internal static class RunnerProcess
{
    /// <summary>The repository root (where NotebookNN.sln is).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>A fixture notebook as the runner is given it (relative to the repository root).</summary>
    public static string Fixture(string name) => Path.Combine("tests", "NotebookNN.Runner.Tests", "Fixtures", name);

    /// <summary>The full path of a fixture notebook.</summary>
    public static string FixtureFullPath(string name) => Path.Combine(RepositoryRoot, Fixture(name));

    /// <summary>Runs the runner with the arguments; returns its exit code, standard output and standard error.</summary>
    public static (int ExitCode, string Output, string Errors) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(RunnerOptions).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, errors.Result);
    }

    /// <summary>A fresh, empty folder for a test's output, under the system's temp folder.</summary>
    public static string TemporaryFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "notebooknn-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The SHA-256 of a file, to show a source notebook was not touched.</summary>
    public static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NotebookNN.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the tests must run inside the NotebookNN repository");
    }
}
