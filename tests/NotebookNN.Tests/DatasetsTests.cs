namespace NotebookNN.Tests;

public class DatasetsTests
{
    [Fact]
    public void The_four_course_data_sets_load_with_their_documented_sizes()
    {
        var iris = Datasets.Iris();
        Assert.Equal((150, 4, 3), (iris.Count, iris.FeatureCount, iris.ClassCount));
        Assert.Equal(["setosa", "versicolor", "virginica"], iris.ClassNames);
        Assert.Equal(5.1, iris.Features[0, 0]);

        var wine = Datasets.Wine();
        Assert.Equal((178, 13, 3), (wine.Count, wine.FeatureCount, wine.ClassCount));

        var cancer = Datasets.BreastCancer();
        Assert.Equal((569, 30, 2), (cancer.Count, cancer.FeatureCount, cancer.ClassCount));
        Assert.Equal(212, cancer.Labels.Count(l => l == 0)); // malignant

        var digits = Datasets.Digits();
        Assert.Equal((1797, 64, 10), (digits.Count, digits.FeatureCount, digits.ClassCount));
        Assert.Equal(0, digits.Labels[0]);
        Assert.Equal(16, digits.Features.Enumerate().Max());
        Assert.All(Enumerable.Range(0, 10), d => Assert.InRange(digits.Labels.Count(l => l == d), 170, 190));
    }

    [Fact]
    public void A_missing_data_folder_gives_a_helpful_message()
    {
        var empty = Directory.CreateTempSubdirectory("nnn-nodata").FullName;
        var ex = Assert.Throws<FileNotFoundException>(() => Datasets.Iris(empty));
        Assert.Contains("iris.csv", ex.Message);
        Directory.Delete(empty);
    }

    [Fact]
    public void Split_is_deterministic_disjoint_and_complete()
    {
        var iris = Datasets.Iris();
        var (train, test) = iris.Split(0.2, seed: 5);
        var (train2, test2) = iris.Split(0.2, seed: 5);
        var (_, test3) = iris.Split(0.2, seed: 6);
        Assert.Equal(30, test.Count);
        Assert.Equal(120, train.Count);
        Assert.Equal(test.Features, test2.Features);
        Assert.Equal(train.Labels, train2.Labels);
        Assert.NotEqual(test.Features, test3.Features);
        var all = train.Features.EnumerateRows().Concat(test.Features.EnumerateRows()).Select(r => string.Join(",", r)).Order();
        Assert.Equal(iris.Features.EnumerateRows().Select(r => string.Join(",", r)).Order(), all);
    }

    [Fact]
    public void Split_by_index_rule_matches_the_benchmark_split()
    {
        var (train, test) = Datasets.Digits().Split(i => i % 5 == 0);
        Assert.Equal(360, test.Count);
        Assert.Equal(1437, train.Count);
    }

    [Fact]
    public void One_hot_and_label_column_targets()
    {
        var data = new Dataset(MathNet.Numerics.LinearAlgebra.Double.DenseMatrix.Create(3, 1, (i, _) => i), [2, 0, 1]);
        var y = data.OneHot();
        Assert.Equal(new double[,] { { 0, 0, 1 }, { 1, 0, 0 }, { 0, 1, 0 } }, y.ToArray());
        Assert.Equal(y, data.Targets(3));
        Assert.Equal([2.0, 0.0, 1.0], data.Targets(1).Column(0).ToArray());
    }

    [Fact]
    public void Rows_and_labels_must_agree()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Dataset(new MathNet.Numerics.LinearAlgebra.Double.DenseMatrix(4, 2), [0, 1, 0]));
        Assert.Contains("[4 x 2]", ex.Message);
        Assert.Contains("3 labels", ex.Message);
    }
}
