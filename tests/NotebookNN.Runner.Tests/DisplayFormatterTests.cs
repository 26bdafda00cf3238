using System.Collections;

namespace NotebookNN.Runner.Tests;

// A self-declared attribute, matched by name like .NET Interactive does: no reference to the kernel.
[AttributeUsage(AttributeTargets.Class)]
public sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[]? PreferredMimeTypes { get; set; }
}

public sealed class TestFormatterSource
{
    public IEnumerable CreateTypeFormatters() => new object[]
    {
        new TestFormatter("text/plain", typeof(object), (v, w) => w.Write($"plain {((Shape)v).Name}")),
        new TestFormatter("text/html", typeof(Shape), (v, w) => w.Write($"<b>{((Shape)v).Name}</b>")),
        new TestFormatter("application/json", typeof(string), (_, w) => w.Write("never: the Type narrows it to strings")),
    };
}

public sealed class TestFormatter(string mimeType, Type type, Action<object, TextWriter> write)
{
    public string MimeType { get; } = mimeType;

    public Type Type { get; } = type;

    public bool Format(object instance, TextWriter writer)
    {
        write(instance, writer);
        return true;
    }
}

[TypeFormatterSource(typeof(TestFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed record Shape(string Name);

public sealed class TwoFormatMethodsSource
{
    public IEnumerable CreateTypeFormatters() => new object[] { new TwoFormatMethods() };
}

public sealed class TwoFormatMethods
{
    public string MimeType => "text/html";

    public bool Format(object instance, TextWriter writer) => true;

    public bool Format(string instance, TextWriter writer) => true;
}

[TypeFormatterSource(typeof(TwoFormatMethodsSource))]
public sealed record Ambiguous;

public class DisplayFormatterTests
{
    [Fact]
    public void Formatters_come_from_the_attribute_matched_by_name_preferred_mime_type_first()
    {
        var formats = DisplayFormatter.Format(new Shape("circle"));

        Assert.Equal(
            [new("text/html", "<b>circle</b>"), new KeyValuePair<string, string>("text/plain", "plain circle")],
            formats);
    }

    [Fact]
    public void Asked_for_mime_types_filter_the_formats_and_a_string_is_taken_as_the_first()
    {
        Assert.Equal([new("text/plain", "plain circle")], DisplayFormatter.Format(new Shape("circle"), ["text/plain"]));
        Assert.Equal([new KeyValuePair<string, string>("text/html", "<i>hi</i>")], DisplayFormatter.Format("<i>hi</i>", ["text/html"]));
    }

    [Theory]
    [InlineData(null, "<null>")]
    [InlineData("text", "text")]
    [InlineData(0.25, "0.25")]
    [InlineData(new[] { 1, 2, 3 }, "[ 1, 2, 3 ]")]
    public void Other_values_are_plain_text(object? value, string text)
    {
        Assert.Equal([new KeyValuePair<string, string>("text/plain", text)], DisplayFormatter.Format(value));
    }

    [Fact]
    public void A_long_list_is_cut_after_twenty_items()
    {
        Assert.Equal("[ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, ... ]", DisplayFormatter.PlainText(Enumerable.Range(0, 100)));
    }

    [Fact]
    public void A_formatter_with_two_Format_methods_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DisplayFormatter.Format(new Ambiguous()));

        Assert.Equal("TwoFormatMethods has more than one public Format method; the convention needs exactly one: bool Format(object instance, TextWriter writer)", error.Message);
    }
}
