using System.Text.Json.Nodes;

namespace NotebookNN.Runner.Tests;

public class ChartOutputTests
{
    [Fact]
    public void A_figure_is_read_from_a_json_object_or_from_its_text_lines()
    {
        var asObject = new JsonObject { [ChartOutput.MimeType] = new JsonObject { ["data"] = new JsonArray() } };
        var asLines = new JsonObject { [ChartOutput.MimeType] = new JsonArray("{\"data\": [],\n", "\"layout\": {}}") };

        Assert.NotNull(ChartOutput.FigureIn(asObject));
        Assert.Equal(new JsonObject(), ChartOutput.FigureIn(asLines)!["layout"]!.AsObject());
        Assert.Null(ChartOutput.FigureIn(new JsonObject { ["text/html"] = "<div>" }));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"layout\": {}}")]
    public void Something_that_is_not_a_figure_is_a_format_error(string text)
    {
        Assert.Throws<FormatException>(() => ChartOutput.FigureIn(new JsonObject { [ChartOutput.MimeType] = text }));
    }

    [Fact]
    public void No_text_in_a_figure_can_end_its_json_block()
    {
        var figure = JsonNode.Parse("{\"data\": [], \"layout\": {\"title\": \"</script><script>alert(1)</script><!--\"}}")!.AsObject();

        var html = ChartOutput.Html(figure, "chart-1");

        var json = html[(html.IndexOf("data-chart=\"chart-1\">", StringComparison.Ordinal) + 21)..html.LastIndexOf("</script>", StringComparison.Ordinal)];
        Assert.DoesNotContain("<", json);
        Assert.Equal("</script><script>alert(1)</script><!--", JsonNode.Parse(json)!["layout"]!["title"]!.GetValue<string>());
    }
}
