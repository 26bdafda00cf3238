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
    public void An_offline_site_writes_plotly_katex_and_its_scripts_once_under_assets_and_pages_reference_them()
    {
        var (folder, exitCode, errors) = OfflineFigure.Value;

        Assert.True(exitCode == 0, errors);
        var page = File.ReadAllText(Path.Combine(folder, "figure.html"));
        Assert.Contains("<script src=\"assets/plotly.min.js\"></script>", page);
        Assert.Contains("<script src=\"assets/charts.js\"></script>", page);
        Assert.Contains("<link rel=\"stylesheet\" href=\"assets/katex/katex.min.css\">", page);
        Assert.True(page.Length < 50_000, $"an offline page should reference the libraries, not inline them ({page.Length} characters)");
        Assert.Contains($"plotly.js v{PageAssets.PlotlyVersion}", File.ReadAllText(Path.Combine(folder, "assets", "plotly.min.js")));  // its banner
        var katexCss = File.ReadAllText(Path.Combine(folder, "assets", "katex", "katex.min.css"));
        Assert.Contains("src:url(fonts/KaTeX_Main-Regular.woff2) format(\"woff2\")", katexCss);
        Assert.True(File.Exists(Path.Combine(folder, "assets", "katex", "fonts", "KaTeX_Main-Regular.woff2")));
        Assert.Contains("<div class=\"chart\" id=\"chart-1\"></div>", page);
        Assert.Contains("<span class=\"math\">\\(e^{i\\pi} + 1 = 0\\)</span>", page);
    }

    [Fact]
    public void A_self_contained_page_inlines_everything_and_allows_exactly_its_scripts_by_hash()
    {
        var folder = RunnerProcess.TemporaryFolder();

        var (exitCode, _, errors) = RunnerProcess.Run(RunnerProcess.Fixture("figure.ipynb"), "--self-contained", "--out", folder);

        Assert.True(exitCode == 0, errors);
        Assert.False(Directory.Exists(Path.Combine(folder, "assets")));
        var page = File.ReadAllText(Path.Combine(folder, "figure.html"));
        Assert.DoesNotContain("<script src=", page);
        Assert.Contains($"plotly.js v{PageAssets.PlotlyVersion}", page);
        Assert.Contains("src:url(data:font/woff2;base64,", page);
        var scripts = System.Text.RegularExpressions.Regex.Matches(page, "<script>(.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.Equal(4, scripts.Count);  // KaTeX, the math script, plotly.js, the chart script
        foreach (System.Text.RegularExpressions.Match script in scripts)
        {
            var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script.Groups[1].Value)));
            Assert.Contains($"'sha256-{hash}'", page);
        }
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
        Assert.Contains("<script src=\"assets/charts.js\"></script>", page);  // the site's own scripts: written even online
        Assert.True(File.Exists(Path.Combine(folder, "assets", "charts.js")));
        Assert.False(File.Exists(Path.Combine(folder, "assets", "plotly.min.js")));
        Assert.Contains("script-src 'self' https://cdn.plot.ly/plotly-2.28.0.min.js https://cdn.jsdelivr.net/npm/katex@", page);
        Assert.True(page.Length < 200_000, $"an online page should not inline the libraries ({page.Length} characters)");
    }

    [Fact]
    public async Task An_offline_page_renders_math_and_live_charts_in_a_browser()
    {
        var (folder, exitCode, errors) = OfflineFigure.Value;
        Assert.True(exitCode == 0, errors);

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var failedRequests = new List<string>();
        var consoleErrors = new List<string>();
        page.RequestFailed += (_, request) => failedRequests.Add(request.Url);
        page.Console += (_, message) => { if (message.Type == "error") consoleErrors.Add(message.Text); };
        await page.GotoAsync(new Uri(Path.Combine(folder, "figure.html")).AbsoluteUri, new PageGotoOptions { Timeout = 120_000 });

        await page.WaitForSelectorAsync("#chart-2 .scatterlayer .trace", new PageWaitForSelectorOptions { Timeout = 120_000 });
        Assert.True(await page.Locator(".katex").CountAsync() >= 1);
        Assert.Equal(0, await page.Locator(".math .katex-error").CountAsync());
        Assert.Equal(1, await page.Locator("#chart-1 .scatterlayer .trace").CountAsync());
        Assert.Equal("squares", await page.Locator("#chart-1 .gtitle").TextContentAsync());
        Assert.Equal(1, await page.Locator("#chart-2 .scatterlayer .trace").CountAsync());
        Assert.Equal(0, await page.Locator("[id^=plot-], #chart-squares").CountAsync());  // the cell's own HTML chart never drew
        Assert.Empty(failedRequests);  // nothing was fetched from the network
        Assert.Empty(consoleErrors);  // e.g. no Content-Security-Policy refusals
    }

    [Fact]
    public async Task The_librarys_linked_sliders_and_3d_surface_draw_under_the_pages_policy_and_the_sliders_move_together()
    {
        var folder = RunnerProcess.TemporaryFolder();
        var (exitCode, _, errors) = RunnerProcess.Run(RunnerProcess.Fixture("library-charts.ipynb"), "--offline", "--out", folder);
        Assert.True(exitCode == 0, errors);

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") consoleErrors.Add(message.Text); };
        page.PageError += (_, error) => consoleErrors.Add(error);
        await page.GotoAsync(new Uri(Path.Combine(folder, "library-charts.html")).AbsoluteUri, new PageGotoOptions { Timeout = 120_000 });
        await page.WaitForFunctionAsync("() => [1, 2].every(n => { const gd = document.getElementById('chart-' + n); return gd && gd._fullLayout && gd.querySelector('.main-svg'); })",
            null, new PageWaitForFunctionOptions { Timeout = 120_000 });
        Assert.Equal(2, await page.EvaluateAsync<int>("() => document.getElementById('chart-1').layout.sliders.length"));
        Assert.Equal("surface", await page.EvaluateAsync<string>("() => document.getElementById('chart-2')._fullData[0].type"));

        // Move the first slider (w) to its first step and signal it as a user's drag does: the site's listener
        // (contract 3) shows the frame named by both sliders' values, so the curve changes.
        var moved = await page.EvaluateAsync<bool>("""
            async () => {
              const gd = document.getElementById('chart-1');
              const before = JSON.stringify(gd.data[1].y);
              await Plotly.relayout(gd, { 'sliders[0].active': 0 });
              gd.emit('plotly_sliderchange', { slider: gd._fullLayout.sliders[0], step: gd._fullLayout.sliders[0].steps[0] });
              await new Promise(r => setTimeout(r, 500));
              return JSON.stringify(gd.data[1].y) !== before;
            }
            """);
        Assert.True(moved, "the linked sliders did not show another frame");
        Assert.Empty(consoleErrors);  // no Content-Security-Policy refusal, no script error
    }

    [Fact]
    public void The_page_highlights_code_and_shows_outputs_in_order()
    {
        var (folder, _, _) = OfflineFigure.Value;

        var page = File.ReadAllText(Path.Combine(folder, "figure.html"));
        Assert.Contains("<span class=\"kw\">public</span> <span class=\"kw\">class</span> ChartFormatterSource", page);
        Assert.Contains("<span class=\"prompt\">[2]</span>", page);
        var console = page.IndexOf("a chart follows", StringComparison.Ordinal);
        var squares = page.IndexOf("\"name\":\"squares\"", StringComparison.Ordinal);
        var cubes = page.IndexOf("\"name\":\"cubes\"", StringComparison.Ordinal);
        Assert.True(console < squares && squares < cubes);
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
