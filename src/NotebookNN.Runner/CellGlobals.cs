namespace NotebookNN.Runner.Scripting;

/// <summary>
/// What every cell can call without a using, like the .NET Interactive kernel's <c>Kernel</c> statics:
/// <c>display(value)</c>.
/// </summary>
public sealed class CellGlobals
{
    internal OutputCollector? Outputs { get; set; }

    /// <summary>
    /// Shows a value below the cell now (a display_data output), formatted through the value type's
    /// <c>TypeFormatterSourceAttribute</c> or as text; with MIME types, only those (a string is shown as the first).
    /// </summary>
    public DisplayedValue display(object? value, params string[] mimeTypes)
    {
        var outputs = Outputs ?? throw new InvalidOperationException("display() can only be called while a cell runs");
        var index = outputs.Display(DisplayFormatter.Format(value, mimeTypes));
        return new DisplayedValue(outputs, index, mimeTypes);
    }
}

/// <summary>A shown value that can be replaced in place, like the kernel's <c>DisplayedValue</c>.</summary>
public sealed class DisplayedValue
{
    private readonly OutputCollector _outputs;
    private readonly int _index;
    private readonly string[] _mimeTypes;

    internal DisplayedValue(OutputCollector outputs, int index, string[] mimeTypes)
    {
        _outputs = outputs;
        _index = index;
        _mimeTypes = mimeTypes;
    }

    /// <summary>Replaces the shown value with a new one.</summary>
    public void Update(object? value) => _outputs.Update(_index, DisplayFormatter.Format(value, _mimeTypes));
}
