using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MathNet.Numerics.LinearAlgebra;
using Simd = System.Numerics.Vector<double>;

namespace NotebookNN;

/// <summary>
/// The three matrix products a dense layer needs, written for small batches on MathNet's
/// column-major storage with SIMD (System.Numerics.Vector). Same results as MathNet's
/// TransposeAndMultiply / TransposeThisAndMultiply / Multiply up to rounding, several times faster for
/// the sizes of this course (MathNet's general code is tuned for large matrices).
/// </summary>
internal static class MatrixKernels
{
    /// <summary>C = A Bᵀ, for A [m x k], B [n x k], C [m x n].</summary>
    public static void MultiplyTransposed(Matrix<double> A, Matrix<double> B, Matrix<double> C)
    {
        CheckShapes(A.RowCount, A.ColumnCount, B.ColumnCount, B.RowCount, C, "A Bᵀ", A, B);
        // C[:, c] = Σ_q B[c, q] A[:, q]; B[c, q] is at q·n + c.
        ColumnCombination(Storage(A), A.RowCount, A.ColumnCount, Storage(B), scalarStrideQ: B.RowCount, scalarStrideC: 1, Storage(C), C.ColumnCount);
    }

    /// <summary>C = A B, for A [m x k], B [k x n], C [m x n].</summary>
    public static void Multiply(Matrix<double> A, Matrix<double> B, Matrix<double> C)
    {
        CheckShapes(A.RowCount, A.ColumnCount, B.RowCount, B.ColumnCount, C, "A B", A, B);
        // C[:, c] = Σ_q B[q, c] A[:, q]; B[q, c] is at c·k + q.
        ColumnCombination(Storage(A), A.RowCount, A.ColumnCount, Storage(B), scalarStrideQ: 1, scalarStrideC: B.RowCount, Storage(C), C.ColumnCount);
    }

    /// <summary>C += Aᵀ B, for A [m x n], B [m x k], C [n x k]: every entry is a dot product of two columns.</summary>
    public static void AddTransposedProduct(Matrix<double> A, Matrix<double> B, Matrix<double> C)
    {
        if (A.RowCount != B.RowCount || C.RowCount != A.ColumnCount || C.ColumnCount != B.ColumnCount)
            throw new ArgumentException($"Shape mismatch in Aᵀ B: A is [{A.RowCount} x {A.ColumnCount}], B is [{B.RowCount} x {B.ColumnCount}], C is [{C.RowCount} x {C.ColumnCount}].");
        var a = Storage(A);
        var b = Storage(B);
        var c = Storage(C);
        int m = A.RowCount, n = A.ColumnCount, k = B.ColumnCount;
        for (int col = 0; col < k; col++)
        {
            var bColumn = b.Slice(col * m, m);
            for (int row = 0; row < n; row++)
                c[col * n + row] += Dot(a.Slice(row * m, m), bColumn);
        }
    }

    /// <summary>The storage of a dense matrix (column-major).</summary>
    public static Span<double> Storage(Matrix<double> m) =>
        m.AsColumnMajorArray() ?? throw new ArgumentException("NotebookNN's kernels need dense matrices.");

    /// <summary>Σ x_i y_i.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int width = Simd.Count, i = 0;
        var sum = Simd.Zero;
        var xs = MemoryMarshal.Cast<double, Simd>(x);
        var ys = MemoryMarshal.Cast<double, Simd>(y);
        for (int v = 0; v < xs.Length; v++)
            sum += xs[v] * ys[v];
        double total = Vector.Sum(sum);
        for (i = xs.Length * width; i < x.Length; i++)
            total += x[i] * y[i];
        return total;
    }

    /// <summary>
    /// C[:, c] = Σ_q s(q, c) A[:, q] for every output column c, where s(q, c) = scalars[q·strideQ + c·strideC]
    /// and A is [m x k]. Rows are processed in blocks held in registers across the whole sum.
    /// </summary>
    private static void ColumnCombination(ReadOnlySpan<double> a, int m, int k, ReadOnlySpan<double> scalars, int scalarStrideQ, int scalarStrideC, Span<double> c, int columns)
    {
        int width = Simd.Count;
        int block = 4 * width;
        for (int col = 0; col < columns; col++)
        {
            var cColumn = c.Slice(col * m, m);
            int row = 0;
            for (; row + block <= m; row += block)
            {
                Simd acc0 = Simd.Zero, acc1 = acc0, acc2 = acc0, acc3 = acc0;
                for (int q = 0; q < k; q++)
                {
                    var s = new Simd(scalars[q * scalarStrideQ + col * scalarStrideC]);
                    var aColumn = a.Slice(q * m + row, block);
                    acc0 += new Simd(aColumn) * s;
                    acc1 += new Simd(aColumn[width..]) * s;
                    acc2 += new Simd(aColumn[(2 * width)..]) * s;
                    acc3 += new Simd(aColumn[(3 * width)..]) * s;
                }
                acc0.CopyTo(cColumn[row..]);
                acc1.CopyTo(cColumn[(row + width)..]);
                acc2.CopyTo(cColumn[(row + 2 * width)..]);
                acc3.CopyTo(cColumn[(row + 3 * width)..]);
            }
            for (; row + width <= m; row += width)
            {
                var acc = Simd.Zero;
                for (int q = 0; q < k; q++)
                    acc += new Simd(a.Slice(q * m + row, width)) * new Simd(scalars[q * scalarStrideQ + col * scalarStrideC]);
                acc.CopyTo(cColumn[row..]);
            }
            for (; row < m; row++)
            {
                double acc = 0;
                for (int q = 0; q < k; q++)
                    acc += a[q * m + row] * scalars[q * scalarStrideQ + col * scalarStrideC];
                cColumn[row] = acc;
            }
        }
    }

    private static void CheckShapes(int aRows, int aCols, int bRows, int bCols, Matrix<double> C, string what, Matrix<double> A, Matrix<double> B)
    {
        if (aCols != bRows || C.RowCount != aRows || C.ColumnCount != bCols)
            throw new ArgumentException($"Shape mismatch in {what}: A is [{A.RowCount} x {A.ColumnCount}], B is [{B.RowCount} x {B.ColumnCount}], C is [{C.RowCount} x {C.ColumnCount}].");
    }
}
