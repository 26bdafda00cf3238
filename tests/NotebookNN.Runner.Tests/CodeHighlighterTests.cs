namespace NotebookNN.Runner.Tests;

public class CodeHighlighterTests
{
    [Fact]
    public void Keywords_strings_numbers_comments_and_directives_get_classes()
    {
        var html = CodeHighlighter.ToHtml("#r \"nuget: X, 1.0\"\nvar n = 42; // the answer\nConsole.WriteLine(\"a<b\");");

        Assert.Equal(
            "<span class=\"pp\">#r &quot;nuget: X, 1.0&quot;\n</span><span class=\"kw\">var</span> n = <span class=\"num\">42</span>; "
            + "<span class=\"com\">// the answer</span>\nConsole.WriteLine(<span class=\"str\">&quot;a&lt;b&quot;</span>);",
            html);
    }

    [Fact]
    public void Every_character_of_the_code_is_kept()
    {
        var code = "#!csharp\n#i \"nuget: ../feed\"\nvar s = $\"x is {1 + 2}\"; /* note */\nawait Task.Delay(1);\n";

        var html = CodeHighlighter.ToHtml(code);

        Assert.Equal(code, System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "")));
    }
}
