using System.Collections;
using System.Globalization;
using System.Reflection;

namespace NotebookNN.Browser;

/// <summary>
/// A value → its representations as (MIME type, data), preferred first, as the kernel formats a displayed value:
/// a chart as its plotly figure JSON (drawn by the page's own script), a type with a <c>TypeFormatterSourceAttribute</c>
/// through its formatters (e.g. an exercise check's HTML), anything else as plain text.
/// </summary>
internal static class MimeBundle
{
    /// <summary>The plotly figure MIME type (contract 2): the figure object <c>{data, layout, frames, config}</c>.</summary>
    public const string PlotlyMime = "application/vnd.plotly.v1+json";

    private const int MaxListedItems = 20;

    /// <summary>The value's representations, preferred first; always ends with text/plain unless it is a chart.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Of(object? value)
    {
        if (ChartJson.Of(value) is { } figure)
        {
            return [new(PlotlyMime, figure)];
        }

        var formats = value is null ? [] : FromFormatterSources(value);
        if (!formats.Any(f => f.Key == "text/plain"))
        {
            formats.Add(new("text/plain", PlainText(value)));
        }

        return formats;
    }

    /// <summary>The kernel's lookup by name: <c>TypeFormatterSourceAttribute</c> → formatter source → formatters with <c>MimeType</c> and <c>Format(object, TextWriter)</c>.</summary>
    private static List<KeyValuePair<string, string>> FromFormatterSources(object value)
    {
        var formats = new List<KeyValuePair<string, string>>();
        var preferred = new List<string>();
        foreach (var attribute in value.GetType().GetCustomAttributes(true).Where(a => a.GetType().Name == "TypeFormatterSourceAttribute"))
        {
            var attributeType = attribute.GetType();
            if (attributeType.GetProperty("FormatterSourceType")?.GetValue(attribute) is not Type sourceType
                || Activator.CreateInstance(sourceType) is not { } source
                || sourceType.GetMethod("CreateTypeFormatters")?.Invoke(source, null) is not IEnumerable formatters)
            {
                continue;
            }

            if (attributeType.GetProperty("PreferredMimeTypes")?.GetValue(attribute) is IEnumerable<string> wanted)
            {
                preferred.AddRange(wanted);
            }

            foreach (var formatter in formatters.OfType<object>())
            {
                var type = formatter.GetType();
                if (type.GetProperty("MimeType")?.GetValue(formatter) is not string mime || formats.Any(f => f.Key == mime)
                    || type.GetProperty("Type")?.GetValue(formatter) is Type only && !only.IsInstanceOfType(value))
                {
                    continue;
                }

                using var writer = new StringWriter(CultureInfo.InvariantCulture);
                if (type.GetMethod("Format", BindingFlags.Public | BindingFlags.Instance)?.Invoke(formatter, [value, writer]) is true)
                {
                    formats.Add(new(mime, writer.ToString()));
                }
            }
        }

        return [.. formats.OrderBy(f => preferred.IndexOf(f.Key) is var i && i >= 0 ? i : preferred.Count)];
    }

    /// <summary>Plain text as the kernel shows it: <c>&lt;null&gt;</c>, a string as itself, a list as <c>[ a, b, c ]</c>, else ToString().</summary>
    public static string PlainText(object? value) => value switch
    {
        null => "<null>",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[ " + string.Join(", ", items.Cast<object?>().Take(MaxListedItems).Select(PlainText))
            + (items.Cast<object?>().Skip(MaxListedItems).Any() ? ", ..." : "") + " ]",
        _ => value.ToString() ?? "",
    };
}
