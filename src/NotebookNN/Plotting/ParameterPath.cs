namespace NotebookNN.Plotting;

/// <summary>A named path through a 2-parameter space, e.g. the (w1, w2) an optimizer visited step by step.</summary>
/// <param name="Name">The legend name, e.g. "SGD, lr = 0.1".</param>
/// <param name="Points">The points in order, start first.</param>
public sealed record ParameterPath(string Name, IReadOnlyList<(double X, double Y)> Points);
