using System.Text.Json.Nodes;

namespace NotebookNN.Runner.Tests;

public class PageAssetsTests
{
    [Fact]
    public void Plotly_and_katex_versions_agree_across_runner_library_and_package_json()
    {
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(RunnerProcess.RepositoryRoot, "package.json")))!;
        Assert.Equal(PageAssets.PlotlyVersion, (string?)package["dependencies"]!["plotly.js-dist-min"]);
        Assert.Equal(PageAssets.KatexVersion, (string?)package["dependencies"]!["katex"]);

        // The library pins the same plotly.js for figures shown inline in Polyglot Notebooks (read from its source:
        // the runner must not load the library into its own process).
        var library = File.ReadAllText(Path.Combine(RunnerProcess.RepositoryRoot, "src", "NotebookNN", "Plotting", "PlotlyJs.cs"));
        Assert.Contains($"public const string Version = \"{PageAssets.PlotlyVersion}\";", library);
    }
}
