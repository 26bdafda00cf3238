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
        errors = TextWriter.Synchronized(errors);  // workers report from several threads (--jobs)
        var files = options.Paths.SelectMany(NotebooksAt).ToList();
        var problems = new List<string>();
        var notebooks = new List<(string Path, string DisplayPath)>();
        foreach (var (path, displayPath) in files)
        {
            try
            {
                if (LoadAndCheck(path, displayPath).NotCSharp() is { } kernel)
                {
                    errors.WriteLine($"{displayPath}: not a C# notebook (its kernel is {kernel}), skipped");
                    continue;
                }

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

        if (notebooks.Count == 0 && files.Count > 0)
        {
            errors.WriteLine($"No C# notebook in {string.Join(", ", options.Paths)}: nothing to run.");
            return 2;
        }

        if (notebooks.Count == 0)
        {
            output.WriteLine($"No notebooks in {string.Join(", ", options.Paths)}: nothing to run.");
            return 0;
        }

        var plan = SitePlan.Check(notebooks, options);
        var startFolders = notebooks.Select(n => Path.GetDirectoryName(Path.GetFullPath(n.Path))!).Append(Environment.CurrentDirectory).Append(AppContext.BaseDirectory);
        var assets = options.SelfContained ? PageAssets.SelfContained(PageAssets.FindPackageRoot(startFolders, output))
            : options.Offline ? PageAssets.Offline(PageAssets.FindPackageRoot(startFolders, output))
            : PageAssets.Online();

        if (!BuildLibraryWhereNeeded(notebooks.Select(n => n.Path), output))
        {
            return 1;
        }

        // A self-contained page is one file; the in-browser runtime is a folder of its own, so such pages leave live cells out.
        var live = options.NoBrowser || options.SelfContained ? null : LiveCells.Prepare(startFolders, output);
        var site = new SiteWriter(plan.OutFolder, assets, errors, live is not null);
        Worker.HandleSignals();
        // Notebooks run side by side (--jobs), each in its own process with its own timeout. A finished notebook is
        // written at once (nothing waits in memory); progress lines and the index keep the series order.
        var count = plan.Notebooks.Count;
        var finished = new (WorkerResult Result, double Seconds)?[count];
        var reports = new List<NotebookReport>();
        var gate = new object();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs }, i =>
        {
            var notebook = plan.Notebooks[i];
            var clock = Stopwatch.StartNew();
            var result = Worker.Run(notebook.Path, notebook.DisplayPath, options, errors);
            lock (gate)
            {
                finished[i] = (result, clock.Elapsed.TotalSeconds);
                if (result.Notebook is { } executed)
                {
                    site.Write(notebook, executed, result.Summary, options.InPlace, position: i);
                }

                for (var next = reports.Count; next < count && finished[next] is { } done; next++)
                {
                    var summary = done.Result.Summary;
                    reports.Add(new NotebookReport(plan.Notebooks[next].DisplayPath, summary, done.Seconds));
                    var verdict = summary.Failures == 0 ? "ok" : summary.TimedOut ? "TIMED OUT" : "FAILED";
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"[{next + 1}/{count}] {plan.Notebooks[next].DisplayPath}: {verdict} ({summary.CellsRun} cells run, {summary.Failures} failed, {done.Seconds:0.0} s)"));
                }
            }
        });

        live?.WriteAssets(plan.OutFolder);
        var index = site.WriteIndex();
        PrintTable(reports, output);
        if (index is not null)
        {
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, index);
            output.WriteLine($"Site written to {(relative.StartsWith("..", StringComparison.Ordinal) ? index : relative)}");
        }

        return reports.Any(r => r.Summary.Failures > 0) || site.Failures > 0 ? 1 : 0;
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

    // The notebook's structure (NotebookFile), then what parses but no host can use (NotebookContent): found here,
    // in the parent, so a worker never dies on it.
    private static NotebookFile LoadAndCheck(string path, string displayPath)
    {
        NotebookFile notebook;
        try
        {
            notebook = NotebookFile.Load(path, displayPath);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.Text.Json.JsonException)
        {
            NotebookContent.Check(path, displayPath);
            throw new InputException($"{displayPath}: not readable as a notebook: {e.Message}");
        }

        NotebookContent.Check(path, displayPath);
        return notebook;
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
