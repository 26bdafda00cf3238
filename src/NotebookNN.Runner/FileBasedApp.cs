using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NotebookNN.Runner;

/// <summary>
/// <c>export --format cs</c>: a notebook as a .NET 10 file-based app that <c>dotnet run NN-name.cs</c> runs. Its
/// <c>#r "nuget: Id, Version"</c> lines become <c>#:package Id@Version</c>, a <c>#r</c> of a project's built DLL
/// becomes <c>#:project</c>, markdown becomes comments, usings move to the top and type declarations to the end,
/// a cell's last value is displayed, and <c>display(chart)</c> saves the figure as an HTML page beside the app with
/// the chart's own save-HTML function (Plotly.NET's <c>Chart.saveHtml</c>, or a <c>SaveHtml(path)</c> method).
/// </summary>
internal static partial class FileBasedApp
{
    /// <summary>The namespaces the kernel imports that a file-based app's implicit usings lack.</summary>
    private static readonly string[] KernelImports = ["System.Text", "System.Collections"];

    /// <summary>Writes each notebook as <c>OUT/name.cs</c>; returns the exit code (2 when a notebook cannot be converted).</summary>
    public static int Export(RunnerOptions options, TextWriter output, TextWriter errors)
    {
        var outFolder = Path.GetFullPath(options.OutDirectory);
        var code = 0;
        foreach (var (path, displayPath) in options.Paths.SelectMany(SeriesRunner.NotebooksAt))
        {
            var notebook = NotebookFile.Load(path, displayPath);
            var target = Path.Combine(outFolder, notebook.Name + ".cs");
            var (text, problems) = Convert(notebook, displayPath, outFolder);
            problems.ForEach(errors.WriteLine);
            code = Math.Max(code, problems.Count > 0 ? 2 : 0);
            NotebookFile.WriteAtomically(target, text);
            output.WriteLine($"{displayPath} -> {Path.GetRelativePath(Environment.CurrentDirectory, target)}");
        }

        return code;
    }

    /// <summary>The app's source text and any lines that could not be converted.</summary>
    public static (string Text, List<string> Problems) Convert(NotebookFile notebook, string displayPath, string outFolder)
    {
        var notebookFolder = Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!;
        var directives = new List<string>();
        var usings = new List<string>(KernelImports.Select(n => $"using {n};"));
        var body = new StringBuilder();
        var types = new StringBuilder();
        var problems = new List<string>();
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            var cell = notebook.Cell(index);
            var source = NotebookFile.SourceOf(cell);
            var language = CellLanguage.Of(cell, notebook.Root);
            if (language.Kind == CellKind.Markdown)
            {
                var markdown = CellLanguage.FirstLineKernel(source) is null ? source : source.Split('\n', 2).ElementAtOrDefault(1) ?? "";
                body.Append(string.Concat(markdown.TrimEnd().Split('\n').Select(l => ("// " + l).TrimEnd() + "\n"))).Append('\n');
                continue;
            }

            if (language.Kind == CellKind.Other)
            {
                body.Append($"// cell {index + 1} is a {language.Name} cell, not part of this app\n\n");
                continue;
            }

            var code = new StringBuilder();
            foreach (var line in source.Split('\n'))
            {
                var trimmed = line.Trim();
                if (Package().Match(trimmed) is { Success: true } package)
                {
                    var version = package.Groups["version"].Success ? "@" + package.Groups["version"].Value.Trim() : "";
                    directives.Add($"#:package {package.Groups["id"].Value.Trim()}{version}");
                }
                else if (Reference().Match(trimmed) is { Success: true } reference)
                {
                    var project = ProjectOf(Path.GetFullPath(Path.Combine(notebookFolder, reference.Groups["path"].Value)));
                    if (project is null)
                    {
                        problems.Add($"{displayPath}: cell {index + 1}: {trimmed} names a DLL that is not a project's build output; a file-based app can reference packages and projects only");
                    }
                    else
                    {
                        directives.Add($"#:project {Path.GetRelativePath(outFolder, project).Replace('\\', '/')}");
                    }
                }
                else if (trimmed.StartsWith("#i ", StringComparison.Ordinal) || trimmed.StartsWith("#!", StringComparison.Ordinal))
                {
                    code.Append("// ").Append(trimmed).Append(" (a notebook directive)\n");
                }
                else
                {
                    code.Append(line).Append('\n');
                }
            }

            body.Append($"// cell {index + 1}\n");
            Split(code.ToString(), usings, body, types);
            body.Append('\n');
        }

        var text = new StringBuilder();
        text.Append($"// {notebook.Name}: the notebook {Path.GetFileName(notebook.Path)} as a .NET file-based app (`dotnet run {notebook.Name}.cs`),\n");
        text.Append("// written by `dotnet run --project src/NotebookNN.Runner -- export --format cs`. Figures are saved as HTML pages beside it.\n");
        foreach (var directive in directives.Distinct())
        {
            text.Append(directive).Append('\n');
        }

        text.Append("#:property Nullable=disable\n#:property TreatWarningsAsErrors=false\n#:property PublishAot=false\n\n");
        foreach (var directive in usings.Distinct())
        {
            text.Append(directive).Append('\n');
        }

        text.Append('\n').Append(body);
        text.Append("void display(object value) => NotebookDisplay.Show(value);\n\n");
        text.Append(types).Append(DisplayClass);
        return (text.ToString(), problems);
    }

    /// <summary>Sorts a cell's code: usings to the top, types to the end, statements in order (a last value displayed).</summary>
    private static void Split(string code, List<string> usings, StringBuilder body, StringBuilder types)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script)).GetRoot();
        usings.AddRange(root.Usings.Select(u => u.ToString().Trim()));
        var members = root.Members;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
            {
                types.Append(member.ToFullString().Trim('\n', '\r')).Append("\n\n");
            }
            else if (i == members.Count - 1 && member is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last })
            {
                body.Append(last.GetLeadingTrivia().ToFullString()).Append($"display({last.Expression.ToString().Trim()});\n");
            }
            else
            {
                body.Append(member.ToFullString().TrimEnd()).Append('\n');
            }
        }
    }

    /// <summary>The project whose build output a DLL is (<c>X/bin/.../Name.dll</c> with <c>X/Name.csproj</c>), or null.</summary>
    private static string? ProjectOf(string dll)
    {
        var name = Path.GetFileNameWithoutExtension(dll);
        for (var dir = Path.GetDirectoryName(dll); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Path.GetFileName(dir) == "bin")
            {
                var project = Path.Combine(Path.GetDirectoryName(dir)!, name + ".csproj");
                return File.Exists(project) ? project : null;
            }
        }

        return null;
    }

    [GeneratedRegex("""^#r\s+"nuget:\s*(?<id>[^,"]+)(,(?<version>[^"]+))?"\s*$""")]
    private static partial Regex Package();

    [GeneratedRegex("""^#r\s+"(?<path>[^"]+)"\s*$""")]
    private static partial Regex Reference();

    private const string DisplayClass = """
        /// <summary>What <c>display(value)</c> does outside a notebook: a chart becomes an HTML page beside the app, anything else text.</summary>
        static class NotebookDisplay
        {
            static int figures;

            public static void Show(object value)
            {
                var type = value?.GetType();
                var chart = type;
                while (chart is not null && chart.FullName != "Plotly.NET.GenericChart")
                {
                    chart = chart.BaseType;
                }

                var save = chart is null ? type?.GetMethods().FirstOrDefault(m => m.Name == "SaveHtml" && !m.IsStatic && m.GetParameters().FirstOrDefault()?.ParameterType == typeof(string)) : null;
                if (chart is null && save is null)
                {
                    Console.WriteLine(value is System.Collections.IEnumerable items && value is not string ? "[ " + string.Join(", ", items.Cast<object>()) + " ]" : value?.ToString() ?? "<null>");
                    return;
                }

                var folder = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Environment.CurrentDirectory;
                var name = Path.GetFileNameWithoutExtension(AppContext.GetData("EntryPointFilePath") as string ?? "figure");
                var file = Path.Combine(folder, $"{name}-figure-{++figures}.html");
                if (chart is not null)
                {
                    // Plotly.NET's Chart.saveHtml(path, openInBrowser) returns the function that saves a chart.
                    var saveHtml = chart.Assembly.GetType("Plotly.NET.Chart")!.GetMethod("saveHtml")!;
                    var saver = saveHtml.Invoke(null, [file, null])!;
                    saver.GetType().GetMethod("Invoke")!.Invoke(saver, [value]);
                }
                else
                {
                    save!.Invoke(value, [file, .. save.GetParameters().Skip(1).Select(p => p.DefaultValue)]);
                }

                Console.WriteLine($"figure saved to {file}");
            }
        }

        """;
}
