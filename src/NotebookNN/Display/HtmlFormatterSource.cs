namespace NotebookNN.Display;

/// <summary>
/// The formatter source named by <see cref="TypeFormatterSourceAttribute"/> on <see cref="IHtmlDisplayable"/>
/// types: gives the kernel a text/html formatter (<see cref="IHtmlDisplayable.ToHtml"/>) and a text/plain
/// formatter (<see cref="object.ToString"/>).
/// </summary>
public sealed class HtmlFormatterSource
{
    /// <summary>The formatters, text/html first. The kernel calls this by name through reflection.</summary>
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new DisplayFormatter("text/html"),
        new DisplayFormatter("text/plain"),
    ];
}

/// <summary>
/// One formatter of the kernel's convention: a <see cref="MimeType"/> and a single
/// <see cref="Format"/> method that writes a value in that MIME type.
/// </summary>
public sealed class DisplayFormatter
{
    /// <summary>Creates a formatter for "text/html" or "text/plain".</summary>
    /// <exception cref="ArgumentException">Any other MIME type.</exception>
    public DisplayFormatter(string mimeType)
    {
        if (mimeType is not ("text/html" or "text/plain"))
            throw new ArgumentException($"DisplayFormatter writes text/html or text/plain, not '{mimeType}'.", nameof(mimeType));
        MimeType = mimeType;
    }

    /// <summary>The MIME type this formatter writes.</summary>
    public string MimeType { get; }

    /// <summary>
    /// Writes <paramref name="instance"/>: its HTML fragment for text/html, its one-line summary for text/plain.
    /// Returns false (writes nothing) for a value that is not <see cref="IHtmlDisplayable"/>.
    /// </summary>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (instance is not IHtmlDisplayable displayable)
            return false;
        writer.Write(MimeType == "text/html" ? displayable.ToHtml() : displayable.ToString());
        return true;
    }
}
