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

    [Fact]
    public void An_id_like_label_column_is_an_error_naming_it_not_a_billion_classes()
    {
        var rows = string.Concat(Enumerable.Range(0, 40).Select(i => $"{911320502 + i * 7919},{i * 0.5},{i % 2}\n"));
        var path = Write("ids.csv", "id,radius,diagnosis\n" + rows);

        var ex = Assert.Throws<FormatException>(() => Csv.Load(path, "id"));

        Assert.Contains($"{path}, column 'id': 40 distinct values in 40 rows are too many for a class label", ex.Message);
    }

    [Fact]
    public void Labels_map_to_classes_by_their_distinct_values()
    {
        var path = Write("grades.csv", "x,grade\n1,10\n2,30\n3,10\n4,2\n");

        var data = Csv.Load(path, "grade");

        Assert.Equal(["2", "10", "30"], data.ClassNames);  // numeric order, not text order
        Assert.Equal([1, 2, 1, 0], data.Labels);
    }

    [Fact]
    public void Quoted_header_and_fields_follow_rfc_4180()
    {
        var path = Write("quoted.csv", "\"size, cm\",\"the \"\"kind\"\"\"\r\n\"1.5\",\"big, red\"\r\n2,\"small\nand blue\"\r\n");

        var data = Csv.Load(path, "the \"kind\"");

        Assert.Equal(["size, cm"], data.FeatureNames);
        Assert.Equal(["big, red", "small\nand blue"], data.ClassNames);
        Assert.Equal([1.5, 2.0], data.Features.Column(0).ToArray());
    }

    [Fact]
    public void A_semicolon_separated_file_is_detected_and_reads_decimal_commas()
    {
        var path = Write("european.csv", "temperature;humidity;comfortable\n21,5;40;yes\n30;80,25;no\n");

        var data = Csv.Load(path, "comfortable");

        Assert.Equal(["temperature", "humidity"], data.FeatureNames);
        Assert.Equal(21.5, data.Features[0, 0]);
        Assert.Equal(80.25, data.Features[1, 1]);
        Assert.Equal([1, 0], data.Labels);
    }

    [Fact]
    public void The_caller_chooses_the_feature_columns_and_others_may_be_text()
    {
        var path = Write("mixed.csv", "name,b,a,label\nann,1,2,0\nbob,3,4,1\n");

        var data = Csv.Load(path, "label", ["a", "b"]);

        Assert.Equal(["a", "b"], data.FeatureNames);
        Assert.Equal([2.0, 1.0], data.Features.Row(0).ToArray());
        var ex = Assert.Throws<FormatException>(() => Csv.Load(path, "label", ["c"]));
        Assert.Contains("no column named 'c'", ex.Message);
    }

    [Fact]
    public void An_unclosed_quote_names_the_line_it_starts_on()
    {
        var path = Write("open.csv", "a,label\n1,0\n\"2,1\n");

        var ex = Assert.Throws<FormatException>(() => Csv.Load(path, "label"));

        Assert.Contains($"{path}, line 3: a quoted field is not closed", ex.Message);
    }
}
