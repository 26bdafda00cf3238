using MathNet.Numerics.LinearAlgebra;
using Plotly.NET;

namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>
    /// Every output of a multi-label network side by side: one <see cref="OutputMap(Network, int, ValueTuple{double, double}, ValueTuple{double, double}, int, bool)"/>
    /// per output, each with the training points on top, orange where that output's target is 1 and grey where it is 0.
    /// </summary>
    /// <param name="network">A network with 2 inputs and a sigmoid on each output.</param>
    /// <param name="inputs">The training inputs [n x 2].</param>
    /// <param name="targets">The training targets [n x outputs], 0 or 1 each.</param>
    /// <param name="xRange">The box's extent along x1.</param>
    /// <param name="yRange">The box's extent along x2.</param>
    /// <param name="outputNames">One name per output; panel k is titled "P(name)".</param>
    /// <param name="panel">
    /// Optional: adds to the panel of output k (e.g. <see cref="ChartStyle.WithCircle"/>, <see cref="ChartStyle.WithAnnotation(GenericChart, double, double, string, bool, string?)"/>,
    /// axis titles) in that panel's own coordinates; its shapes and annotations are moved onto the panel's axes.
    /// </param>
    /// <param name="resolution">Grid points per axis of each map.</param>
    /// <exception cref="ArgumentException">The inputs are not [n x 2], or the targets or names do not match them.</exception>
    public static GenericChart OutputMaps(Network network, Matrix<double> inputs, Matrix<double> targets, (double Min, double Max) xRange, (double Min, double Max) yRange, IReadOnlyList<string> outputNames, Func<GenericChart, int, GenericChart>? panel = null, int resolution = 61)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(outputNames);
        if (inputs.ColumnCount != 2)
            throw new ArgumentException($"Charts.OutputMaps: the inputs are [{inputs.RowCount} x {inputs.ColumnCount}]; a map needs 2 inputs per row.", nameof(inputs));
        if (targets.RowCount != inputs.RowCount || targets.ColumnCount != outputNames.Count)
            throw new ArgumentException($"Charts.OutputMaps: the targets are [{targets.RowCount} x {targets.ColumnCount}]; they need one row per input ({inputs.RowCount}) and one column per output name ({outputNames.Count}).", nameof(targets));
        var panels = Enumerable.Range(0, outputNames.Count).Select(k =>
        {
            var yes = Enumerable.Range(0, inputs.RowCount).Where(i => targets[i, k] >= 0.5).ToList();
            var no = Enumerable.Range(0, inputs.RowCount).Except(yes).ToList();
            var map = Compose(
                OutputMap(network, k, xRange, yRange, resolution, showScale: k == outputNames.Count - 1),
                Dots(inputs, yes, "target 1", "#E69F00"),
                Dots(inputs, no, "target 0", "#999999"));
            return panel?.Invoke(map, k) ?? map;
        });
        var grid = SideBySide([.. panels], [.. outputNames.Select(n => $"P({n})")]);
        return grid.WithTitle("Each output over the inputs (orange dots: target 1, grey: target 0)")
            .WithLegend(false).WithLayout("height", 470);
    }

    // Themed on its own: Plotly.NET's default template on a bare trace would not combine with the map's.
    private static GenericChart Dots(Matrix<double> inputs, List<int> rows, string name, string color) => Compose(
        Traces.Points([.. rows.Select(i => inputs[i, 0])], [.. rows.Select(i => inputs[i, 1])], name, color, size: 5)
            .Set("marker.line.width", 0.5));
}
