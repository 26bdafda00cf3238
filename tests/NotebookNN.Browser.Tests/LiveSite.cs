using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace NotebookNN.Browser.Tests;

/// <summary>
/// Notebook 01 exported by the real runner (live cells included, --offline) and served by the runner's own
/// <c>serve</c> on 127.0.0.1, opened in headless Chromium with every request routed: anything not on the loopback
/// server is refused and recorded. Fails (never skips) with what to install when Chromium is missing.
/// </summary>
public sealed class LiveSite : IAsyncLifetime
{
    /// <summary>The notebook the tests run.</summary>
    public const string Notebook = "01-the-neuron";

    private Process? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The repository root (the folder holding NotebookNN.sln).</summary>
    public string RepositoryRoot { get; } = FindRoot();

    /// <summary>The exported site's folder.</summary>
    public string SiteFolder => Path.Combine(RepositoryRoot, "artifacts", "browser-tests", "site");

    /// <summary>The served site's address, ending in '/'.</summary>
    public string Url { get; private set; } = "";

    /// <summary>How long the runner took to run the notebook (its own figure, from its closing table).</summary>
    public double RunnerSeconds { get; private set; }

    /// <summary>Requests the page tried to make to anywhere but the loopback server (all refused).</summary>
    public List<string> ExternalRequests { get; } = [];

    /// <summary>The executed notebook the runner wrote.</summary>
    public JsonObject Executed => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(SiteFolder, Notebook + ".ipynb")))!;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        string chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } fromEnvironment ? fromEnvironment : "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException(
                $"Chromium was not found at {chromium}. Install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH, or run the tests with 'bash scripts/test.sh'.");
        var (exitCode, output) = RunRunner($"notebooks/{Notebook}.ipynb", "--offline", "--out", SiteFolder);
        if (exitCode != 0 || !File.Exists(Path.Combine(SiteFolder, "assets", "live", "live.js")))
            throw new InvalidOperationException($"the runner's export with live cells failed (exit {exitCode}):\n{output}");
        var seconds = output.Split('\n').FirstOrDefault(l => l.StartsWith("total", StringComparison.Ordinal))?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        RunnerSeconds = double.Parse(seconds ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        _server = Process.Start(Runner("serve", SiteFolder))!;
        var line = await _server.StandardOutput.ReadLineAsync() ?? "";
        Url = line.Split(' ').FirstOrDefault(w => w.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"serve printed no address: {line}{await _server.StandardError.ReadToEndAsync()}");

        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--enable-unsafe-swiftshader"],
        });
    }

    /// <summary>Opens the notebook's page, waits until its cells can run, and reports how long that took.</summary>
    public async Task<(IPage Page, double ReadySeconds)> OpenAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 800 } });
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(Url, StringComparison.Ordinal) || route.Request.Url.StartsWith("file://", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            lock (ExternalRequests)
                ExternalRequests.Add(route.Request.Url);
            await route.AbortAsync();
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(180_000);
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(Url + Notebook + ".html");
        await page.EvaluateAsync("() => window.notebookNN.ready");
        return (page, clock.Elapsed.TotalSeconds);
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
    }

    private (int ExitCode, string Output) RunRunner(params string[] arguments)
    {
        using var process = Process.Start(Runner(arguments))!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + errors.Result);
    }

    private ProcessStartInfo Runner(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NotebookNN.Runner.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return start;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NotebookNN.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("the tests must run inside the NotebookNN repository");
    }
}

/// <summary>What <c>window.notebookNN.run(i)</c> gives back.</summary>
public sealed record CellResult
{
    /// <summary>For Playwright, which fills in the properties.</summary>
    public CellResult()
    {
    }

    /// <summary>A result with its status and text.</summary>
    public CellResult(string status, string text) => (Status, Text) = (status, text);

    /// <summary>"ok" or "error".</summary>
    public string Status { get; set; } = "";

    /// <summary>What the cell printed or displayed as text, or the error message.</summary>
    public string Text { get; set; } = "";
}

/// <summary>The live-cell tests share one exported, served site and one browser, and run one after another.</summary>
[CollectionDefinition("live site")]
public sealed class LiveSiteCollection : ICollectionFixture<LiveSite>;
