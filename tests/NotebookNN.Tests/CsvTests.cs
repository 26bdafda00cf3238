namespace NotebookNN.Tests;

public sealed class CsvTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nnn-csv").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Loads_a_numeric_csv_with_a_named_label_column_anywhere()
    {
        var path = Write("points.csv", "x1,label,x2\n0.5,1,2\n-1,0,3.25\n2e-1,1,-4\n");
        var data = Csv.Load(path, "label");
        Assert.Equal(3, data.Count);
        Assert.Equal(["x1", "x2"], data.FeatureNames);
        Assert.Equal([1, 0, 1], data.Labels);
        Assert.Equal(3.25, data.Features[1, 1]);
        Assert.Equal(0.2, data.Features[2, 0]);
        Assert.Equal("points", data.Name);
    }

    [Fact]
    public void Text_labels_become_classes_in_sorted_order()
    {
        var path = Write("fruit.csv", "weight,kind\n120,pear\n150,apple\n130,pear\n");
        var data = Csv.Load(path, "kind");
        Assert.Equal(["apple", "pear"], data.ClassNames);
        Assert.Equal([1, 0, 1], data.Labels);
    }

    [Fact]
    public void A_row_with_too_few_values_is_reported_with_file_and_line()
    {
        var path = Write("short.csv", "a,b,label\n1,2,0\n3,1\n");
        var ex = Assert.Throws<FormatException>(() => Csv.Load(path, "label"));
        Assert.Contains(path, ex.Message);
        Assert.Contains("line 3", ex.Message);
        Assert.Contains("expected 3 values", ex.Message);
        Assert.Contains("found 2", ex.Message);
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_reported_with_file_line_and_column()
    {
        var path = Write("bad.csv", "a,b,label\n1,2,0\n\n3,abc,1\n");
        var ex = Assert.Throws<FormatException>(() => Csv.Load(path, "label"));
        Assert.Contains($"{path}, line 4, column 'b': 'abc' is not a number", ex.Message);
    }

    [Fact]
    public void A_missing_label_column_lists_the_columns()
    {
        var path = Write("nolabel.csv", "a,b\n1,2\n");
        var ex = Assert.Throws<FormatException>(() => Csv.Load(path, "class"));
        Assert.Contains("no column named 'class'", ex.Message);
        Assert.Contains("a, b", ex.Message);
    }

    [Fact]
    public void A_missing_file_names_the_full_path()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => Csv.Load(Path.Combine(_dir, "nope.csv"), "y"));
        Assert.Contains("nope.csv", ex.Message);
    }

    [Fact]
    public void The_file_is_only_read_never_changed()
    {
        const string text = "a,label\n1,0\n2,1\n";
        var path = Write("keep.csv", text);
        Csv.Load(path, "label");
        Assert.Equal(text, File.ReadAllText(path));
    }
}
