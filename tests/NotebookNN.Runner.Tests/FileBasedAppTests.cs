using System.Diagnostics;

namespace NotebookNN.Runner.Tests;

/// <summary><c>export --format cs</c>: notebooks as .NET file-based apps that <c>dotnet run</c> runs.</summary>
public class FileBasedAppTests
{
    [Fact]
    public void A_notebook_becomes_an_app_with_package_directives_comments_and_displayed_values()
    {
        var folder = RunnerProcess.TemporaryFolder();
        var (exitCode, output, errors) = RunnerProcess.Run("export", "--format", "cs", RunnerProcess.Fixture("good.ipynb"), RunnerProcess.Fixture("library.ipynb"), "--out", folder);

        Assert.True(exitCode == 0, errors);
        Assert.Contains("good.ipynb -> ", output);
        var good = File.ReadAllText(Path.Combine(folder, "good.cs"));
        Assert.Contains("// # A good notebook\n", good);  // markdown as comments
        Assert.Contains("display(x + y);\n", good);  // a cell's last value is displayed
        var library = File.ReadAllText(Path.Combine(folder, "library.cs"));
        Assert.Contains("#:package MathNet.Numerics@5.0.0\n", library);
        var project = Path.GetRelativePath(folder, Path.Combine(RunnerProcess.RepositoryRoot, "src", "NotebookNN", "NotebookNN.csproj"));
        Assert.Contains($"#:project {project}\n", library);  // the library's DLL becomes its project
        Assert.True(library.IndexOf("using NotebookNN;", StringComparison.Ordinal) < library.IndexOf("// cell 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_exported_notebook_runs_with_dotnet_run_and_saves_its_figures_as_pages()
    {
        var folder = RunnerProcess.TemporaryFolder();
        var (exitCode, _, errors) = RunnerProcess.Run("export", "--format", "cs", RunnerProcess.Fixture("plotly.ipynb"), "--out", folder);
        Assert.True(exitCode == 0, errors);

        var start = new ProcessStartInfo("dotnet", ["run", "plotly.cs"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var app = Process.Start(start)!;
        var appErrors = app.StandardError.ReadToEndAsync();
        var appOutput = await app.StandardOutput.ReadToEndAsync();
        await app.WaitForExitAsync();

        Assert.True(app.ExitCode == 0, appOutput + await appErrors);
        Assert.Contains($"figure saved to {Path.Combine(folder, "plotly-figure-1.html")}", appOutput);
        Assert.Contains($"figure saved to {Path.Combine(folder, "plotly-figure-2.html")}", appOutput);
        var page = File.ReadAllText(Path.Combine(folder, "plotly-figure-1.html"));
        Assert.Contains("Plotly.newPlot", page);
        Assert.Contains("\"x\":[1,2,3]", page);
    }
}
