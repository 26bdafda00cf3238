using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookNN.Runner;

/// <summary>
/// A chart output: the plotly figure a cell displayed (<c>application/vnd.plotly.v1+json</c>: data, layout,
/// frames, config), written into the page as a JSON data block that the site's own script (Assets/charts.js)
/// draws with plotly.js. The cell's HTML and scripts for the same chart are never used.
/// </summary>
internal static class ChartOutput
{
    /// <summary>The MIME type of a plotly figure in a notebook output, as JupyterLab renders it.</summary>
    public const string MimeType = "application/vnd.plotly.v1+json";

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>
    /// The figure in an output's data: a JSON object (as Jupyter stores JSON MIME types) or its text; null when the
    /// output has no plotly figure. A figure that is not a JSON object with a <c>data</c> list throws FormatException.
    /// </summary>
    public static JsonObject? FigureIn(JsonObject data)
    {
        var node = data[MimeType];
        if (node is null)
        {
            return null;
        }

        JsonNode? figure = node;
        if (node is JsonArray or JsonValue)
        {
            try
            {
                figure = JsonNode.Parse(NotebookFile.JoinText(node));
            }
            catch (JsonException e)
            {
                throw new FormatException($"its {MimeType} output is not valid JSON: {e.Message}");
            }
        }

        return figure is JsonObject { } chart && chart["data"] is JsonArray
            ? chart
            : throw new FormatException($"its {MimeType} output is not a plotly figure (an object with a \"data\" list)");
    }

    /// <summary>
    /// The chart's place on the page (a div) and its figure as a JSON data block; <c>&lt;</c>, <c>&gt;</c> and
    /// <c>&amp;</c> inside the JSON are escaped (\u003C...), so no text in the figure can end the block.
    /// </summary>
    public static string Html(JsonObject figure, string id) =>
        $"<div class=\"chart\" id=\"{id}\"></div>\n"
        + $"<script type=\"application/json\" class=\"chart-figure\" data-chart=\"{id}\">{figure.ToJsonString(Options).Replace("<", "\\u003C", StringComparison.Ordinal)}</script>\n";
}
