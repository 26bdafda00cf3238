using System.Globalization;
using System.IO.Compression;
using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN;

/// <summary>Reads numeric CSV files into a <see cref="Dataset"/>. Errors name the file and the line.</summary>
public static class Csv
{
    /// <summary>
    /// Loads a CSV file whose first line holds column names, with every other column numeric.
    /// The column named <paramref name="labelColumn"/> becomes the class label: whole numbers
    /// 0, 1, 2, ... are used as they are; any other values (text such as "yes"/"no") become classes in
    /// sorted order. Files ending in .gz are decompressed.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A row is malformed; the message names the file, line and column.</exception>
    public static Dataset Load(string path, string labelColumn)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(labelColumn);
        var lines = ReadLines(path);
        if (lines.Count == 0)
            throw new FormatException($"{path}: the file is empty; expected a header line with column names.");
        var header = lines[0].Text.Split(',').Select(h => h.Trim()).ToArray();
        int labelIndex = Array.FindIndex(header, h => string.Equals(h, labelColumn, StringComparison.OrdinalIgnoreCase));
        if (labelIndex < 0)
            throw new FormatException($"{path}, line 1: there is no column named '{labelColumn}'. The columns are: {string.Join(", ", header)}.");

        var rows = new List<double[]>();
        var labelText = new List<string>();
        foreach (var (number, text) in lines.Skip(1))
        {
            var cells = text.Split(',');
            if (cells.Length != header.Length)
                throw new FormatException($"{path}, line {number}: expected {header.Length} values (like the header) but found {cells.Length}.");
            var features = new double[header.Length - 1];
            for (int c = 0, f = 0; c < cells.Length; c++)
            {
                if (c == labelIndex)
                {
                    labelText.Add(cells[c].Trim());
                    continue;
                }
                features[f++] = ParseNumber(cells[c], path, number, header[c]);
            }
            rows.Add(features);
        }
        if (rows.Count == 0)
            throw new FormatException($"{path}: the file has a header but no data rows.");

        var (labels, classNames) = LabelsFrom(labelText);
        var featureNames = header.Where((_, c) => c != labelIndex).ToArray();
        return new Dataset(DenseMatrix.OfRowArrays(rows), labels, featureNames, classNames, Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>
    /// Loads the scikit-learn export format used in data/: an optional first line
    /// <c>n_samples,n_features,class names...</c>, then rows of features followed by an integer label.
    /// </summary>
    internal static Dataset LoadLabelLast(string path, string name, string[] featureNames, string[]? classNames = null)
    {
        var lines = ReadLines(path);
        int first = 0;
        if (lines.Count > 0 && classNames is null)
        {
            var head = lines[0].Text.Split(',');
            if (head.Length > 2 && !double.TryParse(head[2], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                classNames = [.. head.Skip(2).Select(s => s.Trim())];
                first = 1;
            }
        }
        var rows = new List<double[]>();
        var labels = new List<int>();
        foreach (var (number, text) in lines.Skip(first))
        {
            var cells = text.Split(',');
            if (cells.Length != featureNames.Length + 1)
                throw new FormatException($"{path}, line {number}: expected {featureNames.Length + 1} values ({featureNames.Length} features and a label) but found {cells.Length}.");
            var features = new double[featureNames.Length];
            for (int c = 0; c < featureNames.Length; c++)
                features[c] = ParseNumber(cells[c], path, number, featureNames[c]);
            double label = ParseNumber(cells[^1], path, number, "label");
            if (label < 0 || label != Math.Floor(label))
                throw new FormatException($"{path}, line {number}: the label '{cells[^1].Trim()}' is not a class number 0, 1, 2, ...");
            rows.Add(features);
            labels.Add((int)label);
        }
        return new Dataset(DenseMatrix.OfRowArrays(rows), [.. labels], featureNames, classNames, name);
    }

    private static double ParseNumber(string cell, string path, int line, string column)
    {
        if (!double.TryParse(cell.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            throw new FormatException($"{path}, line {line}, column '{column}': '{cell.Trim()}' is not a number.");
        return value;
    }

    private static (int[] Labels, string[]? ClassNames) LabelsFrom(List<string> text)
    {
        bool allClassNumbers = text.All(t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) && v >= 0);
        if (allClassNumbers)
            return ([.. text.Select(t => int.Parse(t, CultureInfo.InvariantCulture))], null);
        var names = text.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        return ([.. text.Select(t => index[t])], names);
    }

    private static List<(int Number, string Text)> ReadLines(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"No such data file: {Path.GetFullPath(path)}", path);
        using Stream file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        var lines = new List<(int, string)>();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
                lines.Add((number, line));
        }
        return lines;
    }
}
