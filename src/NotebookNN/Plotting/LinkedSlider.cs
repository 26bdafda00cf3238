namespace NotebookNN.Plotting;

/// <summary>One of several sliders that work together (see <see cref="ChartMovement.WithLinkedSliders"/>).</summary>
/// <param name="Label">Text before the current value, e.g. "w = ".</param>
/// <param name="Values">The values in slider order; each is part of a frame name, e.g. "w=2".</param>
/// <param name="StepLabels">The label under each step; the values when null.</param>
/// <param name="ActiveStep">The step selected at the start.</param>
public sealed record LinkedSlider(string Label, IReadOnlyList<string> Values, IReadOnlyList<string>? StepLabels = null, int ActiveStep = 0);
