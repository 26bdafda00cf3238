using System.Globalization;

namespace NotebookNN.Runner;

/// <summary>
/// Long console output on a page: like Jupyter's front ends, a page shows the first <see cref="PageLines"/> lines
/// of a stream and a note saying how many it left out (the executed notebook keeps them all).
/// </summary>
internal static class StreamText
{
    /// <summary>The most lines of one stream output a page shows.</summary>
    public const int PageLines = 1000;

    /// <summary>The note that ends a shortened stream.</summary>
    public static string OmittedNote(int omitted) =>
        string.Create(CultureInfo.InvariantCulture, $"… {omitted:N0} more lines not shown here (the executed notebook has them all)");

    /// <summary>The stream's text as a page shows it: at most <see cref="PageLines"/> lines, then the note.</summary>
    public static string ForPage(string text)
    {
        var end = -1;
        for (var line = 0; line < PageLines; line++)
        {
            end = text.IndexOf('\n', end + 1);
            if (end < 0 || end == text.Length - 1)
            {
                return text;
            }
        }

        var rest = text.AsSpan(end + 1);
        var omitted = rest.Count('\n') + (rest.EndsWith("\n") ? 0 : 1);
        return text[..(end + 1)] + OmittedNote(omitted) + "\n";
    }
}
