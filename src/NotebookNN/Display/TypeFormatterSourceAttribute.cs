namespace NotebookNN.Display;

/// <summary>
/// Tells a .NET Interactive kernel (Polyglot Notebooks) how to display a type, without this
/// library referencing the kernel: the kernel looks for an attribute with exactly this name,
/// creates <see cref="FormatterSourceType"/> and asks it for formatters (see <see cref="HtmlFormatterSource"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, Inherited = true, AllowMultiple = false)]
public sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>Declares the formatter source of the decorated type.</summary>
    public TypeFormatterSourceAttribute(Type formatterSourceType)
    {
        ArgumentNullException.ThrowIfNull(formatterSourceType);
        FormatterSourceType = formatterSourceType;
    }

    /// <summary>The class with a public parameterless constructor and a public <c>CreateTypeFormatters()</c> method.</summary>
    public Type FormatterSourceType { get; }

    /// <summary>The MIME types the kernel should prefer for this type, best first (e.g. "text/html").</summary>
    public string[]? PreferredMimeTypes { get; set; }
}
