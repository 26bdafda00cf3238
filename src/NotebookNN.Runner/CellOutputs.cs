using System.Text;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace NotebookNN.Runner;

/// <summary>
/// One cell's outputs in nbformat shape, built from the kernel's events the way the kernel's Jupyter host
/// (dotnet-interactive's ExecuteRequestHandler) turns them into messages: a displayed value is
/// <c>display_data</c> (updated in place by its display id), the return value <c>execute_result</c>, console
/// writes and ErrorProduced <c>stream</c>s, diagnostics a <c>stderr</c> stream, a failure an <c>error</c>.
/// Plus contract 2: a Plotly.NET chart's output also carries its figure as <c>application/vnd.plotly.v1+json</c>.
/// Consecutive writes to one stream join one output (as Jupyter clients show them), in linear time.
/// </summary>
internal sealed class CellOutputs(int executionCount)
{
    private readonly object _gate = new();
    private readonly List<object> _items = [];  // JsonObject, or StreamOutput while text is still arriving
    private readonly Dictionary<string, JsonObject> _displays = new(StringComparer.Ordinal);

    /// <summary>Headlines of what went wrong (compile errors with their line, exceptions), for the runner's log.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>True once the kernel reported the cell's command as failed.</summary>
    public bool Failed { get; private set; }

    /// <summary>Adds what a kernel event shows.</summary>
    public void Add(KernelEvent kernelEvent)
    {
        lock (_gate)
        {
            switch (kernelEvent)
            {
                case ReturnValueProduced { Value: DisplayedValue }:
                    break;
                case StandardOutputValueProduced e:
                    Write("stdout", PlainText(e));
                    break;
                case StandardErrorValueProduced or ErrorProduced:
                    Write("stderr", PlainText((DisplayEvent)kernelEvent));
                    break;
                case DisplayedValueProduced e:
                    var display = Output("display_data", e);
                    _items.Add(display);
                    if (e.ValueId is { } id)
                    {
                        _displays[id] = display;
                    }

                    break;
                case DisplayedValueUpdated e when e.ValueId is { } updated && _displays.TryGetValue(updated, out var shown):
                    shown["data"] = Data(e);
                    break;
                case ReturnValueProduced e:
                    var result = Output("execute_result", e);
                    result["execution_count"] = executionCount;
                    _items.Add(result);
                    break;
                case DiagnosticsProduced { FormattedDiagnostics.Count: > 0 } e:
                    var nl = Environment.NewLine;
                    Write("stderr", nl + string.Join(nl + nl, e.FormattedDiagnostics.Select(d => d.Value)) + nl + nl);
                    Problems.AddRange(e.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                        .Select(d => $"line {d.LinePositionSpan.Start.Line + 1}: error {d.Code}: {d.Message}"));
                    break;
                case CommandFailed e:
                    Failed = true;
                    AddFailure(e);
                    break;
            }
        }
    }

    /// <summary>Adds an error output of the runner's own (a timeout, a crashed process).</summary>
    public void Error(string name, string message)
    {
        lock (_gate)
        {
            Failed = true;
            Problems.Add(message);
            _items.Add(ErrorOutput(name, message, [message]));
        }
    }

    /// <summary>The outputs so far, as nbformat JSON.</summary>
    public JsonArray ToJson()
    {
        lock (_gate)
        {
            return new JsonArray(_items.Select(i => i is StreamOutput s ? s.ToJson() : ((JsonObject)i).DeepClone()).ToArray());
        }
    }

    private void AddFailure(CommandFailed failed)
    {
        var traceback = new List<string>();
        var message = failed.Message;
        switch (failed.Exception)
        {
            case CodeSubmissionCompilationErrorException:
                message = "compilation error";  // the diagnostics went to stderr already
                break;
            case null:
                traceback.Add(failed.Message);
                Problems.Add(failed.Message);
                break;
            case var exception:
                traceback.Add(exception.ToString());
                traceback.AddRange((exception.StackTrace ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
                Problems.Add(ExceptionHeadline(exception));
                break;
        }

        _items.Add(ErrorOutput("Error", message, traceback));
    }

    /// <summary>"line 2: InvalidOperationException: message", the line being the cell's (from the submission's frame).</summary>
    public static string ExceptionHeadline(Exception exception)
    {
        var frame = new System.Diagnostics.StackTrace(exception, true).GetFrames()
            .FirstOrDefault(f => f.GetMethod()?.DeclaringType?.FullName?.StartsWith("Submission#", StringComparison.Ordinal) == true && f.GetFileLineNumber() > 0);
        var where = frame is null ? "" : $"line {frame.GetFileLineNumber()}: ";
        return $"{where}{exception.GetType().Name}: {exception.Message}";
    }

    private static JsonObject ErrorOutput(string name, string message, IEnumerable<string> traceback) => new()
    {
        ["ename"] = name,
        ["evalue"] = message,
        ["output_type"] = "error",
        ["traceback"] = new JsonArray(traceback.Select(t => (JsonNode?)t).ToArray()),
    };

    private void Write(string stream, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (_items.Count > 0 && _items[^1] is StreamOutput last && last.Name == stream)
        {
            last.Text.Append(text);
            return;
        }

        var output = new StreamOutput(stream);
        output.Text.Append(text);
        _items.Add(output);
    }

    private static string PlainText(DisplayEvent e) =>
        e.FormattedValues.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value ?? e.Value?.ToString() ?? "";

    private static JsonObject Output(string type, DisplayEvent e) => new()
    {
        ["data"] = Data(e),
        ["metadata"] = new JsonObject(),
        ["output_type"] = type,
    };

    private static JsonObject Data(DisplayEvent e)
    {
        var data = new JsonObject();
        foreach (var value in e.FormattedValues)
        {
            data[value.MimeType] = IsJson(value.MimeType) ? JsonNode.Parse(value.Value) : NotebookFile.SplitLines(value.Value);
        }

        if (PlotlyFigureJson.Of(e.Value) is { } figure)
        {
            data[PlotlyFigureJson.MimeType] = JsonNode.Parse(figure);
        }

        return data;
    }

    /// <summary>nbformat stores JSON MIME types (application/json, application/*+json) as JSON, not text.</summary>
    private static bool IsJson(string mimeType) =>
        mimeType == "application/json" || (mimeType.StartsWith("application/", StringComparison.Ordinal) && mimeType.EndsWith("+json", StringComparison.Ordinal));

    private sealed class StreamOutput(string name)
    {
        public string Name { get; } = name;

        public StringBuilder Text { get; } = new();

        public JsonObject ToJson() => new()
        {
            ["name"] = Name,
            ["output_type"] = "stream",
            ["text"] = NotebookFile.SplitLines(Text.ToString()),
        };
    }
}
