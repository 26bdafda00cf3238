namespace NotebookNN.Runner.Tests;

public class SafeHtmlTests
{
    [Theory]
    [InlineData("<script>alert(1)</script><p>ok</p>", "<p>ok</p>")]
    [InlineData("<img src=x onerror=\"alert(1)\">", "<img src=\"x\">")]
    [InlineData("<svg><script>alert(1)</script></svg>text", "text")]
    [InlineData("<iframe srcdoc=\"<script>parent.x=1</script>\"></iframe>", "")]
    [InlineData("<a href=\"javascript:alert(1)\">a</a>", "<a>a</a>")]
    [InlineData("<a href=\"JaVaScRiPt&colon;alert(1)\">a</a>", "<a>a</a>")]
    [InlineData("<a href=\"data:text/html,<script>alert(1)</script>\">a</a>", "<a>a</a>")]
    [InlineData("<a href=\"vbscript:msgbox\">a</a>", "<a>a</a>")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">x</div>", "<div>x</div>")]
    [InlineData("<object data=\"x.swf\"></object><embed src=\"x\">", "")]
    [InlineData("<form action=\"https://evil\"><button formaction=\"javascript:alert(1)\">b</button></form>", "")]
    public void Scripts_handlers_frames_and_harmful_urls_are_removed(string html, string expected)
    {
        Assert.Equal(expected, SafeHtml.Sanitize(html).Trim());
    }

    [Theory]
    [InlineData("<details><summary>Hint</summary>text</details>")]
    [InlineData("<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n</table>")]
    [InlineData("<span class=\"math\">\\(x^2\\)</span>")]
    [InlineData("<a href=\"02-activation-functions.html#summary\">next</a>")]
    [InlineData("<a href=\"https://pytorch.org/docs\">docs</a>")]
    [InlineData("<h2 id=\"the-neuron\">The neuron</h2>")]
    [InlineData("x<sub>1</sub> and e<sup>2</sup><br>")]
    public void What_the_series_uses_is_kept(string html)
    {
        Assert.Equal(html, SafeHtml.Sanitize(html));
    }

    [Theory]
    [InlineData("iVBORw0KGgo=", true, "iVBORw0KGgo=")]
    [InlineData("iVBO\nRw0K\nGgo=\n", true, "iVBORw0KGgo=")]
    [InlineData("AAAA\" onerror=\"alert(1)", false, null)]
    [InlineData("AAA", false, null)]
    [InlineData("", false, null)]
    public void Image_data_must_be_base64(string text, bool valid, string? compact)
    {
        Assert.Equal(valid, SafeHtml.IsBase64(text, out var result));
        if (valid)
        {
            Assert.Equal(compact, result);
        }
    }
}
