namespace NotebookNN.Display;

/// <summary>
/// The formatter source for the library's values that read best as their one-line summary (a data set, a
/// network, a training history): named by
/// <c>[TypeFormatterSource(typeof(TextFormatterSource), PreferredMimeTypes = ["text/plain"])]</c>, it gives
/// the kernel a text/plain formatter (<see cref="object.ToString"/>) instead of its tree of properties.
/// </summary>
public sealed class TextFormatterSource
{
    /// <summary>The one text/plain formatter. The kernel calls this by name through reflection.</summary>
    public IEnumerable<object> CreateTypeFormatters() => [new DisplayFormatter("text/plain")];
}
