using System.Reflection;
using System.Text.RegularExpressions;

namespace NotebookNN.Runner;

/// <summary>
/// The browser side of the exported pages: plotly.js for charts, KaTeX for math, and the site's own CSS and
/// script. Online pages load plotly.js and KaTeX from CDNs; offline pages carry them inline.
/// </summary>
internal sealed partial class PageAssets
{
    /// <summary>The plotly.js version Plotly.NET 6.0.0 references, pinned in package.json and used in the CDN address (keep them equal).</summary>
    public const string PlotlyVersion = "2.28.0";

    /// <summary>The KaTeX version, pinned in package.json and used in the CDN address (keep them equal).</summary>
    public const string KatexVersion = "0.16.47";

    private const string PlotlyFile = "node_modules/plotly.js-dist-min/plotly.min.js";
    private const string KatexFolder = "node_modules/katex/dist";

    private PageAssets(string plotly, string math)
    {
        PlotlyHead = plotly + Script(Resource("plotly-require.js"));
        MathHead = math;
    }

    /// <summary>What a page with charts puts in its head: plotly.js and a require.js stand-in for notebook-style chart loaders.</summary>
    public string PlotlyHead { get; }

    /// <summary>What a page with math puts in its head: KaTeX's CSS and script.</summary>
    public string MathHead { get; }

    /// <summary>The site's stylesheet.</summary>
    public static string Css => Resource("site.css");

    /// <summary>The script, run at the end of a page, that typesets the math with KaTeX.</summary>
    public static string RenderMathScript => Resource("render-math.js");

    /// <summary>Assets loaded from CDNs (jsDelivr and cdn.plot.ly).</summary>
    public static PageAssets Online() => new(
        $"<script src=\"https://cdn.plot.ly/plotly-{PlotlyVersion}.min.js\" charset=\"utf-8\"></script>\n",
        $"<link rel=\"stylesheet\" href=\"https://cdn.jsdelivr.net/npm/katex@{KatexVersion}/dist/katex.min.css\">\n"
        + $"<script src=\"https://cdn.jsdelivr.net/npm/katex@{KatexVersion}/dist/katex.min.js\"></script>\n");

    /// <summary>Assets inlined from a node_modules folder (KaTeX's fonts as data: URIs), for pages that work with no internet.</summary>
    public static PageAssets Offline(string packageRoot)
    {
        var plotly = File.ReadAllText(Path.Combine(packageRoot, PlotlyFile));
        var katexFolder = Path.Combine(packageRoot, KatexFolder);
        var css = FontFaceSource().Replace(File.ReadAllText(Path.Combine(katexFolder, "katex.min.css")), match =>
        {
            var font = File.ReadAllBytes(Path.Combine(katexFolder, "fonts", match.Groups[1].Value + ".woff2"));
            return $"src:url(data:font/woff2;base64,{Convert.ToBase64String(font)}) format(\"woff2\")";
        });
        var katex = File.ReadAllText(Path.Combine(katexFolder, "katex.min.js"));
        return new PageAssets(Script(plotly), $"<style>{css}</style>\n" + Script(katex));
    }

    /// <summary>
    /// The folder whose node_modules holds plotly.js and KaTeX, searched at and above the given folders; when there is
    /// none but a package.json pins them, runs <c>npm ci</c> there. Fails with a message saying what to do.
    /// </summary>
    public static string FindPackageRoot(IEnumerable<string> startFolders, TextWriter log)
    {
        var candidates = startFolders
            .SelectMany(Ancestors)
            .Distinct()
            .ToList();
        var found = candidates.FirstOrDefault(HasPackages);
        if (found is not null)
        {
            return found;
        }

        var pinned = candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "package.json"))
            && File.ReadAllText(Path.Combine(d, "package.json")).Contains("plotly.js-dist-min", StringComparison.Ordinal))
            ?? throw new InputException("--offline needs plotly.js and KaTeX from npm, and no package.json pinning them was found (run from the NotebookNN repository)");
        log.WriteLine($"--offline: node_modules is missing; running npm ci in {pinned}...");
        try
        {
            var (exitCode, output) = Npm.Run(pinned, "ci", "--no-audit", "--no-fund", "--loglevel=error");
            if (exitCode == 0 && HasPackages(pinned))
            {
                return pinned;
            }

            log.WriteLine(output.Trim());
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // npm is not installed: fall through to the message.
        }

        throw new InputException($"--offline needs plotly.js and KaTeX from npm: run `npm ci` in {pinned} (Node.js 18+), then run this again");
    }

    private static bool HasPackages(string folder) =>
        File.Exists(Path.Combine(folder, PlotlyFile)) && File.Exists(Path.Combine(folder, KatexFolder, "katex.min.js"));

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }

    /// <summary>A script element holding code, with any closing tag inside it escaped.</summary>
    private static string Script(string code) => $"<script>{code.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase)}</script>\n";

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"NotebookNN.Runner.Assets.{name}")
            ?? throw new InvalidOperationException($"the runner was built without its asset {name}");
        return new StreamReader(stream).ReadToEnd();
    }

    // One @font-face source list: keep the woff2 font (every current browser reads it) and drop woff and ttf.
    [GeneratedRegex(@"src:url\(fonts/([A-Za-z0-9_\-]+)\.woff2\) format\(""woff2""\)(,url\([^)]*\) format\(""[a-z]+""\))*")]
    private static partial Regex FontFaceSource();
}

/// <summary>Runs npm.</summary>
internal static class Npm
{
    /// <summary>Runs npm with the arguments in a folder; returns the exit code and what it printed.</summary>
    public static (int ExitCode, string Output) Run(string folder, params string[] arguments) =>
        ExternalCommand.Run("npm", folder, arguments);
}
