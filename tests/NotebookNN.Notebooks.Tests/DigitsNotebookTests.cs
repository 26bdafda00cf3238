using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using NotebookNN.Runner.Tests;

namespace NotebookNN.Notebooks.Tests;

/// <summary>The capstone reaches the issue's accuracy, and trains exactly what the benchmark times.</summary>
[Collection("series")]
public partial class DigitsNotebookTests(SeriesRun run)
{
    private double NotebookAccuracy()
    {
        var executed = SeriesRun.Executed(run.CommittedOut, "09-digits");
        var text = string.Join("\n", executed.CodeCells.Select(SeriesRun.OutputText));
        var match = TestAccuracy().Match(text);
        Assert.True(match.Success, "09-digits printed no 'Test accuracy: ...' line");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [Fact]
    public void The_capstone_reaches_at_least_97_percent_test_accuracy()
    {
        Assert.True(NotebookAccuracy() >= 0.97, $"test accuracy {NotebookAccuracy()}");
    }

    [Fact]
    public void The_benchmark_trains_the_same_model_on_the_same_split_as_the_notebook()
    {
        // Same library path, same seeds: the benchmark must end with the notebook's exact accuracy.
        var start = new ProcessStartInfo("dotnet", ["run", "--project", "src/NotebookNN.Bench", "-c", "Release", "--", "--runs", "1"])
        {
            WorkingDirectory = RunnerProcess.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output + process.StandardError.ReadToEnd());
        var match = BenchAccuracy().Match(output);
        Assert.True(match.Success, output);
        Assert.Equal(NotebookAccuracy(), double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), 4);
    }

    [GeneratedRegex(@"Test accuracy: (\d\.\d+)")]
    private static partial Regex TestAccuracy();

    [GeneratedRegex("\"test_accuracy\": (\\d\\.\\d+)")]
    private static partial Regex BenchAccuracy();
}
