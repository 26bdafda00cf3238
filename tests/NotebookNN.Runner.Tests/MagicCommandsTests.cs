namespace NotebookNN.Runner.Tests;

public class MagicCommandsTests
{
    [Fact]
    public void Directives_are_read_and_blanked_so_line_numbers_still_match()
    {
        var cell = CellCode.Parse("#!csharp\n#r \"nuget: MathNet.Numerics, 5.0.0\"\n#r \"../lib/My.dll\"\n#i \"nuget: https://feed/index.json\"\nvar x = 1;");

        Assert.Equal("\n\n\n\nvar x = 1;", cell.Code);
        Assert.Equal(
            [
                new MagicCommand(2, MagicKind.NuGetPackage, "MathNet.Numerics", "5.0.0"),
                new MagicCommand(3, MagicKind.AssemblyFile, "../lib/My.dll", null),
                new MagicCommand(4, MagicKind.NuGetSource, "https://feed/index.json", null),
            ],
            cell.Commands);
    }

    [Fact]
    public void A_package_without_a_version_asks_for_the_newest()
    {
        Assert.Equal(new MagicCommand(1, MagicKind.NuGetPackage, "Markdig", null), CellCode.Parse("#r \"nuget:Markdig\"").Commands.Single());
    }

    [Fact]
    public void CSharp_preprocessor_directives_stay_in_the_code()
    {
        var code = "#nullable enable\n#region setup\nstring? s = null;\n#endregion";

        var cell = CellCode.Parse(code);

        Assert.Equal(code, cell.Code);
        Assert.Empty(cell.Commands);
    }

    [Theory]
    [InlineData("var x = 1;\n#!time", "line 2: unknown magic command '#!time'")]
    [InlineData("#load \"other.csx\"", "line 1: unknown magic command '#load'")]
    [InlineData("#!fsharp\nlet x = 1", "line 1: unknown magic command '#!fsharp'")]
    [InlineData("#r MathNet.dll", "line 1: #r needs one quoted argument")]
    [InlineData("#r \"nuget: A, 1.0, extra\"", "line 1: #r \"nuget: ...\" needs a package id and an optional version")]
    [InlineData("\n#i \"https://feed\"", "line 2: #i needs a package source")]
    public void A_bad_or_unknown_directive_names_its_line(string source, string message)
    {
        var error = Assert.Throws<FormatException>(() => CellCode.Parse(source));

        Assert.StartsWith(message, error.Message);
    }
}
