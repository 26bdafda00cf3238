using System.Runtime.CompilerServices;
using Newtonsoft.Json;

namespace NotebookNN.Plotting;

/// <summary>
/// Plotly.NET writes a chart's JSON into a <c>&lt;script&gt;</c> of its HTML as is, so a title holding
/// "&lt;/script&gt;" would end the script early. When this library loads, Plotly.NET's serializer settings are
/// told to escape &lt;, &gt;, &amp; and quotes in strings as \u003c ... (still the same JSON), for every chart.
/// </summary>
internal static class SafeJson
{
    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "Plotly.NET's settings must be safe before any chart is written, by any caller.")]
    internal static void EscapeHtmlInPlotlyJson() => Globals.JSON_CONFIG.StringEscapeHandling = StringEscapeHandling.EscapeHtml;
}
