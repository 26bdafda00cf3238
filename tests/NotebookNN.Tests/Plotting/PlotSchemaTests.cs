using System.Text.Json.Nodes;
using NotebookNN.Plotting;
using Plotly.NET;

namespace NotebookNN.Tests.Plotting;

/// <summary>
/// Every chart the course builds checked against the pinned plotly.js's own attribute schema
/// (<c>Plotly.PlotSchema.get()</c> in Chromium): each attribute path of data, layout and frames exists for its
/// trace type or axis kind, and every subplot domain lies within [0, 1]. plotly.js itself silently ignores what
/// this catches (an unknown attribute, a domain below 0).
/// </summary>
[Collection("browser")]
public sealed class PlotSchemaTests(BrowserFixture browser)
{
    // Walks a figure beside the schema; returns one message per unknown attribute or bad domain.
    private const string Validator = """
        (figure) => {
          const schema = Plotly.PlotSchema.get();
          const problems = [];
          const isAttribute = spec => spec && typeof spec === 'object' && 'valType' in spec;
          const specFor = (specs, key) => {
            if (specs[key]) return specs[key];
            const m = key.match(/^([a-z]+?)([2-9]|[1-9][0-9]+)$/);
            return m && specs[m[1]] && specs[m[1]]._isSubplotObj ? specs[m[1]] : null;
          };
          const checkDomain = (path, value) => {
            const ranges = Array.isArray(value) ? [value] : Object.values(value || {}).filter(Array.isArray);
            for (const r of ranges)
              if (!(r[0] >= 0 && r[1] <= 1 && r[0] <= r[1])) problems.push(path + ' = ' + JSON.stringify(value) + ' is outside [0, 1]');
          };
          const walk = (value, specs, path) => {
            for (const [key, v] of Object.entries(value)) {
              const spec = specFor(specs, key);
              const here = path ? path + '.' + key : key;
              if (!spec) { problems.push(here + ' is not a plotly.js attribute'); continue; }
              if (key === 'domain') checkDomain(here, v);
              if (isAttribute(spec) || v === null || typeof v !== 'object') continue;
              if (spec.items && Array.isArray(v)) {
                const itemSpec = Object.values(spec.items)[0];
                v.forEach((item, i) => item && typeof item === 'object' && walk(item, itemSpec, here + '[' + i + ']'));
              } else if (!Array.isArray(v)) {
                walk(v, spec, here);
              }
            }
          };
          const checkTraces = (traces, path) => traces.forEach((trace, i) => {
            const type = trace.type || 'scatter';
            if (!schema.traces[type]) { problems.push(path + '[' + i + '].type ' + type + ' is unknown'); return; }
            walk(trace, schema.traces[type].attributes, path + '[' + i + '](' + type + ')');
          });
          checkTraces(figure.data || [], 'data');
          walk(figure.layout || {}, schema.layout.layoutAttributes, 'layout');
          (figure.frames || []).forEach((frame, k) => {
            for (const key of Object.keys(frame))
              if (!schema.frames.items.frames_entry[key]) problems.push('frames[' + k + '].' + key + ' is not a frame attribute');
            checkTraces(frame.data || [], 'frames[' + k + '].data');
            walk(frame.layout || {}, schema.layout.layoutAttributes, 'frames[' + k + '].layout');
          });
          walk(figure.config || {}, schema.config, 'config');
          return problems;
        }
        """;

    /// <summary>One of each builder, the samples drawn in the browser tests, and charts as the notebooks style them.</summary>
    public static TheoryData<string> Names => [.. Charts().Keys];

    private static Dictionary<string, GenericChart> Charts()
    {
        var charts = SampleFigures.Build(SampleFigures.FindRoot()).ToDictionary(kv => kv.Key, kv => kv.Value.Figure);
        var tiny = Network.Create([1, 2, 2], Activation.ReLU, Activation.Identity, seed: 1);
        var towers = Network.Create([2, 3, 2], Activation.Tanh, Activation.Sigmoid, seed: 2);
        charts["worked-network"] = NotebookNN.Plotting.Charts.WorkedNetwork(tiny, ["x"], ["o1", "o2"]);
        charts["output-map"] = NotebookNN.Plotting.Charts.OutputMap(towers, 1, (-2, 2), (-2, 2), resolution: 11)
            .WithCircle(0, 0, 1).WithXTitle("x₁").WithYTitle("x₂");
        ParameterPath[] paths = [SampleFigures.DescentPath("SGD, lr = 0.1", 0.1, 30), SampleFigures.DescentPath("Adam, lr = 0.3", 0.3, 15)];
        charts["optimizer-race"] = NotebookNN.Plotting.Charts.OptimizerRace(SampleFigures.Valley, (-3, 3), (-2, 2), paths, [1, 5, 15], resolution: 20);
        charts["styled-loss-surface"] = NotebookNN.Plotting.Charts.LossSurface(SampleFigures.Valley, (-3, 3), (-2, 2), paths, resolution: 10)
            .WithZTitle("cost J").WithColorBarTitle("cost J").WithLayout("scene.zaxis.dtick", 2).WithLayout("scene.camera.eye.x", 1.9);
        charts["styled-training-history"] = NotebookNN.Plotting.Charts.TrainingHistory(SampleFigures.History("a", 0.2, true))
            .WithLogY().WithYRange(-1.5, 0.5).WithLayout("yaxis2.range", new[] { 0.7, 1.005 });
        charts["shapes-and-annotations"] = NotebookNN.Plotting.Charts.ActivationCurves(Activation.Tanh)
            .WithVerticalLine(1).WithLine(0, 0, 1, 1).WithRectangle(-1, -1, 1, 1).WithAnnotation(0, 0.5, "here", showArrow: true, color: "#000000")
            .WithLogX().WithLegendOnTop();
        return charts;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Chart_uses_only_attributes_plotly_js_knows_and_domains_within_0_and_1(string name)
    {
        var page = await browser.Browser.NewPageAsync();
        try
        {
            await page.SetContentAsync("<!DOCTYPE html><html><head></head><body></body></html>");
            await page.AddScriptTagAsync(new() { Path = browser.PlotlyJsPath });
            string figure = Charts()[name].ToFigureJson();
            var problems = await page.EvaluateAsync<string[]>($"({Validator})({figure})");
            Assert.True(problems.Length == 0, $"{name}:\n" + string.Join("\n", problems.Take(30)));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task The_validator_catches_an_unknown_attribute_and_a_domain_below_0()
    {
        var page = await browser.Browser.NewPageAsync();
        try
        {
            await page.SetContentAsync("<!DOCTYPE html><html><head></head><body></body></html>");
            await page.AddScriptTagAsync(new() { Path = browser.PlotlyJsPath });
            var bad = new JsonObject
            {
                ["data"] = new JsonArray(new JsonObject { ["type"] = "surface", ["z"] = new JsonArray(new JsonArray(1, 2)), ["automargin"] = true }),
                ["layout"] = new JsonObject
                {
                    ["xaxis"] = new JsonObject { ["domain"] = new JsonArray(-5.551115123125783e-17, 0.5) },
                    ["scene"] = new JsonObject { ["xaxis"] = new JsonObject { ["automargin"] = true } },
                },
            };
            var problems = await page.EvaluateAsync<string[]>($"({Validator})({bad.ToJsonString()})");
            Assert.Contains(problems, p => p.StartsWith("data[0](surface).automargin", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.StartsWith("layout.scene.xaxis.automargin", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.StartsWith("layout.xaxis.domain", StringComparison.Ordinal));
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
