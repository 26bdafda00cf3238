using Plotly.NET;
namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>
    /// Each activation g as a solid curve and its derivative g' as a dashed curve of the same colour,
    /// over x from <paramref name="xMin"/> to <paramref name="xMax"/>.
    /// </summary>
    /// <param name="activations">One or more activations, e.g. <c>Activation.Sigmoid, Activation.Tanh</c>.</param>
    /// <param name="xMin">Left end of the x range.</param>
    /// <param name="xMax">Right end of the x range.</param>
    /// <param name="points">Number of sample points per curve.</param>
    public static GenericChart ActivationCurves(IReadOnlyList<Activation> activations, double xMin = -5, double xMax = 5, int points = 201)
    {
        ArgumentNullException.ThrowIfNull(activations);
        if (activations.Count == 0)
            throw new ArgumentException("Charts.ActivationCurves needs at least one activation.", nameof(activations));
        var x = Range(xMin, xMax, points);
        var parts = new List<GenericChart>();
        for (int i = 0; i < activations.Count; i++)
        {
            var g = activations[i];
            string color = Theme.Color(i);
            parts.Add(Traces.Line(x, [.. x.Select(g.Apply)], g.Name, color).Set("legendgroup", g.Name));
            parts.Add(Traces.Line(x, [.. x.Select(g.Derivative)], g.Name + "′ (derivative)", color, dash: "dash", width: 2).Set("legendgroup", g.Name));
        }
        string names = string.Join(", ", activations.Select(a => a.Name));
        return Compose(parts)
            .WithTitle(activations.Count == 1 ? $"Activation {names} and its derivative" : $"Activations and their derivatives: {names}")
            .WithXTitle("z (weighted input)")
            .WithYTitle("g(z) solid,  g′(z) dashed");
    }

    /// <summary>Each activation and its derivative; see <see cref="ActivationCurves(IReadOnlyList{Activation}, double, double, int)"/>.</summary>
    public static GenericChart ActivationCurves(params Activation[] activations) => ActivationCurves((IReadOnlyList<Activation>)activations);
}
