using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Xunit.Abstractions;

namespace NotebookNN.Browser.Tests;

/// <summary>
/// Live cells' numbers, printed (never asserted): boot to ready, a warm cell's compile time, notebook 01's run-all
/// time against the runner's, and the live assets' download size (brotli). Written to
/// artifacts/browser-tests/benchmark.txt as well as the test output.
/// </summary>
[Collection("live site")]
public sealed class LiveCellsBenchmark(LiveSite site, ITestOutputHelper output)
{
    [Fact]
    public async Task PrintsBootCompileRunAllAndDownloadFigures()
    {
        var (page, readySeconds) = await site.OpenAsync();
        await page.EvaluateAsync("() => window.notebookNN.run(0)");
        var original = (await page.EvaluateAsync<string[]>("() => window.notebookNN.cells()"))[1];
        var compiles = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            await page.EvaluateAsync("([i, code]) => window.notebookNN.setSource(i, code)", new object[] { 1, $"var n{i} = new Neuron(new[] {{ 1.0, {i}.0 }}, 0, Activation.Sigmoid).Output(1, 2);" });
            compiles.Add(await page.EvaluateAsync<double>("() => window.notebookNN.run(1).then(r => r.compileMs)"));
        }

        await page.EvaluateAsync("([i, code]) => window.notebookNN.setSource(i, code)", new object[] { 1, original });
        var clock = Stopwatch.StartNew();
        var results = await page.EvaluateAsync<CellResult[]>("() => window.notebookNN.runAll()");
        var runAll = clock.Elapsed.TotalSeconds;
        await page.Context.CloseAsync();

        var live = Path.Combine(site.SiteFolder, "assets", "live");
        var files = Directory.EnumerateFiles(live, "*", SearchOption.AllDirectories).ToList();
        long raw = files.Sum(f => new FileInfo(f).Length);
        long brotli = files.Sum(BrotliSize);
        var lines = new[]
        {
            $"boot to ready (page load until cells can run): {readySeconds:0.00} s (target <= 3 s)",
            $"warm cell compile: {compiles.Skip(1).Min():0} ms best, {compiles.Skip(1).Average():0} ms mean of {compiles.Count - 1} (first after the usings: {compiles[0]:0} ms; target <= 300 ms)",
            $"run all of {LiveSite.Notebook} ({results.Length} cells, {results.Count(r => r.Status != "ok")} failed): browser {runAll:0.0} s (fresh session, boot included), runner {site.RunnerSeconds:0.0} s",
            $"download (assets/live, {files.Count} files): {raw / 1e6:0.0} MB raw, {brotli / 1e6:0.0} MB brotli (target <= 25 MB)",
        };
        var text = string.Join("\n", lines.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l}")));
        output.WriteLine(text);
        Directory.CreateDirectory(Path.Combine(site.RepositoryRoot, "artifacts", "browser-tests"));
        await File.WriteAllTextAsync(Path.Combine(site.RepositoryRoot, "artifacts", "browser-tests", "benchmark.txt"), text + "\n");
    }

    private static long BrotliSize(string path)
    {
        using var counted = new MemoryStream();
        using (var brotli = new BrotliStream(counted, CompressionLevel.SmallestSize, leaveOpen: true))
            brotli.Write(File.ReadAllBytes(path));
        return counted.Length;
    }
}
