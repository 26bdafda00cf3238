using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN;

/// <summary>
/// Two-dimensional toy data sets for the playground, each with Gaussian noise and a seed
/// (the same seed always gives the same points). Features are (x1, x2); labels 0 and 1
/// (or 0..k-1 for blobs and spirals).
/// </summary>
public static class Generate
{
    /// <summary>XOR: points in the four quadrants of [-1, 1]²; class 1 where x1 and x2 have different signs. No single line separates it.</summary>
    public static Dataset Xor(int count = 200, double noise = 0.0, int seed = 0)
    {
        var r = new SeededRandom(seed);
        return Make("XOR", count, () =>
        {
            double x1 = r.Uniform(-1, 1), x2 = r.Uniform(-1, 1);
            // Keep points off the axes so the classes are clean before noise.
            x1 += x1 >= 0 ? 0.05 : -0.05;
            x2 += x2 >= 0 ? 0.05 : -0.05;
            return (x1 + noise * r.Gaussian(), x2 + noise * r.Gaussian(), x1 * x2 < 0 ? 1 : 0);
        });
    }

    /// <summary>Circles: class 1 on an inner circle of radius 0.5, class 0 on an outer ring of radius 1.</summary>
    public static Dataset Circles(int count = 200, double noise = 0.05, int seed = 0)
    {
        var r = new SeededRandom(seed);
        int i = 0;
        return Make("circles", count, () =>
        {
            int label = i++ % 2;
            double angle = r.Uniform(0, 2 * Math.PI), radius = label == 1 ? 0.5 : 1.0;
            return (radius * Math.Cos(angle) + noise * r.Gaussian(), radius * Math.Sin(angle) + noise * r.Gaussian(), label);
        });
    }

    /// <summary>Two moons: two interleaving half circles (like scikit-learn's make_moons).</summary>
    public static Dataset TwoMoons(int count = 200, double noise = 0.1, int seed = 0)
    {
        var r = new SeededRandom(seed);
        int i = 0;
        return Make("two moons", count, () =>
        {
            int label = i++ % 2;
            double t = r.Uniform(0, Math.PI);
            double x1 = label == 0 ? Math.Cos(t) : 1 - Math.Cos(t);
            double x2 = label == 0 ? Math.Sin(t) : 0.5 - Math.Sin(t);
            return (x1 + noise * r.Gaussian(), x2 + noise * r.Gaussian(), label);
        });
    }

    /// <summary>Spirals: <paramref name="arms"/> interleaved spiral arms, one class per arm. Hard: needs a deeper network.</summary>
    public static Dataset Spirals(int count = 300, double noise = 0.05, int seed = 0, int arms = 2)
    {
        if (arms < 2)
            throw new ArgumentException($"Spirals need at least 2 arms, got {arms}.", nameof(arms));
        var r = new SeededRandom(seed);
        int i = 0;
        return Make("spirals", count, () =>
        {
            int label = i++ % arms;
            double t = r.Uniform(0.05, 1);                 // 0 = centre, 1 = end of the arm
            double angle = 3 * Math.PI * t + 2 * Math.PI * label / arms;
            return (t * Math.Cos(angle) + noise * r.Gaussian(), t * Math.Sin(angle) + noise * r.Gaussian(), label);
        });
    }

    /// <summary>Gaussian blobs: one round cloud of points per centre, with standard deviation <paramref name="spread"/>.</summary>
    public static Dataset Blobs(int count, (double X1, double X2)[] centers, double spread = 0.3, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(centers);
        if (centers.Length < 2)
            throw new ArgumentException("Give at least two centres.", nameof(centers));
        var r = new SeededRandom(seed);
        int i = 0;
        return Make("blobs", count, () =>
        {
            int label = i++ % centers.Length;
            return (centers[label].X1 + spread * r.Gaussian(), centers[label].X2 + spread * r.Gaussian(), label);
        });
    }

    /// <summary>
    /// A function boundary: points uniform in [xMin, xMax] x [yMin, yMax]; class 1 where x2 &gt; f(x1).
    /// With f = Math.Sin this is the "y &gt; sin x" data set. Noise is added to the points after labelling.
    /// </summary>
    public static Dataset FunctionBoundary(Func<double, double> f, int count = 300, double noise = 0.0, int seed = 0,
        double xMin = -3, double xMax = 3, double yMin = -1.5, double yMax = 1.5)
    {
        ArgumentNullException.ThrowIfNull(f);
        var r = new SeededRandom(seed);
        return Make("y > f(x)", count, () =>
        {
            double x1 = r.Uniform(xMin, xMax), x2 = r.Uniform(yMin, yMax);
            return (x1 + noise * r.Gaussian(), x2 + noise * r.Gaussian(), x2 > f(x1) ? 1 : 0);
        });
    }

    private static Dataset Make(string name, int count, Func<(double X1, double X2, int Label)> next)
    {
        if (count < 2)
            throw new ArgumentException($"Generate at least 2 points, got {count}.", nameof(count));
        var x = new DenseMatrix(count, 2);
        var labels = new int[count];
        for (int i = 0; i < count; i++)
        {
            var (x1, x2, label) = next();
            x[i, 0] = x1;
            x[i, 1] = x2;
            labels[i] = label;
        }
        return new Dataset(x, labels, ["x1", "x2"], null, name);
    }
}
