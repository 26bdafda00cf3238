using System.Globalization;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>Grey for the right answers when <see cref="ConfusionMatrix"/> colours only the mistakes.</summary>
    private const string DiagonalGrey = "#e3e3e3";

    /// <summary>
    /// A confusion matrix as a heatmap with every count written in its cell: rows are the actual
    /// classes (first at the top), columns the predicted ones, so correct answers sit on the diagonal.
    /// </summary>
    /// <param name="counts">counts[actual, predicted], square (e.g. from <c>Metrics.ConfusionMatrix</c>).</param>
    /// <param name="classNames">One name per class; "0", "1", ... when null.</param>
    /// <param name="maskDiagonal">
    /// Colour only the mistakes: the diagonal (right answers) is drawn grey and left out of the colour scale, which
    /// then runs from 0 to the largest off-diagonal count, so a cell with one mistake is clearly coloured even when
    /// the right answers number in the hundreds.
    /// </param>
    /// <exception cref="ArgumentException">The matrix is not square, has a negative count, or the names do not match.</exception>
    public static GenericChart ConfusionMatrix(int[,] counts, IReadOnlyList<string>? classNames = null, bool maskDiagonal = false)
    {
        ArgumentNullException.ThrowIfNull(counts);
        int n = counts.GetLength(0);
        if (n == 0 || counts.GetLength(1) != n)
            throw new ArgumentException($"Charts.ConfusionMatrix: the matrix is [{n} x {counts.GetLength(1)}]; it must be square, [classes x classes].", nameof(counts));
        var names = classNames ?? [.. Enumerable.Range(0, n).Select(i => i.ToString(CultureInfo.InvariantCulture))];
        if (names.Count != n)
            throw new ArgumentException($"Charts.ConfusionMatrix: {names.Count} class names for a [{n} x {n}] matrix.", nameof(classNames));
        var z = new double[n, n];
        var diagonal = new double[n, n];
        int total = 0, correct = 0, max = 0;
        for (int a = 0; a < n; a++)
        {
            for (int p = 0; p < n; p++)
            {
                if (counts[a, p] < 0)
                    throw new ArgumentException($"Charts.ConfusionMatrix: count [{a}, {p}] is {counts[a, p]}; counts cannot be negative.", nameof(counts));
                bool grey = maskDiagonal && a == p;
                z[a, p] = grey ? double.NaN : counts[a, p];
                diagonal[a, p] = grey ? counts[a, p] : double.NaN;
                total += counts[a, p];
                if (!grey)
                    max = Math.Max(max, counts[a, p]);
                if (a == p)
                    correct += counts[a, p];
            }
        }
        var trace = Traces.Heatmap(z, null, null, ColorScale.Blues, 0, Math.Max(max, 1), maskDiagonal ? "mistakes" : "count")
            .Set("x", names.ToArray()).Set("y", names.ToArray()).Set("xgap", 2).Set("ygap", 2)
            .Set("hovertemplate", "actual %{y}<br>predicted %{x}<br>%{z} examples<extra></extra>");
        var parts = new List<GenericChart> { trace };
        if (maskDiagonal)
        {
            parts.Add(Traces.Heatmap(diagonal, null, null, ColorScale.FromStops((0, DiagonalGrey), (1, DiagonalGrey)))
                .Set("x", names.ToArray()).Set("y", names.ToArray()).Set("xgap", 2).Set("ygap", 2).Set("showscale", false)
                .Set("name", "right answers").Set("hovertemplate", "actual %{y}<br>predicted %{x}<br>%{z} right<extra></extra>"));
        }
        var figure = Compose(parts);
        for (int a = 0; a < n; a++)
        {
            for (int p = 0; p < n; p++)
            {
                bool dark = !(maskDiagonal && a == p) && counts[a, p] > 0.55 * max;
                var annotation = new Annotation();
                DynamicPath.Set(annotation, "x", names[p]);
                DynamicPath.Set(annotation, "y", names[a]);
                DynamicPath.Set(annotation, "xref", "x");
                DynamicPath.Set(annotation, "yref", "y");
                DynamicPath.Set(annotation, "text", counts[a, p].ToString(CultureInfo.InvariantCulture));
                DynamicPath.Set(annotation, "showarrow", false);
                DynamicPath.Set(annotation, "font.color", dark ? "#ffffff" : "#222222");
                DynamicPath.Set(annotation, "font.size", n > 12 ? 11 : Theme.FontSize);
                figure = figure.WithAnnotation(annotation);
            }
        }
        string accuracy = total == 0 ? "no examples" : $"accuracy {((double)correct / total).ToString("0.0%", CultureInfo.InvariantCulture)}, {correct} of {total} correct";
        return figure
            .WithTitle($"Confusion matrix ({accuracy})")
            .WithXTitle("predicted class")
            .WithYTitle("actual class")
            .WithLayout("yaxis.autorange", "reversed")
            .WithLayout("xaxis.type", "category").WithLayout("yaxis.type", "category")
            .WithLayout("xaxis.side", "bottom")
            .WithLayout("yaxis.scaleanchor", "x")
            .WithLayout("xaxis.constrain", "domain").WithLayout("yaxis.constrain", "domain")
            .WithLayout("xaxis.showline", false).WithLayout("yaxis.showline", false)
            .WithLayout("xaxis.showgrid", false).WithLayout("yaxis.showgrid", false)
            .WithLayout("height", Math.Clamp(180 + 48 * n, 420, 720));
    }
}
