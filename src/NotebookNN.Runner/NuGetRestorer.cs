using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace NotebookNN.Runner;

/// <summary>A NuGet package a notebook asks for with <c>#r "nuget: Id, Version"</c>.</summary>
/// <param name="Id">The package id.</param>
/// <param name="Version">The version (or range); null means the newest.</param>
internal sealed record PackageRequest(string Id, string? Version)
{
    /// <summary>The package as written in a notebook.</summary>
    public override string ToString() => Version is null ? Id : $"{Id}, {Version}";
}

/// <summary>
/// Resolves <c>#r "nuget: ..."</c> the way the kernel does: a real <c>dotnet restore</c> of a generated project
/// (so transitive dependencies come along), cached per set of packages and sources.
/// </summary>
internal static class NuGetRestorer
{
    /// <summary>The target framework of the generated project: the runner's own.</summary>
    public const string TargetFramework = "net10.0";

    /// <summary>
    /// The folder holding the generated projects: <c>$NOTEBOOKNN_CACHE</c>, else <c>$XDG_CACHE_HOME/notebooknn</c>,
    /// else <c>~/.cache/notebooknn</c>.
    /// </summary>
    public static string CacheFolder
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("NOTEBOOKNN_CACHE");
            if (!string.IsNullOrEmpty(configured))
            {
                return Path.GetFullPath(configured);
            }

            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var root = !string.IsNullOrEmpty(xdg)
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(root, "notebooknn");
        }
    }

    /// <summary>
    /// The runtime assemblies (full paths) of the packages and everything they depend on.
    /// Throws <see cref="InvalidOperationException"/> with restore's own error lines when restore fails.
    /// </summary>
    public static IReadOnlyList<string> Resolve(IReadOnlyCollection<PackageRequest> packages, IReadOnlyCollection<string> sources)
    {
        var project = ProjectText(packages, sources);
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(project)))[..16].ToLowerInvariant();
        var folder = Path.Combine(CacheFolder, "nuget", key);
        Directory.CreateDirectory(folder);
        var assets = Path.Combine(folder, "obj", "project.assets.json");
        var done = Path.Combine(folder, "restored.ok");

        using (FileLock.Acquire(Path.Combine(folder, ".lock")))
        {
            if (!File.Exists(done) || !File.Exists(assets))
            {
                File.WriteAllText(Path.Combine(folder, "packages.csproj"), project);
                var (exitCode, output) = DotnetCli.Run(folder, "restore", "packages.csproj", "--nologo", "-v", "q");
                if (exitCode != 0)
                {
                    var errors = output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Distinct().Take(3);
                    var first = errors.Select(e => e.Split(" [", 2)[0]).ToList();
                    throw new InvalidOperationException($"restoring {string.Join("; ", packages)} failed: {(first.Count > 0 ? string.Join(" | ", first) : output.Trim())}");
                }

                File.WriteAllText(done, DateTime.UtcNow.ToString("O"));
            }
        }

        return RuntimeAssemblies(assets);
    }

    /// <summary>The generated project that restores the packages.</summary>
    public static string ProjectText(IEnumerable<PackageRequest> packages, IEnumerable<string> sources)
    {
        var properties = new XElement("PropertyGroup",
            new XElement("TargetFramework", TargetFramework),
            new XElement("ImportDirectoryBuildProps", "false"),
            new XElement("ImportDirectoryBuildTargets", "false"),
            new XElement("EnableDefaultItems", "false"),
            new XElement("ImplicitUsings", "disable"));
        var sourceList = sources.ToList();
        if (sourceList.Count > 0)
        {
            properties.Add(new XElement("RestoreAdditionalProjectSources", string.Join(";", sourceList)));
        }

        var references = new XElement("ItemGroup", packages
            .OrderBy(p => p.Id, StringComparer.OrdinalIgnoreCase)
            .Select(p => new XElement("PackageReference", new XAttribute("Include", p.Id), new XAttribute("Version", p.Version ?? "*"))));
        return new XElement("Project", new XAttribute("Sdk", "Microsoft.NET.Sdk"), properties, references).ToString() + "\n";
    }

    /// <summary>Reads the runtime assembly paths of every package out of a restore's project.assets.json.</summary>
    public static IReadOnlyList<string> RuntimeAssemblies(string assetsPath)
    {
        var assets = JsonNode.Parse(File.ReadAllText(assetsPath))!.AsObject();
        var packageFolder = assets["packageFolders"]!.AsObject().First().Key;
        var libraries = assets["libraries"]!.AsObject();
        var target = assets["targets"]!.AsObject().First(t => !t.Key.Contains('/')).Value!.AsObject();
        var paths = new List<string>();
        foreach (var (name, entry) in target)
        {
            if (entry?["type"]?.GetValue<string>() != "package" || entry["runtime"] is not JsonObject runtime)
            {
                continue;
            }

            var libraryPath = libraries[name]!["path"]!.GetValue<string>();
            paths.AddRange(runtime
                .Select(r => r.Key)
                .Where(file => file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                .Select(file => Path.GetFullPath(Path.Combine(packageFolder, libraryPath, file))));
        }

        return paths;
    }
}
