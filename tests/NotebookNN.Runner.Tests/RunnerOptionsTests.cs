namespace NotebookNN.Runner.Tests;

public class RunnerOptionsTests
{
    [Fact]
    public void Defaults_match_the_documented_ones()
    {
        var options = RunnerOptions.Parse(["notebooks"]);

        Assert.Equal(["notebooks"], options.Paths);
        Assert.Equal(Path.Combine("artifacts", "site"), options.OutDirectory);
        Assert.Equal(TimeSpan.FromSeconds(60), options.Timeout);
        Assert.False(options.Continue || options.InPlace || options.Offline || options.Bench);
        Assert.Equal(Environment.ProcessorCount, options.Jobs);
    }

    [Fact]
    public void Every_option_is_read()
    {
        var options = RunnerOptions.Parse(["bench", "a.ipynb", "--out", "site", "--timeout", "2.5", "--continue", "--in-place", "--offline", "--self-contained", "--jobs", "3", "b"]);

        Assert.Equal(["a.ipynb", "b"], options.Paths);
        Assert.Equal("site", options.OutDirectory);
        Assert.Equal(TimeSpan.FromSeconds(2.5), options.Timeout);
        Assert.Equal(3, options.Jobs);
        Assert.True(options.Bench && options.Continue && options.InPlace && options.Offline && options.SelfContained);
    }

    [Theory]
    [InlineData(new string[0], "no notebook or folder given (see --help)")]
    [InlineData(new[] { "x", "--timeout", "soon" }, "--timeout needs a positive number of seconds, not 'soon'")]
    [InlineData(new[] { "x", "--timeout", "0" }, "--timeout needs a positive number of seconds, not '0'")]
    [InlineData(new[] { "x", "--timeout", "86400" }, "--timeout 86400: at most 3600 seconds (an hour) per cell")]
    [InlineData(new[] { "x", "--timeout", "Infinity" }, "--timeout needs a positive number of seconds, not 'Infinity'")]
    [InlineData(new[] { "x", "--out" }, "--out needs a value")]
    [InlineData(new[] { "x", "--jobs", "0" }, "--jobs 0: a whole number of notebooks to run at once, from 1 to 64")]
    [InlineData(new[] { "x", "--jobs", "two" }, "--jobs two: a whole number of notebooks to run at once, from 1 to 64")]
    [InlineData(new[] { "x", "--fast" }, "unknown option --fast (see --help)")]
    public void Usage_errors_say_what_is_wrong(string[] args, string message)
    {
        Assert.Equal(message, Assert.Throws<InputException>(() => RunnerOptions.Parse(args)).Message);
    }
}
