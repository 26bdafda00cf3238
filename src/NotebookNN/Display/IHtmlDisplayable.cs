namespace NotebookNN.Display;

/// <summary>
/// Something a notebook shows as HTML: <see cref="ToHtml"/> is its text/html form, <see cref="ToString"/>
/// its one-line text/plain form. Decorate the implementing class with
/// <c>[TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]</c>
/// and a notebook cell ending in such a value displays the HTML.
/// </summary>
public interface IHtmlDisplayable
{
    /// <summary>An HTML fragment that can sit inside a page next to other fragments.</summary>
    string ToHtml();

    /// <summary>A one-line plain-text summary.</summary>
    string ToString();
}
