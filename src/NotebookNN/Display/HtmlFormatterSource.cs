namespace NotebookNN.Display;

/// <summary>
/// The formatter source named by <see cref="TypeFormatterSourceAttribute"/> on the library's displayable types:
/// gives the kernel a text/html formatter (<see cref="IHtmlDisplayable.ToHtml"/>) and a text/plain formatter
/// (<see cref="object.ToString"/>). Charts are Plotly.NET charts, shown by Plotly.NET.Interactive.
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
    /// Writes <paramref name="instance"/>: for text/html its HTML fragment (<see cref="IHtmlDisplayable"/> only),
    /// for text/plain its <see cref="object.ToString"/>. Returns false (writes nothing) for a value it cannot write.
    /// </summary>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        string? text = MimeType == "text/html" ? (instance as IHtmlDisplayable)?.ToHtml() : instance?.ToString();
        if (text is null)
            return false;
        writer.Write(text);
        return true;
    }
}
