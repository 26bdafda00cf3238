using Microsoft.Playwright;

namespace NotebookNN.Runner.Tests;

/// <summary>The exported pages: content checked as text, and rendering checked in headless Chromium (offline).</summary>
public class HtmlExporterTests
{
    private static readonly Lazy<(string Folder, int ExitCode, string Errors)> OfflineFigure = new(() =>
    {
        var folder = RunnerProcess.TemporaryFolder();
        var (exitCode, _, errors) = RunnerProcess.Run(RunnerProcess.Fixture("figure.ipynb"), "--offline", "--out", folder);
        return (folder, exitCode, errors);
    });

    [Fact]
    public void An_offline_page_inlines_plotly_and_katex_and_holds_the_figure_and_the_math()
    {
        var (folder, exitCode, errors) = OfflineFigure.Value;

        Assert.True(exitCode == 0, errors);
        var page = File.ReadAllText(Path.Combine(folder, "figure.html"));
        Assert.DoesNotContain("<script src=", page);
        Assert.Contains($"plotly.js v{PageAssets.PlotlyVersion}", page);  // plotly.min.js's banner
        Assert.Contains("katex", page);
        Assert.Contains("src:url(data:font/woff2;base64,", page);
        Assert.DoesNotContain("url(fonts/", page);
        Assert.Contains("<div id=\"chart-squares\" class=\"chart\"></div>", page);
        Assert.Contains("<span class=\"math\">\\(e^{i\\pi} + 1 = 0\\)</span>", page);
    }

    [Fact]
    public void Without_offline_a_page_loads_the_pinned_plotly_and_katex_from_cdns()
    {
        var folder = RunnerProcess.TemporaryFolder();

        var (exitCode, _, errors) = RunnerProcess.Run(RunnerProcess.Fixture("figure.ipynb"), "--out", folder);

        Assert.True(exitCode == 0, errors);
        var page = File.ReadAllText(Path.Combine(folder, "figure.html"));
        Assert.Contains("<script src=\"https://cdn.plot.ly/plotly-2.28.0.min.js\"", page);
        Assert.Contains($"https://cdn.jsdelivr.net/npm/katex@{PageAssets.KatexVersion}/dist/katex.min.js", page);
        Assert.True(page.Length < 200_000, $"an online page should not inline the libraries ({page.Length} characters)");
    }

    [Fact]
    public async Task An_offline_page_renders_math_and_live_charts_in_a_browser()
    {
        var (folder, exitCode, errors) = OfflineFigure.Value;
        Assert.True(exitCode == 0, errors);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        var failedRequests = new List<string>();
        page.RequestFailed += (_, request) => failedRequests.Add(request.Url);
        await page.GotoAsync(new Uri(Path.Combine(folder, "figure.html")).AbsoluteUri);

        await page.WaitForSelectorAsync("#chart-cubes .scatterlayer .trace", new PageWaitForSelectorOptions { Timeout = 30_000 });
        Assert.True(await page.Locator(".katex").CountAsync() >= 1);
        Assert.Equal(0, await page.Locator(".math .katex-error").CountAsync());
        Assert.Equal(1, await page.Locator("#chart-squares .scatterlayer .trace").CountAsync());
        Assert.Equal(1, await page.Locator("#chart-cubes .scatterlayer .trace").CountAsync());
        Assert.Empty(failedRequests);  // nothing was fetched from the network
    }

    [Fact]
    public void The_page_highlights_code_and_shows_outputs_in_order()
    {
        var (folder, _, _) = OfflineFigure.Value;

        var page = File.ReadAllText(Path.Combine(folder, "figure.html"));
        Assert.Contains("<span class=\"kw\">public</span> <span class=\"kw\">class</span> ChartFormatterSource", page);
        Assert.Contains("<span class=\"prompt\">[2]</span>", page);
        var console = page.IndexOf("a chart follows", StringComparison.Ordinal);
        var squares = page.IndexOf("id=\"chart-squares\"", StringComparison.Ordinal);
        var cubes = page.IndexOf("id=\"chart-cubes\"", StringComparison.Ordinal);
        Assert.True(console < squares && squares < cubes);
    }

    private static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        var path = !string.IsNullOrEmpty(configured) ? configured : "/usr/bin/chromium";
        Assert.True(File.Exists(path), $"the browser test needs Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH (looked for {path})");
        return path;
    }
}

public class IndexPageNumberingTests
{
    [Fact]
    public void Titles_that_carry_their_own_number_are_not_numbered_twice()
    {
        var exporter = new HtmlExporter(PageAssets.Online());
        var summary = new ExecutionSummary(3, 0, 0, false);
        var page = exporter.IndexPage("series", [
            new IndexEntry("01-a.html", new NotebookOverview("01 — The neuron", []), summary),
            new IndexEntry("b.html", new NotebookOverview("Appendix", []), summary),
        ]);
        Assert.DoesNotContain("<span class=\"number\">1.</span>", page);
        Assert.Contains("<span class=\"number\">2.</span><a href=\"b.html\">", page);
    }
}
