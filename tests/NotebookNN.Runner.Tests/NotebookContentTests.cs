namespace NotebookNN.Runner.Tests;

public class NotebookContentTests
{
    private static string Check(string cellJson)
    {
        var path = Path.Combine(RunnerProcess.TemporaryFolder(), "n.ipynb");
        File.WriteAllText(path, $$"""{"cells": [{{cellJson}}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""");
        return Assert.Throws<InputException>(() => NotebookContent.Check(path, "n.ipynb")).Message;
    }

    [Fact]
    public void A_number_inside_source_names_the_cell_and_line()
    {
        Assert.Equal("n.ipynb: cell 1: \"source\" must be a list of text lines, but line 2 is a number",
            Check("""{"cell_type": "code", "source": ["a\n", 5]}"""));
    }

    [Fact]
    public void Output_text_that_is_not_text_is_named()
    {
        Assert.Equal("n.ipynb: cell 1, output 1: \"text\" must be text or a list of text lines, not an object",
            Check("""{"cell_type": "code", "source": "", "outputs": [{"output_type": "stream", "text": {}}]}"""));
    }

    [Fact]
    public void A_lone_surrogate_is_refused()
    {
        Assert.Contains("cell 1: holds text that is not valid Unicode", Check("""{"cell_type": "markdown", "source": "x\udc00"}"""));
    }

    [Fact]
    public void A_well_formed_notebook_passes()
    {
        var path = RunnerProcess.FixtureFullPath("good.ipynb");
        NotebookContent.Check(path, "good.ipynb");
    }
}
