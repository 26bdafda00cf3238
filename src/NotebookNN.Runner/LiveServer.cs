using System.Globalization;
using System.Net;

namespace NotebookNN.Runner;

/// <summary>
/// <c>serve [DIR] [--port N]</c>: serves an exported site on 127.0.0.1 only, with the MIME types its live cells need
/// (application/wasm for the runtime), so the pages can run their C# cells. Any static web server works as well.
/// </summary>
internal static class LiveServer
{
    /// <summary>The usage line.</summary>
    public const string Usage = "Usage: dotnet run --project src/NotebookNN.Runner -- serve [DIR] [--port N]   (DIR defaults to artifacts/site)";

    private static readonly Dictionary<string, string> MimeTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json",
        [".ipynb"] = "application/json",
        [".wasm"] = "application/wasm",
        [".dll"] = "application/octet-stream",
        [".dat"] = "application/octet-stream",
        [".pdb"] = "application/octet-stream",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".gz"] = "application/gzip",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".woff2"] = "font/woff2",
        [".ico"] = "image/x-icon",
    };

    /// <summary>Serves until the process is stopped; returns 2 for bad arguments.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        string? folder = null;
        int? port = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--port" && i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 65536)
            {
                port = p;
                i++;
            }
            else if (!args[i].StartsWith('-') && folder is null)
            {
                folder = args[i];
            }
            else
            {
                throw new InputException($"serve: unexpected argument {args[i]}\n{Usage}");
            }
        }

        var root = Path.GetFullPath(folder ?? Path.Combine("artifacts", "site"));
        if (!Directory.Exists(root))
        {
            throw new InputException($"serve: no such folder: {root} (export the site first: dotnet run --project src/NotebookNN.Runner -- notebooks --offline)");
        }

        using var listener = Listen(port);
        var url = listener.Prefixes.Single();
        output.WriteLine($"Serving {root} at {url} (127.0.0.1 only; Ctrl+C stops)");
        output.Flush();
        while (listener.IsListening)
        {
            var context = listener.GetContext();
            _ = Task.Run(() => Respond(root, context));
        }

        return 0;
    }

    private static HttpListener Listen(int? port)
    {
        foreach (var candidate in port is { } fixedPort ? [fixedPort] : Enumerable.Range(8123, 50))
        {
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{candidate}/");
            try
            {
                listener.Start();
                return listener;
            }
            catch (HttpListenerException)
            {
                listener.Close();
            }
        }

        throw new InputException(port is null ? "serve: no free port between 8123 and 8172 (pass --port N)" : $"serve: port {port} is in use");
    }

    private static void Respond(string root, HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var relative = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/").TrimStart('/');
            var path = Path.GetFullPath(Path.Combine(root, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path)
                || context.Request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = File.Exists(path) ? 405 : 404;
                return;
            }

            response.ContentType = MimeTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            response.Headers["Cache-Control"] = "no-cache";
            var bytes = File.ReadAllBytes(path);
            response.ContentLength64 = bytes.Length;
            if (context.Request.HttpMethod == "GET")
            {
                response.OutputStream.Write(bytes);
            }
        }
        catch (Exception e) when (e is IOException or HttpListenerException or UnauthorizedAccessException)
        {
            response.StatusCode = 500;
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (HttpListenerException)
            {
                // The browser went away.
            }
        }
    }
}
