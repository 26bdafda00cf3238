using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace NotebookNN.Runner;

/// <summary>How a page reaches plotly.js and KaTeX.</summary>
internal enum AssetMode
{
    /// <summary>From the pinned CDNs; the site's own script and style from <c>assets/</c>.</summary>
    Online,

    /// <summary>Everything written once under the site's <c>assets/</c> folder and referenced by relative path.</summary>
    Offline,

    /// <summary>Everything inlined into each page (for e-mailing one page); the CSP allows the inlined scripts by hash.</summary>
    SelfContained,
}

/// <summary>
/// The browser side of the exported pages: plotly.js for charts, KaTeX for math, the site's own CSS and scripts,
/// and the Content-Security-Policy that lets only those scripts run (never a notebook's).
/// </summary>
internal sealed partial class PageAssets
{
    /// <summary>The plotly.js version Plotly.NET 6.0.0 references, pinned in package.json and used in the CDN address (keep them equal).</summary>
    public const string PlotlyVersion = "2.28.0";

    /// <summary>The KaTeX version, pinned in package.json and used in the CDN address (keep them equal).</summary>
    public const string KatexVersion = "0.16.47";

    /// <summary>The site folder the shared assets are written to, relative to the pages.</summary>
    public const string Folder = "assets";

    private const string PlotlyFile = "node_modules/plotly.js-dist-min/plotly.min.js";
    private const string KatexFolder = "node_modules/katex/dist";
    private const string PlotlyCdn = $"https://cdn.plot.ly/plotly-{PlotlyVersion}.min.js";
    private const string KatexCdn = $"https://cdn.jsdelivr.net/npm/katex@{KatexVersion}/dist/";

    private readonly Dictionary<string, string> _inline = [];
    private readonly Dictionary<string, byte[]> _files = [];

    private PageAssets(AssetMode mode) => Mode = mode;

    /// <summary>How the pages reach the libraries.</summary>
    public AssetMode Mode { get; }

    /// <summary>The files to write under the site folder (path relative to it, content); none when self-contained.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    /// <summary>Assets loaded from CDNs (jsDelivr and cdn.plot.ly); the site's own script and style under assets/.</summary>
    public static PageAssets Online()
    {
        var assets = new PageAssets(AssetMode.Online);
        assets.AddOwnFiles();
        return assets;
    }

    /// <summary>plotly.js, KaTeX (with its woff2 fonts) and the site's files, written once under assets/, for a site that works with no internet.</summary>
    public static PageAssets Offline(string packageRoot)
    {
        var assets = new PageAssets(AssetMode.Offline);
        assets.AddOwnFiles();
        var katexFolder = Path.Combine(packageRoot, KatexFolder);
        assets._files["plotly.min.js"] = File.ReadAllBytes(Path.Combine(packageRoot, PlotlyFile));
        assets._files["katex/katex.min.js"] = File.ReadAllBytes(Path.Combine(katexFolder, "katex.min.js"));
        var fonts = new List<string>();
        var css = FontFaceSource().Replace(File.ReadAllText(Path.Combine(katexFolder, "katex.min.css")), match =>
        {
            fonts.Add(match.Groups[1].Value);
            return $"src:url(fonts/{match.Groups[1].Value}.woff2) format(\"woff2\")";
        });
        assets._files["katex/katex.min.css"] = Encoding.UTF8.GetBytes(css);
        foreach (var font in fonts.Distinct())
        {
            assets._files[$"katex/fonts/{font}.woff2"] = File.ReadAllBytes(Path.Combine(katexFolder, "fonts", font + ".woff2"));
        }

        return assets;
    }

    /// <summary>Every asset inlined into each page (KaTeX's fonts as data: URIs), for a single page that works alone.</summary>
    public static PageAssets SelfContained(string packageRoot)
    {
        var assets = new PageAssets(AssetMode.SelfContained);
        var katexFolder = Path.Combine(packageRoot, KatexFolder);
        assets._inline["plotly.min.js"] = File.ReadAllText(Path.Combine(packageRoot, PlotlyFile));
        assets._inline["katex/katex.min.js"] = File.ReadAllText(Path.Combine(katexFolder, "katex.min.js"));
        assets._inline["katex/katex.min.css"] = FontFaceSource().Replace(File.ReadAllText(Path.Combine(katexFolder, "katex.min.css")), match =>
        {
            var font = File.ReadAllBytes(Path.Combine(katexFolder, "fonts", match.Groups[1].Value + ".woff2"));
            return $"src:url(data:font/woff2;base64,{Convert.ToBase64String(font)}) format(\"woff2\")";
        });
        foreach (var own in OwnFiles)
        {
            assets._inline[own] = Resource(own);
        }

        return assets;
    }

    /// <summary>What goes at the top of a page's head: the Content-Security-Policy and the stylesheets.</summary>
    public string Head(bool math, bool charts)
    {
        var head = new StringBuilder();
        head.Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy(math, charts)}\">\n");
        head.Append(Stylesheet("site.css"));
        if (math)
        {
            head.Append(Mode == AssetMode.Online ? $"<link rel=\"stylesheet\" href=\"{KatexCdn}katex.min.css\">\n" : Stylesheet("katex/katex.min.css"));
        }

        return head.ToString();
    }

    /// <summary>What goes at the end of a page's body: the libraries it needs, then the site's scripts that use them.</summary>
    public string Scripts(bool math, bool charts)
    {
        var scripts = new StringBuilder();
        if (math)
        {
            scripts.Append(Mode == AssetMode.Online ? $"<script src=\"{KatexCdn}katex.min.js\"></script>\n" : Script("katex/katex.min.js"));
            scripts.Append(Script("render-math.js"));
        }

        if (charts)
        {
            scripts.Append(Mode == AssetMode.Online ? $"<script src=\"{PlotlyCdn}\" charset=\"utf-8\"></script>\n" : Script("plotly.min.js"));
            scripts.Append(Script("charts.js"));
        }

        return scripts.ToString();
    }

    /// <summary>
    /// The page's Content-Security-Policy: scripts only from the site itself (or, self-contained, exactly the inlined
    /// ones by hash; online, also the two pinned CDN files), plus WebAssembly compilation for the in-browser runtime;
    /// inline styles (KaTeX and plotly.js set style attributes); images from the site, data: and https; nothing else.
    /// </summary>
    public string ContentSecurityPolicy(bool math, bool charts)
    {
        var scripts = Mode switch
        {
            AssetMode.SelfContained => string.Join(" ", ScriptNames(math, charts).Select(n => $"'sha256-{Hash(ScriptText(n))}'")),
            AssetMode.Online => $"'self' {PlotlyCdn} {KatexCdn}",
            _ => "'self'",
        };
        var cdn = Mode == AssetMode.Online ? $" {KatexCdn}" : "";
        var fonts = Mode == AssetMode.SelfContained ? "data:" : "'self'" + cdn;
        return $"default-src 'self'; script-src {scripts} 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'{cdn}; "
            + $"font-src {fonts}; img-src 'self' data: https:; object-src 'none'; base-uri 'none'; form-action 'none'";
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

    private static readonly string[] OwnFiles = ["site.css", "render-math.js", "charts.js"];

    private static IEnumerable<string> ScriptNames(bool math, bool charts) =>
        (math ? new[] { "katex/katex.min.js", "render-math.js" } : []).Concat(charts ? ["plotly.min.js", "charts.js"] : []);

    private void AddOwnFiles()
    {
        foreach (var own in OwnFiles)
        {
            _files[own] = Encoding.UTF8.GetBytes(Resource(own));
        }
    }

    private string ScriptText(string name) => Escape(_inline[name]);

    private string Script(string name) => Mode == AssetMode.SelfContained
        ? $"<script>{ScriptText(name)}</script>\n"
        : $"<script src=\"{Folder}/{name}\"></script>\n";

    private string Stylesheet(string name) => Mode == AssetMode.SelfContained
        ? $"<style>{_inline[name]}</style>\n"
        : $"<link rel=\"stylesheet\" href=\"{Folder}/{name}\">\n";

    // "</script" inside inlined code would end the element early; "<\/script" means the same to JavaScript.
    private static string Escape(string code) => code.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);

    private static string Hash(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

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
