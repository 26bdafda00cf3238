namespace NotebookNN.Runner;

/// <summary>
/// Live cells in the exported site: publishes the WebAssembly app (src/NotebookNN.Browser: Roslyn and NotebookNN on
/// .NET's browser runtime) and bundles its page script (CodeMirror editors, Run / Run all / Reset / Stop) when they
/// are missing or older than their sources, then copies both under the site's <c>assets/live/</c>. Pages with C#
/// cells load the script; it turns each C# cell into an editor that runs in a Web Worker.
/// </summary>
internal sealed class LiveCells
{
    /// <summary>The WebAssembly app's project folder, relative to the repository root.</summary>
    public const string ProjectFolder = "src/NotebookNN.Browser";

    /// <summary>Where the published app and the bundled page script are kept between runs, relative to the repository root.</summary>
    public const string BuildFolder = "artifacts/browser-app";

    /// <summary>Where the site keeps them, relative to the site's folder.</summary>
    public const string SiteFolder = "assets/live";

    private readonly string _build;

    private LiveCells(string build) => _build = build;

    /// <summary>
    /// Builds what live cells need when stale (printing why), or returns null after printing why live cells are left
    /// out (not in the NotebookNN repository, or the build failed).
    /// </summary>
    public static LiveCells? Prepare(IEnumerable<string> startFolders, TextWriter log)
    {
        var root = startFolders.Select(LibraryBuilder.FindRepositoryRoot).FirstOrDefault(r => r is not null && Directory.Exists(Path.Combine(r, ProjectFolder)));
        if (root is null)
        {
            log.WriteLine($"Live cells left out: {ProjectFolder} was not found (run from the NotebookNN repository, or pass --no-browser).");
            return null;
        }

        var build = Path.Combine(root, BuildFolder);
        Directory.CreateDirectory(build);
        using var _ = FileLock.Acquire(Path.Combine(build, ".build.lock"));
        var stamp = Path.Combine(build, ".built");
        if (WhyStale(root, stamp) is { } reason)
        {
            log.WriteLine($"Building the in-browser C# runtime ({ProjectFolder}, Release publish; a few minutes the first time) because {reason}...");
            if (!Publish(root, build, log) || !Bundle(root, build, log))
            {
                log.WriteLine("Live cells left out: see the message above (or pass --no-browser).");
                return null;
            }

            File.WriteAllText(stamp, DateTime.UtcNow.ToString("O"));
        }

        return new LiveCells(build);
    }

    /// <summary>What a page puts in its head: the live cells' stylesheet and script, for pages with C# cells.</summary>
    public static string Head(string content) => content.Contains("language-csharp", StringComparison.Ordinal)
        ? $"<link rel=\"stylesheet\" href=\"{SiteFolder}/live.css\">\n<script defer src=\"{SiteFolder}/live.js\"></script>\n"
        : "";

    /// <summary>Copies the app and the page script under the site's assets/live/ (unchanged files are skipped).</summary>
    public void WriteAssets(string siteFolder)
    {
        var target = Path.Combine(siteFolder, SiteFolder);
        CopyTree(Path.Combine(_build, "publish", "wwwroot"), Path.Combine(target, "app"));
        foreach (var file in new[] { "live.js", "live.css" })
        {
            CopyFile(Path.Combine(_build, file), Path.Combine(target, file));
        }
    }

    /// <summary>Why the built app is stale (names the newer source), or null when it is current.</summary>
    public static string? WhyStale(string root, string stamp)
    {
        if (!File.Exists(stamp))
        {
            return "it was never built here";
        }

        var built = File.GetLastWriteTimeUtc(stamp);
        var sources = new[] { ProjectFolder, LibraryBuilder.ProjectFolder }
            .SelectMany(p => Directory.EnumerateFiles(Path.Combine(root, p), "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(Path.Combine(root, p), f).Replace('\\', '/').StartsWith("bin/", StringComparison.Ordinal)
                    && !Path.GetRelativePath(Path.Combine(root, p), f).Replace('\\', '/').StartsWith("obj/", StringComparison.Ordinal)))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "data")))
            .Append(Path.Combine(root, "Directory.Build.props"))
            .Append(Path.Combine(root, "package-lock.json"))
            .Where(File.Exists);
        var newer = sources.FirstOrDefault(f => File.GetLastWriteTimeUtc(f) > built);
        return newer is null ? null : $"{Path.GetRelativePath(root, newer)} changed";
    }

    private static bool Publish(string root, string build, TextWriter log)
    {
        // A fresh folder: the runtime's files carry content hashes in their names, and old ones must not pile up.
        if (Directory.Exists(Path.Combine(build, "publish")))
        {
            Directory.Delete(Path.Combine(build, "publish"), recursive: true);
        }

        var (exitCode, output) = DotnetCli.Run(root, "publish", ProjectFolder, "-c", "Release", "--nologo", "-v", "q", "-clp:ErrorsOnly",
            "-o", Path.Combine(build, "publish"));
        if (exitCode != 0)
        {
            log.WriteLine($"{ProjectFolder}: the publish failed:");
            log.WriteLine(output.Trim());
        }

        return exitCode == 0;
    }

    private static bool Bundle(string root, string build, TextWriter log)
    {
        var esbuild = Path.Combine(root, "node_modules", ".bin", "esbuild");
        if (!File.Exists(esbuild) || !Directory.Exists(Path.Combine(root, "node_modules", "@codemirror", "view")))
        {
            log.WriteLine("Live cells need CodeMirror and esbuild from npm; running npm ci...");
            var (code, text) = Npm.Run(root, "ci", "--no-audit", "--no-fund", "--loglevel=error");
            if (code != 0 || !File.Exists(esbuild))
            {
                log.WriteLine($"npm ci failed: {text.Trim()}\nRun `npm ci` in {root} (Node.js 18+).");
                return false;
            }
        }

        var (exitCode, output) = ExternalCommand.Run(esbuild, root,
            [$"{ProjectFolder}/page/live.js", "--bundle", "--format=iife", "--minify", "--target=es2020", "--log-level=error",
             $"--outfile={Path.Combine(build, "live.js")}"]);
        if (exitCode != 0)
        {
            log.WriteLine($"esbuild could not bundle {ProjectFolder}/page/live.js:\n{output.Trim()}");
            return false;
        }

        CopyFile(Path.Combine(root, ProjectFolder, "page", "live.css"), Path.Combine(build, "live.css"));
        return true;
    }

    private static void CopyTree(string from, string to)
    {
        if (Directory.Exists(to))
        {
            foreach (var stale in Directory.EnumerateFiles(to, "*", SearchOption.AllDirectories).Where(f => !File.Exists(Path.Combine(from, Path.GetRelativePath(to, f)))).ToList())
            {
                File.Delete(stale);
            }
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            CopyFile(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    private static void CopyFile(string from, string to)
    {
        var source = new FileInfo(from);
        var target = new FileInfo(to);
        if (target.Exists && target.Length == source.Length && target.LastWriteTimeUtc == source.LastWriteTimeUtc)
        {
            return;
        }

        Directory.CreateDirectory(target.DirectoryName!);
        source.CopyTo(to, overwrite: true);
    }
}
