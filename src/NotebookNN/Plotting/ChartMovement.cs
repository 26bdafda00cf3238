using Giraffe.ViewEngine;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using Newtonsoft.Json;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace NotebookNN.Plotting;

/// <summary>
/// Movement for Plotly.NET charts: animation frames with a slider and play buttons, and linked sliders.
/// Plotly.NET 6 has <see cref="Frame"/>, <see cref="Slider"/> and <see cref="UpdateMenu"/> but a
/// <see cref="GenericChart"/> cannot hold frames, so this is the one extension over it: the frames are kept
/// on the chart's <see cref="DisplayOptions"/> (a DynamicObj, under <see cref="FramesProperty"/>), written
/// into the figure JSON by <see cref="PlotlyFigure.ToFigureJson"/>, and added to the chart's own HTML by a
/// short script in its description (Plotly.NET's <c>Chart.withDescription</c>) that calls
/// <c>Plotly.addFrames</c> once the chart is drawn (and, for linked sliders, listens as contract 3 says).
/// </summary>
public static class ChartMovement
{
    /// <summary>The DisplayOptions property that holds a chart's frames.</summary>
    public const string FramesProperty = "NotebookNNFrames";

    /// <summary>
    /// A frame: new data for some of the chart's traces, shown by a slider step or the play button.
    /// </summary>
    /// <param name="name">Unique name, shown on the slider.</param>
    /// <param name="data">A chart whose traces replace the figure's.</param>
    /// <param name="traceIndices">Which of the figure's traces they replace, in order; the first ones when null.</param>
    /// <param name="title">A title while this frame shows, or null to keep the chart's.</param>
    /// <param name="xRange">The x-axis range while this frame shows, or null.</param>
    /// <param name="yRange">The y-axis range while this frame shows, or null.</param>
    public static Frame Frame(string name, GenericChart data, IReadOnlyList<int>? traceIndices = null, string? title = null, (double Min, double Max)? xRange = null, (double Min, double Max)? yRange = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(data);
        var traces = GenericChart.getTraces(data).ToArray();
        if (traceIndices is not null && traceIndices.Count != traces.Length)
            throw new ArgumentException($"Frame '{name}' has {traces.Length} traces but {traceIndices.Count} trace indices; it needs one index per trace.", nameof(traceIndices));
        var frame = new Frame();
        frame.SetProperty("name", name);
        frame.SetProperty("data", traces);
        if (traceIndices is not null)
            frame.SetProperty("traces", traceIndices.ToArray());
        var layout = new Layout();
        if (title is not null)
            DynamicPath.Set(layout, "title.text", title);
        if (xRange is { } x)
            DynamicPath.Set(layout, "xaxis.range", new[] { x.Min, x.Max });
        if (yRange is { } y)
            DynamicPath.Set(layout, "yaxis.range", new[] { y.Min, y.Max });
        if (layout.GetPropertyNames(false).Any())
            frame.SetProperty("layout", layout);
        return frame;
    }

    /// <summary>The name of a frame.</summary>
    public static string NameOf(Frame frame) => DynamicPath.Get(frame, "name") as string ?? "";

    /// <summary>The chart's frames (empty for a still chart).</summary>
    public static IReadOnlyList<Frame> GetFrames(this GenericChart chart) =>
        DynamicPath.Get(GenericChart.getDisplayOptions(chart), FramesProperty) as List<Frame> ?? [];

    /// <summary>Adds frames (without controls); names must be unique across the chart.</summary>
    /// <exception cref="ArgumentException">A frame name repeats, or a frame points past the chart's traces.</exception>
    public static GenericChart WithFrames(this GenericChart chart, IEnumerable<Frame> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var all = chart.GetFrames().ToList();
        int traceCount = GenericChart.getTraces(chart).Count();
        foreach (var frame in frames)
        {
            string name = NameOf(frame);
            if (all.Any(f => NameOf(f) == name))
                throw new ArgumentException($"Two frames are named '{name}'; frame names must be unique.", nameof(frames));
            if (DynamicPath.Get(frame, "traces") is int[] indices && indices.Any(i => i < 0 || i >= traceCount))
                throw new ArgumentException($"Frame '{name}' replaces traces [{string.Join(", ", indices)}], but the chart has {traceCount} traces (0 to {traceCount - 1}).", nameof(frames));
            all.Add(frame);
        }
        GenericChart.getDisplayOptions(chart).SetProperty(FramesProperty, all);
        return WithMovementScript(chart);
    }

    /// <summary>
    /// Makes the chart an animation: adds the frames, a slider with one step per frame and play/pause buttons.
    /// </summary>
    /// <param name="chart">The chart, showing the data of <paramref name="activeFrame"/>.</param>
    /// <param name="frames">The frames, in playing order.</param>
    /// <param name="sliderLabel">Text before the current frame's name on the slider, e.g. "epoch ".</param>
    /// <param name="frameDurationMs">How long the play button shows each frame.</param>
    /// <param name="activeFrame">The frame whose step is selected at the start; the first when null.</param>
    public static GenericChart WithAnimation(this GenericChart chart, IReadOnlyList<Frame> frames, string sliderLabel = "", int frameDurationMs = 400, int? activeFrame = null)
    {
        ArgumentNullException.ThrowIfNull(frames);
        if (activeFrame is { } active && (active < 0 || active >= frames.Count))
            throw new ArgumentOutOfRangeException(nameof(activeFrame), $"The active frame {active} is not one of the {frames.Count} frames (0 to {frames.Count - 1}).");
        return chart.WithFrames(frames)
            .WithSlider(sliderLabel, [.. frames.Select(NameOf)], activeStep: activeFrame ?? 0)
            .WithPlayButtons(frameDurationMs);
    }

    /// <summary>Adds a slider (Plotly.NET's <see cref="Slider"/>) whose steps show the named frames; several stack below the plot.</summary>
    /// <exception cref="ArgumentException">A step names a frame the chart does not have, or the labels do not match the steps.</exception>
    public static GenericChart WithSlider(this GenericChart chart, string label, IReadOnlyList<string> frameNames, IReadOnlyList<string>? stepLabels = null, int activeStep = 0)
    {
        ArgumentNullException.ThrowIfNull(frameNames);
        if (stepLabels is not null && stepLabels.Count != frameNames.Count)
            throw new ArgumentException($"{stepLabels.Count} step labels for {frameNames.Count} frames.", nameof(stepLabels));
        var names = chart.GetFrames().Select(NameOf).ToHashSet();
        var missing = frameNames.FirstOrDefault(n => !names.Contains(n));
        if (missing is not null)
            throw new ArgumentException($"The slider refers to a frame '{missing}' that the chart does not have; add the frames first.", nameof(frameNames));
        var steps = frameNames.Select((name, i) => Step(stepLabels?[i] ?? name, "animate", name, [new[] { name }, AnimateOptions(0)])).ToArray();
        return AddSlider(chart, label, activeStep, steps);
    }

    /// <summary>Adds ▶ Play and ❚❚ Pause buttons (Plotly.NET's <see cref="UpdateMenu"/>) that run the frames.</summary>
    public static GenericChart WithPlayButtons(this GenericChart chart, int frameDurationMs = 400)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frameDurationMs);
        var play = new UpdateMenuButton();
        DynamicPath.Set(play, "label", "▶ Play");
        DynamicPath.Set(play, "method", "animate");
        DynamicPath.Set(play, "args", new object?[] { null, AnimateOptions(frameDurationMs, fromCurrent: true) });
        var pause = new UpdateMenuButton();
        DynamicPath.Set(pause, "label", "❚❚ Pause");
        DynamicPath.Set(pause, "method", "animate");
        DynamicPath.Set(pause, "args", new object?[] { new object?[] { null }, AnimateOptions(0) });
        var menu = new UpdateMenu();
        DynamicPath.Set(menu, "type", "buttons");
        DynamicPath.Set(menu, "direction", "left");
        DynamicPath.Set(menu, "showactive", false);
        DynamicPath.Set(menu, "x", 0.1);
        DynamicPath.Set(menu, "xanchor", "right");
        DynamicPath.Set(menu, "y", 0);
        DynamicPath.Set(menu, "yanchor", "top");
        DynamicPath.Set(menu, "pad", new Dictionary<string, int> { ["t"] = 82, ["r"] = 10 });
        DynamicPath.Set(menu, "buttons", new[] { play, pause });
        return Chart.withUpdateMenu(menu, FSharpOption<bool>.Some(false)).Invoke(chart);
    }

    /// <summary>The name of the frame that linked sliders show for one value of each slider, e.g. "w=2, b=-3".</summary>
    public static string LinkedFrameName(params IEnumerable<string> values) => string.Join(", ", values);

    /// <summary>
    /// Adds sliders that work together (contract 3), e.g. one for w and one for b: moving any of them shows the frame
    /// named <see cref="LinkedFrameName"/>(every slider's current value). Steps do nothing themselves ("skip");
    /// <c>layout.meta.linkedSliders</c> tells whoever draws the chart to add the listener.
    /// </summary>
    /// <exception cref="ArgumentException">No sliders, a slider without values or with an active step out of range, or a combination without a frame.</exception>
    public static GenericChart WithLinkedSliders(this GenericChart chart, params IReadOnlyList<LinkedSlider> sliders)
    {
        ArgumentNullException.ThrowIfNull(sliders);
        if (sliders.Count == 0)
            throw new ArgumentException("WithLinkedSliders needs at least one slider.", nameof(sliders));
        foreach (var slider in sliders)
        {
            if (slider.Values.Count == 0 || slider.ActiveStep < 0 || slider.ActiveStep >= slider.Values.Count)
                throw new ArgumentException($"The slider '{slider.Label}' has {slider.Values.Count} values and active step {slider.ActiveStep}; it needs at least one value and an active step among them.", nameof(sliders));
        }
        var names = chart.GetFrames().Select(NameOf).ToHashSet();
        IEnumerable<IEnumerable<string>> combinations = [[]];
        foreach (var slider in sliders)
            combinations = [.. combinations.SelectMany(c => slider.Values.Select(v => c.Append(v)))];
        var missing = combinations.Select(c => LinkedFrameName(c)).FirstOrDefault(n => !names.Contains(n));
        if (missing is not null)
            throw new ArgumentException($"The linked sliders need a frame named '{missing}'; add one frame per combination of values first.", nameof(sliders));
        foreach (var slider in sliders)
        {
            var steps = slider.Values.Select((v, i) => Step(slider.StepLabels?[i] ?? v, "skip", v, null)).ToArray();
            chart = AddSlider(chart, slider.Label, slider.ActiveStep, steps);
        }
        chart.WithLayout("meta.linkedSliders", true);
        return WithMovementScript(chart);
    }

    /// <summary>True when the chart has linked sliders (<c>layout.meta.linkedSliders</c>).</summary>
    public static bool HasLinkedSliders(this GenericChart chart) =>
        DynamicPath.Get(GenericChart.getLayout(chart), "meta.linkedSliders") is true;

    private static SliderStep Step(string label, string method, string value, object?[]? args)
    {
        var step = new SliderStep();
        DynamicPath.Set(step, "label", label);
        DynamicPath.Set(step, "method", method);
        DynamicPath.Set(step, "value", value);
        if (args is not null)
            DynamicPath.Set(step, "args", args);
        return step;
    }

    private static GenericChart AddSlider(GenericChart chart, string label, int activeStep, SliderStep[] steps)
    {
        var layout = GenericChart.getLayout(chart);
        var sliders = (DynamicPath.Get(layout, "sliders") as IEnumerable<Slider>)?.ToList() ?? [];
        int index = sliders.Count;
        var slider = new Slider();
        DynamicPath.Set(slider, "active", activeStep);
        DynamicPath.Set(slider, "steps", steps);
        DynamicPath.Set(slider, "x", 0.1);
        DynamicPath.Set(slider, "len", 0.9);
        DynamicPath.Set(slider, "xanchor", "left");
        DynamicPath.Set(slider, "y", 0);
        DynamicPath.Set(slider, "yanchor", "top");
        DynamicPath.Set(slider, "pad", new Dictionary<string, int> { ["t"] = 75 + 85 * index, ["b"] = 10 });
        DynamicPath.Set(slider, "currentvalue.prefix", label);
        DynamicPath.Set(slider, "currentvalue.visible", true);
        DynamicPath.Set(slider, "currentvalue.xanchor", "left");
        DynamicPath.Set(slider, "currentvalue.font.size", Theme.FontSize + 1);
        // Plotly.NET's withSlider puts an appended slider first; the order matters (linked frame names), so pass them all.
        chart = Chart.withSliders([.. sliders, slider], FSharpOption<bool>.Some(false)).Invoke(chart);
        int count = index + 1;
        int height = DynamicPath.Get(layout, "height") is int h ? h : Theme.DefaultHeight;
        return chart.WithLayout("margin.b", 170 + 85 * (count - 1))
            .WithLayout("height", Math.Max(height, Theme.DefaultHeight + 80 + 85 * (count - 1)));
    }

    private static Dictionary<string, object> AnimateOptions(int durationMs, bool fromCurrent = false)
    {
        var options = new Dictionary<string, object>
        {
            ["mode"] = "immediate",
            ["frame"] = new Dictionary<string, object> { ["duration"] = durationMs, ["redraw"] = true },
            ["transition"] = new Dictionary<string, object> { ["duration"] = 0 },
        };
        if (fromCurrent)
            options["fromcurrent"] = true;
        return options;
    }

    /// <summary>The frames as plotly.js JSON (Plotly.NET's serializer settings).</summary>
    internal static string FramesJson(GenericChart chart) => JsonConvert.SerializeObject(chart.GetFrames(), Globals.JSON_CONFIG);

    /// <summary>Puts the script that adds the frames (and the linked-slider listener) into the chart's description.</summary>
    private static GenericChart WithMovementScript(GenericChart chart)
    {
        // "</" inside the JSON would end the script element early; "<\/" means the same to JavaScript.
        string frames = FramesJson(chart).Replace("</", "<\\/", StringComparison.Ordinal);
        string script = "<script type=\"text/javascript\">\n" + MovementScript
            .Replace("[FRAMES]", frames, StringComparison.Ordinal)
            .Replace("[LINKED]", chart.HasLinkedSliders() ? "true" : "false", StringComparison.Ordinal) + "</script>";
        var nodes = ListModule.OfSeq([HtmlElements.rawText(script)]);
        return Chart.withDescription(nodes, chart);
    }

    // Runs after Plotly.NET's own chart script (the description follows the chart in the same div): finds
    // plotly.js (a global, or Plotly.NET's require.js context 'fsharp-plotly'), waits until the chart is
    // drawn, adds the frames and, for linked sliders, the listener of contract 3.
    private const string MovementScript = """
        (function () {
          var here = document.currentScript;
          var gd = here && here.parentElement ? here.parentElement.querySelector('div[id]') : null;
          if (!gd) return;
          var frames = [FRAMES];
          var linked = [LINKED];
          function withPlotly(f, tries) {
            if (window.Plotly && window.Plotly.addFrames) { f(window.Plotly); return; }
            var contexts = window.requirejs && window.requirejs.s && window.requirejs.s.contexts;
            if (contexts && contexts['fsharp-plotly']) { contexts['fsharp-plotly'].require(['plotly'], f); return; }
            if (tries < 600) setTimeout(function () { withPlotly(f, tries + 1); }, 50);
          }
          function whenDrawn(f, tries) {
            if (gd._fullLayout && typeof gd.on === 'function') { f(); return; }
            if (tries < 600) setTimeout(function () { whenDrawn(f, tries + 1); }, 50);
          }
          withPlotly(function (Plotly) {
            whenDrawn(function () {
              Plotly.addFrames(gd, frames);
              if (!linked) return;
              gd.on('plotly_sliderchange', function () {
                var name = gd.layout.sliders.map(function (s) { return s.steps[s.active].value; }).join(', ');
                Plotly.animate(gd, [name], { mode: 'immediate', frame: { duration: 0, redraw: true }, transition: { duration: 0 } });
              });
            }, 0);
          }, 0);
        })();

        """;
}
