using System.Runtime.InteropServices;
using Simd = System.Numerics.Vector<double>;

namespace NotebookNN;

/// <summary>
/// The sums a convolution needs, on the batch matrix's column-major storage, where one column holds
/// one pixel of every example: a weighted sum of some columns, with SIMD over the batch and the running
/// sums held in registers across all the terms (the same blocking as <see cref="MatrixKernels"/>).
/// </summary>
internal static class ConvolutionKernels
{
    /// <summary>
    /// target[i] = start + Σ_t scales[t] · source[columns[t]·n + i] for i &lt; n, where source holds
    /// columns of n values (a batch of n examples).
    /// </summary>
    public static void WeightedColumnSum(ReadOnlySpan<double> source, int n, ReadOnlySpan<int> columns, ReadOnlySpan<double> scales, double start, Span<double> target)
    {
        int width = Simd.Count;
        int block = 4 * width;
        int terms = columns.Length;
        int row = 0;
        for (; row + block <= n; row += block)
        {
            Simd acc0 = new(start), acc1 = acc0, acc2 = acc0, acc3 = acc0;
            for (int t = 0; t < terms; t++)
            {
                var s = new Simd(scales[t]);
                var column = source.Slice(columns[t] * n + row, block);
                acc0 += new Simd(column) * s;
                acc1 += new Simd(column[width..]) * s;
                acc2 += new Simd(column[(2 * width)..]) * s;
                acc3 += new Simd(column[(3 * width)..]) * s;
            }
            acc0.CopyTo(target[row..]);
            acc1.CopyTo(target[(row + width)..]);
            acc2.CopyTo(target[(row + 2 * width)..]);
            acc3.CopyTo(target[(row + 3 * width)..]);
        }
        for (; row + width <= n; row += width)
        {
            var acc = new Simd(start);
            for (int t = 0; t < terms; t++)
                acc += new Simd(source.Slice(columns[t] * n + row, width)) * new Simd(scales[t]);
            acc.CopyTo(target[row..]);
        }
        for (; row < n; row++)
        {
            double acc = start;
            for (int t = 0; t < terms; t++)
                acc += scales[t] * source[columns[t] * n + row];
            target[row] = acc;
        }
    }

    /// <summary>Σ values.</summary>
    public static double Sum(ReadOnlySpan<double> values)
    {
        var vs = MemoryMarshal.Cast<double, Simd>(values);
        var acc = Simd.Zero;
        foreach (var v in vs)
            acc += v;
        double total = System.Numerics.Vector.Sum(acc);
        for (int i = vs.Length * Simd.Count; i < values.Length; i++)
            total += values[i];
        return total;
    }
}
