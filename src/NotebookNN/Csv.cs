using System.Globalization;
using System.IO.Compression;
using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN;

/// <summary>Reads numeric CSV files into a <see cref="Dataset"/>. Errors name the file and the line.</summary>
public static partial class Csv
{
    /// <summary>The most classes a label column may have.</summary>
    public const int MaxClasses = 1000;

    /// <summary>
    /// Loads a CSV file (RFC 4180: quoted fields may hold separators, quotes as <c>""</c> and line breaks) whose first
    /// record holds column names. The separator is <c>,</c>, or <c>;</c> when the header has more of those (then a
    /// decimal comma such as <c>1,5</c> reads as 1.5). The column named <paramref name="labelColumn"/> becomes the
    /// class label: classes are its distinct values, in numeric order when they are all numbers, else in sorted
    /// order, so labels 0, 1, 2, ... stay as they are and "yes"/"no" become 1/0. The features are
    /// <paramref name="featureColumns"/> in that order (default: every other column), each numeric.
    /// Files ending in .gz are decompressed.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">
    /// A row is malformed, a column is missing, or the label column has too many distinct values for classes
    /// (an id or a measurement: more than <see cref="MaxClasses"/>, or more than half the rows once above 20);
    /// the message names the file, line and column.
    /// </exception>
    public static Dataset Load(string path, string labelColumn, IReadOnlyList<string>? featureColumns = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(labelColumn);
        var records = ReadRecords(path);
        if (records.Count == 0)
            throw new FormatException($"{path}: the file is empty; expected a header line with column names.");
        var header = records[0].Fields.Select(h => h.Trim()).ToArray();
        int labelIndex = ColumnIndex(header, labelColumn, path);
        int[] featureIndices = featureColumns is null
            ? [.. Enumerable.Range(0, header.Length).Where(c => c != labelIndex)]
            : [.. featureColumns.Select(name => ColumnIndex(header, name, path))];
        if (featureIndices.Contains(labelIndex))
            throw new FormatException($"{path}: the label column '{header[labelIndex]}' cannot also be a feature column.");
        bool decimalComma = records[0].Separator == ';';

        var rows = new List<double[]>();
        var labelText = new List<string>();
        foreach (var (number, cells, _) in records.Skip(1))
        {
            if (cells.Length != header.Length)
                throw new FormatException($"{path}, line {number}: expected {header.Length} values (like the header) but found {cells.Length}.");
            labelText.Add(cells[labelIndex].Trim());
            rows.Add([.. featureIndices.Select(c => ParseNumber(cells[c], path, number, header[c], decimalComma))]);
        }
        if (rows.Count == 0)
            throw new FormatException($"{path}: the file has a header but no data rows.");

        var (labels, classNames) = LabelsFrom(labelText, path, header[labelIndex]);
        var featureNames = featureIndices.Select(c => header[c]).ToArray();
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

    private static double ParseNumber(string cell, string path, int line, string column, bool decimalComma = false)
    {
        string text = cell.Trim();
        if (decimalComma && text.Count(c => c == ',') == 1 && !text.Contains('.', StringComparison.Ordinal))
            text = text.Replace(',', '.');
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            throw new FormatException($"{path}, line {line}, column '{column}': '{cell.Trim()}' is not a number.");
        return value;
    }

    private static int ColumnIndex(string[] header, string name, string path)
    {
        int index = Array.FindIndex(header, h => string.Equals(h, name.Trim(), StringComparison.OrdinalIgnoreCase));
        return index >= 0
            ? index
            : throw new FormatException($"{path}, line 1: there is no column named '{name}'. The columns are: {string.Join(", ", header)}.");
    }

    // Classes are the distinct values (numeric order when all are numbers); labels 0..k-1 map to themselves and keep
    // the default class names.
    private static (int[] Labels, string[]? ClassNames) LabelsFrom(List<string> text, string path, string column)
    {
        var distinct = text.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > MaxClasses || (distinct.Count > 20 && distinct.Count > text.Count / 2))
            throw new FormatException(
                $"{path}, column '{column}': {distinct.Count} distinct values in {text.Count} rows are too many for a class label "
                + $"(an id or a measurement?); choose the column that names the class.");
        bool numbers = distinct.All(t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        var names = numbers
            ? [.. distinct.OrderBy(t => double.Parse(t, CultureInfo.InvariantCulture))]
            : distinct.Order(StringComparer.Ordinal).ToArray();
        var index = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var labels = text.Select(t => index[t]).ToArray();
        bool alreadyClasses = numbers && names.Select((name, i) => name == i.ToString(CultureInfo.InvariantCulture)).All(same => same);
        return (labels, alreadyClasses ? null : names);
    }

    private static List<(int Number, string Text)> ReadLines(string path)
    {
        using var reader = Open(path);
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

    private static StreamReader Open(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"No such data file: {Path.GetFullPath(path)}", path);
        Stream file = File.OpenRead(path);
        Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        return new StreamReader(stream);
    }
}
