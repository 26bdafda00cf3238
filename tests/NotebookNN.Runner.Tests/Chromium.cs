using Microsoft.Playwright;

namespace NotebookNN.Runner.Tests;

/// <summary>Headless Chromium for the page tests (Debian's chromium, or CHROMIUM_PATH); fails saying what to install.</summary>
internal static class Chromium
{
    /// <summary>Starts Playwright and a headless Chromium; dispose both.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        var path = !string.IsNullOrEmpty(configured) ? configured : "/usr/bin/chromium";
        Assert.True(File.Exists(path), $"the browser test needs Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH (looked for {path})");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--enable-unsafe-swiftshader"],
        });
        return (playwright, browser);
    }
}
