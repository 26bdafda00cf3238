namespace NotebookNN.Browser.Tests;

/// <summary>
/// The page's live cells (src/NotebookNN.Browser/page/live.js): exercise checks show their tick or hint, Stop ends an
/// endless loop and the next run works, nothing is fetched from outside the served site.
/// </summary>
[Collection("live site")]
public sealed class LiveCellsTests(LiveSite site)
{
    [Fact]
    public async Task AnExerciseCheckTicksARightAnswerAndHintsAWrongOne()
    {
        var (page, _) = await site.OpenAsync();
        var cells = await page.EvaluateAsync<string[]>("() => window.notebookNN.cells()");
        int answer = Array.FindIndex(cells, c => c.StartsWith("double bias = double.NaN", StringComparison.Ordinal));
        int check = Array.FindIndex(cells, c => c.Contains("Exercise.CheckValue(\"Bias that puts the crossing", StringComparison.Ordinal));
        Assert.True(answer >= 0 && check > answer, "notebook 01 has the bias exercise and its check");
        await page.EvaluateAsync("() => window.notebookNN.run(0)");

        var wrong = await CellSessionTests.SetAndRun(page, answer, "double bias = 1;");
        var hint = await page.EvaluateAsync<CellResult>("i => window.notebookNN.run(i)", check);
        Assert.Equal("ok", wrong.Status);
        Assert.Contains("❌", hint.Text, StringComparison.Ordinal);
        Assert.Contains("σ(z) = 0.5 exactly when z = w·x + b = 0", hint.Text, StringComparison.Ordinal);

        await CellSessionTests.SetAndRun(page, answer, "double bias = -3;");   // 2·1.5 + b = 0
        var tick = await page.EvaluateAsync<CellResult>("i => window.notebookNN.run(i)", check);
        Assert.Contains("✅", tick.Text, StringComparison.Ordinal);
        var shown = page.Locator("section.cell.code").Nth(check).Locator(".output.html");
        Assert.Contains("✓ Bias that puts the crossing", await shown.InnerTextAsync(), StringComparison.Ordinal);   // the check's HTML, shown
        Assert.Empty(site.ExternalRequests);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task StopEndsAnEndlessLoopAndTheNextRunWorks()
    {
        var (page, _) = await site.OpenAsync();
        await page.EvaluateAsync("([i, code]) => window.notebookNN.setSource(i, code)", new object[] { 1, "while (true) { }" });
        await page.EvaluateAsync("() => { window.loop = window.notebookNN.run(1); }");
        await page.WaitForFunctionAsync("() => document.querySelector('.live-status').textContent.startsWith('Running cell 2')");
        await page.WaitForTimeoutAsync(500);
        await page.ClickAsync(".live-stop");
        var stopped = await page.EvaluateAsync<CellResult>("() => window.loop");

        Assert.Equal("error", stopped.Status);
        Assert.Contains("Stopped", stopped.Text, StringComparison.Ordinal);
        Assert.Contains("Stopped", await page.Locator(".live-status").InnerTextAsync(), StringComparison.Ordinal);
        var next = await CellSessionTests.SetAndRun(page, 1, "Console.WriteLine(6 * 7);");
        Assert.Equal(new CellResult("ok", "42"), next);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task APageOpenedFromDiskShowsItsRecordedOutputsAndHowToRunIt()
    {
        var (served, _) = await site.OpenAsync();
        var page = await served.Context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.SiteFolder, LiveSite.Notebook + ".html")).AbsoluteUri);
        await page.WaitForSelectorAsync(".live-off");

        Assert.Contains("serve", await page.Locator(".live-off").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => window.notebookNN === undefined"));
        Assert.Contains("Test accuracy", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await served.Context.CloseAsync();
    }
}
