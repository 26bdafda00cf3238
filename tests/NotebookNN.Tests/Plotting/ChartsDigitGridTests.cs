using System.Text.Json.Nodes;
using NotebookNN.Plotting;

namespace NotebookNN.Tests.Plotting;

/// <summary>Charts.DigitGrid: captions under their own images, room for multi-line captions, an optional colour legend.</summary>
[Collection("browser")]
public sealed class ChartsDigitGridTests(BrowserFixture browser)
{
    private static JsonArray Data(FigureView figure) => figure.ToJson()["data"]!.AsArray();

    private static List<double[]> Images(int count) => SampleFigures.Digits(SampleFigures.FindRoot(), count).Images;

    [Fact]
    public void Each_caption_is_anchored_under_its_own_image()
    {
        FigureView figure = Charts.DigitGrid(Images(3), ["one", "two", "three"], columns: 2);
        var annotations = figure.Layout("annotations")!.AsArray();
        Assert.Equal(["one", "two", "three"], annotations.Select(a => (string)a!["text"]!));
        Assert.Equal(["x domain", "x2 domain", "x3 domain"], annotations.Select(a => (string)a!["xref"]!));
        Assert.Equal(["y domain", "y2 domain", "y3 domain"], annotations.Select(a => (string)a!["yref"]!));
        Assert.All(annotations, a =>
        {
            Assert.Equal((0.5, 0.0), ((double)a!["x"]!, (double)a["y"]!));
            Assert.Equal("top", (string)a["yanchor"]!);
        });
    }

    [Fact]
    public void Two_line_captions_get_more_room_than_one_line_captions()
    {
        var images = Images(4);
        FigureView one = Charts.DigitGrid(images, ["a", "b", "c", "d"], columns: 2);
        FigureView two = Charts.DigitGrid(images, ["a", "b<br>62%", "c", "d"], columns: 2);
        Assert.True((int)two.Layout("height")! > (int)one.Layout("height")!);
        Assert.True((int)two.Layout("margin.b")! > (int)one.Layout("margin.b")!);
        Assert.True((double)two.Layout("grid.ygap")! > (double)one.Layout("grid.ygap")!);
    }

    [Fact]
    public void A_colour_bar_title_shows_one_shared_colour_legend()
    {
        double[] weights = [.. Enumerable.Range(0, 64).Select(i => (i - 32) / 32.0)];
        var data = Data(Charts.DigitGrid([weights, weights, weights], signed: true, colorBarTitle: "change"));
        Assert.Equal([true, false, false], data.Select(t => (bool)t!["showscale"]!));
        Assert.Equal("change", (string)data[0]!["colorbar"]!["title"]!["text"]!);
        Assert.All(Data(Charts.DigitGrid([weights, weights])), t => Assert.False((bool)t!["showscale"]!));
    }

    [Fact]
    public async Task In_the_browser_a_few_columns_give_large_square_images_with_their_captions_just_below()
    {
        var captions = Enumerable.Range(0, 7).Select(k => $"image {k}<br>line two").ToList();
        var chart = Charts.DigitGrid(Images(7), captions, columns: 4);
        await using var result = await browser.RenderAsync(chart.ToHtmlPage(browser.PlotlyJsUri), "digit-grid-captions-below");
        Assert.Empty(result.ConsoleErrors);
        // Pixel boxes of each image (its axes after scaleanchor) and of each caption, relative to the plot.
        var boxes = await result.Page.EvaluateAsync<double[][]>("""
            () => {
              const gd = document.querySelector('.js-plotly-plot'), top = gd.getBoundingClientRect();
              const axes = k => [gd._fullLayout['xaxis' + (k ? k + 1 : '')], gd._fullLayout['yaxis' + (k ? k + 1 : '')]];
              return Array.from(gd.querySelectorAll('.annotation')).map((a, k) => {
                const [x, y] = axes(k), r = a.getBoundingClientRect();
                return [x._offset, x._length, y._offset, y._length, r.left - top.left, r.right - top.left, r.top - top.top, r.bottom - top.top];
              });
            }
            """);
        Assert.Equal(7, boxes.Length);
        foreach (var b in boxes)
        {
            double left = b[0], width = b[1], imageTop = b[2], height = b[3];
            Assert.InRange(width, 150, 200);
            Assert.Equal(width, height, 1.0);
            double middle = (b[4] + b[5]) / 2;
            Assert.InRange(middle, left + width / 2 - 2, left + width / 2 + 2);
            Assert.InRange(b[6], imageTop + height, imageTop + height + 12); // starts just below the image
        }
        // The captions under the first row end above the second row's images.
        Assert.True(boxes[0][7] < boxes[4][2], $"caption bottom {boxes[0][7]} overlaps the next row at {boxes[4][2]}");
        double plotHeight = await result.Page.EvaluateAsync<double>("() => document.querySelector('.js-plotly-plot')._fullLayout.height");
        Assert.True(boxes[^1][7] <= plotHeight, "the last row's captions are cut off");
    }
}
