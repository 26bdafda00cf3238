using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>
    /// Charts in one row, each on its own axes (Plotly.NET's <c>Chart.Grid</c> with one row), keeping what each panel
    /// set on its axes (titles, ranges, tick formats, equal scales), its shapes and its annotations: <c>Chart.Grid</c>
    /// alone keeps only axes made with Plotly.NET's typed <c>LinearAxis</c> and lets later panels' shapes replace earlier ones'.
    /// </summary>
    /// <param name="panels">The charts, left to right; 2-D charts (x and y axes). Their layouts are moved into the row's (as <c>Chart.Grid</c> does).</param>
    /// <param name="titles">A title above each panel, or null.</param>
    /// <exception cref="ArgumentException">No panels, or titles that do not match them.</exception>
    public static GenericChart SideBySide(IReadOnlyList<GenericChart> panels, IReadOnlyList<string>? titles = null)
    {
        ArgumentNullException.ThrowIfNull(panels);
        if (panels.Count == 0)
            throw new ArgumentException("Charts.SideBySide needs at least one chart.", nameof(panels));
        if (titles is not null && titles.Count != panels.Count)
            throw new ArgumentException($"Charts.SideBySide: {titles.Count} titles for {panels.Count} charts.", nameof(titles));
        var axes = new List<(DynamicObj.DynamicObj? X, DynamicObj.DynamicObj? Y)>();
        var shapes = new List<Shape>();
        var notes = new List<Annotation>();
        for (int k = 0; k < panels.Count; k++)
        {
            var layout = GenericChart.getLayout(panels[k]);
            axes.Add((DynamicPath.Get(layout, "xaxis") as DynamicObj.DynamicObj, DynamicPath.Get(layout, "yaxis") as DynamicObj.DynamicObj));
            // Chart.Grid would merge an untyped "yaxis" of a later panel into the first panel's axis.
            layout.RemoveProperty("xaxis");
            layout.RemoveProperty("yaxis");
            shapes.AddRange(Detach<Shape>(layout, "shapes", Suffix(k)));
            notes.AddRange(Detach<Annotation>(layout, "annotations", Suffix(k)));
        }
        var grid = titles is null
            ? Plotly.NET.CSharp.Chart.Grid(panels, 1, panels.Count, XGap: 0.2)
            : Plotly.NET.CSharp.Chart.Grid(panels, 1, panels.Count, SubPlotTitles: titles.ToArray(), XGap: 0.2);
        grid = Theme.Apply(grid);
        var gridLayout = GenericChart.getLayout(grid);
        for (int k = 0; k < panels.Count; k++)
        {
            foreach (var (axis, name) in new[] { (axes[k].X, "xaxis"), (axes[k].Y, "yaxis") })
            {
                foreach (var property in axis?.GetProperties(true) ?? [])
                    DynamicPath.Set(gridLayout, $"{name}{Suffix(k)}.{property.Key}", property.Value);
            }
            if (DynamicPath.Get(gridLayout, $"yaxis{Suffix(k)}.scaleanchor") as string == "x")
                DynamicPath.Set(gridLayout, $"yaxis{Suffix(k)}.scaleanchor", "x" + Suffix(k));
        }
        grid = Chart.withShapes(shapes, FSharpOption<bool>.Some(false)).Invoke(grid);
        foreach (var note in notes)
            grid = grid.WithAnnotation(note);
        return grid;
    }

    /// <summary>The axis suffix of panel k in a grid: "" for the first, then "2", "3", ...</summary>
    private static string Suffix(int k) => k == 0 ? "" : $"{k + 1}";

    /// <summary>Takes a panel's shapes or annotations off its layout, pointing those in data coordinates at axes x{suffix}, y{suffix}.</summary>
    private static List<T> Detach<T>(Layout layout, string property, string suffix) where T : DynamicObj.DynamicObj
    {
        var items = (DynamicPath.Get(layout, property) as IEnumerable<T>)?.ToList() ?? [];
        foreach (var item in items)
        {
            if (DynamicPath.Get(item, "xref") as string == "x")
                DynamicPath.Set(item, "xref", "x" + suffix);
            if (DynamicPath.Get(item, "yref") as string == "y")
                DynamicPath.Set(item, "yref", "y" + suffix);
        }
        layout.RemoveProperty(property);
        return items;
    }
}
