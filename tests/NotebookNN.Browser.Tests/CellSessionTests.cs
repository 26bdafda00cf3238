using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace NotebookNN.Browser.Tests;

/// <summary>
/// The in-browser session (src/NotebookNN.Browser/CellSession.cs) driven through the page's hooks: notebook 01 runs
/// cell by cell in the browser with the runner's text outputs, an edited cell runs, a compile error names its line.
/// </summary>
[Collection("live site")]
public sealed class CellSessionTests(LiveSite site)
{
    [Fact]
    public async Task Notebook01RunsInTheBrowserWithTheRunnersTextOutputs()
    {
        var (page, _) = await site.OpenAsync();
        var results = await page.EvaluateAsync<CellResult[]>("() => window.notebookNN.runAll()");
        var expected = RunnerTexts(site.Executed);

        Assert.Equal(expected.Count, results.Length);
        Assert.All(results.Select((r, i) => (r, i)), x => Assert.True(x.r.Status == "ok", $"cell {x.i}: {x.r.Text}"));
        for (var i = 0; i < expected.Count; i++)
            Assert.True(expected[i] == results[i].Text, $"C# cell {i}: the runner printed\n{expected[i]}\nthe browser printed\n{results[i].Text}");
        Assert.Contains(results, r => r.Text.Contains("Test accuracy", StringComparison.Ordinal));
        var charts = RunnerCharts(site.Executed);   // each chart the runner recorded is drawn again, from its figure JSON
        Assert.True(charts > 0);
        await page.WaitForFunctionAsync("n => document.querySelectorAll('.output.chart.js-plotly-plot').length >= n", charts);
        Assert.Equal(charts, await page.Locator(".output.chart.js-plotly-plot").CountAsync());
        Assert.Empty(site.ExternalRequests);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnEditedCellRunsInTheSessionAndPrintsItsValue()
    {
        var (page, _) = await site.OpenAsync();
        await page.EvaluateAsync("() => window.notebookNN.run(0)");   // the usings
        var cell = await SetAndRun(page, 1, "Activation.Sigmoid.Apply(0.0) * 2");

        Assert.Equal(new CellResult("ok", "1"), cell);
        Assert.Equal("1", (await page.Locator("section.cell.code").Nth(1).Locator(".outputs").InnerTextAsync()).Trim());
        Assert.Equal("Activation.Sigmoid.Apply(0.0) * 2", (await page.EvaluateAsync<string[]>("() => window.notebookNN.cells()"))[1]);
        Assert.Empty(site.ExternalRequests);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ACompileErrorShowsItsLine()
    {
        var (page, _) = await site.OpenAsync();
        var cell = await SetAndRun(page, 1, "int a = 1;\nint b = a +;\nConsole.WriteLine(b);");

        Assert.Equal("error", cell.Status);
        Assert.Contains("(line 2)", cell.Text, StringComparison.Ordinal);
        Assert.Contains("CS1525", cell.Text, StringComparison.Ordinal);
        Assert.Contains("(line 2)", await page.Locator("section.cell.code").Nth(1).Locator(".output.error").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    /// <summary>Replaces C# cell <paramref name="index"/>'s source and runs it.</summary>
    internal static async Task<CellResult> SetAndRun(IPage page, int index, string code)
    {
        await page.EvaluateAsync("([i, code]) => window.notebookNN.setSource(i, code)", new object[] { index, code });
        return await page.EvaluateAsync<CellResult>("i => window.notebookNN.run(i)", index);
    }

    /// <summary>
    /// What each C# cell showed as text in the runner's executed notebook: printed text, values as text/plain, error
    /// messages; charts (figure HTML or plotly JSON) show no text.
    /// </summary>
    internal static List<string> RunnerTexts(JsonObject notebook) =>
        notebook["cells"]!.AsArray().OfType<JsonObject>()
            .Where(c => (string?)c["cell_type"] == "code")
            .Select(c => string.Join("\n", c["outputs"]!.AsArray().OfType<JsonObject>().Where(o => !IsKernelNote(o)).Select(Text).Where(t => t.Length > 0)).TrimEnd('\n'))
            .ToList();

    /// <summary>How many charts the runner's executed notebook shows.</summary>
    internal static int RunnerCharts(JsonObject notebook) =>
        notebook["cells"]!.AsArray().OfType<JsonObject>().Where(c => c["outputs"] is JsonArray)
            .SelectMany(c => c["outputs"]!.AsArray().OfType<JsonObject>())
            .Count(o => o["data"] is JsonObject data && IsChart(data));

    /// <summary>A chart output: the plotly MIME type, or figure HTML that calls Plotly.newPlot.</summary>
    private static bool IsChart(JsonObject data) =>
        data["application/vnd.plotly.v1+json"] is not null || Join(data["text/html"]).Contains("Plotly.newPlot", StringComparison.Ordinal);

    private static string Join(JsonNode? node) => node is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)node ?? "";

    /// <summary>
    /// The kernel's "Loading extensions from …" note (the runner shows it when the setup cell loads
    /// Plotly.NET.Interactive); the browser app has those extensions built in, so it has no such note.
    /// </summary>
    private static bool IsKernelNote(JsonObject output) =>
        output["data"]?["text/plain"] is { } plain
        && Join(plain).StartsWith("Loading extensions from ", StringComparison.Ordinal);

    private static string Text(JsonObject output)
    {
        return (string?)output["output_type"] switch
        {
            "stream" => Join(output["text"]),
            "error" => (string?)output["evalue"] ?? "",
            _ when output["data"] is JsonObject data && IsChart(data) => "",
            _ => Join(output["data"]?["text/plain"]),
        };
    }
}
