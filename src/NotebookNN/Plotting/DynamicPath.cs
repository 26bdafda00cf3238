using System.Globalization;
using DynamicObj;

namespace NotebookNN.Plotting;

/// <summary>
/// Sets plotly.js attributes that Plotly.NET's typed API does not reach from C# (Plotly.NET 6's layout
/// objects have F#-only optional arguments) on its own objects, which are <see cref="DynamicObj.DynamicObj"/>s:
/// a dotted path such as "line.dash" creates the nested objects on the way, as Plotly.NET itself does.
/// </summary>
internal static partial class DynamicPath
{
    /// <summary>Sets <paramref name="value"/> at <paramref name="path"/> under <paramref name="target"/> and returns the target.</summary>
    public static T Set<T>(T target, string path, object? value) where T : DynamicObj.DynamicObj
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var keys = path.Split('.');
        DynamicObj.DynamicObj node = target;
        foreach (var key in keys[..^1])
        {
            if (node.TryGetPropertyValue(key) is { } existing && existing.Value is DynamicObj.DynamicObj child)
            {
                node = child;
                continue;
            }
            // A layout's axes are Plotly.NET LinearAxis objects, so that Chart.Grid finds and moves them.
            DynamicObj.DynamicObj created = node is Plotly.NET.Layout && AxisName().IsMatch(key)
                ? new Plotly.NET.LayoutObjects.LinearAxis()
                : new DynamicObj.DynamicObj();
            node.SetProperty(key, created);
            node = created;
        }
        node.SetProperty(keys[^1], Plain(value));
        return target;
    }

    /// <summary>The value at <paramref name="path"/>, or null.</summary>
    public static object? Get(DynamicObj.DynamicObj target, string path)
    {
        object? node = target;
        foreach (var key in path.Split('.'))
        {
            if (node is not DynamicObj.DynamicObj obj || obj.TryGetPropertyValue(key) is not { } found)
                return null;
            node = found.Value;
        }
        return node;
    }

    /// <summary>
    /// NaN and infinities become null (a gap), which plotly.js reads as a missing value; matrices become rows;
    /// dictionaries become nested DynamicObjs (Plotly.NET's <c>Chart.combine</c> merges layouts object by object).
    /// </summary>
    private static object? Plain(object? value) => value switch
    {
        double d => double.IsFinite(d) ? d : null,
        double[] a => a.Select(d => double.IsFinite(d) ? (double?)d : null).ToArray(),
        double[,] m => Rows(m),
        System.Collections.IDictionary map => Nested(map),
        _ => value,
    };

    private static DynamicObj.DynamicObj Nested(System.Collections.IDictionary map)
    {
        var node = new DynamicObj.DynamicObj();
        foreach (System.Collections.DictionaryEntry entry in map)
            node.SetProperty(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!, Plain(entry.Value));
        return node;
    }

    /// <summary>The rows of a matrix, each as an array (NaN as null): plotly.js's z layout (z[i][j] at x[j], y[i]).</summary>
    public static double?[][] Rows(double[,] m) =>
        [.. Enumerable.Range(0, m.GetLength(0)).Select(i =>
            Enumerable.Range(0, m.GetLength(1)).Select(j => double.IsFinite(m[i, j]) ? (double?)m[i, j] : null).ToArray())];

    /// <summary>A number as plotly.js text (invariant culture).</summary>
    public static string Text(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    [System.Text.RegularExpressions.GeneratedRegex("^[xy]axis[0-9]*$")]
    private static partial System.Text.RegularExpressions.Regex AxisName();
}
