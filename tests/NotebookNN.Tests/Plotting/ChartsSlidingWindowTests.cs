using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra.Double;
using NotebookNN.Plotting;

namespace NotebookNN.Tests.Plotting;

/// <summary>Charts.SlidingWindow's JSON: one frame per window position, the window where it should be, the output filled so far.</summary>
public sealed class ChartsSlidingWindowTests
{
    private static double[] Numbers(JsonNode? array) => [.. array!.AsArray().Select(n => n is null ? double.NaN : (double)n)];

    private static double[][] Rows(JsonNode? z) => [.. z!.AsArray().Select(Numbers)];

    [Fact]
    public void Each_frame_outlines_the_window_and_fills_the_output_up_to_its_cell()
    {
        var image = DenseMatrix.Build.Dense(4, 4, (y, x) => y * 4 + x);
        var kernel = DenseMatrix.OfArray(new double[,] { { 1, 0, -1 }, { 2, 0, -2 }, { 1, 0, -1 } });
        // The convolution by hand: stride 2, one ring of zeros, bias 0.5.
        double Pixel(int y, int x) => y is >= 0 and < 4 && x is >= 0 and < 4 ? image[y, x] : 0;
        double Expected(int i, int j)
        {
            double sum = 0.5;
            for (int u = 0; u < 3; u++)
                for (int v = 0; v < 3; v++)
                    sum += kernel[u, v] * Pixel(i * 2 + u - 1, j * 2 + v - 1);
            return sum;
        }

        FigureView figure = Charts.SlidingWindow(image, kernel, bias: 0.5, stride: 2, padding: 1);

        Assert.Equal(["row 0, column 0", "row 0, column 1", "row 1, column 0", "row 1, column 1"], figure.Frames.Select(f => f.Name));
        var second = figure.Frames[1].Traces;
        Assert.Equal(["heatmap", "scatter", "heatmap", "scatter"], second.Select(t => t.Type));
        // The padded input: 6 x 6 with zeros around the image, at coordinates -1..4.
        var input = Rows(second[0].Get("z"));
        Assert.Equal(6, input.Length);
        Assert.Equal(0, input[0][0]);
        Assert.Equal(image[1, 2], input[2][3]);
        Assert.Equal(-1, Numbers(second[0].Get("x"))[0]);
        // The window of output (0, 1) covers input columns 1..3 and rows -1..1.
        Assert.Equal([0.5, 3.5, 3.5, 0.5, 0.5], Numbers(second[1].Get("x")));
        Assert.Equal([-1.5, -1.5, 1.5, 1.5, -1.5], Numbers(second[1].Get("y")));
        // The output so far: the first row computed, the second still empty.
        var filled = Rows(second[2].Get("z"));
        Assert.Equal(Expected(0, 0), filled[0][0], 12);
        Assert.Equal(Expected(0, 1), filled[0][1], 12);
        Assert.True(double.IsNaN(filled[1][0]) && double.IsNaN(filled[1][1]));
        Assert.Equal(Expected(1, 1), Rows(figure.Frames[3].Traces[2].Get("z"))[1][1], 12);
        Assert.Equal([0.5, 1.5, 1.5, 0.5, 0.5], Numbers(second[3].Get("x")));

        Assert.Equal("reversed", (string?)figure.Layout("yaxis.autorange"));
        Assert.Equal("x2", (string?)figure.Layout("yaxis2.scaleanchor"));
        Assert.Equal("column", (string?)figure.Layout("xaxis.title.text"));
        Assert.False(string.IsNullOrWhiteSpace(figure.Title));
        Assert.Equal(4, figure.Layout("sliders")!.AsArray()[0]!["steps"]!.AsArray().Count);
        Assert.NotNull(figure.Layout("updatemenus"));
        Assert.Contains("square", Assert.Throws<ArgumentException>(() => Charts.SlidingWindow(image, DenseMatrix.Create(2, 3, 0))).Message);
    }
}
