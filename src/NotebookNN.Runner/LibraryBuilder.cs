namespace NotebookNN.Runner;

/// <summary>
/// Builds the helper library (src/NotebookNN, Release) before a run when its DLL is missing or older than its
/// sources, so a fresh clone runs the series with one command.
/// </summary>
internal static class LibraryBuilder
{
    /// <summary>The library's project folder, relative to the repository root.</summary>
    public const string ProjectFolder = "src/NotebookNN";

    /// <summary>The DLL the notebooks reference, relative to the repository root.</summary>
    public const string DllPath = "src/NotebookNN/bin/Release/net10.0/NotebookNN.dll";

    /// <summary>The repository root (the folder holding NotebookNN.sln) at or above a folder, or null.</summary>
    public static string? FindRepositoryRoot(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NotebookNN.sln"))
                && File.Exists(Path.Combine(dir.FullName, ProjectFolder, "NotebookNN.csproj")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>Why the library needs building (the DLL is missing, or names the newer source), or null when it is current.</summary>
    public static string? WhyStale(string repositoryRoot)
    {
        var dll = new FileInfo(Path.Combine(repositoryRoot, DllPath));
        if (!dll.Exists)
        {
            return "NotebookNN.dll is missing";
        }

        var project = Path.Combine(repositoryRoot, ProjectFolder);
        var newer = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(project, f))
            .Append(Path.Combine(project, "NotebookNN.csproj"))
            .Append(Path.Combine(repositoryRoot, "Directory.Build.props"))
            .Where(File.Exists)
            .FirstOrDefault(f => File.GetLastWriteTimeUtc(f) > dll.LastWriteTimeUtc);
        return newer is null ? null : $"{Path.GetRelativePath(repositoryRoot, newer)} is newer than NotebookNN.dll";
    }

    /// <summary>
    /// Builds the library when stale, printing one line saying why. Returns false (after printing the build's errors)
    /// when the build fails.
    /// </summary>
    public static bool EnsureBuilt(string repositoryRoot, TextWriter log)
    {
        using var _ = FileLock.Acquire(Path.Combine(repositoryRoot, ProjectFolder, "obj", ".notebooknn-build.lock"));
        var reason = WhyStale(repositoryRoot);
        if (reason is null)
        {
            return true;
        }

        log.WriteLine($"Building the helper library ({ProjectFolder}, Release) because {reason}...");
        var (exitCode, output) = DotnetCli.Run(repositoryRoot, "build", ProjectFolder, "-c", "Release", "--nologo", "-v", "q", "-clp:ErrorsOnly");
        if (exitCode != 0)
        {
            log.WriteLine($"{ProjectFolder}: the build failed:");
            log.WriteLine(output.Trim());
            return false;
        }

        // An unchanged build may leave the DLL's time alone; mark it current so the next run does not build again.
        var dll = Path.Combine(repositoryRoot, DllPath);
        if (File.Exists(dll) && WhyStale(repositoryRoot) is not null)
        {
            File.SetLastWriteTimeUtc(dll, DateTime.UtcNow);
        }

        return true;
    }

    private static bool IsBuildOutput(string project, string file)
    {
        var relative = Path.GetRelativePath(project, file).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
    }
}
