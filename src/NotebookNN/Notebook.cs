using System.Globalization;
using System.Reflection;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookNN;

/// <summary>
/// What a notebook's setup cell calls once: the same numbers and the same matrix layout in every host
/// (the .NET Interactive kernel in VS Code or Jupyter, and the headless runner).
/// </summary>
public static class Notebook
{
    private const string FormattingAssembly = "Microsoft.DotNet.Interactive.Formatting";

    /// <summary>
    /// Numbers print as 1.5, not 1,5, whatever the computer's language (the invariant culture, for this
    /// and later cells), and a <see cref="Matrix{T}"/> shows as text, one line per row, where a
    /// .NET Interactive kernel would otherwise show its storage as one flat column-major list.
    /// </summary>
    public static void Setup()
    {
        // A kernel that was given a culture (Polyglot Notebooks passes VS Code's display language) brings that
        // culture object back before every cell: it gets the invariant number format. Otherwise later cells
        // take the process default, which becomes the invariant culture.
        var hostCulture = CultureInfo.CurrentCulture;
        if (!hostCulture.IsReadOnly)
            hostCulture.NumberFormat = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        ShowMatricesAsRows();
    }

    /// <summary>
    /// A matrix as text, one line per row, numbers in the invariant culture, e.g.
    /// <c>DenseMatrix 2x2-Double</c> then <c> 1  0.5</c> and <c>-2  1.5</c> (MathNet's own layout).
    /// </summary>
    public static string Rows(Matrix<double> matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return matrix.ToString("G6", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Registers <see cref="Rows"/> as the text/plain form of <c>Matrix&lt;double&gt;</c> in the kernel's
    /// formatter, found by name like <see cref="Display.TypeFormatterSourceAttribute"/> (this library does
    /// not reference the kernel); does nothing in a host without it.
    /// </summary>
    private static void ShowMatricesAsRows()
    {
        var formatter = AppDomain.CurrentDomain.GetAssemblies()
            .FirstOrDefault(a => a.GetName().Name == FormattingAssembly)
            ?.GetType(FormattingAssembly + ".Formatter");
        if (formatter is null)
            return;
        var register = formatter.GetMethod("Register", BindingFlags.Public | BindingFlags.Static, [typeof(Type), typeof(Action<object, TextWriter>), typeof(string)]);
        var prefer = formatter.GetMethod("SetPreferredMimeTypesFor", BindingFlags.Public | BindingFlags.Static, [typeof(Type), typeof(string[])]);
        if (register is null || prefer is null)
            throw new InvalidOperationException($"{FormattingAssembly} has no Formatter.Register(Type, Action<object, TextWriter>, string) or SetPreferredMimeTypesFor(Type, string[]): a kernel this library does not know.");
        Action<object, TextWriter> rows = (value, writer) => writer.Write(Rows((Matrix<double>)value));
        register.Invoke(null, [typeof(Matrix<double>), rows, "text/plain"]);
        prefer.Invoke(null, [typeof(Matrix<double>), new[] { "text/plain" }]);
    }
}
