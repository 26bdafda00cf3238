using NotebookNN.Display;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using NotebookNN.Plotting;

namespace NotebookNN;

/// <summary>
/// A labelled data set: <see cref="Features"/> X [examples x features] (one row per example)
/// and an integer class label per example. Immutable: scaling and splitting return new data sets.
/// </summary>
[TypeFormatterSource(typeof(TextFormatterSource), PreferredMimeTypes = ["text/plain"])]
public sealed class Dataset
{
    /// <summary>Creates a data set; the class count is inferred from the labels unless given by <paramref name="classNames"/>.</summary>
    /// <exception cref="ArgumentException">Row and label counts differ, or a label is negative.</exception>
    public Dataset(Matrix<double> features, int[] labels, string[]? featureNames = null, string[]? classNames = null, string name = "data")
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        if (features.RowCount != labels.Length)
            throw new ArgumentException($"Data set '{name}': features are [{features.RowCount} x {features.ColumnCount}] but there are {labels.Length} labels; they need one label per row.");
        if (labels.Any(l => l < 0))
            throw new ArgumentException($"Data set '{name}': labels must be 0, 1, 2, ...; found {labels.First(l => l < 0)}.");
        if (featureNames is not null && featureNames.Length != features.ColumnCount)
            throw new ArgumentException($"Data set '{name}': {featureNames.Length} feature names for {features.ColumnCount} feature columns.");
        Features = features;
        Labels = labels;
        Name = name;
        FeatureNames = featureNames ?? [.. Enumerable.Range(1, features.ColumnCount).Select(i => $"x{i}")];
        int classes = labels.Length == 0 ? 0 : labels.Max() + 1;
        if (classNames is not null && classNames.Length < classes)
            throw new ArgumentException($"Data set '{name}': {classNames.Length} class names but labels go up to {classes - 1}.");
        ClassNames = classNames ?? [.. Enumerable.Range(0, Math.Max(classes, 2)).Select(i => $"class {i}")];
    }

    /// <summary>A short name used in chart titles and messages.</summary>
    public string Name { get; }

    /// <summary>X [examples x features].</summary>
    public Matrix<double> Features { get; }

    /// <summary>The class of each example: 0, 1, 2, ...</summary>
    public int[] Labels { get; }

    /// <summary>One name per feature column.</summary>
    public string[] FeatureNames { get; }

    /// <summary>One name per class.</summary>
    public string[] ClassNames { get; }

    /// <summary>Number of examples (rows).</summary>
    public int Count => Features.RowCount;

    /// <summary>Number of features (columns).</summary>
    public int FeatureCount => Features.ColumnCount;

    /// <summary>Number of classes.</summary>
    public int ClassCount => ClassNames.Length;

    /// <summary>
    /// The targets a network with <paramref name="outputs"/> outputs is trained on: one column of
    /// 0/1 labels for a single output (binary), otherwise one-hot rows [examples x classes].
    /// </summary>
    public Matrix<double> Targets(int outputs) => outputs == 1 ? LabelColumn() : OneHot();

    /// <summary>One-hot labels [examples x classes]: row i has a 1 in column Labels[i].</summary>
    public Matrix<double> OneHot()
    {
        var y = new DenseMatrix(Count, ClassCount);
        for (int i = 0; i < Count; i++)
            y[i, Labels[i]] = 1.0;
        return y;
    }

    /// <summary>The labels as a column [examples x 1] of numbers.</summary>
    public Matrix<double> LabelColumn() => DenseMatrix.OfColumnArrays(Labels.Select(l => (double)l).ToArray());

    /// <summary>The examples at <paramref name="rows"/>, in that order.</summary>
    public Dataset Subset(IReadOnlyList<int> rows, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var x = new DenseMatrix(rows.Count, FeatureCount);
        var labels = new int[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            x.SetRow(i, Features.Row(rows[i]));
            labels[i] = Labels[rows[i]];
        }
        return new Dataset(x, labels, FeatureNames, ClassNames, name ?? Name);
    }

    /// <summary>
    /// Splits into train and test sets after a seeded shuffle: the same seed always gives the same split.
    /// </summary>
    /// <param name="testFraction">Share of the examples that go to the test set, between 0 and 1.</param>
    /// <param name="seed">Seed of the shuffle.</param>
    public (Dataset Train, Dataset Test) Split(double testFraction, int seed)
    {
        if (testFraction <= 0 || testFraction >= 1)
            throw new ArgumentException($"The test fraction must be between 0 and 1, got {testFraction}.", nameof(testFraction));
        var order = Enumerable.Range(0, Count).ToArray();
        new SeededRandom(seed).Shuffle(order);
        int testCount = (int)Math.Round(Count * testFraction);
        return (Subset(order[testCount..], Name + " (train)"), Subset(order[..testCount], Name + " (test)"));
    }

    /// <summary>Splits by a rule on the row index, e.g. <c>i =&gt; i % 5 == 0</c> for every fifth row as test.</summary>
    public (Dataset Train, Dataset Test) Split(Func<int, bool> isTest)
    {
        ArgumentNullException.ThrowIfNull(isTest);
        var test = Enumerable.Range(0, Count).Where(isTest).ToArray();
        var train = Enumerable.Range(0, Count).Where(i => !isTest(i)).ToArray();
        return (Subset(train, Name + " (train)"), Subset(test, Name + " (test)"));
    }

    /// <summary>The same labels with new features (e.g. scaled, or with feature crosses added).</summary>
    public Dataset WithFeatures(Matrix<double> features, string[]? featureNames = null) =>
        new(features, Labels, featureNames ?? (features.ColumnCount == FeatureCount ? FeatureNames : null), ClassNames, Name);

    /// <summary>
    /// Adds feature crosses to a 2-feature data set: (x1, x2) becomes (x1, x2, x1·x2, x1², x2²).
    /// With them a single neuron can draw curved boundaries (XOR needs x1·x2, circles need the squares):
    /// the hand-made alternative to hidden layers.
    /// </summary>
    /// <exception cref="InvalidOperationException">The data set does not have exactly 2 features.</exception>
    public Dataset WithFeatureCrosses()
    {
        if (FeatureCount != 2)
            throw new InvalidOperationException($"Feature crosses are defined here for 2 features; '{Name}' has {FeatureCount}.");
        string a = FeatureNames[0], b = FeatureNames[1];
        return WithFeatures(FeatureCrosses(Features), [a, b, $"{a}·{b}", $"{a}²", $"{b}²"]);
    }

    /// <summary>
    /// The feature crosses of any batch of 2-D points X [n x 2]: each row (x1, x2) becomes
    /// (x1, x2, x1·x2, x1², x2²). Use it on points without labels, e.g. to draw the decision
    /// surface of a model trained on <see cref="WithFeatureCrosses"/> data: <c>X =&gt; model.Predict(Dataset.FeatureCrosses(X))</c>.
    /// </summary>
    /// <exception cref="ArgumentException">X does not have exactly 2 columns.</exception>
    public static Matrix<double> FeatureCrosses(Matrix<double> X)
    {
        ArgumentNullException.ThrowIfNull(X);
        if (X.ColumnCount != 2)
            throw new ArgumentException($"Feature crosses are defined here for 2 features; X is [{X.RowCount} x {X.ColumnCount}].", nameof(X));
        return DenseMatrix.Create(X.RowCount, 5, (i, j) =>
        {
            double x1 = X[i, 0], x2 = X[i, 1];
            return j switch { 0 => x1, 1 => x2, 2 => x1 * x2, 3 => x1 * x1, _ => x2 * x2 };
        });
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Count} examples, {FeatureCount} features, {ClassCount} classes";
}
