using System.Diagnostics;
using System.Globalization;

namespace NotebookNN.Runner;

/// <summary>
/// <c>bench PATH</c>: times the whole run twice, cold (a fresh, empty NuGet packages folder, so every
/// <c>#r "nuget"</c> downloads) and warm (the same cache again), and prints both. Not a test: it only measures.
/// </summary>
internal static class Benchmark
{
    /// <summary>Runs the series cold and warm and prints the times; returns the worse exit code.</summary>
    public static int Run(RunnerOptions options, TextWriter output, TextWriter errors)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"notebooknn-bench-{Environment.ProcessId}");
        var previousPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        Environment.SetEnvironmentVariable("NUGET_PACKAGES", Path.Combine(scratch, "packages"));
        try
        {
            var runOptions = options with { Bench = false, OutDirectory = Path.Combine(scratch, "site") };
            var (coldCode, cold) = Time(() => SeriesRunner.Run(runOptions, TextWriter.Null, errors));
            var (warmCode, warm) = Time(() => SeriesRunner.Run(runOptions, TextWriter.Null, errors));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole series, cold (empty restore cache): {cold:0.0} s"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole series, warm (cached restore):      {warm:0.0} s"));
            return Math.Max(coldCode, warmCode);
        }
        finally
        {
            Environment.SetEnvironmentVariable("NUGET_PACKAGES", previousPackages);
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static (int ExitCode, double Seconds) Time(Func<int> run)
    {
        var clock = Stopwatch.StartNew();
        var code = run();
        return (code, clock.Elapsed.TotalSeconds);
    }
}
