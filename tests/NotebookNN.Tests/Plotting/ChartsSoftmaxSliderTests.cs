using System.Text.Json.Nodes;
using NotebookNN.Plotting;

namespace NotebookNN.Tests.Plotting;

/// <summary>Charts.SoftmaxSlider: softmax bars with one frame per value of one class's score.</summary>
public sealed class ChartsSoftmaxSliderTests
{
    private static double[] Numbers(JsonNode? array) => [.. array!.AsArray().Select(n => (double)n!)];

    /// <summary>softmax written out from its definition, independent of the library's Softmax.</summary>
    private static double[] Reference(params double[] z) => [.. z.Select(zk => Math.Exp(zk) / z.Sum(Math.Exp))];

    [Fact]
    public void SoftmaxSlider_has_one_frame_per_value_with_the_bars_for_that_score()
    {
        FigureView figure = Charts.SoftmaxSlider([2.0, 1.0, -0.5], ["cat", "dog", "rabbit"], moving: 0, values: [-1, 1, 2, 3]);
        Assert.Equal(["-1", "1", "2", "3"], figure.Frames.Select(f => f.Name));
        for (int i = 0; i < 4; i++)
        {
            double score = new[] { -1.0, 1, 2, 3 }[i];
            var bars = figure.Frames[i].Traces.Single();
            Assert.Equal("bar", bars.Type);
            Assert.Equal(Reference(score, 1.0, -0.5), Numbers(bars.Get("y")), new ToleranceComparer(1e-12));
        }
        // The chart opens at the given score (2), on the third step; the slider names the moving class.
        Assert.Equal(Reference(2, 1, -0.5), Numbers(figure.Traces.Single().Get("y")), new ToleranceComparer(1e-12));
        var slider = figure.Layout("sliders")!.AsArray().Single()!;
        Assert.Equal(2, (int)slider["active"]!);
        Assert.Equal("cat's score = ", (string)slider["currentvalue"]!["prefix"]!);
        Assert.Equal(["-1", "1", "2", "3"], slider["steps"]!.AsArray().Select(s => (string)s!["args"]![0]![0]!));
        // Each frame carries its own title: at score 1 the cat and the dog tie.
        Assert.Contains("tie between cat and dog", figure.Frames[1].Title);
        Assert.Contains("predicts cat", figure.Frames[3].Title);
        Assert.Equal(figure.Title, figure.Frames[2].Title);
    }

    [Fact]
    public void SoftmaxSlider_refuses_a_start_off_the_slider_and_a_class_out_of_range()
    {
        string[] names = ["a", "b"];
        Assert.Contains("include it among the slider values", Assert.Throws<ArgumentException>(() => Charts.SoftmaxSlider([0.5, 0], names, 0, [0, 1])).Message);
        Assert.Contains("moving class 2", Assert.Throws<ArgumentException>(() => Charts.SoftmaxSlider([0.0, 0], names, 2, [0])).Message);
        Assert.Contains("at least one", Assert.Throws<ArgumentException>(() => Charts.SoftmaxSlider([0.0, 0], names, 0, [])).Message);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double a, double b) => Math.Abs(a - b) <= tolerance;

        public int GetHashCode(double value) => 0;
    }
}
