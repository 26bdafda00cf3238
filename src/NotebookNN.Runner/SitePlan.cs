namespace NotebookNN.Runner;

/// <summary>One notebook of the run and the name its executed copy and page get in the site.</summary>
/// <param name="Path">The source notebook.</param>
/// <param name="DisplayPath">The notebook as named on the command line.</param>
/// <param name="PageName">The file name without extension in the out folder (unique within the site).</param>
internal sealed record PlannedNotebook(string Path, string DisplayPath, string PageName);

/// <summary>
/// Where a run writes, decided and checked before any notebook runs, so that no executed work is lost to a bad
/// folder afterwards and no source is overwritten: the out folder must be a folder that can be written; no executed
/// copy may land on a source notebook unless <c>--in-place</c> asks for it; with <c>--in-place</c> each source must be
/// writable and its folder too. Notebooks with the same name in different folders get distinct pages.
/// </summary>
internal sealed record SitePlan(string OutFolder, IReadOnlyList<PlannedNotebook> Notebooks)
{
    /// <summary>Plans and checks the run; any problem is an <see cref="InputException"/> saying what and where.</summary>
    public static SitePlan Check(IReadOnlyList<(string Path, string DisplayPath)> notebooks, RunnerOptions options)
    {
        var outFolder = System.IO.Path.GetFullPath(options.OutDirectory);
        if (File.Exists(outFolder))
        {
            throw new InputException($"--out {options.OutDirectory}: is a file; --out needs a folder");
        }

        try
        {
            Directory.CreateDirectory(outFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"--out {options.OutDirectory}: the folder cannot be created ({e.Message})");
        }

        if (!AtomicFile.CanCreateIn(outFolder))
        {
            throw new InputException($"--out {options.OutDirectory}: the folder is not writable");
        }

        var sources = notebooks.Select(n => System.IO.Path.GetFullPath(n.Path)).ToHashSet(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "index" };
        var planned = new List<PlannedNotebook>();
        foreach (var (path, displayPath) in notebooks)
        {
            var name = UniqueName(System.IO.Path.GetFileNameWithoutExtension(path), taken);
            var executedCopy = System.IO.Path.Combine(outFolder, name + ".ipynb");
            var overwritesItself = executedCopy == System.IO.Path.GetFullPath(path);
            if (sources.Contains(executedCopy) && !(overwritesItself && options.InPlace))
            {
                throw new InputException(
                    $"--out {options.OutDirectory}: the executed copy of {displayPath} would overwrite the source notebook {executedCopy}; choose another --out folder (or use --in-place to replace sources on purpose)");
            }

            if (options.InPlace)
            {
                CheckReplaceable(path, displayPath);
            }

            planned.Add(new PlannedNotebook(path, displayPath, name));
        }

        return new SitePlan(outFolder, planned);
    }

    private static string UniqueName(string name, HashSet<string> taken)
    {
        var unique = name;
        for (var i = 2; !taken.Add(unique); i++)
        {
            unique = $"{name}-{i}";
        }

        return unique;
    }

    private static void CheckReplaceable(string path, string displayPath)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0)
        {
            throw new InputException($"{displayPath}: the notebook is read-only; --in-place will not replace it (make it writable, or run without --in-place)");
        }

        if (OperatingSystem.IsWindows() && File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly))
        {
            throw new InputException($"{displayPath}: the notebook is read-only; --in-place will not replace it (make it writable, or run without --in-place)");
        }

        if (!AtomicFile.CanCreateIn(folder))
        {
            throw new InputException($"{displayPath}: --in-place cannot replace it: its folder {folder} is not writable");
        }
    }
}
