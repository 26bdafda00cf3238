namespace NotebookNN.Runner.Tests;

public class StreamTextTests
{
    [Fact]
    public void Short_text_is_shown_whole()
    {
        var text = string.Concat(Enumerable.Range(0, StreamText.PageLines).Select(i => $"line {i}\n"));
        Assert.Equal(text, StreamText.ForPage(text));
        Assert.Equal("no newline", StreamText.ForPage("no newline"));
    }

    [Fact]
    public void Long_text_shows_the_first_lines_and_counts_the_rest()
    {
        var text = string.Concat(Enumerable.Range(0, StreamText.PageLines + 5).Select(i => $"line {i}\n")) + "last, unterminated";
        var shown = StreamText.ForPage(text);
        Assert.StartsWith("line 0\n", shown);
        Assert.Contains($"line {StreamText.PageLines - 1}\n", shown);
        Assert.DoesNotContain($"line {StreamText.PageLines}\n", shown);
        Assert.EndsWith("… 6 more lines not shown here (the executed notebook has them all)\n", shown);
    }
}
