using System.Text.Json.Nodes;
using NotebookNN.Plotting;
using Plotly.NET;

namespace NotebookNN.Tests.Plotting;

/// <summary>
/// What the tests read of a chart: its plotly.js figure JSON from <see cref="PlotlyFigure.ToFigure"/> (the one
/// public way to get it), with dotted-path lookups. Every chart test asserts on this JSON.
/// </summary>
public sealed class FigureView(GenericChart chart)
{
    private readonly JsonObject _json = chart.ToFigure();

    /// <summary>The chart itself.</summary>
    public GenericChart Chart { get; } = chart;

    /// <summary>Reads a chart as its figure JSON.</summary>
    public static implicit operator FigureView(GenericChart chart) => new(chart);

    /// <summary>The figure object {data, layout, frames, config}.</summary>
    public JsonObject ToJson() => _json;

    /// <summary>The traces, in drawing order.</summary>
    public IReadOnlyList<TraceView> Traces => [.. _json["data"]!.AsArray().Select(t => new TraceView(t!.AsObject()))];

    /// <summary>The frames.</summary>
    public IReadOnlyList<FrameView> Frames => [.. _json["frames"]!.AsArray().Select(f => new FrameView(f!.AsObject()))];

    /// <summary>The title text, or null.</summary>
    public string? Title => (string?)Layout("title.text");

    /// <summary>True when the figure has linked sliders (contract 3).</summary>
    public bool HasLinkedSliders => Layout("meta.linkedSliders") is JsonValue v && v.GetValue<bool>();

    /// <summary>The layout property at a dotted path, or null.</summary>
    public JsonNode? Layout(string path) => At(_json["layout"], path);

    /// <summary>The node at a dotted path under <paramref name="node"/>, or null.</summary>
    public static JsonNode? At(JsonNode? node, string path)
    {
        foreach (var key in path.Split('.'))
            node = node is JsonObject o ? o[key] : null;
        return node;
    }
}

/// <summary>One trace of a figure's JSON.</summary>
public sealed class TraceView(JsonObject json)
{
    /// <summary>The plotly.js kind.</summary>
    public string Type => (string)json["type"]!;

    /// <summary>The legend name, or null.</summary>
    public string? Name => (string?)json["name"];

    /// <summary>The property at a dotted path, or null.</summary>
    public JsonNode? Get(string path) => FigureView.At(json, path);

    /// <summary>The trace's JSON.</summary>
    public JsonObject ToJson() => json;
}

/// <summary>One frame of a figure's JSON.</summary>
public sealed class FrameView(JsonObject json)
{
    /// <summary>The frame's name.</summary>
    public string Name => (string)json["name"]!;

    /// <summary>The frame's traces.</summary>
    public IReadOnlyList<TraceView> Traces => [.. json["data"]!.AsArray().Select(t => new TraceView(t!.AsObject()))];

    /// <summary>Which of the figure's traces the frame replaces, or null for the first ones.</summary>
    public IReadOnlyList<int>? TraceIndices => json["traces"] is JsonArray a ? [.. a.Select(i => (int)i!)] : null;

    /// <summary>The frame's title, or null.</summary>
    public string? Title => (string?)FigureView.At(json, "layout.title.text");

    /// <summary>The x-axis range while the frame shows, or null.</summary>
    public (double Min, double Max)? XRange => Range("layout.xaxis.range");

    /// <summary>The y-axis range while the frame shows, or null.</summary>
    public (double Min, double Max)? YRange => Range("layout.yaxis.range");

    private (double, double)? Range(string path) => FigureView.At(json, path) is JsonArray r ? ((double)r[0]!, (double)r[1]!) : null;
}

/// <summary>The figure JSON's views read straight off a chart, as tests read them.</summary>
public static class ChartViews
{
    extension(GenericChart chart)
    {
        /// <summary>The traces of the chart's figure JSON.</summary>
        public IReadOnlyList<TraceView> Traces => new FigureView(chart).Traces;

        /// <summary>The frames of the chart's figure JSON.</summary>
        public IReadOnlyList<FrameView> Frames => new FigureView(chart).Frames;

        /// <summary>The title text of the chart's figure JSON, or null.</summary>
        public string? Title => new FigureView(chart).Title;

        /// <summary>A layout property of the chart's figure JSON at a dotted path, or null.</summary>
        public JsonNode? Layout(string path) => new FigureView(chart).Layout(path);
    }
}
