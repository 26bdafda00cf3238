using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Tests;

public class ScalingTests
{
    [Fact]
    public void Standardized_training_columns_have_mean_zero_and_unit_deviation()
    {
        var wine = Datasets.Wine();
        var scaled = Scaler.Standardize(wine).Transform(wine);
        for (int j = 0; j < scaled.FeatureCount; j++)
        {
            var column = scaled.Features.Column(j);
            Assert.Equal(0.0, column.Average(), 10);
            Assert.Equal(1.0, Math.Sqrt(column.Select(v => v * v).Average()), 10);
        }
        Assert.Equal(wine.Labels, scaled.Labels);
    }

    [Fact]
    public void Min_max_maps_training_columns_to_0_1_and_applies_the_same_map_to_new_data()
    {
        var X = DenseMatrix.OfArray(new[,] { { 0.0, 10 }, { 5, 20 }, { 10, 30 } });
        var scaler = Scaler.MinMax(X);
        Assert.Equal(new[,] { { 0.0, 0 }, { 0.5, 0.5 }, { 1, 1 } }, scaler.Transform(X).ToArray());
        Assert.Equal(new[,] { { 2.0, -0.25 } }, scaler.Transform(DenseMatrix.OfArray(new[,] { { 20.0, 5 } })).ToArray());
    }

    [Fact]
    public void A_constant_column_does_not_divide_by_zero()
    {
        var X = DenseMatrix.OfArray(new[,] { { 1.0, 3 }, { 2, 3 } });
        Assert.All(Scaler.Standardize(X).Transform(X).Enumerate(), v => Assert.True(double.IsFinite(v)));
        Assert.All(Scaler.MinMax(X).Transform(X).Enumerate(), v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void Wrong_column_count_is_reported()
    {
        var scaler = Scaler.Standardize(new DenseMatrix(3, 4));
        var ex = Assert.Throws<ArgumentException>(() => scaler.Transform(new DenseMatrix(2, 5)));
        Assert.Contains("4 columns", ex.Message);
        Assert.Contains("[2 x 5]", ex.Message);
    }
}
