using System.Collections;
using System.Reflection;
using NotebookNN.Plotting;

namespace NotebookNN.Tests.Plotting;

/// <summary>
/// Finds the formatters exactly as the .NET Interactive kernel does, by reflection only: the attribute
/// by its type name, the source through Activator, CreateTypeFormatters, MimeType and the one Format method.
/// </summary>
public sealed class HtmlFormatterSourceTests
{
    private static Dictionary<string, Func<object, string>> FormattersOf(Type type, out string[]? preferred)
    {
        var attribute = type.GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        preferred = (string[]?)attribute.GetType().GetProperty("PreferredMimeTypes")?.GetValue(attribute);
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = (IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
        var result = new Dictionary<string, Func<object, string>>();
        foreach (var formatter in formatters)
        {
            var formatterType = formatter.GetType();
            string mimeType = (string)formatterType.GetProperty("MimeType")!.GetValue(formatter)!;
            var format = formatterType.GetMethod("Format")!; // throws AmbiguousMatchException if there were two
            Assert.Equal(typeof(bool), format.ReturnType);
            Assert.Equal([typeof(object), typeof(TextWriter)], format.GetParameters().Select(p => p.ParameterType));
            result[mimeType] = instance =>
            {
                var writer = new StringWriter();
                Assert.True((bool)format.Invoke(formatter, [instance, writer])!);
                return writer.ToString();
            };
        }
        return result;
    }

    [Fact]
    public void Figure_is_formatted_as_the_notebook_fragment_for_text_html()
    {
        var figure = Charts.ActivationCurves(Activation.ReLU);
        var formatters = FormattersOf(figure.GetType(), out var preferred);
        Assert.Equal(["text/html"], preferred!);
        string html = formatters["text/html"](figure);
        Assert.Matches("^<div id=\"plot-[0-9a-f]{32}\" class=\"notebooknn-figure\"></div>\n<script", html);
        string id = System.Text.RegularExpressions.Regex.Match(html, "plot-[0-9a-f]{32}").Value;
        Assert.Equal(figure.ToHtml(id), html);
    }

    [Fact]
    public void Figure_is_a_one_line_summary_for_text_plain()
    {
        var figure = Charts.ActivationCurves(Activation.ReLU);
        var formatters = FormattersOf(figure.GetType(), out _);
        Assert.Equal("Figure \"Activation relu and its derivative\" with 2 traces (scatter x2)", formatters["text/plain"](figure));
        Assert.Equal(["text/html", "text/plain", DisplayFormatter.PlotlyMimeType], formatters.Keys);
    }

    [Fact]
    public void Figure_is_its_plotly_json_for_the_plotly_mime_type()
    {
        var figure = Charts.ActivationCurves(Activation.ReLU);
        var formatters = FormattersOf(figure.GetType(), out _);

        var json = System.Text.Json.Nodes.JsonNode.Parse(formatters["application/vnd.plotly.v1+json"](figure))!;
        Assert.Equal(2, json["data"]!.AsArray().Count);
        Assert.Equal(figure.ToJsonString(), formatters["application/vnd.plotly.v1+json"](figure));
    }

    [Fact]
    public void The_plotly_formatter_declines_displayables_that_are_not_figures()
    {
        var writer = new StringWriter();
        Assert.False(new DisplayFormatter(DisplayFormatter.PlotlyMimeType).Format(new ExerciseResult("t", true, "ok"), writer));
        Assert.Equal("", writer.ToString());
    }

    [Fact]
    public void The_attribute_is_found_by_name_and_declared_in_the_library()
    {
        var attribute = typeof(Figure).GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        Assert.Equal(typeof(Figure).Assembly, attribute.GetType().Assembly);
        Assert.True(attribute.GetType().IsSealed && attribute.GetType().IsPublic);
        Assert.DoesNotContain(typeof(Figure).Assembly.GetReferencedAssemblies(), a => a.Name!.Contains("Interactive", StringComparison.Ordinal));
    }

    [Fact]
    public void Format_declines_values_that_are_not_displayable()
    {
        var formatter = new HtmlFormatterSource().CreateTypeFormatters().First();
        var format = formatter.GetType().GetMethod("Format", BindingFlags.Public | BindingFlags.Instance)!;
        var writer = new StringWriter();
        Assert.False((bool)format.Invoke(formatter, ["just a string", writer])!);
        Assert.Equal("", writer.ToString());
    }
}
