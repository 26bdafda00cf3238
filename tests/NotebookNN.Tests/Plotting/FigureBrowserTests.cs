using NotebookNN.Plotting;

namespace NotebookNN.Tests.Plotting;

[Collection("browser")]
public sealed class FigureBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Offline_page_draws_the_figure_with_all_its_traces()
    {
        var figure = Charts.ActivationCurves(Activation.Sigmoid, Activation.Tanh);
        await using var result = await browser.RenderAsync(figure.ToHtmlPage(inlinePlotlyJsPath: browser.PlotlyJsPath), "offline-page");
        Assert.Empty(result.ConsoleErrors);
        Assert.Equal([4], result.TraceCounts);
        Assert.True(new FileInfo(result.ScreenshotPath).Length > 10_000);
    }
}
