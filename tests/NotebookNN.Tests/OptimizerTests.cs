namespace NotebookNN.Tests;

public class OptimizerTests
{
    private static readonly System.Text.Json.JsonElement Opt = Reference.Json.GetProperty("optimizers");

    public static TheoryData<string> Configs => new()
    {
        "sgd_lr0.001", "sgd_momentum0.9_lr0.001", "rmsprop_lr0.01_alpha0.9", "adam_lr0.05", "adam_lr0.05_beta1_0.5",
    };

    private static IOptimizer Make(string key) => key switch
    {
        "sgd_lr0.001" => new SGD(0.001),
        "sgd_momentum0.9_lr0.001" => new Momentum(0.001, 0.9),
        "rmsprop_lr0.01_alpha0.9" => new RMSProp(0.01, alpha: 0.9, epsilon: 1e-8),
        "adam_lr0.05" => new Adam(0.05, 0.9, 0.999, 1e-8),
        "adam_lr0.05_beta1_0.5" => new Adam(0.05, 0.5, 0.999, 1e-8),
        _ => throw new ArgumentException(key),
    };

    [Theory]
    [MemberData(nameof(Configs))]
    public void Follows_pytorchs_60_step_path_on_rosenbrock(string key)
    {
        var expected = Opt.GetProperty(key);
        var start = Reference.Vector(Opt.GetProperty("start"));
        int steps = Opt.GetProperty("steps").GetInt32();
        var path = DescentPath.Run(Rosenbrock.Value, Rosenbrock.Gradient, Make(key), (start[0], start[1]), steps);

        var points = expected.GetProperty("path").EnumerateArray().Select(Reference.Vector).ToArray();
        Assert.Equal(points.Length, path.Points.Count);
        for (int s = 0; s < points.Length; s++)
        {
            Reference.Close(points[s][0], path.Points[s].X, what: $"{key} step {s} x");
            Reference.Close(points[s][1], path.Points[s].Y, what: $"{key} step {s} y");
        }
        Reference.Close(Reference.Vector(expected.GetProperty("loss_before_each_step")), path.Values.ToArray(), what: $"{key} loss");
    }

    [Fact]
    public void Rosenbrock_gradient_matches_finite_differences_and_vanishes_at_the_minimum()
    {
        Assert.Equal((0.0, 0.0), Rosenbrock.Gradient(1, 1));
        Assert.Equal(0.0, Rosenbrock.Value(1, 1));
        foreach (var (x, y) in new[] { (-1.5, 2.0), (0.3, -0.4), (2.0, 1.0) })
        {
            double h = 1e-6;
            var (dx, dy) = Rosenbrock.Gradient(x, y);
            Assert.Equal((Rosenbrock.Value(x + h, y) - Rosenbrock.Value(x - h, y)) / (2 * h), dx, 5);
            Assert.Equal((Rosenbrock.Value(x, y + h) - Rosenbrock.Value(x, y - h)) / (2 * h), dy, 5);
        }
    }

    [Fact]
    public void Adam_without_bias_correction_takes_a_first_step_about_3_times_too_long()
    {
        var with = DescentPath.Run(Rosenbrock.Value, Rosenbrock.Gradient, new Adam(0.05), (-1.5, 2.0), 1);
        var without = DescentPath.Run(Rosenbrock.Value, Rosenbrock.Gradient, new Adam(0.05, biasCorrection: false), (-1.5, 2.0), 1);
        // With correction the first step is lr·sign(g) = 0.05 per coordinate; without, m = 0.1 g but √v = 0.0316 |g|,
        // so the step is 0.1 / 0.0316 ≈ 3.16 times too long (the uncorrected v is even smaller than the uncorrected m).
        Assert.Equal(0.05, with.Points[1].X - with.Points[0].X, 9);
        Assert.Equal(0.05 * 0.1 / Math.Sqrt(0.001), without.Points[1].X - without.Points[0].X, 6);
    }

    [Fact]
    public void Each_optimizer_keeps_separate_memory_per_parameter()
    {
        var a = new Parameter("a", [1.0]);
        var b = new Parameter("b", [1.0]);
        var adam = new Adam(0.1);
        a.Gradient[0] = 1;
        b.Gradient[0] = -1;
        adam.Step([a, b]);
        Assert.Equal(0.9, a.Value[0], 7); // ε = 1e-8 shifts the step by 1e-9
        Assert.Equal(1.1, b.Value[0], 7);
    }
}

public class OptimizerSettingsTests
{
    public static TheoryData<Func<IOptimizer>, string> Invalid => new()
    {
        { () => new SGD(-0.5), "Invalid learning rate: -0.5" },
        { () => new SGD(double.NaN), "Invalid learning rate: NaN" },
        { () => new Adam(-0.01), "Invalid learning rate: -0.01" },
        { () => new Adam(0.01, beta1: 1.0), "Invalid beta parameter at index 0: 1" },
        { () => new Adam(0.01, beta2: -0.1), "Invalid beta parameter at index 1: -0.1" },
        { () => new Adam(0.01, epsilon: -1e-8), "Invalid epsilon value: -1E-08" },
        { () => new Momentum(0.1, momentum: -0.9), "Invalid momentum value: -0.9" },
        { () => new Momentum(double.PositiveInfinity), "Invalid learning rate: " + double.PositiveInfinity.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        { () => new RMSProp(0.01, alpha: -0.5), "Invalid alpha value: -0.5" },
        { () => new RMSProp(0.01, epsilon: double.NaN), "Invalid epsilon value: NaN" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_settings_are_rejected_with_pytorchs_message(Func<IOptimizer> create, string message)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => create());
        Assert.StartsWith(message, ex.Message);
    }

    [Fact]
    public void Setting_an_invalid_learning_rate_later_is_rejected_too_and_valid_edges_are_accepted()
    {
        var sgd = new SGD(0.1);
        Assert.Throws<ArgumentOutOfRangeException>(() => sgd.LearningRate = -1);
        Assert.Equal(0.1, sgd.LearningRate);
        sgd.LearningRate = 0;  // PyTorch allows lr = 0 (nothing moves)
        Assert.Equal(0.0, new Adam(0.01, beta1: 0, beta2: 0).Beta1);
    }
}

public class AdamVectorizedTests
{
    [Fact]
    public void Long_parameters_update_exactly_like_one_number_at_a_time()
    {
        // A 13-entry parameter goes through the SIMD path (plus a remainder); 13 one-entry parameters
        // go through the scalar loop. Both must give bit-identical results.
        var r = new SeededRandom(1);
        var start = Enumerable.Range(0, 13).Select(_ => r.Uniform(-2, 2)).ToArray();
        var whole = new Parameter("whole", (double[])start.Clone());
        var singles = start.Select((v, i) => new Parameter($"p{i}", [v])).ToArray();
        var adamWhole = new Adam(0.05, 0.8, 0.99);
        var adamSingles = new Adam(0.05, 0.8, 0.99);
        for (int step = 0; step < 25; step++)
        {
            for (int i = 0; i < 13; i++)
            {
                double g = Math.Sin(whole.Value[i] * (step + 1)) + 0.1 * i;
                whole.Gradient[i] = g;
                singles[i].Gradient[0] = Math.Sin(singles[i].Value[0] * (step + 1)) + 0.1 * i;
            }
            adamWhole.Step([whole]);
            adamSingles.Step(singles);
        }
        Assert.Equal(singles.Select(p => p.Value[0]), whole.Value);
    }
}
