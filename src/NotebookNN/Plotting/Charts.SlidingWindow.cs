using MathNet.Numerics.LinearAlgebra;
using Plotly.NET;

namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>
    /// A convolution's window stepping over an image, animated: on the left the (zero-padded) input
    /// with the k x k window outlined, on the right the output map, filled cell by cell up to the cell
    /// the window is computing, each with its value. The output comes from a one-filter
    /// <see cref="Conv2D"/> with the given kernel, bias, stride and padding. One frame per window
    /// position, row by row, with a slider and play buttons; it opens on the first position.
    /// </summary>
    /// <param name="image">The input image [H x W] (one channel).</param>
    /// <param name="kernel">The filter's weights [k x k].</param>
    /// <param name="bias">The filter's bias.</param>
    /// <param name="stride">s, the step between windows.</param>
    /// <param name="padding">p, the zeros added on each side (drawn as part of the input).</param>
    /// <exception cref="ArgumentException">The kernel is not square or the window does not fit the padded image.</exception>
    public static GenericChart SlidingWindow(Matrix<double> image, Matrix<double> kernel, double bias = 0, int stride = 1, int padding = 0)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(kernel);
        if (kernel.RowCount != kernel.ColumnCount)
            throw new ArgumentException($"Charts.SlidingWindow: the kernel is [{kernel.RowCount} x {kernel.ColumnCount}]; it must be square (k x k).", nameof(kernel));
        int k = kernel.RowCount, p = padding;
        var conv = new Conv2D(new ImageShape(1, image.RowCount, image.ColumnCount), 1, k, stride, padding);
        conv.Weights.SetRow(0, kernel.ToRowMajorArray());
        conv.Bias[0] = bias;
        var output = conv.OutputShape;
        var z = Images.Channel(conv.Forward(Matrix<double>.Build.DenseOfRowArrays(image.ToRowMajorArray())), output, 0, 0);

        int paddedH = image.RowCount + 2 * p, paddedW = image.ColumnCount + 2 * p;
        var padded = new double[paddedH, paddedW];
        for (int y = 0; y < image.RowCount; y++)
        {
            for (int x = 0; x < image.ColumnCount; x++)
                padded[y + p, x + p] = image[y, x];
        }
        double[] inputX = [.. Enumerable.Range(-p, paddedW).Select(i => (double)i)];
        double[] inputY = [.. Enumerable.Range(-p, paddedH).Select(i => (double)i)];
        double ink = Math.Max(image.Enumerate().Select(Math.Abs).DefaultIfEmpty(0).Max(), 1e-12);
        double range = Math.Max(z.Enumerate().Select(Math.Abs).DefaultIfEmpty(0).Max(), 1e-12);

        // The figure at window position number `step` (row by row): input, window, output so far, output cell.
        GenericChart At(int step)
        {
            int row = step / output.Width, column = step % output.Width;
            var filled = new double[output.Height, output.Width];
            for (int i = 0; i < output.Height; i++)
            {
                for (int j = 0; j < output.Width; j++)
                    filled[i, j] = i * output.Width + j <= step ? z[i, j] : double.NaN;
            }
            double x0 = column * stride - p - 0.5, y0 = row * stride - p - 0.5;
            var input = Traces.Heatmap(padded, inputX, inputY, ColorScale.Ink, 0, ink).Set("showscale", false).Set("name", "input");
            var window = Traces.Line([x0, x0 + k, x0 + k, x0, x0], [y0, y0, y0 + k, y0 + k, y0], $"{k}x{k} window", "#d62728", width: 4);
            var map = Traces.Heatmap(filled, null, null, ColorScale.RedWhiteBlue, -range, range).Set("showscale", false)
                .Set("name", "output").Set("texttemplate", "%{z:.1f}");
            var cell = Traces.Line([column - 0.5, column + 0.5, column + 0.5, column - 0.5, column - 0.5],
                [row - 0.5, row - 0.5, row + 0.5, row + 0.5, row - 0.5], "output cell", "#d62728", width: 4);
            return Plotly.NET.CSharp.Chart.Grid([Chart.combine([input, window]), Chart.combine([map, cell])], 1, 2,
                SubPlotTitles: new[] { p > 0 ? "input, with padding of zeros" : "input", "output (feature map)" }, XGap: 0.12);
        }

        int positions = output.Height * output.Width;
        var frames = Enumerable.Range(0, positions)
            .Select(step => ChartMovement.Frame($"row {step / output.Width}, column {step % output.Width}", At(step)))
            .ToList();
        var chart = Theme.Apply(At(0));
        foreach (string suffix in new[] { "", "2" })
        {
            chart.WithLayout($"yaxis{suffix}.autorange", "reversed").WithLayout($"yaxis{suffix}.scaleanchor", "x" + suffix)
                .WithLayout($"xaxis{suffix}.constrain", "domain").WithLayout($"yaxis{suffix}.constrain", "domain")
                .WithLayout($"xaxis{suffix}.showgrid", false).WithLayout($"yaxis{suffix}.showgrid", false)
                .WithLayout($"xaxis{suffix}.zeroline", false).WithLayout($"yaxis{suffix}.zeroline", false)
                .WithLayout($"xaxis{suffix}.title.text", "column").WithLayout($"yaxis{suffix}.title.text", "row");
        }
        return chart
            .WithTitle($"A {k}x{k} window stepping by {stride} over the input fills the output cell by cell")
            .WithLegend(false)
            .WithLayout("width", 900)
            .WithLayout("height", 560)
            .WithAnimation(frames, "window at ", frameDurationMs: 300);
    }
}
