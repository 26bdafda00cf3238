using System.Runtime.CompilerServices;
using Newtonsoft.Json;

namespace NotebookNN.Plotting;

/// <summary>
/// Plotly.NET writes a chart's JSON into a <c>&lt;script&gt;</c> of its HTML as is, so a title holding
/// "&lt;/script&gt;" would end the script early. When this library loads, Plotly.NET's serializer settings are
/// told to escape &lt;, &gt;, &amp; and quotes in strings as \u003c ... (still the same JSON), for every chart.
/// A host that loads this library before Plotly.NET (or without it) gets the setting when Plotly.NET loads.
/// </summary>
internal static class SafeJson
{
    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "Plotly.NET's settings must be safe before any chart is written, by any caller.")]
    internal static void EscapeHtmlInPlotlyJson()
    {
        FSharpCoreBinding.UseLoadedFSharpCore();  // first: Plotly.NET must be loadable in the kernel
        try
        {
            Apply();
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException)
        {
            // Plotly.NET is not loaded yet (e.g. only MathNet and this library were referenced): apply it when it is.
            AppDomain.CurrentDomain.AssemblyLoad += (_, args) =>
            {
                if (args.LoadedAssembly.GetName().Name == "Plotly.NET")
                    Apply();
            };
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]  // Plotly.NET's types are resolved only when this runs
    private static void Apply() => Globals.JSON_CONFIG.StringEscapeHandling = StringEscapeHandling.EscapeHtml;
}
