using System.Diagnostics;
using System.Net;

namespace NotebookNN.Runner.Tests;

/// <summary><c>serve</c>: a real server process on 127.0.0.1 with the MIME types live cells need, and nothing outside its folder.</summary>
public class LiveServerTests
{
    [Fact]
    public async Task Serve_prints_its_loopback_address_and_serves_wasm_as_application_wasm_and_nothing_outside_the_folder()
    {
        var site = RunnerProcess.TemporaryFolder();
        Directory.CreateDirectory(Path.Combine(site, "app"));
        await File.WriteAllTextAsync(Path.Combine(site, "index.html"), "<p>hello</p>");
        await File.WriteAllBytesAsync(Path.Combine(site, "app", "dotnet.native.wasm"), [0, 97, 115, 109]);
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(site)!, "secret.txt"), "not served");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { typeof(RunnerOptions).Assembly.Location, "serve", site })
            start.ArgumentList.Add(argument);
        using var server = Process.Start(start)!;
        try
        {
            var line = await server.StandardOutput.ReadLineAsync() ?? "";
            var url = line.Split(' ').Single(w => w.StartsWith("http://", StringComparison.Ordinal));
            Assert.StartsWith("http://127.0.0.1:", url);
            using var http = new HttpClient();

            var index = await http.GetAsync(url);
            var wasm = await http.GetAsync(url + "app/dotnet.native.wasm");
            var outside = await http.GetAsync(url + "%2e%2e/secret.txt");
            var missing = await http.GetAsync(url + "nothing.js");

            Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
            Assert.Equal("<p>hello</p>", await index.Content.ReadAsStringAsync());
            Assert.Equal("application/wasm", wasm.Content.Headers.ContentType?.MediaType);
            Assert.Equal(new byte[] { 0, 97, 115, 109 }, await wasm.Content.ReadAsByteArrayAsync());
            Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public void Serve_refuses_a_missing_folder_with_exit_code_2()
    {
        var (exitCode, _, errors) = RunnerProcess.Run("serve", Path.Combine(RunnerProcess.TemporaryFolder(), "no-such-site"));

        Assert.Equal(2, exitCode);
        Assert.Contains("no such folder", errors);
    }
}
