using System.Text.Json.Nodes;

namespace NotebookNN.Runner.Tests;

public class CellLanguageTests
{
    private static readonly JsonObject Notebook = JsonNode.Parse("""{"metadata":{"polyglot_notebook":{"kernelInfo":{"defaultKernelName":"csharp"}}}}""")!.AsObject();

    private static JsonObject CodeCell(string source, string? kernel) => new()
    {
        ["cell_type"] = "code",
        ["metadata"] = kernel is null ? new JsonObject() : new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernel } },
        ["source"] = source,
    };

    [Theory]
    [InlineData("var x = 1;", null, (int)CellKind.CSharp, "csharp")]
    [InlineData("var x = 1;", "csharp", (int)CellKind.CSharp, "csharp")]
    [InlineData("let x = 1", "fsharp", (int)CellKind.Other, "fsharp")]
    [InlineData("#!markdown\n# Title", "csharp", (int)CellKind.Markdown, "markdown")]
    [InlineData("#!pwsh\nWrite-Host hi", "csharp", (int)CellKind.Other, "pwsh")]
    [InlineData("#!csharp\nvar x = 1;", "fsharp", (int)CellKind.CSharp, "csharp")]
    public void A_first_line_kernel_wins_then_the_cell_metadata_then_the_notebook_default(string source, string? kernel, int kind, string name)
    {
        Assert.Equal(new CellLanguage((CellKind)kind, name), CellLanguage.Of(CodeCell(source, kernel), Notebook));
    }

    [Fact]
    public void Markdown_and_raw_cells_are_not_code()
    {
        Assert.Equal(CellKind.Markdown, CellLanguage.Of(JsonNode.Parse("""{"cell_type":"markdown","source":"# x"}""")!.AsObject(), Notebook).Kind);
        Assert.Equal(new CellLanguage(CellKind.Other, "raw"), CellLanguage.Of(JsonNode.Parse("""{"cell_type":"raw","source":"x"}""")!.AsObject(), Notebook));
    }
}
