using System.Collections;
using System.Reflection;
using NotebookNN.Display;

namespace NotebookNN.Tests.Display;

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
    public void A_displayable_value_is_formatted_as_its_html_for_text_html_and_its_summary_for_text_plain()
    {
        var result = new ExerciseResult("Exercise 1", true, "well done");
        var formatters = FormattersOf(result.GetType(), out var preferred);
        Assert.Equal(["text/html", "text/plain"], preferred!);   // both: text clients (and the browser cells) show the verdict too
        Assert.Equal(result.ToHtml(), formatters["text/html"](result));
        Assert.Equal(result.ToString(), formatters["text/plain"](result));
        Assert.Equal(["text/html", "text/plain"], formatters.Keys);
    }

    [Fact]
    public void The_attribute_is_found_by_name_and_declared_in_the_library()
    {
        var attribute = typeof(ExerciseResult).GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        Assert.Equal(typeof(ExerciseResult).Assembly, attribute.GetType().Assembly);
        Assert.True(attribute.GetType().IsSealed && attribute.GetType().IsPublic);
        Assert.DoesNotContain(typeof(ExerciseResult).Assembly.GetReferencedAssemblies(), a => a.Name!.Contains("Interactive", StringComparison.Ordinal));
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
