using System.Text.Json.Nodes;

namespace NotebookNN.Runner.Tests;

public class SeriesRunnerJobsTests
{
    [Fact]
    public void Notebooks_run_side_by_side_but_report_and_index_in_series_order()
    {
        // Three copies of a good notebook; the first also sleeps, so with three jobs it finishes last.
        var folder = RunnerProcess.TemporaryFolder();
        var good = JsonNode.Parse(File.ReadAllText(RunnerProcess.FixtureFullPath("good.ipynb")))!.AsObject();
        foreach (var name in new[] { "1-slow", "2-quick", "3-quick" })
        {
            var copy = good.DeepClone().AsObject();
            if (name == "1-slow")
            {
                var sleep = new JsonObject
                {
                    ["cell_type"] = "code",
                    ["id"] = "sleep",
                    ["metadata"] = new JsonObject(),
                    ["execution_count"] = null,
                    ["outputs"] = new JsonArray(),
                    ["source"] = "System.Threading.Thread.Sleep(4000);",
                };
                copy["cells"]!.AsArray().Insert(0, sleep);
            }

            File.WriteAllText(Path.Combine(folder, name + ".ipynb"), copy.ToJsonString());
        }

        var outFolder = RunnerProcess.TemporaryFolder();
        var (exitCode, output, errors) = RunnerProcess.Run([folder, "--out", outFolder, "--jobs", "3", "--no-browser"]);

        Assert.True(exitCode == 0, errors);
        var progress = output.Split('\n').Where(l => l.StartsWith('[')).ToList();
        Assert.Equal(3, progress.Count);
        Assert.StartsWith("[1/3] ", progress[0]);
        Assert.Contains("1-slow.ipynb: ok", progress[0]);
        Assert.Contains("2-quick.ipynb: ok", progress[1]);
        Assert.Contains("3-quick.ipynb: ok", progress[2]);
        var index = File.ReadAllText(Path.Combine(outFolder, "index.html"));
        int slow = index.IndexOf("1-slow.html", StringComparison.Ordinal), quick = index.IndexOf("2-quick.html", StringComparison.Ordinal);
        Assert.True(slow >= 0 && quick > slow, "the index lists the notebooks in series order");
        Assert.All(new[] { "1-slow", "2-quick", "3-quick" }, n => Assert.True(File.Exists(Path.Combine(outFolder, n + ".ipynb"))));
    }
}
