namespace NotebookNN;

/// <summary>How a <see cref="Network"/> draws its starting weights (biases start at zero).</summary>
public enum Initialization
{
    /// <summary>Xavier/Glorot uniform: W ~ U(-√(6/(in+out)), +√(6/(in+out))). Suits tanh and sigmoid.</summary>
    Xavier,

    /// <summary>He/Kaiming normal: W ~ N(0, 2/in). Suits ReLU, which zeroes half its inputs.</summary>
    He,
}

/// <summary>A seeded source of random numbers, so every run of a notebook gives the same numbers.</summary>
public sealed class SeededRandom
{
    private readonly Random _random;
    private double? _spareGaussian;

    /// <summary>Creates a generator; the same seed always gives the same sequence.</summary>
    public SeededRandom(int seed) => _random = new Random(seed);

    /// <summary>A uniform number in [0, 1).</summary>
    public double NextDouble() => _random.NextDouble();

    /// <summary>A uniform number in [low, high).</summary>
    public double Uniform(double low, double high) => low + (high - low) * _random.NextDouble();

    /// <summary>A uniform integer in [0, maxExclusive).</summary>
    public int NextInt(int maxExclusive) => _random.Next(maxExclusive);

    /// <summary>A standard normal number (mean 0, standard deviation 1), by the Box-Muller transform.</summary>
    public double Gaussian()
    {
        if (_spareGaussian is double spare)
        {
            _spareGaussian = null;
            return spare;
        }
        double u1 = 1.0 - _random.NextDouble(); // in (0, 1], so the log is finite
        double u2 = _random.NextDouble();
        double r = Math.Sqrt(-2.0 * Math.Log(u1));
        _spareGaussian = r * Math.Sin(2 * Math.PI * u2);
        return r * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher-Yates).</summary>
    public void Shuffle<T>(T[] items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
