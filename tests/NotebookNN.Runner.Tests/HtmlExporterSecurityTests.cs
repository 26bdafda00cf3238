using Microsoft.Playwright;

namespace NotebookNN.Runner.Tests;

/// <summary>
/// A hostile notebook (Fixtures/hostile.ipynb: every payload of issue 18 — raw HTML in markdown, a javascript: link,
/// a title and an objective on the index, a kernel name injected into a class attribute, HTML, PNG and SVG outputs,
/// a chart title that tries to end its JSON block) exported and opened in real Chromium: nothing runs, the chart
/// and the math still render. Each payload would add its name to <c>window.__pwned</c>, set the title and alert.
/// </summary>
public class HtmlExporterSecurityTests
{
    private static readonly Lazy<(string Folder, int ExitCode, string Errors)> Hostile = new(() =>
    {
        var folder = RunnerProcess.TemporaryFolder();
        var (exitCode, _, errors) = RunnerProcess.Run(RunnerProcess.Fixture("hostile.ipynb"), "--offline", "--out", folder);
        return (folder, exitCode, errors);
    });

    [Theory]
    [InlineData("hostile.html")]
    [InlineData("index.html")]
    public async Task No_payload_runs_in_chromium_and_the_chart_and_math_still_render(string pageName)
    {
        var (folder, exitCode, errors) = Hostile.Value;
        Assert.True(exitCode == 0, errors);

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await page.GotoAsync(new Uri(Path.Combine(folder, pageName)).AbsoluteUri, new PageGotoOptions { Timeout = 120_000 });
        await page.WaitForLoadStateAsync(LoadState.Load);
        if (pageName == "hostile.html")
        {
            await page.WaitForSelectorAsync("#chart-1 .scatterlayer .trace", new PageWaitForSelectorOptions { Timeout = 120_000 });
            Assert.Contains("</script><script>", await page.Locator("#chart-1 .gtitle").TextContentAsync());  // shown as text
            Assert.True(await page.Locator(".katex").CountAsync() >= 1);
            Assert.Equal("Keptdetails stay", await page.Locator("details").TextContentAsync());
            await page.Locator("a", new PageLocatorOptions { HasText = "click me" }).ClickAsync();
            await page.Locator("#rawlink").ClickAsync();
        }

        await page.WaitForTimeoutAsync(500);  // let any onerror/onload handler fire
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => JSON.stringify(window.__pwned) ?? 'undefined'"));
        Assert.NotEqual("pwned", await page.TitleAsync());
        Assert.Empty(dialogs);
        Assert.Equal(0, await page.Locator("script:not([src]):not([type='application/json'])").CountAsync());
        Assert.Equal(0, await page.Locator("iframe, [onerror], [onload], a[href^='javascript:']").CountAsync());
    }

    [Fact]
    public async Task The_check_sees_a_payload_that_runs_on_a_page_without_the_exporter()
    {
        // The control: the same detection on the raw payload proves the assertions above can fail.
        var path = Path.Combine(RunnerProcess.TemporaryFolder(), "raw.html");
        File.WriteAllText(path, "<!DOCTYPE html><title>raw</title><img src=z onerror=\"window.__pwned=(window.__pwned||[]).concat('img');document.title='pwned';alert('img')\">");
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { Timeout = 120_000 });
        await page.WaitForTimeoutAsync(500);

        Assert.Equal("[\"img\"]", await page.EvaluateAsync<string>("() => JSON.stringify(window.__pwned) ?? 'undefined'"));
        Assert.Equal("pwned", await page.TitleAsync());
        Assert.Equal(["img"], dialogs);
    }

    [Fact]
    public void The_pages_keep_the_payloads_only_as_text()
    {
        var (folder, exitCode, errors) = Hostile.Value;
        Assert.True(exitCode == 0, errors);

        var page = File.ReadAllText(Path.Combine(folder, "hostile.html"));
        Assert.Contains("<code class=\"language-x&quot;&gt;&lt;img src=x onerror=&quot;", page);  // the kernel name, escaped
        Assert.Contains("image/png output not shown: its data is not base64", page);
        Assert.Contains("<img src=\"data:image/svg+xml;base64,", page);  // an SVG output is a picture, never inline markup
        Assert.Contains("<div class=\"output html\"><b>bold</b><img src=\"q\"></div>", page);
        var index = File.ReadAllText(Path.Combine(folder, "index.html"));
        Assert.Contains("<a href=\"hostile.html\">Hostile <img src=\"x\"> notebook</a>", index);
        Assert.Contains("<li>resist <img src=\"y\"> payloads</li>", index);
    }
}
