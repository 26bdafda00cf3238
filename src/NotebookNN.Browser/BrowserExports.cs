using System.Runtime.InteropServices.JavaScript;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;

namespace NotebookNN.Browser;

/// <summary>
/// What the worker (wwwroot/worker.js) calls: hand over the reference assemblies and data files, start a session,
/// run cells. One session per worker; the page starts a fresh worker for a fresh session.
/// </summary>
public static partial class BrowserExports
{
    private static readonly List<MetadataReference> References = [];
    private static CellSession? _session;

    /// <summary>Adds a reference assembly (a PE image) cells compile against.</summary>
    [JSExport]
    public static void AddReference(string name, byte[] image) =>
        References.Add(MetadataReference.CreateFromImage(image, filePath: name));

    /// <summary>Writes a file into the runtime's file system (e.g. data/digits.csv.gz, found by <c>Datasets</c>).</summary>
    [JSExport]
    public static void WriteFile(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, content);
    }

    /// <summary>Starts the session (compiles the prelude); cells can run when this completes.</summary>
    [JSExport]
    public static async Task Start()
    {
        _session = new CellSession(References);
        try
        {
            await _session.StartAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(e.ToString());
        }
    }

    /// <summary>Runs one cell; returns JSON <c>{status: "ok" | "error", outputs: [...], compileMs}</c>.</summary>
    [JSExport]
    public static async Task<string> Run(string source)
    {
        var session = _session ?? throw new InvalidOperationException("Start the session before running cells");
        var outputs = await session.RunAsync(source);
        var failed = outputs.Items.Any(o => (string?)o?["kind"] == "error");
        return new JsonObject
        {
            ["status"] = failed ? "error" : "ok",
            ["outputs"] = outputs.Items,
            ["compileMs"] = Math.Round(session.LastCompileTime.TotalMilliseconds),
        }.ToJsonString();
    }
}
