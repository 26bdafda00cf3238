using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Tests;

public class SoftmaxTests
{
    [Fact]
    public void Softmax_log_softmax_and_cross_entropy_match_pytorch()
    {
        foreach (var c in Reference.Json.GetProperty("softmax").EnumerateArray())
        {
            var z = Reference.Vector(c.GetProperty("logits"));
            string what = $"z = [{string.Join(", ", z)}]";
            Reference.Close(Reference.Vector(c.GetProperty("softmax")), Softmax.Apply(z), what: "softmax " + what);
            Reference.Close(Reference.Vector(c.GetProperty("log_softmax")), Softmax.Log(z), what: "log_softmax " + what);
            foreach (var ce in c.GetProperty("cross_entropy").EnumerateArray())
            {
                int target = ce.GetProperty("target").GetInt32();
                Reference.Close(ce.GetProperty("loss").GetDouble(), Softmax.CrossEntropy(z, target), what: $"CE {what} target {target}");
                Reference.Close(Reference.Vector(ce.GetProperty("dlogits")), Softmax.CrossEntropyGradient(z, target), what: $"dCE {what} target {target}");
            }
        }
    }

    [Fact]
    public void Batched_softmax_cross_entropy_loss_matches_pytorch_row_by_row()
    {
        // Each reference case as a batch of one row, through the ILoss used in training.
        foreach (var c in Reference.Json.GetProperty("softmax").EnumerateArray())
        {
            var z = Reference.Vector(c.GetProperty("logits"));
            foreach (var ce in c.GetProperty("cross_entropy").EnumerateArray())
            {
                int target = ce.GetProperty("target").GetInt32();
                var logits = DenseMatrix.OfRowArrays(z);
                var y = new DenseMatrix(1, z.Length);
                y[0, target] = 1;
                Reference.Close(ce.GetProperty("loss").GetDouble(), Loss.SoftmaxCrossEntropy.Value(logits, y));
                Reference.Close(Reference.Vector(ce.GetProperty("dlogits")), Loss.SoftmaxCrossEntropy.GradientOf(logits, y).Row(0).ToArray());
            }
        }
    }

    [Fact]
    public void Naive_softmax_overflows_where_the_stable_one_does_not()
    {
        double[] z = [1000, 1001, 1002];
        Assert.Contains(Softmax.ApplyNaive(z), double.IsNaN);
        Assert.All(Softmax.Apply(z), p => Assert.True(double.IsFinite(p)));
        Assert.Equal(1.0, Softmax.Apply(z).Sum(), 12);
    }

    [Fact]
    public void Rows_of_a_batch_each_sum_to_one()
    {
        var logits = DenseMatrix.OfArray(new[,] { { 1.0, 2.0, 3.0 }, { -1000, 0, 1000 }, { 5, 5, 5 } });
        var p = Softmax.Apply(logits);
        for (int i = 0; i < 3; i++)
            Assert.Equal(1.0, p.Row(i).Sum(), 12);
        Assert.Equal(1.0 / 3, p[2, 0], 12);
    }

    [Fact]
    public void Target_outside_the_classes_is_reported()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Softmax.CrossEntropy([1.0, 2.0], 2));
        Assert.Contains("Target class 2 is outside 0..1", ex.Message);
    }
}
