using NotebookNN.Plotting;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace NotebookNN.Tests.Plotting;

/// <summary>Every kind of course chart drawn by real plotly.js in headless Chromium; screenshots go to artifacts/figures/.</summary>
[Collection("browser")]
public sealed class FigureBrowserTests(BrowserFixture browser)
{
    private static readonly Lazy<Dictionary<string, (GenericChart Figure, int Traces)>> Samples = new(() => SampleFigures.Build(SampleFigures.FindRoot()));

    public static TheoryData<string> Names => SampleFigures.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Standard_chart_renders_with_every_trace_and_its_frames_and_no_console_error(string name)
    {
        var (figure, traces) = Samples.Value[name];
        FigureView view = figure;
        await using var result = await browser.RenderAsync(figure.ToHtmlPage(browser.PlotlyJsUri), name);
        Assert.Empty(result.ConsoleErrors);
        Assert.Equal([traces], result.TraceCounts);
        Assert.True(new FileInfo(result.ScreenshotPath).Length > 5_000, $"the screenshot {result.ScreenshotPath} is nearly empty");
        string title = await result.Page.EvaluateAsync<string>("() => document.querySelector('.gtitle')?.textContent ?? ''");
        Assert.Equal(view.Title, title);
        await result.Page.WaitForFunctionAsync("n => document.querySelector('.js-plotly-plot')._transitionData._frames.length === n", view.Frames.Count);
    }

    [Fact]
    public async Task Linked_sliders_keep_each_others_value_when_a_learner_clicks_them()
    {
        var (figure, _) = Samples.Value["neuron-slider"];
        await using var result = await browser.RenderAsync(figure.ToHtmlPage(browser.PlotlyJsUri), "neuron-slider-moved");
        await ClickTheSliders(result.Page, ((FigureView)figure).Frames.Count);
        Assert.Empty(result.ConsoleErrors);
    }

    [Fact]
    public async Task Notebook_html_loads_plotly_through_require_js_as_Plotly_NET_Interactive_does_and_keeps_its_frames()
    {
        // A minimal AMD loader with require.js's API (config with context and paths, s.contexts), standing in for
        // the one Polyglot Notebooks and Jupyter provide; it loads the configured path + ".js" by script tag.
        const string Loader = """
            <script>
            window.requireCalls = [];
            window.requirejs = function () { throw new Error('only contexts are used here'); };
            window.requirejs.s = { contexts: {} };
            window.requirejs.config = function (config) {
              var paths = config.paths || {};
              var context = window.requirejs.s.contexts[config.context] || { paths: {}, loaded: null, waiting: [] };
              Object.assign(context.paths, paths);
              context.require = function (deps, ok) {
                window.requireCalls.push(deps.join(','));
                if (context.loaded) { ok(context.loaded); return; }
                context.waiting.push(ok);
                if (context.waiting.length > 1) return;
                var s = document.createElement('script');
                s.src = context.paths[deps[0]] + '.js';
                s.onload = function () { context.loaded = window.Plotly; delete window.Plotly; context.waiting.forEach(function (f) { f(context.loaded); }); };
                document.head.appendChild(s);
              };
              window.requirejs.s.contexts[config.context] = context;
              return context.require;
            };
            window.require = window.requirejs;
            </script>
            """;
        var (slider, _) = Samples.Value["neuron-slider"];
        string page = $"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{Loader}</head><body>"
            + slider.ToNotebookHtml() + Charts.SoftmaxBars([0.3, 0.7]).ToNotebookHtml() + "</body></html>";
        string cdn = $"https://cdn.plot.ly/plotly-{PlotlyJs.Version}.min.js";
        await using var result = await browser.RenderAsync(page, "notebook-require", plotCount: 2, beforeLoad: p => p.RouteAsync(cdn, route =>
            route.FulfillAsync(new() { Path = browser.PlotlyJsPath, ContentType = "text/javascript" })));
        Assert.Empty(result.ConsoleErrors);
        Assert.Equal([3, 1], result.TraceCounts);
        Assert.Equal(["fsharp-plotly"], await result.Page.EvaluateAsync<string[]>("() => Object.keys(window.requirejs.s.contexts)"));
        Assert.Null(await result.Page.EvaluateAsync<object?>("() => window.Plotly ?? null"));
        await ClickTheSliders(result.Page, ((FigureView)slider).Frames.Count);
    }

    [Fact]
    public async Task Hostile_title_is_shown_as_text_and_cannot_close_the_script()
    {
        const string Hostile = "</script><script>window.hacked = 1</script><img src=x onerror=\"window.hacked=2\"> & \u2028 done";
        var figure = Chart.Line<double, double, string>(x: [1.0, 2, 3], y: [1.0, double.NaN, 3], Name: Hostile).WithTitle(Hostile).WithXTitle(Hostile)
            .WithAnimation([ChartMovement.Frame(Hostile, Chart.Line<double, double, string>(x: [1.0, 2], y: [2.0, 1]), title: Hostile)]);
        await using var result = await browser.RenderAsync(figure.ToHtmlPage(browser.PlotlyJsUri), "hostile-strings");
        Assert.Empty(result.ConsoleErrors);
        Assert.Equal([1], result.TraceCounts);
        Assert.Null(await result.Page.EvaluateAsync<int?>("() => window.hacked ?? null"));
    }

    /// <summary>Clicks the neuron slider's w and b sliders as a learner would and checks each keeps the other's value.</summary>
    private static async Task ClickTheSliders(Microsoft.Playwright.IPage page, int frameCount)
    {
        await page.WaitForFunctionAsync("n => document.querySelector('.js-plotly-plot')._transitionData._frames.length === n", frameCount);

        // Click the tick of a step on a slider (sliders are drawn top to bottom: w, then b).
        async Task ClickStep(int slider, int step)
        {
            var rails = await page.QuerySelectorAllAsync(".slider-group .slider-rail-rect");
            var ticks = await (await page.QuerySelectorAllAsync(".slider-group"))[slider].QuerySelectorAllAsync(".slider-tick-rect");
            var rail = (await rails[slider].BoundingBoxAsync())!;
            var tick = (await ticks[step].BoundingBoxAsync())!;
            await page.Mouse.ClickAsync(tick.X + tick.Width / 2, rail.Y + rail.Height / 2);
            await page.WaitForTimeoutAsync(200);
        }
        async Task<double> Y100() => await page.EvaluateAsync<double>("() => document.querySelector('.js-plotly-plot').data[1].y[100]");
        var sigmoid = Activation.Sigmoid;
        double x100 = -6 + 12.0 * 100 / 160;
        Assert.Equal(sigmoid.Apply(x100), await Y100(), 12);

        await ClickStep(slider: 0, step: 6);   // w = 2 (weights -2, -1, -0.5, 0, 0.5, 1, 2, 4)
        Assert.Equal(sigmoid.Apply(2 * x100), await Y100(), 12);
        await ClickStep(slider: 1, step: 1);   // b = -3 (biases -4 .. 4): w stays 2
        Assert.Equal(sigmoid.Apply(2 * x100 - 3), await Y100(), 12);
        await ClickStep(slider: 0, step: 7);   // w = 4: b stays -3
        Assert.Equal(sigmoid.Apply(4 * x100 - 3), await Y100(), 12);
        string title = await page.EvaluateAsync<string>("() => document.querySelector('.gtitle').textContent");
        Assert.Contains("w = 4, b = -3", title);
    }
}
