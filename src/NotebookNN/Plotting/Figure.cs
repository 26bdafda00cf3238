using System.Globalization;
using System.Text.Json.Nodes;

namespace NotebookNN.Plotting;

/// <summary>
/// A plotly.js figure: traces (<c>data</c>), <c>layout</c>, animation <c>frames</c> and <c>config</c>.
/// Make one with <see cref="Chart"/> or <see cref="Charts"/>, style it with the <c>With...</c> methods
/// (each changes this figure and returns it, so calls chain), and show it: as a notebook cell's
/// last value it displays as an interactive chart; <see cref="ToHtmlPage"/> and <see cref="SaveHtml"/>
/// make a standalone page.
/// </summary>
[TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class Figure : IHtmlDisplayable
{
    private readonly List<Trace> _traces;
    private readonly List<Frame> _frames = [];
    private readonly JsonObject _layout = [];
    private readonly JsonObject _config = new() { ["responsive"] = true, ["displaylogo"] = false };

    /// <summary>A figure with these traces, drawn in order (later traces on top).</summary>
    public Figure(params IEnumerable<Trace> traces)
    {
        ArgumentNullException.ThrowIfNull(traces);
        _traces = [.. traces];
    }

    /// <summary>The traces, in drawing order.</summary>
    public IReadOnlyList<Trace> Traces => _traces;

    /// <summary>The animation frames (empty for a still figure).</summary>
    public IReadOnlyList<Frame> Frames => _frames;

    /// <summary>The title text, or null.</summary>
    public string? Title => Layout("title.text")?.GetValue<string>();

    /// <summary>Reads a layout property at a dotted path (e.g. "xaxis.title.text"), or null.</summary>
    public JsonNode? Layout(string path) => PlotlyJson.GetPath(_layout, path);

    /// <summary>Adds a trace on top of the others.</summary>
    public Figure Add(Trace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        _traces.Add(trace);
        return this;
    }

    /// <summary>Sets any plotly.js layout property at a dotted path, e.g. <c>WithLayout("xaxis.type", "log")</c>.</summary>
    public Figure WithLayout(string path, object? value)
    {
        PlotlyJson.SetPath(_layout, path, value);
        return this;
    }

    /// <summary>Sets a plotly.js config property, e.g. <c>WithConfig("staticPlot", true)</c>.</summary>
    public Figure WithConfig(string path, object? value)
    {
        PlotlyJson.SetPath(_config, path, value);
        return this;
    }

    /// <summary>Sets the title above the chart.</summary>
    public Figure WithTitle(string title) => WithLayout("title.text", title);

    /// <summary>Sets the x-axis title (of the 2-D axes and of the 3-D scene, whichever the figure has).</summary>
    public Figure WithXTitle(string title) => WithAxisTitle("x", title);

    /// <summary>Sets the y-axis title (of the 2-D axes and of the 3-D scene, whichever the figure has).</summary>
    public Figure WithYTitle(string title) => WithAxisTitle("y", title);

    /// <summary>Sets the z-axis title of the 3-D scene.</summary>
    public Figure WithZTitle(string title) => WithLayout("scene.zaxis.title.text", title);

    /// <summary>
    /// Sets the title of the colour bar of every heatmap, contour and surface trace, e.g. "cost J" for a
    /// <see cref="Charts.LossSurface"/> whose colours show a cost rather than a per-example loss.
    /// </summary>
    public Figure WithColorBarTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        foreach (var trace in _traces.Where(t => t.Type is "heatmap" or "contour" or "surface"))
            trace.Set("colorbar.title.text", title);
        return this;
    }

    /// <summary>Sets the size in pixels; a null width fills the page or notebook cell.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive.</exception>
    public Figure WithSize(int? width, int height)
    {
        if (width is <= 0)
            throw new ArgumentOutOfRangeException(nameof(width), width, "The width must be positive.");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        WithLayout("width", width);
        return WithLayout("height", height);
    }

    /// <summary>Shows or hides the legend; <paramref name="title"/> puts a heading over it.</summary>
    public Figure WithLegend(bool show = true, string? title = null)
    {
        WithLayout("showlegend", show);
        return title is null ? this : WithLayout("legend.title.text", title);
    }

    /// <summary>
    /// Lays the legend out in a row between the title and the plot (out of the way of a colour bar
    /// on the right, and of sliders below) and makes room for it.
    /// </summary>
    public Figure WithLegendOnTop()
    {
        WithLayout("legend.orientation", "h").WithLayout("legend.x", 0).WithLayout("legend.xanchor", "left");
        WithLayout("legend.y", 1.02).WithLayout("legend.yanchor", "bottom");
        return WithLayout("margin.t", 115);
    }

    /// <summary>
    /// Puts the x axis on a log scale, labelled only at powers of ten (0.01, 0.1, 1, ...) when the data spans at least
    /// two of them, else at 1, 2 and 5 times a power of ten written out in full (never a bare "2" for 2000); numbers below
    /// 0.001 or above 1000 print as powers of ten (10⁻⁶), not with SI prefixes (1µ).
    /// </summary>
    public Figure WithLogX() => WithLogAxis("x");

    /// <summary>Puts the y axis on a log scale; labels as for <see cref="WithLogX"/>.</summary>
    public Figure WithLogY() => WithLogAxis("y");

    /// <summary>
    /// Gives both axes the same scale (one unit of y is as long as one unit of x), shrinking the plot area rather than
    /// widening a range, so a 45° line looks like one and circles look round.
    /// </summary>
    public Figure WithEqualAxes() =>
        WithLayout("yaxis.scaleanchor", "x").WithLayout("yaxis.scaleratio", 1)
            .WithLayout("xaxis.constrain", "domain").WithLayout("yaxis.constrain", "domain");

    /// <summary>Fixes the x-axis range.</summary>
    public Figure WithXRange(double min, double max) => WithLayout("xaxis.range", new[] { min, max });

    /// <summary>Fixes the y-axis range.</summary>
    public Figure WithYRange(double min, double max) => WithLayout("yaxis.range", new[] { min, max });

    /// <summary>Draws a straight line from (x0, y0) to (x1, y1) in data coordinates.</summary>
    public Figure WithLine(double x0, double y0, double x1, double y1, string color = "#444444", string dash = "dash", double width = 2) =>
        AddShape("line", x0, y0, x1, y1, "y", Outline(color, dash, width));

    /// <summary>Draws a vertical line at x across the whole height of the plot.</summary>
    public Figure WithVerticalLine(double x, string color = "#444444", string dash = "dash") =>
        AddShape("line", x, 0, x, 1, "paper", Outline(color, dash, 2));

    /// <summary>Shades the rectangle between (x0, y0) and (x1, y1) in data coordinates.</summary>
    public Figure WithRectangle(double x0, double y0, double x1, double y1, string fillColor = "#999999", double opacity = 0.2) =>
        AddShape("rect", x0, y0, x1, y1, "y", new JsonObject { ["width"] = 0 }, fillColor, opacity);

    /// <summary>
    /// Outlines the circle with centre (cx, cy) and radius r in data coordinates, e.g. a true boundary to
    /// compare a learned one with. It looks round only when both axes have the same scale
    /// (<see cref="WithEqualAxes"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The radius is not positive.</exception>
    public Figure WithCircle(double cx, double cy, double r, string color = "#444444", string dash = "dash", double width = 2)
    {
        if (!(r > 0))
            throw new ArgumentOutOfRangeException(nameof(r), r, "A circle's radius must be positive.");
        return AddShape("circle", cx - r, cy - r, cx + r, cy + r, "y", Outline(color, dash, width));
    }

    /// <summary>Writes <paramref name="text"/> at (x, y) in data coordinates, with an arrow pointing there if <paramref name="showArrow"/>.</summary>
    public Figure WithAnnotation(double x, double y, string text, bool showArrow = false, string? color = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var annotation = new JsonObject
        {
            ["x"] = PlotlyJson.Number(x),
            ["y"] = PlotlyJson.Number(y),
            ["xref"] = "x",
            ["yref"] = "y",
            ["text"] = text,
            ["showarrow"] = showArrow,
        };
        if (color is not null)
            annotation["font"] = new JsonObject { ["color"] = color };
        return AddToList("annotations", annotation);
    }

    /// <summary>Adds an annotation given as plotly.js JSON (any of its properties).</summary>
    public Figure WithAnnotation(JsonObject annotation) => AddToList("annotations", annotation);

    /// <summary>Adds a shape given as plotly.js JSON (any of its properties).</summary>
    public Figure WithShape(JsonObject shape) => AddToList("shapes", shape);

    /// <summary>
    /// Makes the figure an animation: adds the frames, a slider with one step per frame and
    /// play/pause buttons.
    /// </summary>
    /// <param name="frames">The frames, in playing order.</param>
    /// <param name="sliderLabel">Text before the current frame's name on the slider, e.g. "epoch ".</param>
    /// <param name="frameDurationMs">How long the play button shows each frame.</param>
    /// <param name="activeFrame">The frame whose slider step is selected at the start (the figure's own traces should show
    /// that frame); the first when null. Play always runs from the first frame when it starts at the last.</param>
    public Figure WithAnimation(IReadOnlyList<Frame> frames, string sliderLabel = "", int frameDurationMs = 400, int? activeFrame = null)
    {
        ArgumentNullException.ThrowIfNull(frames);
        if (activeFrame is { } active && (active < 0 || active >= frames.Count))
            throw new ArgumentOutOfRangeException(nameof(activeFrame), $"The active frame {active} is not one of the {frames.Count} frames (0 to {frames.Count - 1}).");
        AddFrames(frames);
        WithSlider(sliderLabel, [.. frames.Select(f => f.Name)], activeStep: activeFrame ?? 0);
        return WithPlayButtons(frameDurationMs);
    }

    /// <summary>True when the figure has sliders from <see cref="WithLinkedSliders"/>: its HTML then carries the few lines
    /// of script that show the frame named by all sliders together.</summary>
    public bool HasLinkedSliders { get; private set; }

    /// <summary>The name of the frame that <see cref="WithLinkedSliders"/> shows for one value of each slider, e.g. "w=2, b=-3".</summary>
    public static string LinkedFrameName(params IEnumerable<string> values) => string.Join(", ", values);

    /// <summary>
    /// Adds sliders that work together, e.g. one for w and one for b: moving any of them shows the frame named
    /// <see cref="LinkedFrameName"/>(current value of every slider), so each slider keeps its place when another moves.
    /// plotly.js cannot do this alone, so the figure's HTML adds a listener to its slider events.
    /// </summary>
    /// <param name="sliders">The sliders, top to bottom; every combination of their values must be a frame.</param>
    /// <exception cref="ArgumentException">No sliders, a slider without values, an active step out of range, or a combination without a frame.</exception>
    public Figure WithLinkedSliders(params IReadOnlyList<LinkedSlider> sliders)
    {
        ArgumentNullException.ThrowIfNull(sliders);
        if (sliders.Count == 0)
            throw new ArgumentException("WithLinkedSliders needs at least one slider.", nameof(sliders));
        if (_layout["sliders"] is JsonArray { Count: > 0 })
            throw new ArgumentException("WithLinkedSliders cannot be combined with sliders added by WithSlider or WithAnimation.", nameof(sliders));
        foreach (var slider in sliders)
        {
            if (slider.Values.Count == 0 || slider.ActiveStep < 0 || slider.ActiveStep >= slider.Values.Count)
                throw new ArgumentException($"The slider '{slider.Label}' has {slider.Values.Count} values and active step {slider.ActiveStep}; it needs at least one value and an active step among them.", nameof(sliders));
        }
        IEnumerable<IEnumerable<string>> combinations = [[]];
        foreach (var slider in sliders)
            combinations = [.. combinations.SelectMany(c => slider.Values.Select(v => c.Append(v)))];
        var missing = combinations.Select(c => LinkedFrameName(c)).FirstOrDefault(name => _frames.All(f => f.Name != name));
        if (missing is not null)
            throw new ArgumentException($"The linked sliders need a frame named '{missing}'; add one frame per combination of values first.", nameof(sliders));

        var json = new JsonArray();
        for (int index = 0; index < sliders.Count; index++)
        {
            var slider = sliders[index];
            var steps = new JsonArray();
            for (int i = 0; i < slider.Values.Count; i++)
                steps.Add(new JsonObject { ["label"] = slider.StepLabels?[i] ?? slider.Values[i], ["value"] = slider.Values[i], ["method"] = "skip" });
            json.Add(SliderJson(slider.Label, slider.ActiveStep, steps, index));
        }
        _layout["sliders"] = json;
        HasLinkedSliders = true;
        return MakeRoomForSliders(sliders.Count);
    }

    /// <summary>Adds animation frames (without controls); names must be unique across the figure.</summary>
    /// <exception cref="ArgumentException">A frame name repeats, or a frame's traces and indices differ in count or point past the figure's traces.</exception>
    public Figure AddFrames(IEnumerable<Frame> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        foreach (var frame in frames)
        {
            if (_frames.Any(f => f.Name == frame.Name))
                throw new ArgumentException($"Two frames are named '{frame.Name}'; frame names must be unique.", nameof(frames));
            if (frame.TraceIndices is { } indices && (indices.Count != frame.Traces.Count || indices.Any(i => i < 0 || i >= _traces.Count)))
                throw new ArgumentException($"Frame '{frame.Name}' has {frame.Traces.Count} traces and indices [{string.Join(", ", indices)}]; it needs one index per trace, each below the figure's {_traces.Count} traces.", nameof(frames));
            _frames.Add(frame);
        }
        return this;
    }

    /// <summary>
    /// Adds a slider whose steps show the named frames. Several sliders stack below the plot.
    /// </summary>
    /// <param name="label">Text shown before the current step's label, e.g. "w = ".</param>
    /// <param name="frameNames">The frame each step shows, in slider order.</param>
    /// <param name="stepLabels">The label under each step; the frame names when null.</param>
    /// <param name="activeStep">The step selected at the start.</param>
    public Figure WithSlider(string label, IReadOnlyList<string> frameNames, IReadOnlyList<string>? stepLabels = null, int activeStep = 0)
    {
        ArgumentNullException.ThrowIfNull(frameNames);
        if (HasLinkedSliders)
            throw new ArgumentException("This figure has linked sliders (WithLinkedSliders); it cannot take another slider.", nameof(frameNames));
        if (stepLabels is not null && stepLabels.Count != frameNames.Count)
            throw new ArgumentException($"{stepLabels.Count} step labels for {frameNames.Count} frames.", nameof(stepLabels));
        var missing = frameNames.FirstOrDefault(n => _frames.All(f => f.Name != n));
        if (missing is not null)
            throw new ArgumentException($"The slider refers to a frame '{missing}' that the figure does not have; add the frames first.", nameof(frameNames));
        var sliders = _layout["sliders"] as JsonArray ?? [];
        int index = sliders.Count;
        var steps = new JsonArray();
        for (int i = 0; i < frameNames.Count; i++)
        {
            steps.Add(new JsonObject
            {
                ["label"] = stepLabels?[i] ?? frameNames[i],
                ["method"] = "animate",
                ["args"] = new JsonArray(new JsonArray(frameNames[i]), AnimateOptions(0)),
            });
        }
        sliders.Add(SliderJson(label, activeStep, steps, index));
        _layout["sliders"] = sliders;
        return MakeRoomForSliders(sliders.Count);
    }

    /// <summary>Adds play and pause buttons that run through all frames in order.</summary>
    public Figure WithPlayButtons(int frameDurationMs = 400)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frameDurationMs);
        var play = new JsonObject
        {
            ["label"] = "▶ Play",
            ["method"] = "animate",
            ["args"] = new JsonArray(null, AnimateOptions(frameDurationMs, fromCurrent: true)),
        };
        var pause = new JsonObject
        {
            ["label"] = "❚❚ Pause",
            ["method"] = "animate",
            ["args"] = new JsonArray(new JsonArray((JsonNode?)null), AnimateOptions(0)),
        };
        return WithLayout("updatemenus", new JsonArray(new JsonObject
        {
            ["type"] = "buttons",
            ["direction"] = "left",
            ["showactive"] = false,
            ["x"] = 0.1,
            ["xanchor"] = "right",
            ["y"] = 0,
            ["yanchor"] = "top",
            ["pad"] = new JsonObject { ["t"] = 82, ["r"] = 10 },
            ["buttons"] = new JsonArray(play, pause),
        }));
    }

    /// <summary>The whole figure as plotly.js JSON: <c>data</c>, <c>layout</c> (over the <see cref="Theme"/>), <c>frames</c>, <c>config</c>.</summary>
    public JsonObject ToJson()
    {
        var figure = new JsonObject
        {
            ["data"] = new JsonArray([.. _traces.Select(t => t.ToJson())]),
            ["layout"] = Theme.Apply(_layout, _traces.Count == 0 || _traces.Any(t => !t.Is3D)),
        };
        if (_frames.Count > 0)
            figure["frames"] = new JsonArray([.. _frames.Select(FrameJson)]);
        figure["config"] = _config.DeepClone();
        return figure;
    }

    /// <summary>The figure as compact, HTML-safe JSON text (what plotly.js's <c>Plotly.newPlot</c> takes).</summary>
    public string ToJsonString() => PlotlyJson.Serialize(ToJson());

    /// <summary>The notebook fragment (a div with a fresh unique id, and the script that draws into it).</summary>
    public string ToHtml() => FigureHtml.Fragment(this, FigureHtml.NewDivId());

    /// <summary>The notebook fragment with a given div id (letters, digits, '-' and '_').</summary>
    public string ToHtml(string divId) => FigureHtml.Fragment(this, divId);

    /// <summary>A complete HTML page showing this figure.</summary>
    /// <param name="title">The page title; the figure's title when null.</param>
    /// <param name="inlinePlotlyJsPath">A local plotly.min.js to copy into the page (works offline); null loads plotly.js from the CDN.</param>
    public string ToHtmlPage(string? title = null, string? inlinePlotlyJsPath = null) =>
        FigureHtml.Page(title ?? Title ?? "Figure", FigureHtml.PlotlyScript(inlinePlotlyJsPath), ToHtml("plot-1"));

    /// <summary>Writes <see cref="ToHtmlPage"/> to <paramref name="path"/> (UTF-8), creating its folder.</summary>
    public void SaveHtml(string path, string? title = null, string? inlinePlotlyJsPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string page = ToHtmlPage(title, inlinePlotlyJsPath);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        File.WriteAllText(path, page);
    }

    /// <summary>A one-line summary, e.g. <c>Figure "Loss" with 2 traces (scatter x2)</c>: what text/plain shows.</summary>
    public override string ToString()
    {
        var kinds = _traces.GroupBy(t => t.Type).Select(g => g.Count() == 1 ? g.Key : $"{g.Key} x{g.Count()}");
        string traces = _traces.Count == 1 ? "1 trace" : $"{_traces.Count} traces";
        string frames = _frames.Count == 0 ? "" : $", {_frames.Count} frames";
        string title = Title is null ? "" : $" \"{Title}\"";
        return string.Create(CultureInfo.InvariantCulture, $"Figure{title} with {traces} ({string.Join(", ", kinds)}){frames}");
    }

    /// <summary>A copy of the figure's own layout (without the theme), for <see cref="Chart.Combine"/> and <see cref="Chart.Grid"/>.</summary>
    internal JsonObject LayoutCopy() => (JsonObject)_layout.DeepClone();

    /// <summary>A copy of the config.</summary>
    internal JsonObject ConfigCopy() => (JsonObject)_config.DeepClone();

    /// <summary>Merges <paramref name="layout"/> into this figure's layout (its values win).</summary>
    internal void MergeLayout(JsonObject layout) => PlotlyJson.Merge(_layout, layout);

    /// <summary>Merges <paramref name="config"/> into this figure's config.</summary>
    internal void MergeConfig(JsonObject config) => PlotlyJson.Merge(_config, config);

    private Figure WithAxisTitle(string axis, string title)
    {
        if (_traces.Count == 0 || _traces.Any(t => !t.Is3D))
            WithLayout($"{axis}axis.title.text", title);
        if (_traces.Any(t => t.Is3D))
            WithLayout($"scene.{axis}axis.title.text", title);
        return this;
    }

    private Figure WithLogAxis(string axis)
    {
        var values = _traces
            .Where(t => !t.Is3D && (t.Get($"{axis}axis")?.GetValue<string>() ?? axis) == axis)
            .SelectMany(t => t.Get(axis) as JsonArray ?? [])
            .Select(v => v is JsonValue number && number.TryGetValue(out double d) ? d : double.NaN)
            .Where(v => v > 0 && double.IsFinite(v))
            .ToList();
        WithLayout($"{axis}axis.type", "log");
        // "power": 0.001 to 1000 print as plain numbers, smaller and larger as 10⁻⁶ (not plotly's default "1µ").
        WithLayout($"{axis}axis.exponentformat", "power");
        if (values.Count == 0)
            return WithLayout($"{axis}axis.dtick", 1);
        double logMin = Math.Log10(values.Min()), logMax = Math.Log10(values.Max());
        if (Math.Floor(logMax) - Math.Ceiling(logMin) >= 1)   // two powers of ten or more inside the data
            return WithLayout($"{axis}axis.dtick", 1);
        // Less than two powers of ten: ticks at 1, 2 and 5 times each, written out in full (plotly's own "D2"
        // ticks would print a bare "2" for 2000).
        int low = (int)Math.Floor(logMin), high = (int)Math.Ceiling(logMax);
        double[] ticks = [.. Enumerable.Range(low, high - low + 1).SelectMany(e => new[] { 1, 2, 5 }.Select(m => m * Math.Pow(10, e)))];
        WithLayout($"{axis}axis.tickmode", "array");
        WithLayout($"{axis}axis.tickvals", ticks);
        return WithLayout($"{axis}axis.ticktext", ticks.Select(t => t.ToString("#,0.##########", CultureInfo.InvariantCulture)).ToArray());
    }

    private static JsonObject Outline(string color, string dash, double width) =>
        new() { ["color"] = color, ["dash"] = dash, ["width"] = width };

    /// <summary>A layout shape from (x0, y0) to (x1, y1): x in data coordinates, y in data ("y") or plot-height ("paper") units.</summary>
    private Figure AddShape(string type, double x0, double y0, double x1, double y1, string yref, JsonObject line, string? fillColor = null, double? opacity = null)
    {
        var shape = new JsonObject
        {
            ["type"] = type,
            ["x0"] = x0,
            ["y0"] = y0,
            ["x1"] = x1,
            ["y1"] = y1,
            ["xref"] = "x",
            ["yref"] = yref,
        };
        if (fillColor is not null)
            shape["fillcolor"] = fillColor;
        if (opacity is not null)
            shape["opacity"] = opacity;
        shape["line"] = line;
        return AddToList("shapes", shape);
    }

    private Figure AddToList(string key, JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var list = _layout[key] as JsonArray ?? [];
        list.Add(item.Parent is null ? item : item.DeepClone());
        _layout[key] = list;
        return this;
    }

    /// <summary>A bottom margin and a height that fit <paramref name="count"/> stacked sliders below the plot.</summary>
    private Figure MakeRoomForSliders(int count)
    {
        WithLayout("margin.b", 170 + 85 * (count - 1));
        int height = Layout("height")?.GetValue<int>() ?? Theme.DefaultHeight;
        return WithLayout("height", Math.Max(height, Theme.DefaultHeight + 80 + 85 * (count - 1)));
    }

    private static JsonObject SliderJson(string label, int activeStep, JsonArray steps, int index) => new()
    {
        ["active"] = activeStep,
        ["steps"] = steps,
        ["x"] = 0.1,
        ["len"] = 0.9,
        ["xanchor"] = "left",
        ["y"] = 0,
        ["yanchor"] = "top",
        ["pad"] = new JsonObject { ["t"] = 75 + 85 * index, ["b"] = 10 },
        ["currentvalue"] = new JsonObject { ["prefix"] = label, ["visible"] = true, ["xanchor"] = "left", ["font"] = new JsonObject { ["size"] = Theme.FontSize + 1 } },
    };

    private static JsonObject AnimateOptions(int durationMs, bool fromCurrent = false)
    {
        var options = new JsonObject
        {
            ["mode"] = "immediate",
            ["frame"] = new JsonObject { ["duration"] = durationMs, ["redraw"] = true },
            ["transition"] = new JsonObject { ["duration"] = 0 },
        };
        if (fromCurrent)
            options["fromcurrent"] = true;
        return options;
    }

    private static JsonObject FrameJson(Frame frame)
    {
        var json = new JsonObject
        {
            ["name"] = frame.Name,
            ["data"] = new JsonArray([.. frame.Traces.Select(t => t.ToJson())]),
        };
        if (frame.TraceIndices is not null)
            json["traces"] = new JsonArray([.. frame.TraceIndices.Select(i => JsonValue.Create(i))]);
        var layout = new JsonObject();
        if (frame.Title is not null)
            layout["title"] = new JsonObject { ["text"] = frame.Title };
        if (frame.XRange is { } x)
            layout["xaxis"] = new JsonObject { ["range"] = new JsonArray(x.Min, x.Max) };
        if (frame.YRange is { } y)
            layout["yaxis"] = new JsonObject { ["range"] = new JsonArray(y.Min, y.Max) };
        if (layout.Count > 0)
            json["layout"] = layout;
        return json;
    }
}
