namespace NotebookNN.Runner.Tests;

public class NotebookOverviewTests
{
    [Fact]
    public void Title_and_objectives_come_from_the_first_markdown_cell()
    {
        var notebook = NotebookFile.Load(RunnerProcess.FixtureFullPath("good.ipynb"), "good.ipynb");

        var overview = NotebookOverview.Of(notebook);

        Assert.Equal("A good notebook", overview.Title);
        Assert.Equal(["add two numbers", "print a *greeting*", @"write $\sigma(z) = \frac{1}{1 + e^{-z}}$"], overview.Objectives);
    }

    [Fact]
    public void Without_a_heading_the_title_is_the_file_name()
    {
        var notebook = NotebookFile.Load(RunnerProcess.FixtureFullPath("throws.ipynb"), "throws.ipynb");

        var overview = NotebookOverview.Of(notebook);

        Assert.Equal("throws", overview.Title);
        Assert.Empty(overview.Objectives);
    }

    [Theory]
    [InlineData("By the end you will be able to:\n- one\n- two\n\nMore text.\n- not an objective", new[] { "one", "two" })]
    [InlineData("## Learning objectives\n\n1. first\n   continued\n2. second\n\n## Next\n", new[] { "first continued", "second" })]
    [InlineData("## Objectives\n\nSome text.\n\n## Setup\n- not an objective", new string[0])]
    [InlineData("# Title\n- a list, but no objectives line", new string[0])]
    public void The_objectives_are_the_list_under_the_objectives_line(string markdown, string[] objectives)
    {
        Assert.Equal(objectives, NotebookOverview.ObjectivesIn(markdown));
    }
}
