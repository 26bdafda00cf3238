using System.Globalization;
using Plotly.NET;

namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>
    /// A softmax output as one bar per class: the predicted class (largest probability) in blue, the
    /// true class (when given and different) in orange, the others grey, each bar labelled with its percentage.
    /// When several classes share the largest probability (within 1e-12), all of them are blue and the
    /// title calls it a tie instead of naming one prediction.
    /// </summary>
    /// <param name="probabilities">One probability per class, each in [0, 1], adding up to 1 (e.g. from <c>Softmax.Apply(logits)</c>).</param>
    /// <param name="classNames">One name per class; "0", "1", ... when null.</param>
    /// <param name="trueClass">The correct class, or null when unknown.</param>
    /// <exception cref="ArgumentException">The numbers are not probabilities, or names or the true class do not match their count.</exception>
    public static GenericChart SoftmaxBars(IReadOnlyList<double> probabilities, IReadOnlyList<string>? classNames = null, int? trueClass = null)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        int n = probabilities.Count;
        if (n == 0)
            throw new ArgumentException("Charts.SoftmaxBars needs at least one probability.", nameof(probabilities));
        int bad = probabilities.ToList().FindIndex(p => !(p >= 0 && p <= 1));
        if (bad >= 0)
            throw new ArgumentException($"Charts.SoftmaxBars: probability {bad} is {probabilities[bad]}, not between 0 and 1; pass the softmax of the logits, not the logits.", nameof(probabilities));
        double sum = probabilities.Sum();
        if (Math.Abs(sum - 1) > 1e-6)
            throw new ArgumentException($"Charts.SoftmaxBars: the probabilities add up to {sum.ToString("G6", CultureInfo.InvariantCulture)}, not 1; pass the softmax of the logits.", nameof(probabilities));
        var names = classNames ?? [.. Enumerable.Range(0, n).Select(i => i.ToString(CultureInfo.InvariantCulture))];
        if (names.Count != n)
            throw new ArgumentException($"Charts.SoftmaxBars: {names.Count} class names for {n} probabilities.", nameof(classNames));
        if (trueClass is < 0 || trueClass >= n)
            throw new ArgumentException($"Charts.SoftmaxBars: the true class {trueClass} is not one of the {n} classes (0..{n - 1}).", nameof(trueClass));
        double max = probabilities.Max();
        var top = Enumerable.Range(0, n).Where(i => max - probabilities[i] <= 1e-12).ToList();
        int predicted = top[0];
        var colors = Enumerable.Range(0, n).Select(i => top.Contains(i) ? Theme.Positive : i == trueClass ? "#E69F00" : "#b8b8b8").ToArray();
        var text = probabilities.Select(p => p.ToString("0%", CultureInfo.InvariantCulture)).ToArray();
        string verdict = trueClass is null ? ""
            : !top.Contains(trueClass.Value) ? $" (wrong: it is {names[trueClass.Value]})"
            : top.Count == 1 ? " (correct)" : $" (it is {names[trueClass.Value]})";
        string decision = top.Count == 1
            ? $"predicts {names[predicted]} with p = {text[predicted]}"
            : $"a tie between {string.Join(" and ", top.Select(i => names[i]))} at p = {text[predicted]} each";
        return Compose(Traces.Bars(names, probabilities, "probability", colors, text))
            .WithTitle($"Softmax output: {decision}{verdict}")
            .WithXTitle("class")
            .WithYTitle("probability")
            .WithYRange(0, 1.12)
            .WithLayout("yaxis.tickformat", ".0%")
            .WithLayout("xaxis.type", "category");
    }
}
