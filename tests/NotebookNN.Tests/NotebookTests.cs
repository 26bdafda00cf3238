using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using NotebookNN.Plotting;

namespace NotebookNN.Tests;

/// <summary>
/// <see cref="Notebook"/>, and the library's text under a culture that writes numbers as de-DE does (a kernel
/// started in German: VS Code's display language or LANG=de_DE.UTF-8). The tests run with invariant
/// globalization (Directory.Build.props), so the culture is built here: de-DE's number format, by hand.
/// </summary>
public class NotebookTests
{
    private static CultureInfo German()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.PercentDecimalSeparator = ",";
        culture.NumberFormat.PercentGroupSeparator = ".";
        culture.NumberFormat.PercentPositivePattern = 0; // "39,5 %"
        return culture;
    }

    /// <summary>Runs <paramref name="work"/> on its own thread with the German number format as its culture.</summary>
    private static T InGerman<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() =>
        {
            CultureInfo.CurrentCulture = German();
            result = work();
        });
        thread.Start();
        thread.Join();
        return result;
    }

    [Fact]
    public void The_german_culture_of_these_tests_writes_a_decimal_comma()
    {
        Assert.Equal("1,5 | 39,5 %", InGerman(() => $"{1.5} | {0.395:P1}"));
    }

    [Fact]
    public void Setup_makes_later_code_print_numbers_with_a_decimal_point()
    {
        var before = CultureInfo.DefaultThreadCurrentCulture;
        try
        {
            string text = InGerman(() =>
            {
                Notebook.Setup();
                return $"{1.5} | {0.395:P1}";
            });
            Assert.Equal("1.5 | " + 0.395.ToString("P1", CultureInfo.InvariantCulture), text);

            // A thread started afterwards (as a kernel's next cell may be) has the invariant culture too.
            string later = "";
            var thread = new Thread(() => later = $"{2.25}");
            thread.Start();
            thread.Join();
            Assert.Equal("2.25", later);
        }
        finally
        {
            CultureInfo.DefaultThreadCurrentCulture = before;
        }
    }

    [Fact]
    public void Rows_writes_a_matrix_one_line_per_row()
    {
        var w = Matrix<double>.Build.DenseOfArray(new[,] { { 1, -2 }, { 0.5, 1.5 } });
        string rows = InGerman(() => Notebook.Rows(w));
        var lines = rows.TrimEnd('\n').Split('\n');
        Assert.Equal("DenseMatrix 2x2-Double", lines[0]);
        Assert.Equal(["1", "-2"], lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["0.5", "1.5"], lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_librarys_own_text_has_no_decimal_comma_in_german()
    {
        string[] texts = InGerman<string[]>(() =>
        {
            var neuron = new Neuron([0.5, -1.25], 0.75, Activation.Sigmoid);
            var history = new TrainingHistory { Label = "net" };
            history.Add(new EpochResult(1, 0.125, 0.395, 0.25, 0.5));
            var figure = Charts.NeuronSlider(Activation.Sigmoid);
            return
            [
                new SGD(0.05).Name, new Momentum(0.05, 0.9).Name, new RMSProp(0.01).Name, new Adam(0.001).Name,
                Activation.Logistic(0.5).Name, Activation.LeakyReLU(0.01).Name,
                neuron.ToString(), history.ToString(),
                Exercise.CheckValue("η", 0.25, 0.5).Message,
                Notebook.Rows(Matrix<double>.Build.DenseOfArray(new[,] { { 0.5, 1.5 } })),
                new NotebookNN.Tests.Plotting.FigureView(figure).Title ?? "",
            ];
        });
        foreach (string text in texts)
            Assert.DoesNotMatch(@"\d,\d", text);
        Assert.Contains("0.05", texts[0]);
        Assert.Contains("39.5", texts[7]);
    }
}
