namespace NotebookNN.Runner.Tests;

/// <summary>Every course notebook under notebooks/ runs with zero errors (the test grows with the series).</summary>
public class NotebooksFolderTests
{
    [Fact]
    public void Every_notebook_in_the_series_runs_without_errors()
    {
        var folder = Path.Combine(RunnerProcess.RepositoryRoot, "notebooks");
        var notebooks = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.ipynb") : [];
        var outFolder = RunnerProcess.TemporaryFolder();
        var hashes = notebooks.ToDictionary(n => n, RunnerProcess.Hash);

        var (exitCode, output, errors) = notebooks.Length == 0
            ? (0, "", "")
            : RunnerProcess.Run("notebooks", "--out", outFolder);

        Assert.True(exitCode == 0, $"{output}\n{errors}");
        foreach (var notebook in notebooks)
        {
            var name = Path.GetFileNameWithoutExtension(notebook);
            Assert.Contains($"notebooks/{name}.ipynb: ok (", output);
            Assert.True(File.Exists(Path.Combine(outFolder, name + ".html")), $"no page for {name}");
            Assert.Equal(hashes[notebook], RunnerProcess.Hash(notebook));
        }
    }
}
