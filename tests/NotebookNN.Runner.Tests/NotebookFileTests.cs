namespace NotebookNN.Runner.Tests;

public class NotebookFileTests
{
    private const string Minimal = "{\"cells\":[{\"cell_type\":\"markdown\",\"metadata\":{},\"source\":[\"# Ünïcode <b>\\n\",\"x\"]}],\"metadata\":{},\"nbformat\":4,\"nbformat_minor\":4}";

    [Fact]
    public void Writes_nbformat_4_5_with_one_space_indentation_keeping_unicode_and_html_unescaped()
    {
        var notebook = NotebookFile.Parse(Minimal, "x.ipynb", "x.ipynb");

        Assert.Equal(
            "{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"metadata\": {},\n   \"source\": [\n    \"# Ünïcode <b>\\n\",\n    \"x\"\n   ]\n  }\n ],\n"
            + " \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n",
            notebook.ToJson());
    }

    [Theory]
    [InlineData("{\"cells\": [", "x.ipynb: not valid JSON (line 1, position 12)")]
    [InlineData("[]", "x.ipynb: not a notebook (the JSON is not an object)")]
    [InlineData("{\"cells\": []}", "x.ipynb: not a notebook (no \"nbformat\" number)")]
    [InlineData("{\"nbformat\": 4}", "x.ipynb: not a notebook (no \"cells\" list)")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"source\": \"\"}]}", "x.ipynb: cell 1 is not a notebook cell (no \"cell_type\")")]
    [InlineData("{\"nbformat\": 3, \"worksheets\": []}", "x.ipynb: nbformat 3 is not supported, only nbformat 4")]
    public void Bad_notebooks_are_rejected_with_a_message_naming_the_file(string json, string message)
    {
        var error = Assert.Throws<InputException>(() => NotebookFile.Parse(json, "x.ipynb", "x.ipynb"));

        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void Text_splits_into_lines_that_keep_their_newlines_and_joins_back()
    {
        var lines = NotebookFile.SplitLines("a\nb\n\nc");

        Assert.Equal(["a\n", "b\n", "\n", "c"], lines.Select(l => l!.GetValue<string>()));
        Assert.Equal("a\nb\n\nc", NotebookFile.JoinText(lines));
    }

    [Fact]
    public void Saving_replaces_the_file_atomically_and_leaves_no_temporary_file()
    {
        var folder = RunnerProcess.TemporaryFolder();
        var path = Path.Combine(folder, "n.ipynb");
        File.WriteAllText(path, "old");

        NotebookFile.Parse(Minimal, path, "n.ipynb").Save(path);

        Assert.Equal(NotebookFile.Parse(Minimal, path, "n.ipynb").ToJson(), File.ReadAllText(path));
        Assert.Equal(["n.ipynb"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }
}
