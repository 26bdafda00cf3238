using System.Globalization;
using Plotly.NET;

namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>
    /// Softmax bars (<see cref="SoftmaxBars"/>) with a slider that moves one class's score while the others stay:
    /// one frame per value of that score, each with the bars and the title for it. Opens at the score given in
    /// <paramref name="scores"/>, which must be one of <paramref name="values"/>.
    /// </summary>
    /// <param name="scores">The logits, one per class.</param>
    /// <param name="classNames">One name per class.</param>
    /// <param name="moving">The class whose score the slider moves, counted from 0.</param>
    /// <param name="values">The slider's values for that score, in order.</param>
    /// <param name="sliderLabel">Text before the slider's value; "&lt;class&gt;'s score = " when null.</param>
    /// <exception cref="ArgumentException">No values, a repeated value, a moving class out of range, or its score not among the values.</exception>
    public static GenericChart SoftmaxSlider(IReadOnlyList<double> scores, IReadOnlyList<string> classNames, int moving, IReadOnlyList<double> values, string? sliderLabel = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(classNames);
        ArgumentNullException.ThrowIfNull(values);
        if (moving < 0 || moving >= scores.Count)
            throw new ArgumentException($"Charts.SoftmaxSlider: the moving class {moving} is not one of the {scores.Count} classes (0..{scores.Count - 1}).", nameof(moving));
        if (values.Count == 0)
            throw new ArgumentException("Charts.SoftmaxSlider needs at least one slider value.", nameof(values));
        int active = values.ToList().IndexOf(scores[moving]);
        if (active < 0)
            throw new ArgumentException($"Charts.SoftmaxSlider opens at the moving class's score {Name(scores[moving])}; include it among the slider values.", nameof(values));
        GenericChart Bars(double score)
        {
            double[] z = [.. scores];
            z[moving] = score;
            return SoftmaxBars(Softmax.Apply(z), classNames);
        }
        string[] names = [.. values.Select(Name)];
        var frames = values.Select((v, i) => { var bars = Bars(v); return ChartMovement.Frame(names[i], bars, title: bars.GetTitle()); });
        return Bars(scores[moving]).WithFrames(frames)
            .WithSlider(sliderLabel ?? $"{classNames[moving]}'s score = ", names, activeStep: active);
    }

    private static string Name(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
