using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Tests;

/// <summary>PyTorch's reference values (Fixtures/pytorch_reference.json, copied from shared/reference).</summary>
internal static class Reference
{
    private static readonly Lazy<JsonElement> Root = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "pytorch_reference.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement;
    });

    public static JsonElement Json => Root.Value;

    public static double[] Vector(JsonElement e) => [.. e.EnumerateArray().Select(v => v.GetDouble())];

    public static Matrix<double> Matrix(JsonElement e) =>
        DenseMatrix.OfRowArrays([.. e.EnumerateArray().Select(Vector)]);

    /// <summary>Asserts |actual - expected| &lt;= tol·max(1, |expected|) (relative, with an absolute floor near 0).</summary>
    public static void Close(double expected, double actual, double tol = 1e-9, string what = "")
    {
        double err = Math.Abs(actual - expected);
        Assert.True(err <= tol * Math.Max(1.0, Math.Abs(expected)),
            $"{what}: expected {expected:R}, got {actual:R} (difference {err:E2})");
    }

    public static void Close(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tol = 1e-9, string what = "")
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
            Close(expected[i], actual[i], tol, $"{what}[{i}]");
    }

    public static void Close(Matrix<double> expected, Matrix<double> actual, double tol = 1e-9, string what = "")
    {
        Assert.Equal(expected.RowCount, actual.RowCount);
        Assert.Equal(expected.ColumnCount, actual.ColumnCount);
        for (int i = 0; i < expected.RowCount; i++)
        {
            for (int j = 0; j < expected.ColumnCount; j++)
                Close(expected[i, j], actual[i, j], tol, $"{what}[{i},{j}]");
        }
    }
}
