using NotebookNN.Plotting;

namespace NotebookNN.Tests.Plotting;

/// <summary>Every standard chart drawn by real plotly.js in headless Chromium; screenshots go to artifacts/figures/.</summary>
[Collection("browser")]
public sealed class FigureBrowserTests(BrowserFixture browser)
{
    private static readonly Lazy<Dictionary<string, (Figure Figure, int Traces)>> Samples = new(() => SampleFigures.Build(SampleFigures.FindRoot()));

    public static TheoryData<string> Names => SampleFigures.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Standard_chart_renders_with_every_trace_and_no_console_error(string name)
    {
        var (figure, traces) = Samples.Value[name];
        await using var result = await browser.RenderAsync(figure.ToHtmlPage(inlinePlotlyJsPath: browser.PlotlyJsPath), name);
        Assert.Empty(result.ConsoleErrors);
        Assert.Equal([traces], result.TraceCounts);
        Assert.True(new FileInfo(result.ScreenshotPath).Length > 5_000, $"the screenshot {result.ScreenshotPath} is nearly empty");
        string title = await result.Page.EvaluateAsync<string>("() => document.querySelector('.gtitle')?.textContent ?? ''");
        Assert.Equal(figure.Title, title);
    }

    [Fact]
    public async Task Linked_sliders_keep_each_others_value_when_a_learner_clicks_them()
    {
        var (figure, _) = Samples.Value["neuron-slider"];
        await using var result = await browser.RenderAsync(figure.ToHtmlPage(inlinePlotlyJsPath: browser.PlotlyJsPath), "neuron-slider-moved");
        var page = result.Page;
        int frames = await page.EvaluateAsync<int>("() => document.querySelector('.js-plotly-plot')._transitionData._frames.length");
        Assert.Equal(figure.Frames.Count, frames);

        // Click the tick of a step on a slider, as a learner would (sliders are drawn top to bottom: w, then b).
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
        Assert.Empty(result.ConsoleErrors);
    }

    [Fact]
    public async Task Notebook_fragments_load_plotly_by_script_tag_and_many_coexist()
    {
        // No require.js and no window.Plotly: the fragments add one shared script tag pointing at the CDN,
        // which this test serves from the local npm copy.
        var figures = new[] { Charts.SoftmaxBars([0.2, 0.8]), Charts.ActivationCurves(Activation.ReLU), Charts.SoftmaxBars([0.5, 0.5]) };
        string page = FigureHtml.Page("three fragments", "", figures.Select(f => f.ToHtml()));
        int cdnRequests = 0;
        await using var result = await browser.RenderAsync(page, "notebook-fragments", plotCount: 3, beforeLoad: p => p.RouteAsync(PlotlyJs.CdnUrl, async route =>
        {
            Interlocked.Increment(ref cdnRequests);
            await route.FulfillAsync(new() { Path = browser.PlotlyJsPath, ContentType = "text/javascript" });
        }));
        Assert.Empty(result.ConsoleErrors);
        Assert.Equal([1, 2, 1], result.TraceCounts);
        Assert.Equal(1, cdnRequests);
        Assert.Equal(3, await result.Page.EvaluateAsync<int>("() => new Set(Array.from(document.querySelectorAll('.js-plotly-plot')).map(p => p.id)).size"));
    }

    [Fact]
    public async Task Notebook_fragment_uses_require_js_when_the_page_has_it()
    {
        // A minimal AMD loader with require.js's API (config with context and paths returning a require function),
        // standing in for the one Polyglot Notebooks provides; it loads the configured path + ".js" by script tag.
        const string Loader = """
            <script>
            window.requireCalls = [];
            function require(deps, ok, fail) { return window.requireContexts._.require(deps, ok, fail); }
            window.requireContexts = {};
            function makeContext(paths) {
              return { require: function (deps, ok, fail) {
                window.requireCalls.push(deps.join(','));
                var s = document.createElement('script');
                s.src = paths[deps[0]] + '.js';
                s.onload = function () { var P = window.Plotly; delete window.Plotly; ok(P); };
                s.onerror = fail;
                document.head.appendChild(s);
              } };
            }
            require.config = function (config) {
              var context = makeContext(config.paths || {});
              window.requireContexts[config.context || '_'] = context;
              return context.require;
            };
            </script>
            """;
        string page = FigureHtml.Page("require.js", Loader, Charts.SoftmaxBars([0.3, 0.7]).ToHtml("plot-require"));
        await using var result = await browser.RenderAsync(page, "notebook-fragment-require", beforeLoad: p => p.RouteAsync(PlotlyJs.RequireJsPath + ".js", route =>
            route.FulfillAsync(new() { Path = browser.PlotlyJsPath, ContentType = "text/javascript" })));
        Assert.Empty(result.ConsoleErrors);
        Assert.Equal([1], result.TraceCounts);
        Assert.Equal(["plotly"], await result.Page.EvaluateAsync<string[]>("() => window.requireCalls"));
        Assert.Equal(["notebooknn-plotly-" + PlotlyJs.Version], await result.Page.EvaluateAsync<string[]>("() => Object.keys(window.requireContexts)"));
    }

    [Fact]
    public async Task Hostile_title_is_shown_as_text_and_cannot_close_the_script()
    {
        const string Hostile = "</script><script>window.hacked = 1</script><img src=x onerror=\"window.hacked=2\"> & \u2028 done";
        var figure = Chart.Line([1.0, 2, 3], [1.0, double.NaN, 3], name: Hostile).WithTitle(Hostile).WithXTitle(Hostile);
        await using var result = await browser.RenderAsync(figure.ToHtmlPage(Hostile, browser.PlotlyJsPath), "hostile-strings");
        Assert.Empty(result.ConsoleErrors);
        Assert.Equal([1], result.TraceCounts);
        Assert.Null(await result.Page.EvaluateAsync<int?>("() => window.hacked ?? null"));
        Assert.Equal(Hostile, await result.Page.TitleAsync());
    }
}
