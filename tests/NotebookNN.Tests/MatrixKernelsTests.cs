using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Tests;

public class MatrixKernelsTests
{
    // Row counts around the SIMD block sizes (1, 3, 4, 15, 16, 17, 32, 33, 70) exercise every remainder path.
    public static TheoryData<int, int, int> Shapes => new()
    {
        { 1, 1, 1 }, { 3, 2, 5 }, { 4, 7, 3 }, { 15, 8, 9 }, { 16, 16, 16 }, { 17, 5, 2 }, { 32, 64, 64 }, { 33, 10, 64 }, { 70, 13, 4 },
    };

    private static DenseMatrix Random(int rows, int columns, int seed)
    {
        var r = new SeededRandom(seed);
        return DenseMatrix.Create(rows, columns, (_, _) => r.Uniform(-1, 1));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Products_equal_mathnets(int m, int k, int n)
    {
        var A = Random(m, k, 1);
        var Bt = Random(n, k, 2);
        var C = new DenseMatrix(m, n);
        MatrixKernels.MultiplyTransposed(A, Bt, C);
        Reference.Close(A.TransposeAndMultiply(Bt), C, 1e-12, "A Bᵀ");

        var B = Random(k, n, 3);
        MatrixKernels.Multiply(A, B, C);
        Reference.Close(A * B, C, 1e-12, "A B");

        var D = Random(m, n, 4);
        var acc = Random(k, n, 5);
        var expected = acc + A.TransposeThisAndMultiply(D);
        MatrixKernels.AddTransposedProduct(A, D, acc);
        Reference.Close(expected, acc, 1e-12, "C + Aᵀ D");
    }

    [Fact]
    public void Mismatched_shapes_are_reported()
    {
        var ex = Assert.Throws<ArgumentException>(() => MatrixKernels.Multiply(new DenseMatrix(2, 3), new DenseMatrix(4, 5), new DenseMatrix(2, 5)));
        Assert.Contains("A is [2 x 3], B is [4 x 5]", ex.Message);
        Assert.Throws<ArgumentException>(() => MatrixKernels.AddTransposedProduct(new DenseMatrix(2, 3), new DenseMatrix(3, 5), new DenseMatrix(3, 5)));
    }
}
