using Plotly.NET;
namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>
    /// Digit images in a grid, each with its caption above it: e.g. 8x8 digits (64 pixels each, row by
    /// row, 0 = paper to 16 = ink as in the digits data set). Any square image size works; the
    /// darkest ink is the largest pixel value over all images.
    /// </summary>
    /// <param name="images">The images, each a square number of pixels, row by row.</param>
    /// <param name="captions">A caption per image (e.g. "label 3, predicted 8"), or null for none.</param>
    /// <param name="columns">Images per row.</param>
    /// <param name="signed">
    /// For values of both signs, such as a hidden unit's weights drawn as an image: white at 0, blue for
    /// positive, red for negative, on a range symmetric around 0.
    /// </param>
    /// <exception cref="ArgumentException">No images, an image that is not square or differs in size, or captions that do not match.</exception>
    public static GenericChart DigitGrid(IReadOnlyList<double[]> images, IReadOnlyList<string>? captions = null, int columns = 5, bool signed = false)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        if (images.Count == 0)
            throw new ArgumentException("Charts.DigitGrid needs at least one image.", nameof(images));
        if (captions is not null && captions.Count != images.Count)
            throw new ArgumentException($"Charts.DigitGrid: {captions.Count} captions for {images.Count} images.", nameof(captions));
        int side = (int)Math.Round(Math.Sqrt(images[0].Length));
        for (int k = 0; k < images.Count; k++)
        {
            if (images[k] is null || images[k].Length != side * side || side == 0)
                throw new ArgumentException($"Charts.DigitGrid: image {k} has {images[k]?.Length ?? 0} pixels; every image needs the same square number of pixels ({side * side} = {side} x {side} like image 0).", nameof(images));
        }
        var finite = images.SelectMany(i => i).Where(double.IsFinite).DefaultIfEmpty(1);
        double ink = Math.Max(signed ? finite.Max(Math.Abs) : finite.Max(), 1e-12);
        var cells = images.Select(pixels =>
        {
            var square = new double[side, side];
            for (int r = 0; r < side; r++)
            {
                for (int c = 0; c < side; c++)
                    square[r, c] = pixels[r * side + c];
            }
            return Traces.Heatmap(square, null, null, signed ? ColorScale.RedWhiteBlue : ColorScale.Ink, signed ? -ink : 0, ink).Set("showscale", false);
        }).ToList();
        columns = Math.Min(columns, images.Count);
        int rows = (images.Count + columns - 1) / columns;
        var grid = Plotly.NET.CSharp.Chart.Grid(cells, rows, columns, SubPlotTitles: captions is null ? default(Plotly.NET.CSharp.Optional<IEnumerable<string>>) : captions.ToArray(),
            XGap: 0.03, YGap: captions is null ? 0.03 : 0.1);
        var chart = Theme.Apply(grid);
        for (int k = 1; k <= images.Count; k++)
        {
            string suffix = k == 1 ? "" : k.ToString(System.Globalization.CultureInfo.InvariantCulture);
            chart.WithLayout($"yaxis{suffix}.autorange", "reversed").WithLayout($"yaxis{suffix}.scaleanchor", "x" + suffix);
            foreach (var axis in new[] { "xaxis" + suffix, "yaxis" + suffix })
            {
                chart.WithLayout($"{axis}.showticklabels", false).WithLayout($"{axis}.showgrid", false).WithLayout($"{axis}.ticks", "")
                    .WithLayout($"{axis}.zeroline", false).WithLayout($"{axis}.showline", false).WithLayout($"{axis}.constrain", "domain");
            }
        }
        return chart
            .WithTitle(images.Count == 1 ? "A digit" : $"{images.Count} digits")
            .WithLegend(false)
            .WithLayout("width", Math.Max(360, CellSize(columns) * columns))
            .WithLayout("height", 110 + (CellSize(columns) + (captions is null ? 0 : 25)) * rows);
    }

    private static int CellSize(int columns) => Math.Min(150, 900 / columns);

}
