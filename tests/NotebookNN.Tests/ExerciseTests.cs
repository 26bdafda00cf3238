using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Tests;

public class ExerciseTests
{
    [Fact]
    public void A_correct_function_gets_a_tick()
    {
        var result = Exercise.CheckFunction("sigmoid", x => 1 / (1 + Math.Exp(-x)), Activation.Sigmoid.Apply);
        Assert.True(result.Passed);
        Assert.StartsWith("✅ sigmoid", result.ToString());
        Assert.Contains($"all {Exercise.StandardInputs.Count} test inputs", result.Message);
    }

    [Fact]
    public void A_wrong_function_names_the_first_failing_input_and_the_expected_value()
    {
        var result = Exercise.CheckFunction("relu", x => x, Activation.ReLU.Apply, hint: "negative inputs give 0.");
        Assert.False(result.Passed);
        Assert.Equal("for x = -10 you gave -10, expected 0. Hint: negative inputs give 0.", result.Message);
        Assert.StartsWith("❌", result.ToString());
    }

    [Fact]
    public void An_unfinished_scaffold_gives_a_not_done_message_never_an_exception()
    {
        var result = Exercise.CheckFunction("tanh", _ => throw new NotImplementedException(), Math.Tanh);
        Assert.False(result.Passed);
        Assert.Contains("not done yet", result.Message);

        var crash = Exercise.CheckFunction("tanh", x => x > 0 ? Math.Tanh(x) : throw new InvalidOperationException("oops"), Math.Tanh);
        Assert.False(crash.Passed);
        Assert.Equal("your code threw InvalidOperationException (for x = -10): oops", crash.Message);

        Assert.Contains("not answered yet", Exercise.CheckValue("loss", double.NaN, 0.5).Message);
        Assert.Contains("not done yet", Exercise.Run("any", () => throw new NotImplementedException()).Message);
    }

    [Fact]
    public void Vector_matrix_and_value_checks()
    {
        var softmax = Exercise.CheckVectorFunction("softmax", z => Softmax.ApplyNaive(z), z => Softmax.Apply(z), [[1.0, 2, 3], [1000.0, 1001, 1002]]);
        Assert.False(softmax.Passed);
        Assert.Contains("for input = [1000, 1001, 1002]", softmax.Message);

        var m = DenseMatrix.OfArray(new[,] { { 1.0, 2 }, { 3, 4 } });
        Assert.True(Exercise.CheckMatrix("W", m.Clone(), m).Passed);
        Assert.Contains("[2 x 2], expected [2 x 1]", Exercise.CheckMatrix("W", m, new DenseMatrix(2, 1)).Message);
        Assert.Contains("entry [1, 0] is 3, expected 5", Exercise.CheckMatrix("W", m, DenseMatrix.OfArray(new[,] { { 1.0, 2 }, { 5, 4 } })).Message);

        Assert.True(Exercise.CheckValue("z", 0.30000000000000004, 0.3).Passed);
        Assert.Equal("your value 0.4 is too large. Hint: add the bias.", Exercise.CheckValue("z", 0.4, 0.3, hint: "add the bias.").Message);
        Assert.Equal("your value 12 is too small.", Exercise.CheckValue("n", 12, 4810).Message); // never gives the answer away
        Assert.Contains("entry 1 is 5", Exercise.CheckValues("v", [1.0, 5.0], [1.0, 2.0]).Message);
        Assert.True(Exercise.CheckFunction("add", (a, b) => a + b, (a, b) => b + a, [(1, 2), (-3, 4)]).Passed);
    }
}

public class ExerciseDisplayTests
{
    [Fact]
    public void Results_show_as_html_through_the_kernels_formatter_convention()
    {
        var result = Exercise.CheckValue("<b>loss</b>", 0.4, 0.3);
        var attribute = result.GetType().GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = (System.Collections.IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
        var html = formatters.Cast<object>().Single(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)! == "text/html");
        var writer = new StringWriter();
        Assert.True((bool)html.GetType().GetMethod("Format")!.Invoke(html, [result, writer])!);
        Assert.Contains("❌", writer.ToString());
        Assert.Contains("&lt;b&gt;loss&lt;/b&gt;", writer.ToString()); // escaped, not markup
        Assert.Contains("your value 0.4 is too large.", writer.ToString());

        var notDone = Exercise.CheckFunction("tanh", _ => throw new NotImplementedException(), Math.Tanh).ToHtml();
        Assert.Contains("replace <code>throw new NotImplementedException()</code> with your code", notDone);
        Assert.DoesNotContain("`", notDone);
    }
}
