namespace NotebookNN.Plotting;

/// <summary>The plotly.js version every figure is drawn with, and where a notebook loads it from.</summary>
public static class PlotlyJs
{
    /// <summary>The pinned plotly.js version (the npm package <c>plotly.js-dist-min</c> in package.json has the same).</summary>
    public const string Version = "2.35.2";

    /// <summary>The CDN address of the minified plotly.js, used by a script tag.</summary>
    public const string CdnUrl = "https://cdn.plot.ly/plotly-" + Version + ".min.js";

    /// <summary>The same address without ".js", as require.js wants it in <c>require.config({ paths })</c>.</summary>
    public const string RequireJsPath = "https://cdn.plot.ly/plotly-" + Version + ".min";

    /// <summary>Where the npm copy lives relative to the repository root (after <c>npm ci</c>).</summary>
    public const string NpmRelativePath = "node_modules/plotly.js-dist-min/plotly.min.js";
}
