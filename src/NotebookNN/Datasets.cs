namespace NotebookNN;

/// <summary>
/// The real data sets in the repository's data/ folder (see data/README.md for their origins).
/// The folder is found by walking up from the current directory (a notebook's folder) or from
/// this library's location; pass a folder to use another copy.
/// </summary>
public static class Datasets
{
    /// <summary>Fisher's iris: 150 flowers, 4 measurements in cm, 3 species.</summary>
    public static Dataset Iris(string? dataDirectory = null) =>
        Csv.LoadLabelLast(FileIn(dataDirectory, "iris.csv"), "iris",
            ["sepal length", "sepal width", "petal length", "petal width"]);

    /// <summary>Wine: 178 wines, 13 chemical measurements, 3 cultivars.</summary>
    public static Dataset Wine(string? dataDirectory = null) =>
        Csv.LoadLabelLast(FileIn(dataDirectory, "wine_data.csv"), "wine",
            ["alcohol", "malic acid", "ash", "alkalinity of ash", "magnesium", "total phenols", "flavanoids",
             "nonflavanoid phenols", "proanthocyanins", "colour intensity", "hue", "OD280/OD315", "proline"]);

    /// <summary>Wisconsin diagnostic breast cancer: 569 tumours, 30 cell-nucleus measurements; 0 malignant, 1 benign.</summary>
    public static Dataset BreastCancer(string? dataDirectory = null)
    {
        string[] measures = ["radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity", "concave points", "symmetry", "fractal dimension"];
        string[] names = [.. new[] { "mean", "error", "worst" }.SelectMany(kind => measures.Select(m => $"{kind} {m}"))];
        return Csv.LoadLabelLast(FileIn(dataDirectory, "breast_cancer.csv"), "breast cancer", names);
    }

    /// <summary>Handwritten digits: 1797 images of 8x8 pixels (row by row, values 0..16), labels 0..9.</summary>
    public static Dataset Digits(string? dataDirectory = null) =>
        Csv.LoadLabelLast(FileIn(dataDirectory, "digits.csv.gz"), "digits",
            [.. Enumerable.Range(0, 64).Select(i => $"pixel {i / 8},{i % 8}")],
            [.. Enumerable.Range(0, 10).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

    /// <summary>The data/ folder: found by walking up from the current directory, then from this library's folder.</summary>
    /// <exception cref="DirectoryNotFoundException">No data/ folder with the course's files was found.</exception>
    public static string FindDataDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory, Path.GetDirectoryName(typeof(Datasets).Assembly.Location) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (File.Exists(Path.Combine(candidate, "iris.csv")))
                    return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            $"Could not find the course's data/ folder above {Directory.GetCurrentDirectory()}. Run the notebook from the repository's notebooks/ folder, or pass the folder: Datasets.Iris(\"path/to/data\").");
    }

    private static string FileIn(string? dataDirectory, string file) => Path.Combine(dataDirectory ?? FindDataDirectory(), file);
}
