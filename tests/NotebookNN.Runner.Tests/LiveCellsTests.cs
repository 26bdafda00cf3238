namespace NotebookNN.Runner.Tests;

/// <summary>Live cells' hook in the exporter: only pages with C# cells load them; the built app goes stale when a source changes.</summary>
public class LiveCellsTests
{
    [Fact]
    public void Only_a_page_with_csharp_cells_loads_the_live_cells_script_as_a_file()
    {
        var head = LiveCells.Head("<pre><code class=\"language-csharp\">1 + 1</code></pre>");

        Assert.Contains("<script defer src=\"assets/live/live.js\"></script>", head);
        Assert.Contains("assets/live/live.css", head);
        Assert.Equal("", LiveCells.Head("<p>markdown only</p>"));
    }

    [Fact]
    public void The_built_app_is_stale_until_built_and_again_when_a_source_is_newer()
    {
        var root = RunnerProcess.TemporaryFolder();
        foreach (var folder in new[] { LiveCells.ProjectFolder, LibraryBuilder.ProjectFolder, "data" })
            Directory.CreateDirectory(Path.Combine(root, folder));
        var source = Path.Combine(root, LiveCells.ProjectFolder, "CellSession.cs");
        File.WriteAllText(source, "// a cell session");
        File.SetLastWriteTimeUtc(source, DateTime.UtcNow.AddMinutes(-10));
        var stamp = Path.Combine(root, "built");

        Assert.Equal("it was never built here", LiveCells.WhyStale(root, stamp));
        File.WriteAllText(stamp, "");
        Assert.Null(LiveCells.WhyStale(root, stamp));
        File.SetLastWriteTimeUtc(source, DateTime.UtcNow.AddMinutes(5));
        Assert.Equal("src/NotebookNN.Browser/CellSession.cs changed", LiveCells.WhyStale(root, stamp)?.Replace('\\', '/'));
    }
}
