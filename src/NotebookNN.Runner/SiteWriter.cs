namespace NotebookNN.Runner;

/// <summary>
/// Writes the site as notebooks finish: each executed notebook and its page (every file atomically), the shared
/// assets, and the index. A notebook whose page cannot be made (e.g. markdown nested too deeply) or written is
/// reported and listed without a link; it never stops the other notebooks or the index.
/// </summary>
internal sealed class SiteWriter
{
    private readonly string _outFolder;
    private readonly HtmlExporter _exporter;
    private readonly TextWriter _errors;
    private readonly SortedDictionary<int, IndexEntry> _entries = [];

    /// <summary>Writes the shared assets (if the pages use any) and gets ready for the notebooks.</summary>
    public SiteWriter(string outFolder, PageAssets assets, TextWriter errors, bool liveCells = false)
    {
        _outFolder = outFolder;
        _exporter = new HtmlExporter(assets, liveCells);
        _errors = errors;
        foreach (var (name, content) in assets.Files)
        {
            Try("the site's assets", () => AtomicFile.Write(Path.Combine(outFolder, PageAssets.Folder, name), content));
        }
    }

    /// <summary>How many files could not be written or pages not made.</summary>
    public int Failures { get; private set; }

    /// <summary>Writes one executed notebook, its page and (with in-place) the source; records its index entry at its position in the series.</summary>
    public void Write(PlannedNotebook notebook, NotebookFile executed, ExecutionSummary summary, bool inPlace, int position = -1)
    {
        var json = executed.ToJson();
        Try(notebook.DisplayPath, () => AtomicFile.Write(Path.Combine(_outFolder, notebook.PageName + ".ipynb"), json));
        var page = Try(notebook.DisplayPath, () =>
        {
            AtomicFile.Write(Path.Combine(_outFolder, notebook.PageName + ".html"), _exporter.NotebookPage(executed));
            return notebook.PageName + ".html";
        });
        var overview = Try(notebook.DisplayPath, () => NotebookOverview.Of(executed)) ?? new NotebookOverview(notebook.PageName, []);
        _entries[position >= 0 ? position : _entries.Count] = new IndexEntry(page, overview, summary);
        if (inPlace)
        {
            Try(notebook.DisplayPath, () => AtomicFile.Write(notebook.Path, json));
        }
    }

    /// <summary>Writes index.html; returns its path, or null when it could not be written.</summary>
    public string? WriteIndex()
    {
        var path = Path.Combine(_outFolder, "index.html");
        return Try("index.html", () =>
        {
            AtomicFile.Write(path, _exporter.IndexPage("NotebookNN: the series", [.. _entries.Values]));
            return path;
        });
    }

    private void Try(string what, Action action) => Try<object?>(what, () =>
    {
        action();
        return null;
    });

    private T? Try<T>(string what, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or FormatException)
        {
            Failures++;
            _errors.WriteLine($"{what}: not exported: {e.Message}");
            return default;
        }
    }
}
