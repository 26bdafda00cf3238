namespace NotebookNN.Plotting;

/// <summary>
/// One frame of an animated figure: new data for some of the figure's traces (by index), and
/// optionally a new title. A slider step or the play button shows frames by name.
/// </summary>
/// <param name="Name">Unique name, shown on the slider.</param>
/// <param name="Traces">The replacement traces.</param>
/// <param name="TraceIndices">Which of the figure's traces they replace (same length as <paramref name="Traces"/>), or null for the first ones in order.</param>
/// <param name="Title">A title shown while this frame is displayed, or null to keep the figure's.</param>
public sealed record Frame(string Name, IReadOnlyList<Trace> Traces, IReadOnlyList<int>? TraceIndices = null, string? Title = null)
{
    /// <summary>The x-axis range while this frame is shown (for data that moves far), or null to keep the current one.</summary>
    public (double Min, double Max)? XRange { get; init; }

    /// <summary>The y-axis range while this frame is shown, or null to keep the current one.</summary>
    public (double Min, double Max)? YRange { get; init; }
}
