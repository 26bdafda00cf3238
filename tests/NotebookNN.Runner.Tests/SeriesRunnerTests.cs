using System.Text.Json.Nodes;

namespace NotebookNN.Runner.Tests;

/// <summary>End to end: the runner on the fixture notebooks, checking outputs, exit codes and messages.</summary>
public class SeriesRunnerTests
{
    private static (int ExitCode, string Output, string Errors, JsonObject? Executed, string Out) RunFixture(string name, params string[] options)
    {
        var source = RunnerProcess.FixtureFullPath(name);
        var before = File.Exists(source) ? RunnerProcess.Hash(source) : null;
        var outFolder = RunnerProcess.TemporaryFolder();
        var (exitCode, output, errors) = RunnerProcess.Run([RunnerProcess.Fixture(name), "--out", outFolder, .. options]);
        if (before is not null)
        {
            Assert.Equal(before, RunnerProcess.Hash(source));  // the source notebook is never modified
        }

        var executedPath = Path.Combine(outFolder, Path.GetFileNameWithoutExtension(name) + ".ipynb");
        var executed = File.Exists(executedPath) ? JsonNode.Parse(File.ReadAllText(executedPath))!.AsObject() : null;
        return (exitCode, output, errors, executed, outFolder);
    }

    private static JsonObject Cell(JsonObject notebook, int number) => notebook["cells"]![number - 1]!.AsObject();

    private static JsonArray Outputs(JsonObject notebook, int number) => Cell(notebook, number)["outputs"]!.AsArray();

    private static string Text(JsonNode? node) => NotebookFile.JoinText(node);

    /// <summary>The HTML the kernel's formatter gives a plain value, e.g. <c>&lt;pre&gt;42&lt;/pre&gt;</c> inside its div.</summary>
    private static string Html(JsonNode output) => Text(output["data"]!["text/html"]);

    [Fact]
    public void A_good_notebook_runs_every_cell_with_outputs_like_the_kernel()
    {
        var (exitCode, output, errors, executed, _) = RunFixture("good.ipynb");

        Assert.True(exitCode == 0, errors);
        Assert.Contains("[1/1] tests/NotebookNN.Runner.Tests/Fixtures/good.ipynb: ok (4 cells run, 0 failed", output);
        Assert.Matches(@"good\.ipynb\s+4\s+0\s+\d+\.\d", output);  // the closing table
        var first = Outputs(executed!, 2);
        Assert.Equal(["stream", "display_data", "stream", "execute_result"], first.Select(o => o!["output_type"]!.GetValue<string>()));
        Assert.Equal("before\n", Text(first[0]!["text"]));
        Assert.Equal("shown", Text(first[1]!["data"]!["text/plain"]));  // a string displays as text/plain
        Assert.Equal("after\n", Text(first[2]!["text"]));
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>42</pre></div>", Html(first[3]!));  // other values as the kernel's HTML
        Assert.Equal(1, first[3]!["execution_count"]!.GetValue<int>());
        Assert.Equal(1, Cell(executed!, 2)["execution_count"]!.GetValue<int>());

        var noValue = Outputs(executed!, 4);  // #!csharp first line; ends with a statement, so no result
        Assert.Single(noValue);
        Assert.Equal("no newline", Text(noValue[0]!["text"]));
        Assert.Equal(2, Cell(executed!, 4)["execution_count"]!.GetValue<int>());

        var stderrAndList = Outputs(executed!, 5);
        Assert.Equal("stderr", stderrAndList[0]!["name"]!.GetValue<string>());
        Assert.Equal("to stderr\n", Text(stderrAndList[0]!["text"]));
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>[ 1, 2, 3 ]</pre></div>", Html(stderrAndList[1]!));
        Assert.Equal("x is 20", Text(Outputs(executed!, 6)[0]!["data"]!["text/plain"]));  // top-level await
        Assert.Null(Cell(executed!, 1)["execution_count"]);  // markdown cells pass through
    }

    [Fact]
    public void The_executed_notebook_is_nbformat_4_5_with_one_space_indentation()
    {
        var (_, _, _, _, outFolder) = RunFixture("good.ipynb");

        var text = File.ReadAllText(Path.Combine(outFolder, "good.ipynb"));
        Assert.StartsWith("{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",", text);
        var notebook = JsonNode.Parse(text)!;
        Assert.Equal(4, notebook["nbformat"]!.GetValue<int>());
        Assert.Equal(5, notebook["nbformat_minor"]!.GetValue<int>());
        Assert.Equal("csharp", notebook["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
        Assert.Equal("63a5c07f", notebook["cells"]![1]!["id"]!.GetValue<string>());
    }

    [Fact]
    public void A_compile_error_names_notebook_cell_and_line_and_stops_the_notebook()
    {
        var (exitCode, output, errors, executed, _) = RunFixture("compile-error.ipynb");

        Assert.Equal(1, exitCode);
        Assert.Contains("tests/NotebookNN.Runner.Tests/Fixtures/compile-error.ipynb: cell 2, line 3: error CS0103: The name 'notDefined' does not exist in the current context", errors);
        Assert.Contains("compile-error.ipynb: FAILED (2 cells run, 1 failed", output);
        var outputs = Outputs(executed!, 2);  // as the kernel's Jupyter host: diagnostics on stderr, then the error
        Assert.Equal("stderr", outputs[0]!["name"]!.GetValue<string>());
        Assert.Contains("(3,19): error CS0103: The name 'notDefined' does not exist in the current context", Text(outputs[0]!["text"]));
        Assert.Equal("error", outputs[1]!["output_type"]!.GetValue<string>());
        Assert.Equal("Error", outputs[1]!["ename"]!.GetValue<string>());
        Assert.Equal("compilation error", outputs[1]!["evalue"]!.GetValue<string>());
        Assert.Null(Cell(executed!, 3)["execution_count"]);  // not run
        Assert.Empty(Outputs(executed!, 3));
    }

    [Fact]
    public void With_continue_the_cells_after_a_failure_still_run()
    {
        var (exitCode, output, _, executed, _) = RunFixture("compile-error.ipynb", "--continue");

        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED (3 cells run, 1 failed", output);
        Assert.Equal("after the error\n", Text(Outputs(executed!, 3).Single()!["text"]));
    }

    [Fact]
    public void A_throwing_cell_reports_the_exception_with_its_line_and_keeps_earlier_output()
    {
        var (exitCode, _, errors, executed, _) = RunFixture("throws.ipynb");

        Assert.Equal(1, exitCode);
        Assert.Contains("throws.ipynb: cell 2, line 2: InvalidOperationException: the cell failed on purpose", errors);
        var outputs = Outputs(executed!, 2);
        Assert.Equal("start\n", Text(outputs[0]!["text"]));
        Assert.Equal("Error", outputs[1]!["ename"]!.GetValue<string>());
        Assert.StartsWith("System.InvalidOperationException: the cell failed on purpose", outputs[1]!["evalue"]!.GetValue<string>());
        Assert.Contains(":line 2", Text(outputs[1]!["traceback"]));
        Assert.Empty(Outputs(executed!, 3));
    }

    [Fact]
    public void An_endless_loop_is_stopped_by_the_cell_timeout_with_a_clear_message()
    {
        var (exitCode, output, errors, executed, _) = RunFixture("endless-loop.ipynb", "--timeout", "10");

        Assert.Equal(1, exitCode);
        Assert.Contains("endless-loop.ipynb: cell 1, the cell did not finish within 10 s and was stopped (the per-cell timeout; change it with --timeout SECONDS)", errors);
        Assert.Contains("endless-loop.ipynb: TIMED OUT", output);
        // The kernel publishes a cell's console output when the cell's command completes, so a stopped cell shows only the timeout.
        Assert.Equal("TimeoutError", Outputs(executed!, 1).Last()!["ename"]!.GetValue<string>());
        Assert.Null(Cell(executed!, 2)["execution_count"]);
    }

    [Fact]
    public void Cells_in_other_languages_are_skipped_with_the_reason()
    {
        var (exitCode, output, errors, executed, _) = RunFixture("other-language.ipynb");

        Assert.True(exitCode == 0, errors);
        Assert.Contains("other-language.ipynb: cell 1: skipped, a fsharp cell (the runner runs C# cells only)", errors);
        Assert.Contains("other-language.ipynb: cell 2: skipped, a pwsh cell (the runner runs C# cells only)", errors);
        Assert.DoesNotContain("cell 3", errors);  // #!markdown passes through
        Assert.Contains("ok (1 cells run, 0 failed", output);
        Assert.Equal("csharp ran\n", Text(Outputs(executed!, 4).Single()!["text"]));
        Assert.Null(Cell(executed!, 1)["execution_count"]);
    }

    [Fact]
    public void An_unknown_magic_command_is_the_kernels_error_naming_cell_and_line()
    {
        var (exitCode, _, errors, executed, _) = RunFixture("unknown-magic.ipynb");

        Assert.Equal(1, exitCode);
        Assert.Contains("unknown-magic.ipynb: cell 2, (2,1): error DNI101: Unknown magic command '#!time'", errors);
        Assert.Equal("Error", Outputs(executed!, 2).Single(o => (string?)o!["output_type"] == "error")!["ename"]!.GetValue<string>());
    }

    [Fact]
    public void A_nuget_reference_is_restored_with_its_dependencies_and_usable()
    {
        var (exitCode, _, errors, executed, _) = RunFixture("nuget.ipynb");

        Assert.True(exitCode == 0, errors);
        Assert.Contains("<strong>Installed Packages</strong><ul><li><span>MathNet.Numerics, 5.0.0</span>", Html(Outputs(executed!, 1).Single()!));
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>5</pre></div>", Html(Outputs(executed!, 2).Single()!));  // det [[2,1],[1,3]]
    }

    [Fact]
    public void The_built_helper_library_is_referenced_with_a_relative_path()
    {
        var (exitCode, _, errors, executed, _) = RunFixture("library.ipynb");

        Assert.True(exitCode == 0, errors);
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>0.5</pre></div>", Html(Outputs(executed!, 3).Single()!));  // sigmoid(0)
    }

    [Fact]
    public void A_value_is_formatted_through_a_self_declared_TypeFormatterSourceAttribute()
    {
        var (exitCode, _, errors, executed, _) = RunFixture("figure.ipynb");

        Assert.True(exitCode == 0, errors);
        var outputs = Outputs(executed!, 3);
        Assert.Equal(["stream", "display_data", "execute_result"], outputs.Select(o => o!["output_type"]!.GetValue<string>()));
        var shown = outputs[1]!["data"]!.AsObject();
        Assert.Equal("text/html", shown.First().Key);  // PreferredMimeTypes first
        Assert.Contains("Plotly.newPlot('chart-squares', [{ x: [1, 2, 3], y: [1, 4, 9]", Text(shown["text/html"]));
        Assert.Contains("Plotly.newPlot('chart-cubes'", Html(outputs[2]!));
    }

    [Fact]
    public void Cells_compile_in_Release_unlike_the_kernels_Debug_default()
    {
        var (exitCode, _, errors, executed, _) = RunFixture("release.ipynb");

        Assert.True(exitCode == 0, errors);
        Assert.Equal("JIT optimizer disabled: False\n", Text(Outputs(executed!, 1).Single()!["text"]));
    }

    [Fact]
    public void A_Plotly_NET_chart_shows_through_its_kernel_extension_with_the_plotly_figure_MIME_type()
    {
        var (exitCode, _, errors, executed, _) = RunFixture("plotly.ipynb");

        Assert.True(exitCode == 0, errors);
        var loading = Outputs(executed!, 1).Select(o => Text(o!["data"]?["text/plain"])).ToList();
        Assert.Contains(loading, t => t.StartsWith("Loading extensions from `", StringComparison.Ordinal) && t.Contains("Plotly.NET.Interactive.dll", StringComparison.Ordinal));
        foreach (var output in new[] { Outputs(executed!, 2).Single()!, Outputs(executed!, 3).Single()! })
        {
            var data = output["data"]!.AsObject();
            Assert.Contains("Plotly.newPlot", Text(data["text/html"]));  // Plotly.NET.Interactive's formatter
            var figure = data["application/vnd.plotly.v1+json"]!.AsObject();  // contract 2: the figure object itself
            Assert.Equal([1, 2, 3], figure["data"]![0]!["x"]!.AsArray().Select(v => v!.GetValue<int>()));
            Assert.Equal([1, 4, 9], figure["data"]![0]!["y"]!.AsArray().Select(v => v!.GetValue<int>()));
            Assert.NotNull(figure["layout"]);
            Assert.NotNull(figure["frames"]);
        }

        Assert.Equal(["execute_result", "display_data"], new[] { Outputs(executed!, 2), Outputs(executed!, 3) }.Select(o => o.Single()!["output_type"]!.GetValue<string>()));
    }

    [Fact]
    public void A_cell_that_crashes_the_process_keeps_the_earlier_outputs_and_is_named()
    {
        var (exitCode, output, errors, executed, _) = RunFixture("stack-overflow.ipynb");

        Assert.Equal(1, exitCode);
        Assert.Contains("stack-overflow.ipynb: cell 2, the notebook's process ended while this cell ran (exit code", errors);
        Assert.Contains("FAILED (2 cells run, 1 failed", output);
        Assert.Equal("cell 1 ran\n", Text(Outputs(executed!, 1).Single()!["text"]));
        var crash = Outputs(executed!, 2).Single(o => (string?)o!["output_type"] == "error")!;
        Assert.Equal("ProcessExited", crash["ename"]!.GetValue<string>());
        Assert.Null(Cell(executed!, 3)["execution_count"]);
    }

    [Fact]
    public void An_assembly_reference_that_is_not_an_assembly_fails_its_own_cell()
    {
        var (exitCode, output, errors, executed, _) = RunFixture("fake-dll.ipynb", "--continue");

        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED (3 cells run, 1 failed", output);
        Assert.Contains("fake-dll.ipynb: cell 2, ", errors);
        Assert.Contains("not-an-assembly.dll", errors);
        Assert.Contains(Outputs(executed!, 2), o => (string?)o!["output_type"] == "error");
        Assert.Equal("after\n", Text(Outputs(executed!, 3).Single()!["text"]));
    }

    [Fact]
    public void A_notebook_in_another_language_is_not_run_and_alone_is_exit_code_2()
    {
        var (exitCode, output, errors, executed, _) = RunFixture("python.ipynb");

        Assert.Equal(2, exitCode);
        Assert.Contains("tests/NotebookNN.Runner.Tests/Fixtures/python.ipynb: not a C# notebook (its kernel is python3 (python)), skipped", errors);
        Assert.Null(executed);
        Assert.Equal("", output);
    }

    [Fact]
    public void Twenty_thousand_printed_lines_arrive_in_order_as_one_stream_output()
    {
        var (exitCode, _, errors, executed, outFolder) = RunFixture("many-lines.ipynb");

        Assert.True(exitCode == 0, errors);
        var stream = Outputs(executed!, 1).Single()!;
        var lines = stream["text"]!.AsArray().Select(l => l!.GetValue<string>()).ToList();
        Assert.Equal(20000, lines.Count);
        Assert.Equal("line 0\n", lines[0]);
        Assert.Equal("line 19999\n", lines[^1]);
        var page = File.ReadAllText(Path.Combine(outFolder, "many-lines.html"));
        Assert.Contains("line 0\n", page);
        Assert.DoesNotContain("line 19999", page);  // the page shows the start and says how much it left out
        Assert.Contains(StreamText.OmittedNote(20000 - StreamText.PageLines), page);
    }

    [Theory]
    [InlineData("malformed.ipynb", "tests/NotebookNN.Runner.Tests/Fixtures/malformed.ipynb: not valid JSON (line 4, position 15): 'o' is an invalid start of a value")]
    [InlineData("nbformat3.ipynb", "tests/NotebookNN.Runner.Tests/Fixtures/nbformat3.ipynb: nbformat 3 is not supported, only nbformat 4")]
    [InlineData("no-such-notebook.ipynb", "tests/NotebookNN.Runner.Tests/Fixtures/no-such-notebook.ipynb: no such file or folder")]
    public void Bad_input_is_one_clear_line_and_exit_code_2(string name, string message)
    {
        var (exitCode, output, errors, executed, outFolder) = RunFixture(name);

        Assert.Equal(2, exitCode);
        Assert.StartsWith(message, errors);
        Assert.Single(errors.TrimEnd().Split('\n'));
        Assert.Equal("", output);
        Assert.Null(executed);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outFolder));
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var (exitCode, _, errors) = RunnerProcess.Run(RunnerProcess.Fixture("good.ipynb"), "--fast");

        Assert.Equal(2, exitCode);
        Assert.Equal("unknown option --fast (see --help)", errors.Trim());
    }

    [Fact]
    public void In_place_replaces_the_source_with_the_executed_notebook()
    {
        var folder = RunnerProcess.TemporaryFolder();
        var copy = Path.Combine(folder, "good.ipynb");
        File.Copy(RunnerProcess.FixtureFullPath("good.ipynb"), copy);

        var (exitCode, _, errors) = RunnerProcess.Run(copy, "--in-place", "--out", Path.Combine(folder, "site"));

        Assert.True(exitCode == 0, errors);
        var replaced = JsonNode.Parse(File.ReadAllText(copy))!;
        Assert.Equal(1, replaced["cells"]![1]!["execution_count"]!.GetValue<int>());
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "site", "good.ipynb")), File.ReadAllText(copy));
        Assert.Equal(["good.ipynb", "site"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order());  // no temporary file left
    }

    [Fact]
    public void A_folder_runs_in_numeric_order_and_gets_an_index_page()
    {
        var folder = RunnerProcess.TemporaryFolder();
        File.Copy(RunnerProcess.FixtureFullPath("other-language.ipynb"), Path.Combine(folder, "10-other.ipynb"));
        File.Copy(RunnerProcess.FixtureFullPath("good.ipynb"), Path.Combine(folder, "2-good.ipynb"));
        var site = Path.Combine(folder, "site");

        var (exitCode, output, errors) = RunnerProcess.Run(folder, "--out", site);

        Assert.True(exitCode == 0, errors);
        Assert.True(output.IndexOf("[1/2]", StringComparison.Ordinal) < output.IndexOf("[2/2]", StringComparison.Ordinal));
        Assert.Contains("[1/2] " + Path.Combine(folder, "2-good.ipynb"), output);
        Assert.Contains("[2/2] " + Path.Combine(folder, "10-other.ipynb"), output);
        var index = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.True(index.IndexOf("2-good.html", StringComparison.Ordinal) < index.IndexOf("10-other.html", StringComparison.Ordinal));
        Assert.Contains("<li>add two numbers</li>", index);
        Assert.Contains("<li>print a <em>greeting</em></li>", index);
    }
}
