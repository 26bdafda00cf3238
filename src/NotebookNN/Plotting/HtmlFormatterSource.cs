namespace NotebookNN.Plotting;

/// <summary>
/// The formatter source named by <see cref="TypeFormatterSourceAttribute"/> on <see cref="IHtmlDisplayable"/>
/// types: gives the kernel a text/html formatter (<see cref="IHtmlDisplayable.ToHtml"/>), a text/plain
/// formatter (<see cref="object.ToString"/>) and, for a <see cref="Figure"/>, the plotly MIME type
/// (<see cref="DisplayFormatter.PlotlyMimeType"/>: the figure JSON), from which exported pages draw charts.
/// </summary>
public sealed class HtmlFormatterSource
{
    /// <summary>The formatters, text/html first. The kernel calls this by name through reflection.</summary>
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new DisplayFormatter("text/html"),
        new DisplayFormatter("text/plain"),
        new DisplayFormatter(DisplayFormatter.PlotlyMimeType),
    ];
}

/// <summary>
/// One formatter of the kernel's convention: a <see cref="MimeType"/> and a single
/// <see cref="Format"/> method that writes a value in that MIME type.
/// </summary>
public sealed class DisplayFormatter
{
    /// <summary>The MIME type of a plotly figure (its JSON: data, layout, frames, config), as JupyterLab renders it.</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <summary>Creates a formatter for "text/html", "text/plain" or <see cref="PlotlyMimeType"/>.</summary>
    /// <exception cref="ArgumentException">Any other MIME type.</exception>
    public DisplayFormatter(string mimeType)
    {
        if (mimeType is not ("text/html" or "text/plain" or PlotlyMimeType))
            throw new ArgumentException($"DisplayFormatter writes text/html, text/plain or {PlotlyMimeType}, not '{mimeType}'.", nameof(mimeType));
        MimeType = mimeType;
    }

    /// <summary>The MIME type this formatter writes.</summary>
    public string MimeType { get; }

    /// <summary>
    /// Writes <paramref name="instance"/>: for text/html its HTML fragment (<see cref="IHtmlDisplayable"/> only),
    /// for text/plain its <see cref="object.ToString"/>, a figure's JSON for <see cref="PlotlyMimeType"/>.
    /// Returns false (writes nothing) for a value it cannot write.
    /// </summary>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (MimeType == PlotlyMimeType)
        {
            if (instance is not Figure figure)
                return false;
            writer.Write(figure.ToJsonString());
            return true;
        }

        string? text = MimeType == "text/html" ? (instance as IHtmlDisplayable)?.ToHtml() : instance?.ToString();
        if (text is null)
            return false;
        writer.Write(text);
        return true;
    }
}
