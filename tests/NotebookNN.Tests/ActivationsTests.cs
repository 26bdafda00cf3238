using MathNet.Numerics.LinearAlgebra;

namespace NotebookNN.Tests;

public class ActivationsTests
{
    public static TheoryData<string, string> PyTorchActivations => new()
    {
        { "sigmoid", "sigmoid" },
        { "tanh", "tanh" },
        { "relu", "relu" },
        { "leaky_relu_0.01", "leaky_relu(0.01)" },
        { "elu_1.0", "elu(1)" },
        { "softplus", "softplus" },
        { "swish", "swish" },
        { "softsign", "softsign" },
    };

    [Theory]
    [MemberData(nameof(PyTorchActivations))]
    public void Value_and_derivative_match_pytorch(string referenceKey, string name)
    {
        var g = Activation.FromName(name);
        foreach (var row in Reference.Json.GetProperty("activations").GetProperty(referenceKey).EnumerateArray())
        {
            double x = row.GetProperty("x").GetDouble();
            Reference.Close(row.GetProperty("y").GetDouble(), g.Apply(x), what: $"{name}({x})");
            Reference.Close(row.GetProperty("dy").GetDouble(), g.Derivative(x), what: $"{name}'({x})");
        }
    }

    [Fact]
    public void Logistic_with_slope_matches_pytorch()
    {
        foreach (var row in Reference.Json.GetProperty("activations").GetProperty("logistic_slope").EnumerateArray())
        {
            double a = row.GetProperty("a").GetDouble(), x = row.GetProperty("x").GetDouble();
            var g = Activation.Logistic(a);
            Reference.Close(row.GetProperty("y").GetDouble(), g.Apply(x), what: $"logistic a={a} x={x}");
            Reference.Close(row.GetProperty("dy").GetDouble(), g.Derivative(x), what: $"logistic' a={a} x={x}");
        }
    }

    [Fact]
    public void Steeper_logistic_tends_to_the_step()
    {
        foreach (double x in new[] { -0.5, -0.1, 0.1, 0.5 })
            Assert.Equal(Activation.Step.Apply(x), Activation.Logistic(1000).Apply(x), 6);
    }

    [Theory]
    [InlineData("step")]
    [InlineData("identity")]
    [InlineData("sigmoid")]
    [InlineData("tanh")]
    [InlineData("relu")]
    [InlineData("leaky_relu(0.1)")]
    [InlineData("prelu(0.3)")]
    [InlineData("elu(0.7)")]
    [InlineData("softplus")]
    [InlineData("swish")]
    [InlineData("softsign")]
    [InlineData("logistic(3)")]
    public void Derivative_matches_finite_differences_away_from_kinks(string name)
    {
        var g = Activation.FromName(name);
        foreach (double x in new[] { -4.0, -1.3, -0.2, 0.3, 0.9, 2.5, 6.0 })
        {
            double h = 1e-6;
            double numeric = (g.Apply(x + h) - g.Apply(x - h)) / (2 * h);
            Assert.True(Math.Abs(numeric - g.Derivative(x)) < 1e-7, $"{name}'({x}): analytic {g.Derivative(x)}, numeric {numeric}");
        }
    }

    [Fact]
    public void Names_round_trip_through_FromName()
    {
        foreach (var g in Activation.Gallery.Append(Activation.Logistic(2.5)).Append(Activation.PReLU(0.2)))
        {
            var back = Activation.FromName(g.Name);
            Assert.Equal(g.Name, back.Name);
            Assert.Equal(g.Apply(-0.7), back.Apply(-0.7));
        }
    }

    [Fact]
    public void Unknown_name_is_rejected_with_the_list_of_known_names()
    {
        var ex = Assert.Throws<ArgumentException>(() => Activation.FromName("sigmod"));
        Assert.Contains("'sigmod'", ex.Message);
        Assert.Contains("sigmoid", ex.Message);
    }

    [Fact]
    public void Applies_element_wise_to_vectors_and_matrices()
    {
        var m = Matrix<double>.Build.DenseOfArray(new[,] { { -1.0, 2.0 }, { 0.5, -3.0 } });
        var a = Activation.Tanh.Apply(m);
        var d = Activation.Tanh.Derivative(m);
        for (int i = 0; i < 2; i++)
        {
            for (int j = 0; j < 2; j++)
            {
                Assert.Equal(Math.Tanh(m[i, j]), a[i, j]);
                Assert.Equal(1 - Math.Tanh(m[i, j]) * Math.Tanh(m[i, j]), d[i, j], 15);
            }
        }
        var v = Vector<double>.Build.Dense([-2.0, 0.0, 2.0]);
        Assert.Equal([0.0, 0.0, 2.0], Activation.ReLU.Apply(v).ToArray());
        Assert.Equal([0.0, 0.0, 1.0], Activation.ReLU.Derivative(v).ToArray());
    }

    [Fact]
    public void Sigmoid_and_softplus_do_not_overflow_for_huge_inputs()
    {
        Assert.Equal(1.0, Activation.Sigmoid.Apply(1000));
        Assert.Equal(0.0, Activation.Sigmoid.Apply(-1000));
        Assert.Equal(1000.0, Activation.Softplus.Apply(1000));
        Assert.Equal(0.0, Activation.Softplus.Apply(-1000));
    }

    [Fact]
    public void Step_has_no_useful_gradient()
    {
        Assert.All(new[] { -2.0, -0.1, 0.1, 2.0 }, x => Assert.Equal(0.0, Activation.Step.Derivative(x)));
    }
}
