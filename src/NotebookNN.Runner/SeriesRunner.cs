using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NotebookNN.Runner;

/// <summary>One notebook's line in the closing table.</summary>
/// <param name="DisplayPath">The notebook as named on the command line.</param>
/// <param name="Summary">Cells run, failures.</param>
/// <param name="Seconds">Wall-clock time of its run.</param>
internal sealed record NotebookReport(string DisplayPath, ExecutionSummary Summary, double Seconds);

/// <summary>
/// Runs a series: checks every notebook, builds the helper library when needed, runs each notebook in its own
/// worker process, writes the executed notebooks and HTML pages, and prints progress and a closing table.
/// </summary>
internal static partial class SeriesRunner
{
    /// <summary>Runs everything the options name; returns the exit code (0 good, 1 a cell failed, 2 bad input).</summary>
    public static int Run(RunnerOptions options, TextWriter output, TextWriter errors)
    {
        var files = options.Paths.SelectMany(NotebooksAt).ToList();
        var problems = new List<string>();
        var notebooks = new List<(string Path, string DisplayPath)>();
        foreach (var (path, displayPath) in files)
        {
            try
            {
                NotebookFile.Load(path, displayPath);
                notebooks.Add((path, displayPath));
            }
            catch (InputException e)
            {
                problems.Add(e.Message);
            }
        }

        if (problems.Count > 0)
        {
            problems.ForEach(errors.WriteLine);
            return 2;
        }

        if (notebooks.Count == 0)
        {
            output.WriteLine($"No notebooks in {string.Join(", ", options.Paths)}: nothing to run.");
            return 0;
        }

        var startFolders = notebooks.Select(n => Path.GetDirectoryName(Path.GetFullPath(n.Path))!).Append(Environment.CurrentDirectory).ToList();
        var assets = options.Offline ? PageAssets.Offline(PageAssets.FindPackageRoot(startFolders.Append(AppContext.BaseDirectory), output)) : PageAssets.Online();

        if (!BuildLibraryWhereNeeded(notebooks.Select(n => n.Path), output))
        {
            return 1;
        }

        var outFolder = Path.GetFullPath(options.OutDirectory);
        Directory.CreateDirectory(outFolder);
        var live = options.NoBrowser ? null : LiveCells.Prepare(startFolders, output);
        var exporter = new HtmlExporter(assets, live is not null);
        var reports = new List<NotebookReport>();
        var entries = new List<IndexEntry>();
        foreach (var ((path, displayPath), position) in notebooks.Select((n, i) => (n, i + 1)))
        {
            var clock = Stopwatch.StartNew();
            var result = Worker.Run(path, displayPath, options);
            var seconds = clock.Elapsed.TotalSeconds;
            var summary = result.Summary;
            reports.Add(new NotebookReport(displayPath, summary, seconds));
            var verdict = summary.Failures == 0 ? "ok" : summary.TimedOut ? "TIMED OUT" : "FAILED";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{position}/{notebooks.Count}] {displayPath}: {verdict} ({summary.CellsRun} cells run, {summary.Failures} failed, {seconds:0.0} s)"));
            if (result.Notebook is not { } executed)
            {
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(path);
            File.WriteAllText(Path.Combine(outFolder, name + ".ipynb"), executed.ToJson());
            File.WriteAllText(Path.Combine(outFolder, name + ".html"), exporter.NotebookPage(executed));
            entries.Add(new IndexEntry(name + ".html", NotebookOverview.Of(executed), summary));
            if (options.InPlace)
            {
                executed.Save(path);
            }
        }

        File.WriteAllText(Path.Combine(outFolder, "index.html"), exporter.IndexPage("NotebookNN: the series", entries));
        live?.WriteAssets(outFolder);
        PrintTable(reports, output);
        var site = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(outFolder, "index.html"));
        output.WriteLine($"Site written to {(site.StartsWith("..", StringComparison.Ordinal) ? Path.Combine(outFolder, "index.html") : site)}");
        return reports.Any(r => r.Summary.Failures > 0) ? 1 : 0;
    }

    /// <summary>The notebooks a path names: the file itself, or a folder's *.ipynb files in series order.</summary>
    public static IEnumerable<(string Path, string DisplayPath)> NotebooksAt(string path)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*.ipynb")
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .OrderBy(f => SeriesNumber(Path.GetFileName(f)))
                .ThenBy(f => Path.GetFileName(f), StringComparer.Ordinal)
                .Select(f => (f, Path.Combine(path, Path.GetFileName(f))))
                .ToList();
        }

        if (File.Exists(path))
        {
            return [(path, path)];
        }

        throw new InputException($"{path}: no such file or folder");
    }

    /// <summary>The number a notebook's file name starts with (01-neuron → 1), or int.MaxValue.</summary>
    public static int SeriesNumber(string fileName)
    {
        var match = LeadingNumber().Match(fileName);
        return match.Success && int.TryParse(match.Value, out var n) ? n : int.MaxValue;
    }

    private static bool BuildLibraryWhereNeeded(IEnumerable<string> notebookPaths, TextWriter output)
    {
        var roots = notebookPaths
            .Where(p => File.ReadAllText(p).Contains("NotebookNN.dll", StringComparison.Ordinal))
            .Select(p => LibraryBuilder.FindRepositoryRoot(Path.GetDirectoryName(Path.GetFullPath(p))!))
            .OfType<string>()
            .Distinct();
        return roots.All(root => LibraryBuilder.EnsureBuilt(root, output));
    }

    private static void PrintTable(IReadOnlyList<NotebookReport> reports, TextWriter output)
    {
        var width = Math.Max("notebook".Length, reports.Max(r => r.DisplayPath.Length));
        output.WriteLine();
        output.WriteLine($"{"notebook".PadRight(width)}  cells run  failures  seconds");
        foreach (var report in reports)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{report.DisplayPath.PadRight(width)}  {report.Summary.CellsRun,9}  {report.Summary.Failures,8}  {report.Seconds,7:0.0}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"total".PadRight(width)}  {reports.Sum(r => r.Summary.CellsRun),9}  {reports.Sum(r => r.Summary.Failures),8}  {reports.Sum(r => r.Seconds),7:0.0}"));
    }

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingNumber();
}
