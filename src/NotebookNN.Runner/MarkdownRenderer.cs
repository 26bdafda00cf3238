using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NotebookNN.Runner;

/// <summary>Markdown to HTML with Markdig, keeping <c>$...$</c> and <c>$$...$$</c> math intact for KaTeX.</summary>
internal static class MarkdownRenderer
{
    // UseMathematics reads $..$ and $$..$$ before emphasis does (so a_1 * b_2 stays math) and emits
    // <span class="math">\(..\)</span> or <div class="math">\[..\]</div>, which the page typesets with KaTeX.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseMathematics()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseTaskLists()
        .UseListExtras()
        .UseAutoIdentifiers()
        .Build();

    /// <summary>
    /// Renders a markdown block (a markdown cell) as HTML for the exported site, where a relative link to
    /// another notebook (<c>02-activation-functions.ipynb</c>, with or without <c>#anchor</c>) becomes a link
    /// to its page (<c>02-activation-functions.html</c>). Raw HTML in the markdown is kept only as far as
    /// <see cref="SafeHtml.Sanitize"/> allows (no scripts, handlers or <c>javascript:</c> links).
    /// </summary>
    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
            link.Url = PageLink(link.Url);
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlMathInlineRenderer>(new DisplayAwareMathInlineRenderer());
        renderer.Render(document);
        writer.Flush();
        return SafeHtml.Sanitize(writer.ToString());
    }

    /// <summary>A relative <c>name.ipynb[#anchor]</c> link as <c>name.html[#anchor]</c>; any other link unchanged.</summary>
    public static string? PageLink(string? url)
    {
        if (url is null || url.Contains("://", StringComparison.Ordinal) || url.StartsWith('/'))
            return url;
        int hash = url.IndexOf('#');
        string path = hash < 0 ? url : url[..hash], anchor = hash < 0 ? "" : url[hash..];
        return path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase) ? path[..^".ipynb".Length] + ".html" + anchor : url;
    }

    /// <summary>Renders one line of markdown (a title or a list item) as inline HTML, without the paragraph around it.</summary>
    public static string InlineToHtml(string markdown)
    {
        var html = ToHtml(markdown).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            ? html[3..^4]
            : html;
    }
}

/// <summary>
/// Inline math as Jupyter and VS Code show it: <c>$..$</c> inline, but <c>$$..$$</c> written within a line
/// (e.g. a one-line <c>$$ a = b $$</c> paragraph) as display math. Markdig alone would make both inline.
/// </summary>
internal sealed class DisplayAwareMathInlineRenderer : HtmlObjectRenderer<MathInline>
{
    /// <inheritdoc/>
    protected override void Write(HtmlRenderer renderer, MathInline obj)
    {
        bool display = obj.DelimiterCount >= 2;
        renderer.Write("<span class=\"math\">").Write(display ? "\\[" : "\\(");
        renderer.WriteEscape(ref obj.Content);
        renderer.Write(display ? "\\]" : "\\)").Write("</span>");
    }
}
