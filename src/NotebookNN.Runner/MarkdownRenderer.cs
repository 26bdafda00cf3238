using Markdig;

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

    /// <summary>Renders a markdown block (a markdown cell) as HTML.</summary>
    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    /// <summary>Renders one line of markdown (a title or a list item) as inline HTML, without the paragraph around it.</summary>
    public static string InlineToHtml(string markdown)
    {
        var html = ToHtml(markdown).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            ? html[3..^4]
            : html;
    }
}
