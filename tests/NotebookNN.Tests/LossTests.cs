using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Tests;

public class LossTests
{
    private static readonly System.Text.Json.JsonElement Losses = Reference.Json.GetProperty("losses");
    private static DenseMatrix Column(string key) => DenseMatrix.OfColumnArrays(Reference.Vector(Losses.GetProperty(key)));

    [Fact]
    public void Mean_squared_error_matches_pytorch()
    {
        var p = Column("probabilities");
        var y = Column("targets");
        var r = Losses.GetProperty("mse_mean");
        Reference.Close(r.GetProperty("loss").GetDouble(), Loss.MeanSquaredError.Value(p, y));
        Reference.Close(Reference.Vector(r.GetProperty("dpred")), Loss.MeanSquaredError.GradientOf(p, y).Column(0).ToArray());
    }

    [Fact]
    public void Half_sum_of_squares_matches_pytorch()
    {
        var r = Losses.GetProperty("half_sum_squared_error");
        var p = DenseMatrix.OfColumnArrays(Reference.Vector(r.GetProperty("predictions")));
        var y = DenseMatrix.OfColumnArrays(Reference.Vector(r.GetProperty("targets")));
        Reference.Close(r.GetProperty("loss").GetDouble(), Loss.HalfSumSquaredError.Value(p, y));
        Reference.Close(Reference.Vector(r.GetProperty("dpred")), Loss.HalfSumSquaredError.GradientOf(p, y).Column(0).ToArray());
    }

    [Fact]
    public void Binary_cross_entropy_on_probabilities_matches_pytorch()
    {
        var p = Column("probabilities");
        var y = Column("targets");
        var r = Losses.GetProperty("binary_cross_entropy_mean");
        Reference.Close(r.GetProperty("loss").GetDouble(), Loss.BinaryCrossEntropy.Value(p, y));
        Reference.Close(Reference.Vector(r.GetProperty("dpred")), Loss.BinaryCrossEntropy.GradientOf(p, y).Column(0).ToArray());
    }

    [Fact]
    public void Binary_cross_entropy_from_logits_matches_pytorch()
    {
        var z = Column("logits");
        var y = Column("targets");
        var r = Losses.GetProperty("binary_cross_entropy_with_logits_mean");
        Reference.Close(r.GetProperty("loss").GetDouble(), Loss.BinaryCrossEntropyWithLogits.Value(z, y));
        Reference.Close(Reference.Vector(r.GetProperty("dlogits")), Loss.BinaryCrossEntropyWithLogits.GradientOf(z, y).Column(0).ToArray());
    }

    [Fact]
    public void Cross_entropy_from_logits_is_stable_for_huge_logits()
    {
        var z = DenseMatrix.OfColumnArrays(new[] { 1000.0, -1000.0, 1000.0 });
        var y = DenseMatrix.OfColumnArrays(new[] { 1.0, 0.0, 0.0 });
        // ln(1 + e^-1000) ≈ 0 for the two right answers; the wrong one costs 1000: mean 1000/3.
        Assert.Equal(1000.0 / 3, Loss.BinaryCrossEntropyWithLogits.Value(z, y), 9);
        var g = Loss.BinaryCrossEntropyWithLogits.GradientOf(z, y);
        Assert.Equal([0.0, 0.0, 1.0 / 3], g.Column(0).ToArray());

        var logits = DenseMatrix.OfArray(new[,] { { 1000.0, -1000.0 } });
        var oneHot = DenseMatrix.OfArray(new[,] { { 0.0, 1.0 } });
        Assert.Equal(2000.0, Loss.SoftmaxCrossEntropy.Value(logits, oneHot), 9);
    }

    [Fact]
    public void Probability_of_exactly_zero_gives_a_large_finite_loss_like_pytorch()
    {
        var p = DenseMatrix.OfColumnArrays(new[] { 0.0 });
        var y = DenseMatrix.OfColumnArrays(new[] { 1.0 });
        Assert.Equal(100.0, Loss.BinaryCrossEntropy.Value(p, y));
    }

    public static TheoryData<string> AllLosses => new() { "mse", "half", "bce", "bcelogits", "ce" };

    private static ILoss ByKey(string key) => key switch
    {
        "mse" => Loss.MeanSquaredError,
        "half" => Loss.HalfSumSquaredError,
        "bce" => Loss.BinaryCrossEntropy,
        "bcelogits" => Loss.BinaryCrossEntropyWithLogits,
        _ => Loss.SoftmaxCrossEntropy,
    };

    [Theory]
    [MemberData(nameof(AllLosses))]
    public void Shape_mismatch_names_both_shapes(string key)
    {
        var loss = ByKey(key);
        var output = new DenseMatrix(4, 3);
        var target = new DenseMatrix(4, 2);
        var ex = Assert.Throws<ArgumentException>(() => loss.Value(output, target));
        Assert.Contains("[4 x 3]", ex.Message);
        Assert.Contains("[4 x 2]", ex.Message);
        Assert.Contains(loss.Name, ex.Message);
        Assert.Throws<ArgumentException>(() => loss.GradientOf(output, target));
    }

    [Theory]
    [MemberData(nameof(AllLosses))]
    public void Gradient_matches_finite_differences(string key)
    {
        var loss = ByKey(key);
        var rnd = new SeededRandom(3);
        var output = DenseMatrix.Create(5, 3, (_, _) => key == "bce" ? rnd.Uniform(0.05, 0.95) : rnd.Uniform(-2, 2));
        var target = key is "bce" or "bcelogits"
            ? DenseMatrix.Create(5, 3, (_, _) => rnd.NextInt(2))
            : key == "ce" ? new Dataset(new DenseMatrix(5, 1), [0, 2, 1, 1, 0]).OneHot() : DenseMatrix.Create(5, 3, (_, _) => rnd.Uniform(-1, 1));
        var analytic = loss.GradientOf(output, target);
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                double h = 1e-6, keep = output[i, j];
                output[i, j] = keep + h;
                double up = loss.Value(output, target);
                output[i, j] = keep - h;
                double down = loss.Value(output, target);
                output[i, j] = keep;
                Assert.Equal((up - down) / (2 * h), analytic[i, j], 7);
            }
        }
    }
}
