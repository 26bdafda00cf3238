using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;

namespace NotebookNN.Browser;

/// <summary>
/// One script session, as the kernel keeps one per notebook: each cell is compiled by Roslyn as a script submission
/// chained to the previous one (so variables and methods carry over), loaded and run. Single-threaded, as the
/// browser runtime is: compiled with <c>concurrentBuild: false</c>, run by awaiting.
/// </summary>
internal sealed class CellSession
{
    /// <summary>The namespaces every cell starts with, as in the .NET Interactive C# kernel.</summary>
    public static readonly string[] DefaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    /// <summary>The name under which <see cref="AppContext"/> holds the running session's <c>display</c> hook.</summary>
    private const string DisplayHook = "NotebookNN.Browser.Display";

    /// <summary>The first submission: the kernel's <c>display(value)</c>.</summary>
    private const string Prelude = $"void display(object value) => ((Action<object>)AppContext.GetData(\"{DisplayHook}\")).Invoke(value);";

    private static readonly Dictionary<string, Assembly> Submissions = [];
    private static int _sessions;

    private readonly CSharpParseOptions _parse = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);
    private readonly CSharpCompilationOptions _options = new(
        OutputKind.DynamicallyLinkedLibrary,
        usings: DefaultImports,
        optimizationLevel: OptimizationLevel.Release,
        concurrentBuild: false,
        allowUnsafe: true);

    private readonly IReadOnlyList<MetadataReference> _references;
    private readonly string _prefix;
    private readonly CellConsole _console = new();
    private CSharpCompilation? _previous;
    private object?[] _states = new object?[4];
    private int _count;

    static CellSession()
    {
        // Each submission references the previous ones by name: find them among those loaded.
        AssemblyLoadContext.Default.Resolving += (_, name) => Submissions.GetValueOrDefault(name.Name ?? "");
    }

    /// <summary>A fresh session compiling against the reference assemblies (PE images).</summary>
    public CellSession(IReadOnlyList<MetadataReference> references)
    {
        _references = references;
        _prefix = $"Session{Interlocked.Increment(ref _sessions)}";
        Console.SetOut(_console);
        Console.SetError(_console);
    }

    /// <summary>How long the last cell's compilation took.</summary>
    public TimeSpan LastCompileTime { get; private set; }

    /// <summary>Runs the prelude (the <c>display</c> function), so the first cell compiles as fast as later ones.</summary>
    public async Task StartAsync()
    {
        var outputs = await RunAsync(Prelude);
        if (outputs.Items.Count > 0)
        {
            throw new InvalidOperationException($"the session's prelude failed: {outputs.Items.ToJsonString()}");
        }
    }

    /// <summary>Compiles and runs one cell; its printed text, displayed values, value and error are in the result.</summary>
    public async Task<CellOutputs> RunAsync(string source)
    {
        var outputs = new CellOutputs();
        _console.Target = outputs;
        AppContext.SetData(DisplayHook, (Action<object>)(value => outputs.Display(MimeBundle.Of(value))));
        try
        {
            var code = CellSource.Prepare(source);
            if (string.IsNullOrWhiteSpace(code))
            {
                return outputs;
            }

            var (factory, hasValue) = Compile(code);
            var value = await Run(factory);
            if (hasValue)
            {
                outputs.Display(MimeBundle.Of(value));
            }
        }
        catch (CellException e)
        {
            outputs.Error(e.Message);
        }
        finally
        {
            _console.Target = null;
        }

        return outputs;
    }

    private (MethodInfo Factory, bool HasValue) Compile(string code)
    {
        var clock = Stopwatch.StartNew();
        var tree = Parse(code);
        if (tree.GetRoot() is CompilationUnitSyntax { Members.Count: 0 })
        {
            // A cell of using directives alone fails to emit here (with no diagnostic): give it an empty statement.
            tree = Parse(code + "\n;");
        }

        var name = $"{_prefix}.Cell{_count + 1}";
        var compilation = CSharpCompilation.CreateScriptCompilation(name, tree, _references, _options, _previous); // returns object, as the kernel's submissions
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var emitted = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        LastCompileTime = clock.Elapsed;
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (!emitted.Success)
        {
            throw new CellException(errors.Count == 0 ? "the cell did not compile (the compiler gave no reason)" : string.Join("\n", errors.Select(d =>
                $"(line {d.Location.GetMappedLineSpan().StartLinePosition.Line + 1}) error {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")));
        }

        var assembly = Assembly.Load(pe.ToArray(), pdb.ToArray());
        Submissions[name] = assembly;
        var entry = compilation.GetEntryPoint(CancellationToken.None)
            ?? throw new InvalidOperationException("a script submission without an entry point");
        var type = assembly.GetType(entry.ContainingType.MetadataName, throwOnError: true)!;
        var factory = type.GetMethod(entry.MetadataName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException($"no {entry.MetadataName} in {type.Name}");
        _previous = compilation;
        _count++;
        return (factory, HasValue(compilation, tree));
    }

    /// <summary>
    /// Parses a cell. The tree has no path and a <c>#line 1 "cell"</c> directive names it instead: Roslyn computes a
    /// pathed document's checksum on another thread and waits for it while writing the PDB, which this single-threaded
    /// runtime cannot do; a #line document has none. Errors and stack traces still say "cell" and the cell's line.
    /// </summary>
    private SyntaxTree Parse(string code) =>
        CSharpSyntaxTree.ParseText("#line 1 \"cell\"\n" + code, _parse, path: "", encoding: System.Text.Encoding.UTF8);

    private async Task<object?> Run(MethodInfo factory)
    {
        // Slot 0 holds the globals (none); submission n stores itself in slot n.
        if (_states.Length <= _count)
        {
            Array.Resize(ref _states, _states.Length * 2);
        }

        try
        {
            var task = (Task<object>)factory.Invoke(null, [_states])!;
            return await task;
        }
        catch (Exception e)
        {
            var thrown = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            throw new CellException($"{Where(thrown)}{thrown.GetType().Name}: {thrown.Message}");
        }
    }

    /// <summary>
    /// Where in the cells an exception was thrown: "(line N) " when the runtime knows the line, else the cell's
    /// method it was thrown in ("in MySpamNeuron: "), else nothing.
    /// </summary>
    private static string Where(Exception thrown)
    {
        var frames = new StackTrace(thrown, true).GetFrames().Where(f => f.GetMethod()?.Module.Assembly is { } a && Submissions.ContainsValue(a)).ToList();
        if (frames.FirstOrDefault(f => f.GetFileLineNumber() > 0) is { } located)
        {
            return $"(line {located.GetFileLineNumber()}) ";
        }

        // A cell's local function compiles to "<<Initialize>>g__Name|0_0"; its statements to "<Initialize>".
        var name = frames.Select(f => f.GetMethod()?.Name ?? "").FirstOrDefault(n => n.Contains("g__", StringComparison.Ordinal));
        return name is null ? "" : $"in {name[(name.IndexOf("g__", StringComparison.Ordinal) + 3)..].Split('|')[0]}: ";
    }

    /// <summary>True when the cell ends in an expression without a semicolon whose type is not void (the cell's value).</summary>
    private static bool HasValue(CSharpCompilation compilation, SyntaxTree tree)
    {
        if (tree.GetRoot() is not CompilationUnitSyntax root
            || root.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement }
            || !statement.SemicolonToken.IsMissing)
        {
            return false;
        }

        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }
}
