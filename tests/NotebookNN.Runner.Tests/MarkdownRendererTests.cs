namespace NotebookNN.Runner.Tests;

public class MarkdownRendererTests
{
    [Fact]
    public void Inline_math_is_protected_from_emphasis_and_marked_for_katex()
    {
        Assert.Equal(
            "<p>Here <span class=\"math\">\\(a_1 * b_2 * c\\)</span> and <em>this</em>.</p>\n",
            MarkdownRenderer.ToHtml("Here $a_1 * b_2 * c$ and *this*."));
    }

    [Fact]
    public void Display_math_becomes_a_math_block()
    {
        Assert.Equal("<div class=\"math\">\n\\[\ny = \\sum_i w_i x_i\n\\]</div>\n", MarkdownRenderer.ToHtml("$$\ny = \\sum_i w_i x_i\n$$"));
    }

    [Fact]
    public void Tables_render_and_one_line_has_no_paragraph_around_it()
    {
        Assert.Contains("<table>", MarkdownRenderer.ToHtml("| a | b |\n|---|---|\n| 1 | 2 |"));
        Assert.Equal("print a <em>greeting</em>", MarkdownRenderer.InlineToHtml("print a *greeting*"));
    }
}

public class DisplayMathTests
{
    [Theory]
    [InlineData("$$a^{[1]} = g(z)$$")]
    [InlineData("Before.\n\n$$a^{[1]} = g(z)$$\n\nAfter.")]
    [InlineData("$$\na^{[1]} = g(z)\n$$")]
    public void Double_dollar_math_is_display_math_as_in_jupyter_and_vs_code(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);
        Assert.Contains(@"\[", html);
        Assert.Contains(@"\]", html);
        Assert.DoesNotContain(@"\(", html);
    }

    [Fact]
    public void Single_dollar_math_stays_inline()
    {
        var html = MarkdownRenderer.ToHtml("The weight $w_1$ and the bias $b$.");
        Assert.Contains(@"\(w_1\)", html);
        Assert.DoesNotContain(@"\[", html);
    }
}

public class NotebookLinkTests
{
    [Theory]
    [InlineData("[Next](02-activation-functions.ipynb)", "href=\"02-activation-functions.html\"")]
    [InlineData("[Back](01-the-neuron.ipynb#summary)", "href=\"01-the-neuron.html#summary\"")]
    [InlineData("[Site](https://example.org/x.ipynb)", "href=\"https://example.org/x.ipynb\"")]
    [InlineData("[Data](../data/README.md)", "href=\"../data/README.md\"")]
    public void Links_between_notebooks_point_at_the_exported_pages(string markdown, string expected)
    {
        Assert.Contains(expected, MarkdownRenderer.ToHtml(markdown));
    }
}

public class MarkdownSafetyTests
{
    [Fact]
    public void Raw_html_and_javascript_links_in_markdown_never_reach_the_page()
    {
        var html = MarkdownRenderer.ToHtml("Hi <script>alert(1)</script> [click](javascript:alert(1)) <img src=z onerror=\"alert(1)\">");

        Assert.DoesNotContain("script", html);
        Assert.DoesNotContain("javascript", html);
        Assert.DoesNotContain("onerror", html);
        Assert.Contains("<a>click</a>", html);
    }
}
