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
        Assert.Equal("shown", Text(first[1]!["data"]!["text/plain"]));
        Assert.Equal("after\n", Text(first[2]!["text"]));
        Assert.Equal("42", Text(first[3]!["data"]!["text/plain"]));
        Assert.Equal(1, first[3]!["execution_count"]!.GetValue<int>());
        Assert.Equal(1, Cell(executed!, 2)["execution_count"]!.GetValue<int>());

        var noValue = Outputs(executed!, 4);  // #!csharp first line; ends with a statement, so no result
        Assert.Single(noValue);
        Assert.Equal("no newline", Text(noValue[0]!["text"]));
        Assert.Equal(2, Cell(executed!, 4)["execution_count"]!.GetValue<int>());

        var stderrAndList = Outputs(executed!, 5);
        Assert.Equal("stderr", stderrAndList[0]!["name"]!.GetValue<string>());
        Assert.Equal("to stderr\n", Text(stderrAndList[0]!["text"]));
        Assert.Equal("[ 1, 2, 3 ]", Text(stderrAndList[1]!["data"]!["text/plain"]));
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
        var error = Outputs(executed!, 2).Single()!;
        Assert.Equal("error", error["output_type"]!.GetValue<string>());
        Assert.Equal("CompilationError", error["ename"]!.GetValue<string>());
        Assert.StartsWith("cell 2, line 3: error CS0103", error["evalue"]!.GetValue<string>());
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
        Assert.Equal("System.InvalidOperationException", outputs[1]!["ename"]!.GetValue<string>());
        Assert.Equal("cell 2, line 2: InvalidOperationException: the cell failed on purpose", outputs[1]!["evalue"]!.GetValue<string>());
        Assert.Empty(Outputs(executed!, 3));
    }

    [Fact]
    public void An_endless_loop_is_stopped_by_the_cell_timeout_with_a_clear_message()
    {
        var (exitCode, output, errors, executed, _) = RunFixture("endless-loop.ipynb", "--timeout", "2");

        Assert.Equal(1, exitCode);
        Assert.Contains("endless-loop.ipynb: cell 1, the cell did not finish within 2 s and was stopped (the per-cell timeout; change it with --timeout SECONDS)", errors);
        Assert.Contains("endless-loop.ipynb: TIMED OUT", output);
        var outputs = Outputs(executed!, 1);
        Assert.Equal("looping\n", Text(outputs[0]!["text"]));
        Assert.Equal("TimeoutError", outputs[1]!["ename"]!.GetValue<string>());
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
    public void An_unknown_magic_command_is_an_error_naming_cell_and_line()
    {
        var (exitCode, _, errors, executed, _) = RunFixture("unknown-magic.ipynb");

        Assert.Equal(1, exitCode);
        Assert.Contains("unknown-magic.ipynb: cell 2, line 2: unknown magic command '#!time'", errors);
        Assert.Equal("MagicCommandError", Outputs(executed!, 2).Single()!["ename"]!.GetValue<string>());
    }

    [Fact]
    public void A_nuget_reference_is_restored_with_its_dependencies_and_usable()
    {
        var (exitCode, _, errors, executed, _) = RunFixture("nuget.ipynb");

        Assert.True(exitCode == 0, errors);
        Assert.Equal("5", Text(Outputs(executed!, 2).Single()!["data"]!["text/plain"]));  // det [[2,1],[1,3]]
    }

    [Fact]
    public void The_built_helper_library_is_referenced_with_a_relative_path()
    {
        var (exitCode, _, errors, executed, _) = RunFixture("library.ipynb");

        Assert.True(exitCode == 0, errors);
        Assert.Equal("0.5", Text(Outputs(executed!, 3).Single()!["data"]!["text/plain"]));  // sigmoid(0)
    }

    [Fact]
    public void A_value_is_formatted_through_a_self_declared_TypeFormatterSourceAttribute()
    {
        var (exitCode, _, errors, executed, _) = RunFixture("figure.ipynb");

        Assert.True(exitCode == 0, errors);
        var outputs = Outputs(executed!, 3);
        Assert.Equal(["stream", "display_data", "execute_result"], outputs.Select(o => o!["output_type"]!.GetValue<string>()));
        var shown = outputs[1]!["data"]!.AsObject();
        Assert.Equal(["text/html", "application/vnd.plotly.v1+json", "text/plain"], shown.Select(p => p.Key));  // PreferredMimeTypes first
        Assert.Contains("Plotly.newPlot('chart-squares', [{ x: [1, 2, 3], y: [1, 4, 9]", Text(shown["text/html"]));
        Assert.Equal("Chart squares", Text(shown["text/plain"]));
        Assert.Equal("Chart cubes", Text(outputs[2]!["data"]!["text/plain"]));
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
