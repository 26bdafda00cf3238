using System.Collections;
using System.Globalization;
using System.Reflection;

namespace NotebookNN.Runner;

/// <summary>
/// Formats a value for a notebook output the way .NET Interactive does without referencing it: formatters found
/// through a self-declared <c>TypeFormatterSourceAttribute</c> on the value's type, else plain text.
/// </summary>
internal static class DisplayFormatter
{
    /// <summary>The attribute's type name the kernel matches (any namespace, any assembly).</summary>
    public const string AttributeName = "TypeFormatterSourceAttribute";

    private const int MaxListedItems = 20;

    /// <summary>
    /// The value's representations as (MIME type, text) pairs, preferred first. With <paramref name="mimeTypes"/>
    /// only those MIME types are produced (a string is taken as already being in the first one).
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Format(object? value, IReadOnlyCollection<string>? mimeTypes = null)
    {
        if (mimeTypes is { Count: > 0 } && value is string raw)
        {
            return [new(mimeTypes.First(), raw)];
        }

        var formats = value is null ? [] : PlotlyChart(value) ?? FromFormatterSources(value);
        if (!formats.Any(f => f.Key == "text/plain"))
        {
            formats.Add(new("text/plain", PlainText(value)));
        }

        if (mimeTypes is { Count: > 0 })
        {
            formats = formats.Where(f => mimeTypes.Contains(f.Key)).ToList();
        }

        return formats;
    }

    /// <summary>
    /// The kernel's lookup: attributes named <c>TypeFormatterSourceAttribute</c> on the value's type; each one's
    /// <c>FormatterSourceType</c> is created with <c>Activator.CreateInstance</c>; its <c>CreateTypeFormatters()</c>
    /// formatters each give a <c>MimeType</c> and a <c>bool Format(object, TextWriter)</c>; an optional <c>Type</c>
    /// property narrows what they apply to; the attribute's optional <c>PreferredMimeTypes</c> come first.
    /// </summary>
    // ---- STOPGAP (helper "plotly", until the runner moves onto the real kernel and Plotly.NET.Interactive) ----
    // A Plotly.NET GenericChart shows as Plotly.NET's own notebook HTML (text/html) plus its figure JSON
    // (application/vnd.plotly.v1+json, contract 2), both from NotebookNN's PlotlyFigure when the library is
    // loaded (it adds the frames), else from Plotly.NET itself. Found by name: the runner references neither.
    private static List<KeyValuePair<string, string>>? PlotlyChart(object value)
    {
        var type = value.GetType();
        var chartType = type.BaseType?.FullName == "Plotly.NET.GenericChart" ? type.BaseType : type.FullName == "Plotly.NET.GenericChart" ? type : null;
        if (chartType is null)
        {
            return null;
        }

        var figure = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType("NotebookNN.Plotting.PlotlyFigure")).FirstOrDefault(t => t is not null);
        string Call(Type? owner, string method) => (string)(owner?.GetMethod(method, [chartType])
            ?? throw new InvalidOperationException($"{owner?.FullName ?? "Plotly.NET"} has no {method}(GenericChart)")).Invoke(null, [value])!;
        return figure is not null
            ? [new("text/html", Call(figure, "ToNotebookHtml")), new(PlotlyMimeType, Call(figure, "ToFigureJson")), new("text/plain", "GenericChart")]
            : [new("text/html", Call(chartType, "toChartHTML")), new(PlotlyMimeType, Call(chartType, "toJson")), new("text/plain", "GenericChart")];
    }

    /// <summary>The plotly figure MIME type (its data is a JSON object, not text).</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";
    // ---- end of STOPGAP ----

    public static List<KeyValuePair<string, string>> FromFormatterSources(object value)
    {
        var type = value.GetType();
        var formats = new List<KeyValuePair<string, string>>();
        var preferred = new List<string>();
        foreach (var attribute in type.GetCustomAttributes(true).Where(a => a.GetType().Name == AttributeName))
        {
            var attributeType = attribute.GetType();
            if (attributeType.GetProperty("FormatterSourceType")?.GetValue(attribute) is not Type sourceType)
            {
                continue;
            }

            if (attributeType.GetProperty("PreferredMimeTypes")?.GetValue(attribute) is IEnumerable<string> wanted)
            {
                preferred.AddRange(wanted);
            }

            var source = Activator.CreateInstance(sourceType)
                ?? throw new InvalidOperationException($"{sourceType.Name} could not be created");
            var create = sourceType.GetMethod("CreateTypeFormatters")
                ?? throw new InvalidOperationException($"{sourceType.Name} has no public CreateTypeFormatters() method");
            if (create.Invoke(source, null) is not IEnumerable formatters)
            {
                continue;
            }

            foreach (var formatter in formatters)
            {
                if (formatter is null)
                {
                    continue;
                }

                var formatterType = formatter.GetType();
                if (formatterType.GetProperty("MimeType")?.GetValue(formatter) is not string mimeType
                    || formats.Any(f => f.Key == mimeType))
                {
                    continue;
                }

                if (formatterType.GetProperty("Type")?.GetValue(formatter) is Type forType && !forType.IsInstanceOfType(value))
                {
                    continue;
                }

                MethodInfo format;
                try
                {
                    format = formatterType.GetMethod("Format")
                        ?? throw new InvalidOperationException($"{formatterType.Name} has no public Format method");
                }
                catch (AmbiguousMatchException)
                {
                    throw new InvalidOperationException($"{formatterType.Name} has more than one public Format method; the convention needs exactly one: bool Format(object instance, TextWriter writer)");
                }

                using var writer = new StringWriter(CultureInfo.InvariantCulture);
                if (format.Invoke(formatter, [value, writer]) is true)
                {
                    formats.Add(new(mimeType, writer.ToString()));
                }
            }
        }

        return formats.OrderBy(f => preferred.IndexOf(f.Key) is var i && i >= 0 ? i : preferred.Count).ToList();
    }

    /// <summary>Plain text for any value: <c>&lt;null&gt;</c>, a string as itself, a list as <c>[ a, b, c ]</c>, else ToString().</summary>
    public static string PlainText(object? value) => value switch
    {
        null => "<null>",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => List(items),
        _ => value.ToString() ?? "",
    };

    private static string List(IEnumerable items)
    {
        var shown = items.Cast<object?>().Take(MaxListedItems + 1).Select(PlainText).ToList();
        var more = shown.Count > MaxListedItems ? ", ..." : "";
        return $"[ {string.Join(", ", shown.Take(MaxListedItems))}{more} ]";
    }
}
