using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NotebookNN.Notebooks.Tests;

/// <summary>Every committed notebook follows the series' conventions (Polyglot metadata, no outputs, structure).</summary>
public partial class NotebookConventionTests
{
    private const int MaxCodeLineLength = 95;

    private static void ForEachNotebook(Action<CourseNotebook, List<string>> check)
    {
        var problems = new List<string>();
        foreach (var notebook in CourseNotebook.All())
        {
            var found = new List<string>();
            check(notebook, found);
            problems.AddRange(found.Select(p => $"{notebook.Name}: {p}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Notebooks_are_numbered_and_named_in_kebab_case()
    {
        ForEachNotebook((nb, problems) =>
        {
            if (!NamePattern().IsMatch(nb.Name))
                problems.Add("file name should look like '01-the-neuron.ipynb'");
        });
    }

    [Fact]
    public void Metadata_picks_the_csharp_kernel_as_polyglot_notebooks_writes_it()
    {
        ForEachNotebook((nb, problems) =>
        {
            var root = nb.Root;
            if ((int?)root["nbformat"] != 4 || (int?)root["nbformat_minor"] < 4)
                problems.Add("must be nbformat 4.4 or later");
            var meta = root["metadata"];
            if ((string?)meta?["kernelspec"]?["name"] != ".net-csharp" || (string?)meta?["kernelspec"]?["display_name"] != ".NET (C#)" || (string?)meta?["kernelspec"]?["language"] != "C#")
                problems.Add("kernelspec must be {name .net-csharp, display_name .NET (C#), language C#}");
            // Polyglot Notebooks writes language_info.name "polyglot-notebook" and the item's languageName when
            // VS Code saves a notebook; older copies say "csharp". Either is what the host writes.
            if ((string?)meta?["language_info"]?["name"] is not ("polyglot-notebook" or "csharp"))
                problems.Add("language_info.name must be polyglot-notebook (or csharp)");
            var kernelInfo = meta?["polyglot_notebook"]?["kernelInfo"];
            var csharp = kernelInfo?["items"]?.AsArray().FirstOrDefault(i => (string?)i?["name"] == "csharp");
            if ((string?)kernelInfo?["defaultKernelName"] != "csharp" || csharp is null)
                problems.Add("polyglot_notebook.kernelInfo must default to csharp and list it");
            else if (csharp["languageName"] is { } language && (string?)language != "csharp")
                problems.Add("polyglot_notebook.kernelInfo's csharp item must have languageName csharp");
            foreach (var (cell, index) in nb.CodeCells.Select((c, i) => (c, i)))
            {
                var m = cell["metadata"];
                if ((string?)m?["dotnet_interactive"]?["language"] != "csharp" || (string?)m?["polyglot_notebook"]?["kernelName"] != "csharp" || (string?)m?["vscode"]?["languageId"] != "polyglot-notebook")
                    problems.Add($"code cell {index + 1} lacks the csharp cell metadata (dotnet_interactive, polyglot_notebook, vscode)");
            }
        });
    }

    [Fact]
    public void Committed_notebooks_carry_no_outputs_and_every_cell_has_a_unique_id()
    {
        ForEachNotebook((nb, problems) =>
        {
            foreach (var cell in nb.CodeCells)
            {
                if (cell["outputs"] is JsonArray outputs && outputs.Count > 0)
                    problems.Add($"cell {cell["id"]} has outputs; commit notebooks without outputs");
                if (cell["execution_count"] is not null)
                    problems.Add($"cell {cell["id"]} has an execution count");
            }
            var ids = nb.Cells.Select(c => (string?)c["id"]).ToList();
            if (ids.Any(string.IsNullOrWhiteSpace))
                problems.Add("a cell has no id");
            if (ids.Distinct().Count() != ids.Count)
                problems.Add("cell ids repeat");
        });
    }

    [Fact]
    public void First_cell_has_title_three_to_five_objectives_and_time()
    {
        ForEachNotebook((nb, problems) =>
        {
            var first = nb.Cells[0];
            string text = CourseNotebook.Source(first);
            if ((string?)first["cell_type"] != "markdown" || !text.StartsWith($"# {nb.Name[..2]} ", StringComparison.Ordinal))
                problems.Add($"the first cell must be markdown starting with '# {nb.Name[..2]} '");
            int objectives = ObjectivesBlock().Match(text) is { Success: true } m ? BulletLine().Matches(m.Groups[1].Value).Count : 0;
            if (objectives is < 3 or > 5)
                problems.Add($"the first cell needs 3-5 objectives under 'What you will be able to do' (found {objectives})");
            if (!text.Contains("**Time:**", StringComparison.Ordinal))
                problems.Add("the first cell must say how long the notebook takes (**Time:** ...)");
        });
    }

    [Fact]
    public void The_first_code_cell_is_the_shared_setup_cell()
    {
        ForEachNotebook((nb, problems) =>
        {
            var setup = nb.CodeCells.FirstOrDefault();
            if (setup is null || CourseNotebook.Source(setup).Trim() != CourseNotebook.SetupCell)
                problems.Add("the first code cell must be exactly the shared setup cell:\n" + CourseNotebook.SetupCell);
        });
    }

    [Fact]
    public void The_setup_cell_follows_one_identical_note_on_building_the_library_once()
    {
        var notes = new HashSet<string>();
        ForEachNotebook((nb, problems) =>
        {
            var cells = nb.Cells;
            int setup = cells.ToList().FindIndex(c => (string?)c["cell_type"] == "code");
            string note = setup > 0 ? CourseNotebook.Source(cells[setup - 1]) : "";
            if (!note.Contains("dotnet build src/NotebookNN -c Release", StringComparison.Ordinal))
                problems.Add("the markdown cell before the setup cell must say how to build the library once");
            notes.Add(note.Trim());
        });
        Assert.True(notes.Count <= 1, "the setup notes differ between notebooks:\n" + string.Join("\n---\n", notes));
    }

    [Fact]
    public void Code_cells_are_short_and_explained_before_they_compute()
    {
        ForEachNotebook((nb, problems) =>
        {
            var cells = nb.Cells;
            for (int i = 0; i < cells.Count; i++)
            {
                if ((string?)cells[i]["cell_type"] != "code")
                    continue;
                string[] lines = CourseNotebook.Source(cells[i]).TrimEnd().Split('\n');
                if (lines.Length > 15)
                    problems.Add($"code cell {cells[i]["id"]} has {lines.Length} lines (15 at most)");
                // The exported page shows about 100 characters of code before it scrolls sideways.
                foreach (string line in lines.Where(l => l.Length > MaxCodeLineLength))
                    problems.Add($"code cell {cells[i]["id"]} has a line of {line.Length} characters ({MaxCodeLineLength} at most): {line.Trim()}");
            }
            int markdown = cells.Count(c => (string?)c["cell_type"] == "markdown");
            if (markdown < nb.CodeCells.Count() / 2)
                problems.Add($"only {markdown} markdown cells for {nb.CodeCells.Count()} code cells: explain before computing");
        });
    }

    [Fact]
    public void At_least_two_charts_two_exercises_math_a_summary_and_a_link_onwards()
    {
        var all = CourseNotebook.All();
        ForEachNotebook((nb, problems) =>
        {
            int charts = nb.CodeCells.Count(c => ChartCall().IsMatch(CourseNotebook.Source(c)));
            if (charts < 2)
                problems.Add($"needs at least 2 chart cells (found {charts})");
            int checks = nb.CheckCells.Count();
            if (checks < 2)
                problems.Add($"needs at least 2 exercise check cells (found {checks})");
            string markdown = string.Join("\n", nb.Cells.Where(c => (string?)c["cell_type"] == "markdown").Select(CourseNotebook.Source));
            if (!markdown.Contains('$'))
                problems.Add("no LaTeX math in the markdown");
            string last = CourseNotebook.Source(nb.Cells[^1]);
            if (!last.Contains("Summary", StringComparison.OrdinalIgnoreCase))
                problems.Add("the last cell must hold the summary");
            int index = all.ToList().FindIndex(n => n.Name == nb.Name);
            if (index < all.Count - 1 && !last.Contains($"]({all[index + 1].Name}.ipynb)", StringComparison.Ordinal))
                problems.Add($"the last cell must link to the next notebook ({all[index + 1].Name}.ipynb)");
        });
    }

    [Fact]
    public void The_readme_lists_every_notebook_with_its_title_and_time()
    {
        string readme = File.ReadAllText(System.IO.Path.Combine(NotebookNN.Runner.Tests.RunnerProcess.RepositoryRoot, "README.md"));
        ForEachNotebook((nb, problems) =>
        {
            string text = CourseNotebook.Source(nb.Cells[0]);
            string title = text.Split('\n')[0].TrimStart('#', ' ');
            string time = TimeLine().Match(text) is { Success: true } m ? m.Groups[1].Value.Trim() : "?";
            string row = $"| [{title}](notebooks/{nb.Name}.ipynb) | {time} |";
            if (!readme.Contains(row, StringComparison.Ordinal))
                problems.Add($"README.md's table of notebooks needs the row: {row}");
        });
    }

    [GeneratedRegex(@"\*\*Time:\*\*\s*([^\n]*)")]
    private static partial Regex TimeLine();

    [GeneratedRegex(@"^\d{2}-[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"What you will be able to do\**:?\**\s*\n((?:\s*[-*] .*\n?)+)")]
    private static partial Regex ObjectivesBlock();

    [GeneratedRegex(@"^\s*[-*] ", RegexOptions.Multiline)]
    private static partial Regex BulletLine();

    [GeneratedRegex(@"\bCharts?\.\w+\(")]
    private static partial Regex ChartCall();
}
