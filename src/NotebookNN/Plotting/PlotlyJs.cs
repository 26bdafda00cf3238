namespace NotebookNN.Plotting;

/// <summary>
/// The plotly.js the charts are drawn with: the version Plotly.NET 6.0.0 references (its HTML loads
/// it from the plotly CDN), pinned the same in package.json for exported pages and browser tests.
/// </summary>
public static class PlotlyJs
{
    /// <summary>The plotly.js version (Plotly.NET 6.0.0's <c>Globals.PLOTLYJS_VERSION</c>).</summary>
    public const string Version = "2.28.0";

    /// <summary>Where <c>npm ci</c> puts the minified plotly.js, relative to the repository root.</summary>
    public const string NpmRelativePath = "node_modules/plotly.js-dist-min/plotly.min.js";
}
