using Plotly.NET;

namespace NotebookNN.Plotting;

/// <summary>The course's colour scales, as Plotly.NET <see cref="StyleParam.Colorscale"/>s.</summary>
public static class ColorScale
{
    /// <summary>Dark blue to yellow, perceptually even: the default for surfaces and values.</summary>
    public static StyleParam.Colorscale Viridis => StyleParam.Colorscale.Viridis;

    /// <summary>Red - white - blue, for probabilities of class 1 (red near 0, blue near 1) and signed values.</summary>
    public static StyleParam.Colorscale RedWhiteBlue => FromStops((0, "#b2182b"), (0.5, "#f7f7f7"), (1, "#2166ac"));

    /// <summary>White to dark blue, for counts (confusion matrices) and probabilities of one output.</summary>
    public static StyleParam.Colorscale Blues => FromStops((0, "#f7fbff"), (0.5, "#6baed6"), (1, "#08306b"));

    /// <summary>White paper to black ink, for digit images.</summary>
    public static StyleParam.Colorscale Ink => FromStops((0, "#ffffff"), (1, "#000000"));

    /// <summary>A scale through the given stops; positions go from 0 to 1 in increasing order.</summary>
    /// <exception cref="ArgumentException">Fewer than two stops, or positions not from 0 to 1 in order.</exception>
    public static StyleParam.Colorscale FromStops(params (double Position, string Color)[] stops)
    {
        ArgumentNullException.ThrowIfNull(stops);
        if (stops.Length < 2 || stops[0].Position != 0 || stops[^1].Position != 1)
            throw new ArgumentException("A colour scale needs at least two stops, the first at 0 and the last at 1.", nameof(stops));
        for (int i = 1; i < stops.Length; i++)
        {
            if (stops[i].Position < stops[i - 1].Position)
                throw new ArgumentException($"Colour scale stops must be in increasing order; stop {i} ({stops[i].Position}) comes before stop {i - 1} ({stops[i - 1].Position}).", nameof(stops));
        }
        return StyleParam.Colorscale.NewCustom(stops.Select(s => Tuple.Create(s.Position, Color.fromHex(s.Color))));
    }

    /// <summary>A stepped scale for class numbers 0..n-1 drawn with z from -0.5 to n-0.5: each class gets one flat band.</summary>
    public static StyleParam.Colorscale Discrete(IReadOnlyList<string> colors)
    {
        ArgumentNullException.ThrowIfNull(colors);
        if (colors.Count == 0)
            throw new ArgumentException("A discrete colour scale needs at least one colour.", nameof(colors));
        var stops = new List<(double, string)>();
        for (int i = 0; i < colors.Count; i++)
        {
            stops.Add(((double)i / colors.Count, colors[i]));
            stops.Add(((double)(i + 1) / colors.Count, colors[i]));
        }
        return FromStops([.. stops]);
    }
}
