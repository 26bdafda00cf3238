using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using NotebookNN.Runner.Scripting;

namespace NotebookNN.Runner;

/// <summary>How running one notebook went.</summary>
/// <param name="CellsRun">C# cells executed (including failing ones).</param>
/// <param name="Failures">Cells that ended in an error.</param>
/// <param name="Skipped">Cells in other languages that were not run.</param>
/// <param name="TimedOut">True when a cell overran the timeout (the notebook stops there).</param>
internal sealed record ExecutionSummary(int CellsRun, int Failures, int Skipped, bool TimedOut);

/// <summary>
/// Runs a notebook's C# cells in order in one Roslyn scripting session, as Polyglot Notebooks does, and writes
/// their outputs and execution counts into the notebook.
/// </summary>
internal sealed class NotebookExecutor
{
    /// <summary>The namespaces every cell starts with, as in the .NET Interactive C# kernel.</summary>
    public static readonly string[] DefaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private readonly NotebookFile _notebook;
    private readonly string _displayPath;
    private readonly TimeSpan _timeout;
    private readonly bool _keepGoing;
    private readonly TextWriter _log;
    private readonly string _folder;
    private readonly CellGlobals _globals = new();
    private readonly List<PackageRequest> _packages = [];
    private readonly List<string> _sources = [];
    private readonly HashSet<string> _referenced = new(StringComparer.Ordinal);
    private ScriptOptions _options;
    private ScriptState<object>? _state;

    // STOPGAP (helper "plotly", until the runner moves onto the real kernel): unify assembly versions as the
    // kernel does. Plotly.NET 6 and Giraffe.ViewEngine ask for FSharp.Core 5.0.0.0; the packages bring a newer
    // one, which Roslyn's script loader does not substitute by itself.
    static NotebookExecutor() => AppDomain.CurrentDomain.AssemblyResolve += (_, args) =>
    {
        var wanted = new System.Reflection.AssemblyName(args.Name);
        return AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name == wanted.Name && a.GetName().Version >= wanted.Version)
            .MaxBy(a => a.GetName().Version);
    };

    /// <summary>Prepares a run; <paramref name="log"/> receives one line per failure or skipped cell.</summary>
    public NotebookExecutor(NotebookFile notebook, string displayPath, TimeSpan timeout, bool keepGoing, TextWriter log)
    {
        _notebook = notebook;
        _displayPath = displayPath;
        _timeout = timeout;
        _keepGoing = keepGoing;
        _log = log;
        _folder = Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!;
        _options = ScriptOptions.Default
            .WithReferences(FrameworkAssemblies().Select(p => MetadataReference.CreateFromFile(p)))
            .AddReferences(typeof(CellGlobals).Assembly)
            .WithImports(DefaultImports)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(System.Text.Encoding.UTF8)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithLanguageVersion(LanguageVersion.Latest);
    }

    /// <summary>Runs every cell (stopping at the first failure unless told to keep going) and fills in the outputs.</summary>
    public ExecutionSummary Run()
    {
        var stdout = new CellConsoleWriter("stdout");
        var stderr = new CellConsoleWriter("stderr");
        var (originalOut, originalError) = (Console.Out, Console.Error);
        var previousDirectory = Environment.CurrentDirectory;
        Console.SetOut(stdout);
        Console.SetError(stderr);
        Environment.CurrentDirectory = _folder;  // the kernel's working directory is the notebook's folder
        try
        {
            return RunCells(stdout, stderr);
        }
        finally
        {
            stdout.Target = stderr.Target = null;
            Console.SetOut(originalOut);
            Console.SetError(originalError);
            Environment.CurrentDirectory = previousDirectory;
        }
    }

    private ExecutionSummary RunCells(CellConsoleWriter stdout, CellConsoleWriter stderr)
    {
        foreach (var cell in _notebook.Cells.OfType<JsonObject>().Where(c => c["cell_type"]?.GetValue<string>() == "code"))
        {
            cell["outputs"] = new JsonArray();
            cell["execution_count"] = null;
        }

        int executionCount = 0, failures = 0, skipped = 0;
        for (var index = 0; index < _notebook.Cells.Count; index++)
        {
            var cell = _notebook.Cell(index);
            var number = index + 1;
            var language = CellLanguage.Of(cell, _notebook.Root);
            if (language.Kind == CellKind.Markdown)
            {
                continue;
            }

            if (language.Kind == CellKind.Other)
            {
                skipped++;
                _log.WriteLine($"{_displayPath}: cell {number}: skipped, a {language.Name} cell (the runner runs C# cells only)");
                continue;
            }

            executionCount++;
            var outputs = new OutputCollector();
            cell["execution_count"] = executionCount;
            cell["outputs"] = outputs.Outputs;
            stdout.Target = stderr.Target = outputs;
            _globals.Outputs = outputs;
            var outcome = RunCell(NotebookFile.SourceOf(cell), number, executionCount, outputs);
            stdout.Target = stderr.Target = null;

            if (outcome == CellOutcome.TimedOut)
            {
                return new ExecutionSummary(executionCount, failures + 1, skipped, TimedOut: true);
            }

            if (outcome == CellOutcome.Failed)
            {
                failures++;
                if (!_keepGoing)
                {
                    break;
                }
            }
        }

        return new ExecutionSummary(executionCount, failures, skipped, TimedOut: false);
    }

    private enum CellOutcome { Succeeded, Failed, TimedOut }

    private CellOutcome RunCell(string source, int number, int executionCount, OutputCollector outputs)
    {
        CellCode cell;
        try
        {
            cell = CellCode.Parse(source);
            ApplyDirectives(cell.Commands);
        }
        catch (Exception e) when (e is FormatException or DirectiveException)
        {
            return Fail(outputs, number, e is FormatException ? "MagicCommandError" : "DirectiveError", e.Message);
        }

        if (string.IsNullOrWhiteSpace(cell.Code))
        {
            return CellOutcome.Succeeded;
        }

        var options = _options.WithFilePath(CellFile(number));
        var script = _state is null
            ? CSharpScript.Create(cell.Code, options, typeof(CellGlobals))
            : _state.Script.ContinueWith(cell.Code, options);
        var errors = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            var lines = errors.Select(d => $"line {d.Location.GetLineSpan().StartLinePosition.Line + 1}: error {d.Id}: {d.GetMessage()}").ToList();
            return Fail(outputs, number, "CompilationError", lines[0], lines.Skip(1));
        }

        var hasValue = HasResultValue(script);
        var state = _state;
        var run = Task.Run(() => state is null
            ? script.RunAsync(_globals, _ => true)
            : script.RunFromAsync(state, _ => true));
        try
        {
            if (!run.Wait(_timeout))
            {
                return Timeout(outputs, number);
            }
        }
        catch (AggregateException e)
        {
            return Exception(outputs, number, e.InnerException ?? e);
        }

        _state = run.Result;
        if (_state.Exception is { } thrown)
        {
            return Exception(outputs, number, thrown);
        }

        if (hasValue)
        {
            try
            {
                outputs.Result(DisplayFormatter.Format(_state.ReturnValue), executionCount);
            }
            catch (Exception e)
            {
                var inner = e is TargetInvocationException { InnerException: { } i } ? i : e;
                return Fail(outputs, number, "FormattingError", $"formatting the cell's value failed: {inner.GetType().Name}: {inner.Message}");
            }
        }

        return CellOutcome.Succeeded;
    }

    private CellOutcome Timeout(OutputCollector outputs, int number)
    {
        var seconds = _timeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        Fail(outputs, number, "TimeoutError", $"the cell did not finish within {seconds} s and was stopped (the per-cell timeout; change it with --timeout SECONDS)");
        return CellOutcome.TimedOut;
    }

    private CellOutcome Exception(OutputCollector outputs, int number, Exception thrown)
    {
        while (thrown is TargetInvocationException { InnerException: { } inner })
        {
            thrown = inner;
        }

        var frame = new StackTrace(thrown, true).GetFrames().FirstOrDefault(f => f.GetFileName() == CellFile(number));
        var where = frame is null ? "" : $"line {frame.GetFileLineNumber()}: ";
        var trace = (thrown.StackTrace ?? "").Split('\n')
            .Select(l => l.TrimEnd())
            .TakeWhile(l => !l.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal) && !l.StartsWith("--- End of stack trace", StringComparison.Ordinal))
            .Where(l => l.Length > 0);
        return Fail(outputs, number, thrown.GetType().FullName ?? thrown.GetType().Name, $"{where}{thrown.GetType().Name}: {thrown.Message}", trace);
    }

    private CellOutcome Fail(OutputCollector outputs, int number, string name, string message, IEnumerable<string>? more = null)
    {
        var headline = $"{_displayPath}: cell {number}, {message}";
        outputs.Error(name, $"cell {number}, {message}", more is null ? [headline] : [headline, .. more]);
        _log.WriteLine(headline);
        return CellOutcome.Failed;
    }

    private string CellFile(int number) => $"{_displayPath}#cell{number}";

    private static bool HasResultValue(Script script)
    {
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        if (tree.GetRoot() is not CompilationUnitSyntax root
            || root.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement }
            || !statement.SemicolonToken.IsMissing)
        {
            return false;
        }

        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    private void ApplyDirectives(IReadOnlyList<MagicCommand> commands)
    {
        var references = new List<string>();
        MagicCommand? lastPackage = null;
        foreach (var command in commands)
        {
            switch (command.Kind)
            {
                case MagicKind.AssemblyFile:
                    var path = Path.GetFullPath(Path.Combine(_folder, command.Value));
                    if (!File.Exists(path))
                    {
                        throw new DirectiveException($"line {command.Line}: #r: no such file: {command.Value} (looked for {path})");
                    }

                    references.Add(path);
                    break;
                case MagicKind.NuGetSource:
                    var local = Path.GetFullPath(Path.Combine(_folder, command.Value));
                    _sources.Add(Uri.TryCreate(command.Value, UriKind.Absolute, out var uri) && !uri.IsFile ? command.Value : local);
                    break;
                case MagicKind.NuGetPackage:
                    _packages.RemoveAll(p => string.Equals(p.Id, command.Value, StringComparison.OrdinalIgnoreCase));
                    _packages.Add(new PackageRequest(command.Value, command.Version));
                    lastPackage = command;
                    break;
            }
        }

        if (lastPackage is not null)
        {
            try
            {
                references.InsertRange(0, NuGetRestorer.Resolve(_packages, _sources));
            }
            catch (InvalidOperationException e)
            {
                throw new DirectiveException($"line {lastPackage.Line}: #r \"nuget\": {e.Message}");
            }
        }

        var added = references.Where(_referenced.Add).ToList();
        if (added.Count > 0)
        {
            _options = _options.AddReferences(added.Select(p => MetadataReference.CreateFromFile(p)));
        }
    }

    /// <summary>The shared framework's assemblies (what a kernel cell can use without <c>#r</c>).</summary>
    private static IEnumerable<string> FrameworkAssemblies()
    {
        var runtimeFolder = Path.GetFullPath(RuntimeEnvironment.GetRuntimeDirectory());
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator);
        return trusted.Where(p => p.Length > 0 && Path.GetFullPath(Path.GetDirectoryName(p)! + Path.DirectorySeparatorChar) == runtimeFolder);
    }

    private sealed class DirectiveException(string message) : Exception(message);
}
