using System.Text.Json.Nodes;
using NotebookNN.Plotting;

namespace NotebookNN.Tests.Plotting;

/// <summary>Charts.ConfusionMatrix with <c>maskDiagonal</c>: the colours count only the mistakes, the right answers are grey.</summary>
public sealed class ChartsConfusionMatrixTests
{
    // 10 digits' worth of right answers beside a few mistakes, like notebook 09's test set.
    private static readonly int[,] Counts = { { 50, 1, 0 }, { 2, 45, 3 }, { 0, 0, 47 } };

    private static JsonArray Data(FigureView figure) => figure.ToJson()["data"]!.AsArray();

    private static double?[][] Matrix(JsonNode? z) =>
        [.. z!.AsArray().Select(row => row!.AsArray().Select(v => v is null ? (double?)null : (double)v).ToArray())];

    [Fact]
    public void Masked_diagonal_is_grey_and_the_colour_scale_runs_to_the_largest_mistake()
    {
        FigureView figure = Charts.ConfusionMatrix(Counts, ["a", "b", "c"], maskDiagonal: true);
        var data = Data(figure);
        Assert.Equal(["heatmap", "heatmap"], data.Select(t => (string)t!["type"]!));
        var mistakes = data[0]!;
        Assert.Equal([[null, 1, 0], [2, null, 3], [0, 0, null]], Matrix(mistakes["z"]));
        Assert.Equal((0.0, 3.0), ((double)mistakes["zmin"]!, (double)mistakes["zmax"]!));
        Assert.Equal("mistakes", (string)mistakes["colorbar"]!["title"]!["text"]!);
        var right = data[1]!;
        Assert.Equal([[50, null, null], [null, 45, null], [null, null, 47]], Matrix(right["z"]));
        Assert.False((bool)right["showscale"]!);
        var greys = right["colorscale"]!.AsArray().Select(stop => (string)stop![1]!).Distinct().ToList();
        Assert.Single(greys);
        Assert.Equal(["a", "b", "c"], right["x"]!.AsArray().Select(n => (string)n!));

        // Every count is still written; the largest mistake gets white text on its dark cell, the grey diagonal dark text.
        var annotations = figure.Layout("annotations")!.AsArray();
        Assert.Equal(["50", "1", "0", "2", "45", "3", "0", "0", "47"], annotations.Select(a => (string)a!["text"]!));
        Assert.Equal("#ffffff", (string)annotations[5]!["font"]!["color"]!);
        Assert.Equal("#222222", (string)annotations[0]!["font"]!["color"]!);
        Assert.Equal("#222222", (string)annotations[1]!["font"]!["color"]!);
        Assert.Contains("accuracy 95.9%, 142 of 148 correct", figure.Title);
    }

    [Fact]
    public void Unmasked_matrix_colours_every_count_on_one_scale()
    {
        FigureView figure = Charts.ConfusionMatrix(Counts);
        var data = Data(figure);
        Assert.Single(data);
        Assert.Equal([[50, 1, 0], [2, 45, 3], [0, 0, 47]], Matrix(data[0]!["z"]));
        Assert.Equal(50.0, (double)data[0]!["zmax"]!);
        Assert.Equal("count", (string)data[0]!["colorbar"]!["title"]!["text"]!);
        Assert.Equal("#222222", (string)figure.Layout("annotations")![5]!["font"]!["color"]!); // 3 of 50: pale cell
    }
}
