using System.Diagnostics;

namespace NotebookNN.Runner;

/// <summary>Runs the <c>dotnet</c> command line (build, restore) and captures what it prints.</summary>
internal static class DotnetCli
{
    /// <summary>The dotnet host running this process, or <c>dotnet</c> from the PATH.</summary>
    public static string HostPath
    {
        get
        {
            var fromCli = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(fromCli) && File.Exists(fromCli))
            {
                return fromCli;
            }

            var self = Environment.ProcessPath;
            return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        }
    }

    /// <summary>Runs <c>dotnet</c> with the arguments in a folder; returns the exit code and everything printed.</summary>
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments) =>
        ExternalCommand.Run(HostPath, workingDirectory, arguments, new Dictionary<string, string>
        {
            // Keep the child's build servers from outliving it and holding our output pipes open.
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        });
}

/// <summary>Runs an external program (dotnet, npm) and captures what it prints.</summary>
internal static class ExternalCommand
{
    /// <summary>Runs <paramref name="program"/> in a folder with the arguments (and extra environment variables); returns the exit code and standard output followed by standard error.</summary>
    public static (int ExitCode, string Output) Run(string program, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
