using Microsoft.Playwright;
using NotebookNN.Plotting;

namespace NotebookNN.Tests.Plotting;

/// <summary>
/// One headless Chromium shared by every browser test, and the local plotly.js they inline.
/// Fails (never skips) with what to install when Chromium or node_modules is missing.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The repository root (the folder holding NotebookNN.sln).</summary>
    public string RepositoryRoot { get; } = SampleFigures.FindRoot();

    /// <summary>node_modules/plotly.js-dist-min/plotly.min.js under the repository root.</summary>
    public string PlotlyJsPath => Path.Combine(RepositoryRoot, PlotlyJs.NpmRelativePath);

    /// <summary>The npm copy of plotly.js as a file address, for pages that load it by script tag.</summary>
    public string PlotlyJsUri => new Uri(PlotlyJsPath).AbsoluteUri;

    /// <summary>artifacts/figures under the repository root, where screenshots and pages go.</summary>
    public string ArtifactsFolder => Path.Combine(RepositoryRoot, "artifacts", "figures");

    /// <summary>The browser (after <see cref="InitializeAsync"/>).</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser fixture was not initialised.");

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        if (!File.Exists(PlotlyJsPath))
            throw new InvalidOperationException(
                $"plotly.js is missing at {PlotlyJsPath}. Run 'npm ci' in {RepositoryRoot} (or run the tests with 'bash scripts/test.sh', which does it).");
        string chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } fromEnvironment ? fromEnvironment : "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException(
                $"Chromium was not found at {chromium}. Install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH, or run the tests with 'bash scripts/test.sh', which finds or installs it.");
        Directory.CreateDirectory(ArtifactsFolder);
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--enable-unsafe-swiftshader"],
        });
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>
    /// Opens <paramref name="html"/> (written to artifacts/figures/<paramref name="name"/>.html) in a new page,
    /// waits until <paramref name="plotCount"/> plots are drawn, saves a PNG screenshot, and reports
    /// the console errors and each plot's trace count.
    /// </summary>
    public async Task<RenderResult> RenderAsync(string html, string name, int plotCount = 1, Func<IPage, Task>? beforeLoad = null)
    {
        string htmlPath = Path.Combine(ArtifactsFolder, name + ".html");
        await File.WriteAllTextAsync(htmlPath, html);
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 700 } });
        try
        {
            var errors = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                    errors.Add(message.Text);
            };
            page.PageError += (_, error) => errors.Add(error);
            if (beforeLoad is not null)
                await beforeLoad(page);
            await page.GotoAsync(new Uri(htmlPath).AbsoluteUri);
            await page.WaitForFunctionAsync(
                "n => { const plots = document.querySelectorAll('.js-plotly-plot'); return plots.length >= n && Array.from(plots).every(p => p._fullLayout && p.querySelector('.main-svg')); }",
                plotCount, new PageWaitForFunctionOptions { Timeout = 30_000 });
            var traceCounts = await page.EvaluateAsync<int[]>("() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(p => p.data.length)");
            string screenshot = Path.Combine(ArtifactsFolder, name + ".png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
            return new RenderResult(traceCounts, errors, screenshot, page);
        }
        catch
        {
            await page.CloseAsync();
            throw;
        }
    }
}

/// <summary>What a rendered page showed. Dispose closes the page.</summary>
/// <param name="TraceCounts">data.length of each plot on the page, in page order.</param>
/// <param name="ConsoleErrors">Console errors and uncaught exceptions.</param>
/// <param name="ScreenshotPath">The PNG written.</param>
/// <param name="Page">The still-open page, for further checks.</param>
public sealed record RenderResult(int[] TraceCounts, List<string> ConsoleErrors, string ScreenshotPath, IPage Page) : IAsyncDisposable
{
    /// <inheritdoc/>
    public ValueTask DisposeAsync() => new(Page.CloseAsync());
}

/// <summary>The browser tests share one <see cref="BrowserFixture"/> and run one after another.</summary>
[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
