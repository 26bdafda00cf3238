using System.Text.Json.Nodes;

namespace NotebookNN.Runner.Tests;

/// <summary>
/// Never lose, never crash, never corrupt (issue 18): bad options and folders are refused before anything runs
/// (a message and exit code 2, no stack trace), sources are never overwritten by accident, and one notebook's
/// export failure never stops the others or the index.
/// </summary>
public class SeriesRunnerSafetyTests
{
    private static string Good => RunnerProcess.FixtureFullPath("good.ipynb");

    private static void AssertRefused(int exitCode, string output, string errors, string message)
    {
        Assert.Equal(2, exitCode);
        Assert.Contains(message, errors);
        Assert.DoesNotContain("   at ", errors);  // no stack trace
        Assert.DoesNotContain("[1/", output);  // nothing ran
    }

    [Theory]
    [InlineData("86400", "--timeout 86400: at most 3600 seconds (an hour) per cell")]
    [InlineData("Infinity", "--timeout needs a positive number of seconds, not 'Infinity'")]
    [InlineData("NaN", "--timeout needs a positive number of seconds, not 'NaN'")]
    public void A_timeout_out_of_range_is_refused_before_anything_runs(string timeout, string message)
    {
        var (exitCode, output, errors) = RunnerProcess.Run(Good, "--timeout", timeout, "--out", RunnerProcess.TemporaryFolder());

        AssertRefused(exitCode, output, errors, message);
    }

    [Fact]
    public void An_out_path_that_is_a_file_is_refused()
    {
        var file = Path.Combine(RunnerProcess.TemporaryFolder(), "site.txt");
        File.WriteAllText(file, "keep me");

        var (exitCode, output, errors) = RunnerProcess.Run(Good, "--out", file);

        AssertRefused(exitCode, output, errors, $"--out {file}: is a file; --out needs a folder");
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void An_out_folder_that_cannot_be_created_is_refused_before_the_notebook_runs()
    {
        // Even root cannot create a folder under /proc, so this holds for every user.
        var (exitCode, output, errors) = RunnerProcess.Run(Good, "--out", "/proc/notebooknn-no/site");

        AssertRefused(exitCode, output, errors, "--out /proc/notebooknn-no/site: the folder cannot be created");
    }

    [Fact]
    public void An_out_folder_holding_the_source_is_refused_without_in_place_and_the_source_is_untouched()
    {
        var folder = RunnerProcess.TemporaryFolder();
        var copy = Path.Combine(folder, "good.ipynb");
        File.Copy(Good, copy);
        var before = RunnerProcess.Hash(copy);

        var (exitCode, output, errors) = RunnerProcess.Run(copy, "--out", folder);

        AssertRefused(exitCode, output, errors, $"the executed copy of {copy} would overwrite the source notebook");
        Assert.Equal(before, RunnerProcess.Hash(copy));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void In_place_refuses_a_read_only_notebook_and_keeps_its_mode()
    {
        var folder = RunnerProcess.TemporaryFolder();
        var copy = Path.Combine(folder, "good.ipynb");
        File.Copy(Good, copy);
        File.SetUnixFileMode(copy, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var before = RunnerProcess.Hash(copy);

        var (exitCode, output, errors) = RunnerProcess.Run(copy, "--in-place", "--out", Path.Combine(folder, "site"));

        AssertRefused(exitCode, output, errors, $"{copy}: the notebook is read-only; --in-place will not replace it");
        Assert.Equal(before, RunnerProcess.Hash(copy));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(copy));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void In_place_keeps_a_writable_notebooks_mode()
    {
        var folder = RunnerProcess.TemporaryFolder();
        var copy = Path.Combine(folder, "good.ipynb");
        File.Copy(Good, copy);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(copy, mode);

        var (exitCode, _, errors) = RunnerProcess.Run(copy, "--in-place", "--out", Path.Combine(folder, "site"));

        Assert.True(exitCode == 0, errors);
        Assert.Equal(1, JsonNode.Parse(File.ReadAllText(copy))!["cells"]![1]!["execution_count"]!.GetValue<int>());
        Assert.Equal(mode, File.GetUnixFileMode(copy));
    }

    [Theory]
    [InlineData("\"source\": [\"x\\n\", 42]", "cell 2: \"source\" must be a list of text lines, but line 2 is a number")]
    [InlineData("\"source\": \"a\", \"source\": \"b\"", "not readable as a notebook: Duplicate property 'source'")]
    [InlineData("\"source\": \"\\ud800\"", "cell 2: holds text that is not valid Unicode (a lone surrogate such as \\ud800)")]
    public void Unreadable_content_is_exit_code_2_with_the_file_and_reason_before_any_worker_starts(string source, string message)
    {
        var folder = RunnerProcess.TemporaryFolder();
        var path = Path.Combine(folder, "bad.ipynb");
        File.WriteAllText(path, $$"""
            {"cells": [{"cell_type": "markdown", "metadata": {}, "source": "# Bad"},
                       {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null, {{source}}}],
             "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """);

        var (exitCode, output, errors) = RunnerProcess.Run(path, "--out", Path.Combine(folder, "site"));

        AssertRefused(exitCode, output, errors, $"{path}: ");
        Assert.Contains(message, errors, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_page_that_cannot_be_exported_is_reported_and_the_others_and_the_index_are_still_written()
    {
        var folder = RunnerProcess.TemporaryFolder();
        File.Copy(Good, Path.Combine(folder, "2-good.ipynb"));
        var nested = string.Concat(Enumerable.Repeat("> ", 300)) + "deep";
        File.WriteAllText(Path.Combine(folder, "1-deep.ipynb"), new JsonObject
        {
            ["cells"] = new JsonArray(new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = "# Deep\n\n" + nested }),
            ["metadata"] = new JsonObject(),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        }.ToJsonString());
        var site = Path.Combine(folder, "site");

        var (exitCode, output, errors) = RunnerProcess.Run(folder, "--out", site);

        Assert.Equal(1, exitCode);
        Assert.Contains(Path.Combine(folder, "1-deep.ipynb") + ": not exported:", errors);
        Assert.DoesNotContain("   at ", errors);
        Assert.True(File.Exists(Path.Combine(site, "1-deep.ipynb")));  // the executed notebook is kept
        Assert.False(File.Exists(Path.Combine(site, "1-deep.html")));
        Assert.True(File.Exists(Path.Combine(site, "2-good.html")));
        var index = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("Deep</h2>\n<span class=\"status failed\">page not exported</span>", index);
        Assert.Contains("<a href=\"2-good.html\">", index);
        Assert.Contains("[2/2]", output);
        Assert.Empty(Directory.EnumerateFiles(site, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Index_links_are_url_encoded_and_same_named_notebooks_get_distinct_pages()
    {
        var folder = RunnerProcess.TemporaryFolder();
        Directory.CreateDirectory(Path.Combine(folder, "a"));
        Directory.CreateDirectory(Path.Combine(folder, "b"));
        File.Copy(Good, Path.Combine(folder, "a", "good.ipynb"));
        File.Copy(Good, Path.Combine(folder, "b", "good.ipynb"));
        File.Copy(Good, Path.Combine(folder, "a", "odd #1?%.ipynb"));
        var site = Path.Combine(folder, "site");

        var (exitCode, _, errors) = RunnerProcess.Run(Path.Combine(folder, "a", "good.ipynb"), Path.Combine(folder, "b", "good.ipynb"), Path.Combine(folder, "a", "odd #1?%.ipynb"), "--out", site);

        Assert.True(exitCode == 0, errors);
        var index = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("<a href=\"good.html\">", index);
        Assert.Contains("<a href=\"good-2.html\">", index);
        Assert.Contains("<a href=\"odd%20%231%3F%25.html\">", index);
        Assert.True(File.Exists(Path.Combine(site, "good.html")) && File.Exists(Path.Combine(site, "good-2.html")));
        Assert.True(File.Exists(Path.Combine(site, "odd #1?%.html")));
        Assert.Equal("odd #1?%.html", Uri.UnescapeDataString("odd%20%231%3F%25.html"));  // what a browser opens
    }
}
