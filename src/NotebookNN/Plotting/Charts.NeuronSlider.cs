using System.Globalization;

namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>
    /// One neuron with one input, y = g(w·x + b), with a slider for w (b held at 0) and a slider for
    /// b (w held at 1), and a play button that runs through both. A grey dotted curve keeps g(x)
    /// in view and a dashed line marks where w·x + b = 0 (x = -b/w): w changes how steep the curve
    /// is (and flips it when negative), b slides it sideways.
    /// </summary>
    /// <param name="activation">g, e.g. <c>Activation.Sigmoid</c>.</param>
    /// <param name="weights">The w values of the w slider; -2, -1, -0.5, 0, 0.5, 1, 2, 4 when null (must contain 1).</param>
    /// <param name="biases">The b values of the b slider; -4 .. 4 in steps of 1 when null (must contain 0).</param>
    /// <param name="xMin">Left end of the input range.</param>
    /// <param name="xMax">Right end of the input range.</param>
    /// <param name="points">Sample points per curve.</param>
    /// <exception cref="ArgumentException">The weights do not contain 1 or the biases do not contain 0 (the start of each slider).</exception>
    public static Figure NeuronSlider(Activation activation, IReadOnlyList<double>? weights = null, IReadOnlyList<double>? biases = null, double xMin = -6, double xMax = 6, int points = 161)
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
        var all = weights.Select(w => Curve(w, 0)).Concat(biases.Select(b => Curve(1, b))).SelectMany(c => c).Where(double.IsFinite).ToList();
        double yMin = all.Min(), yMax = all.Max();
        double pad = Math.Max(0.05 * (yMax - yMin), 0.05);
        (yMin, yMax) = (yMin - pad, yMax + pad);

        Trace Neuron(double w, double b) => Chart.LineTrace(x, Curve(w, b), $"y = {g}(w·x + b)", Theme.Color(0), width: 4);
        Trace Threshold(double w, double b)
        {
            double at = w == 0 ? double.NaN : -b / w;
            return Chart.LineTrace([at, at], [yMin, yMax], "w·x + b = 0", Theme.Color(1), dash: "dash", width: 2);
        }

        string Number(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        string FrameTitle(double w, double b) =>
            $"One neuron: y = {g}(w·x + b) with w = {Number(w)}, b = {Number(b)}" + (w == 0 ? " (flat: x has no effect)" : $", centred at x = -b/w = {Number(-b / w + 0.0)}");

        var figure = new Figure(
            Chart.LineTrace(x, Curve(1, 0), $"{g}(x): w = 1, b = 0", "#9a9a9a", dash: "dot", width: 2),
            Neuron(1, 0),
            Threshold(1, 0));
        var wFrames = weights.Select(w => new Frame($"w={Number(w)}", [Neuron(w, 0), Threshold(w, 0)], [1, 2], FrameTitle(w, 0))).ToList();
        var bFrames = biases.Select(b => new Frame($"b={Number(b)}", [Neuron(1, b), Threshold(1, b)], [1, 2], FrameTitle(1, b))).ToList();
        return figure
            .AddFrames(wFrames.Concat(bFrames))
            .WithSlider("w = ", [.. wFrames.Select(f => f.Name)], [.. weights.Select(Number)], activeStep: weights.ToList().IndexOf(1))
            .WithSlider("b = ", [.. bFrames.Select(f => f.Name)], [.. biases.Select(Number)], activeStep: biases.ToList().IndexOf(0))
            .WithPlayButtons(500)
            .WithTitle(FrameTitle(1, 0))
            .WithXTitle("x (input)")
            .WithYTitle($"y = {g}(w·x + b)")
            .WithXRange(xMin, xMax)
            .WithYRange(yMin, yMax);
    }
}
