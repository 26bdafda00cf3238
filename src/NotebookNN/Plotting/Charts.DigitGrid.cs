using System.Globalization;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>
    /// Digit images in a grid, each with its caption below it: e.g. 8x8 digits (64 pixels each, row by
    /// row, 0 = paper to 16 = ink as in the digits data set). Any square image size works; the
    /// darkest ink is the largest pixel value over all images, so every image shares one colour scale.
    /// </summary>
    /// <param name="images">The images, each a square number of pixels, row by row.</param>
    /// <param name="captions">
    /// A caption per image (e.g. "label 3, predicted 8"; "&lt;br&gt;" starts a new line), or null for none.
    /// </param>
    /// <param name="columns">Images per row.</param>
    /// <param name="signed">
    /// For values of both signs, such as a hidden unit's weights drawn as an image: white at 0, blue for
    /// positive, red for negative, on a range symmetric around 0.
    /// </param>
    /// <param name="colorBarTitle">When given, a colour bar with this title beside the grid: the legend of the shared scale.</param>
    /// <exception cref="ArgumentException">No images, an image that is not square or differs in size, or captions that do not match.</exception>
    public static GenericChart DigitGrid(IReadOnlyList<double[]> images, IReadOnlyList<string>? captions = null, int columns = 5, bool signed = false, string? colorBarTitle = null)
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
        var cells = images.Select((pixels, k) =>
        {
            var square = new double[side, side];
            for (int r = 0; r < side; r++)
            {
                for (int c = 0; c < side; c++)
                    square[r, c] = pixels[r * side + c];
            }
            var cell = Traces.Heatmap(square, null, null, signed ? ColorScale.RedWhiteBlue : ColorScale.Ink, signed ? -ink : 0, ink)
                .Set("showscale", k == 0 && colorBarTitle is not null);
            return k == 0 && colorBarTitle is not null ? cell.Set("colorbar.title.text", colorBarTitle).Set("colorbar.title.side", "right") : cell;
        }).ToList();
        columns = Math.Min(columns, images.Count);
        int rows = (images.Count + columns - 1) / columns;
        // Pixel sizes: square images of `size`, a gap between columns, and room for the captions under each row.
        int size = CellSize(columns), columnGap = 14;
        int captionLines = captions is null ? 0 : captions.Max(c => (c ?? "").Split("<br>").Length);
        int captionHeight = captionLines == 0 ? 0 : 10 + 19 * captionLines;
        int rowGap = Math.Max(captionHeight, 10);
        var grid = Plotly.NET.CSharp.Chart.Grid(cells, rows, columns,
            XGap: (double)columnGap / (size + columnGap), YGap: (double)rowGap / (size + rowGap));
        var chart = Theme.Apply(grid);
        for (int k = 1; k <= images.Count; k++)
        {
            string suffix = k == 1 ? "" : k.ToString(CultureInfo.InvariantCulture);
            chart.WithLayout($"yaxis{suffix}.autorange", "reversed").WithLayout($"yaxis{suffix}.scaleanchor", "x" + suffix);
            foreach (var axis in new[] { "xaxis" + suffix, "yaxis" + suffix })
            {
                chart.WithLayout($"{axis}.showticklabels", false).WithLayout($"{axis}.showgrid", false).WithLayout($"{axis}.ticks", "")
                    .WithLayout($"{axis}.zeroline", false).WithLayout($"{axis}.showline", false).WithLayout($"{axis}.constrain", "domain");
            }
            if (captions is not null)
                chart = chart.WithAnnotation(CaptionBelow(captions[k - 1], suffix));
        }
        int left = 20, right = colorBarTitle is null ? 20 : 120, top = 80, bottom = Math.Max(captionHeight, 10) + 10;
        return chart
            .WithTitle(images.Count == 1 ? "A digit" : $"{images.Count} digits")
            .WithLegend(false)
            .WithLayout("margin.l", left).WithLayout("margin.r", right).WithLayout("margin.t", top).WithLayout("margin.b", bottom)
            .WithLayout("width", Math.Max(360, left + right + columns * size + (columns - 1) * columnGap))
            .WithLayout("height", top + bottom + rows * size + (rows - 1) * rowGap);
    }

    /// <summary>Image side in pixels: large for a few columns, smaller for many, so a row fits about 900 pixels.</summary>
    private static int CellSize(int columns) => Math.Min(190, 900 / columns);

    /// <summary>A caption centred under the image on axes x{suffix}/y{suffix}, following the image's own (square) domain.</summary>
    private static Annotation CaptionBelow(string caption, string suffix)
    {
        var annotation = new Annotation();
        DynamicPath.Set(annotation, "text", caption ?? "");
        DynamicPath.Set(annotation, "xref", $"x{suffix} domain");
        DynamicPath.Set(annotation, "yref", $"y{suffix} domain");
        DynamicPath.Set(annotation, "x", 0.5);
        DynamicPath.Set(annotation, "y", 0);
        DynamicPath.Set(annotation, "xanchor", "center");
        DynamicPath.Set(annotation, "yanchor", "top");
        DynamicPath.Set(annotation, "yshift", -4);
        DynamicPath.Set(annotation, "showarrow", false);
        return annotation;
    }
}
