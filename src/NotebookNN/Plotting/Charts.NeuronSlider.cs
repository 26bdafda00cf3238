using System.Globalization;
using Plotly.NET;

namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>
    /// One neuron with one input, y = g(w·x + b), with a slider for w and a slider for b that work
    /// together: the figure holds one frame per (w, b) pair, so moving one slider keeps the other's value.
    /// A grey dotted curve keeps g(x) in view and a dashed line marks where w·x + b = 0 (x = -b/w):
    /// w changes how steep the curve is (and flips it when negative), b slides it sideways.
    /// It starts at w = 1, b = 0.
    /// </summary>
    /// <param name="activation">g, e.g. <c>Activation.Sigmoid</c>.</param>
    /// <param name="weights">The w values of the w slider; -2, -1, -0.5, 0, 0.5, 1, 2, 4 when null (must contain 1).</param>
    /// <param name="biases">The b values of the b slider; -4 .. 4 in steps of 1 when null (must contain 0).</param>
    /// <param name="xMin">Left end of the input range.</param>
    /// <param name="xMax">Right end of the input range.</param>
    /// <param name="points">Sample points per curve.</param>
    /// <exception cref="ArgumentException">The weights do not contain 1 or the biases do not contain 0 (the start of each slider).</exception>
    public static GenericChart NeuronSlider(Activation activation, IReadOnlyList<double>? weights = null, IReadOnlyList<double>? biases = null, double xMin = -6, double xMax = 6, int points = 161)
    {
        ArgumentNullException.ThrowIfNull(activation);
        weights ??= [-2, -1, -0.5, 0, 0.5, 1, 2, 4];
        biases ??= [-4, -3, -2, -1, 0, 1, 2, 3, 4];
        if (!weights.Contains(1))
            throw new ArgumentException("Charts.NeuronSlider: the weights must include 1 (the w slider starts there, with b = 0).", nameof(weights));
        if (!biases.Contains(0))
            throw new ArgumentException("Charts.NeuronSlider: the biases must include 0 (the b slider starts there, with w = 1).", nameof(biases));
        var x = Range(xMin, xMax, points);
        string g = activation.Name;

        double[] Curve(double w, double b) => [.. x.Select(xi => activation.Apply(w * xi + b))];
        var all = weights.SelectMany(w => biases.SelectMany(b => Curve(w, b))).Where(double.IsFinite).ToList();
        double yMin = all.Min(), yMax = all.Max();
        double pad = Math.Max(0.05 * (yMax - yMin), 0.05);
        (yMin, yMax) = (yMin - pad, yMax + pad);

        GenericChart Neuron(double w, double b) => Traces.Line(x, Curve(w, b), $"y = {g}(w·x + b)", Theme.Color(0), width: 4);
        GenericChart Threshold(double w, double b)
        {
            double at = w == 0 ? double.NaN : -b / w;
            return Traces.Line([at, at], [yMin, yMax], "w·x + b = 0", Theme.Color(1), dash: "dash", width: 2);
        }

        string Number(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        string FrameTitle(double w, double b) =>
            $"One neuron: y = {g}(w·x + b) with w = {Number(w)}, b = {Number(b)}" + (w == 0 ? " (flat: x has no effect)" : $", centred at x = -b/w = {Number(-b / w + 0.0)}");

        var figure = Compose(
            Traces.Line(x, Curve(1, 0), $"{g}(x): w = 1, b = 0", "#9a9a9a", dash: "dot", width: 2),
            Neuron(1, 0),
            Threshold(1, 0));
        string[] wValues = [.. weights.Select(w => $"w={Number(w)}")];
        string[] bValues = [.. biases.Select(b => $"b={Number(b)}")];
        var frames = weights.SelectMany((w, i) => biases.Select((b, j) =>
            ChartMovement.Frame(ChartMovement.LinkedFrameName(wValues[i], bValues[j]), Chart.combine([Neuron(w, b), Threshold(w, b)]), [1, 2], FrameTitle(w, b))));
        return figure
            .WithFrames(frames)
            .WithLinkedSliders(
                new LinkedSlider("w = ", wValues, [.. weights.Select(Number)], weights.ToList().IndexOf(1)),
                new LinkedSlider("b = ", bValues, [.. biases.Select(Number)], biases.ToList().IndexOf(0)))
            .WithTitle(FrameTitle(1, 0))
            .WithXTitle("x (input)")
            .WithYTitle($"y = {g}(w·x + b)")
            .WithXRange(xMin, xMax)
            .WithYRange(yMin, yMax);
    }
}
