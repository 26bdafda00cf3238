using System.Globalization;
using System.Text.Json.Nodes;

namespace NotebookNN.Plotting;

public static partial class Chart
{
    /// <summary>
    /// Draws several figures in one plot: all their traces in order, their layouts merged (later
    /// figures' settings win), their frames kept.
    /// </summary>
    public static Figure Combine(params IEnumerable<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var list = figures.ToList();
        var combined = new Figure(list.SelectMany(f => f.Traces.Select(t => t.Clone())));
        foreach (var figure in list)
        {
            combined.MergeLayout(figure.LayoutCopy());
            combined.MergeConfig(figure.ConfigCopy());
            combined.AddFrames(figure.Frames);
        }
        return combined;
    }

    /// <summary>
    /// Lays figures out as subplots in a grid, filled row by row. Each cell keeps its own axes,
    /// axis titles, shapes and annotations; a cell's title (or <paramref name="titles"/>) is written above it.
    /// </summary>
    /// <param name="rows">Number of rows.</param>
    /// <param name="columns">Number of columns.</param>
    /// <param name="cells">At most rows x columns figures without frames.</param>
    /// <param name="titles">A title per cell, overriding the cells' own titles; null keeps them.</param>
    /// <param name="horizontalGap">Space between columns, as a share of the width.</param>
    /// <param name="verticalGap">Space between rows, as a share of the height.</param>
    /// <exception cref="ArgumentException">Too many cells, animated cells, or a title count that does not match.</exception>
    public static Figure Grid(int rows, int columns, IReadOnlyList<Figure> cells, IReadOnlyList<string>? titles = null, double horizontalGap = 0.08, double verticalGap = 0.14)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        if (cells.Count > rows * columns)
            throw new ArgumentException($"Chart.Grid: {cells.Count} figures do not fit in {rows} x {columns} cells.", nameof(cells));
        if (titles is not null && titles.Count != cells.Count)
            throw new ArgumentException($"Chart.Grid: {titles.Count} titles for {cells.Count} figures.", nameof(titles));
        int animated = cells.ToList().FindIndex(c => c.Frames.Count > 0);
        if (animated >= 0)
            throw new ArgumentException($"Chart.Grid: figure {animated + 1} has animation frames; a grid cannot hold animated figures.", nameof(cells));

        double cellWidth = (1 - horizontalGap * (columns - 1)) / columns;
        double cellHeight = (1 - verticalGap * (rows - 1)) / rows;
        var grid = new Figure();
        var layout = new JsonObject();
        var annotations = new JsonArray();
        var shapes = new JsonArray();
        for (int k = 0; k < cells.Count; k++)
        {
            int row = k / columns, column = k % columns;
            string suffix = k == 0 ? "" : (k + 1).ToString(CultureInfo.InvariantCulture);
            double x0 = column * (cellWidth + horizontalGap), x1 = x0 + cellWidth;
            double y1 = 1 - row * (cellHeight + verticalGap), y0 = y1 - cellHeight;
            var cell = cells[k];
            var cellLayout = cell.LayoutCopy();

            foreach (var trace in cell.Traces.Select(t => t.Clone()))
            {
                if (trace.Is3D)
                    trace.Set("scene", "scene" + suffix);
                else
                    trace.Set("xaxis", "x" + suffix).Set("yaxis", "y" + suffix);
                if (trace.Type is "heatmap" or "contour" or "surface" && trace.Get("colorbar.x") is null)
                    trace.Set("colorbar.x", x1 + 0.01).Set("colorbar.len", cellHeight).Set("colorbar.y", (y0 + y1) / 2).Set("colorbar.yanchor", "middle");
                grid.Add(trace);
            }

            var xAxis = cellLayout["xaxis"] as JsonObject ?? [];
            var yAxis = cellLayout["yaxis"] as JsonObject ?? [];
            xAxis["domain"] = new JsonArray(x0, x1);
            xAxis["anchor"] = "y" + suffix;
            yAxis["domain"] = new JsonArray(y0, y1);
            yAxis["anchor"] = "x" + suffix;
            if (yAxis["scaleanchor"]?.GetValue<string>() == "x")
                yAxis["scaleanchor"] = "x" + suffix;
            layout["xaxis" + suffix] = xAxis.DeepClone();
            layout["yaxis" + suffix] = yAxis.DeepClone();
            if (cell.Traces.Any(t => t.Is3D))
            {
                var scene = cellLayout["scene"] as JsonObject ?? [];
                scene["domain"] = new JsonObject { ["x"] = new JsonArray(x0, x1), ["y"] = new JsonArray(y0, y1) };
                layout["scene" + suffix] = scene.DeepClone();
            }

            foreach (var key in new[] { "annotations", "shapes" })
            {
                if (cellLayout[key] is not JsonArray items)
                    continue;
                foreach (var item in items.OfType<JsonObject>())
                {
                    var moved = (JsonObject)item.DeepClone();
                    moved["xref"] = MoveReference(moved["xref"]?.GetValue<string>(), "x", suffix);
                    moved["yref"] = MoveReference(moved["yref"]?.GetValue<string>(), "y", suffix);
                    (key == "annotations" ? annotations : shapes).Add(moved);
                }
            }

            string? title = titles?[k] ?? cellLayout["title"]?["text"]?.GetValue<string>();
            if (title is not null)
            {
                annotations.Add(new JsonObject
                {
                    ["text"] = title,
                    ["x"] = (x0 + x1) / 2,
                    ["y"] = y1,
                    ["xref"] = "paper",
                    ["yref"] = "paper",
                    ["xanchor"] = "center",
                    ["yanchor"] = "bottom",
                    ["showarrow"] = false,
                    ["yshift"] = 4,
                    ["font"] = new JsonObject { ["size"] = Theme.FontSize + 1 },
                });
            }
            foreach (var key in new[] { "showlegend", "legend" })
            {
                if (cellLayout[key] is { } value && layout[key] is null)
                    layout[key] = value.DeepClone();
            }
        }
        if (annotations.Count > 0)
            layout["annotations"] = annotations;
        if (shapes.Count > 0)
            layout["shapes"] = shapes;
        layout["height"] = Math.Max(Theme.DefaultHeight, 120 + 300 * rows);
        grid.MergeLayout(layout);
        return grid;
    }

    private static string MoveReference(string? reference, string axis, string suffix) => reference switch
    {
        null or "paper" => $"{axis}{suffix} domain",
        _ when reference == axis => axis + suffix,
        _ when reference == axis + " domain" => $"{axis}{suffix} domain",
        _ => reference,
    };
}
