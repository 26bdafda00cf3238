using NotebookNN.Runner.Scripting;

namespace NotebookNN.Runner.Tests;

public class OutputCollectorTests
{
    [Fact]
    public void Console_writes_merge_into_one_stream_output_until_something_else_is_shown()
    {
        var outputs = new OutputCollector();
        var stdout = new CellConsoleWriter("stdout") { Target = outputs };
        var globals = new CellGlobals { Outputs = outputs };

        stdout.Write("a");
        stdout.WriteLine("b");
        stdout.Write("c\nd");
        globals.display(0.5);
        stdout.WriteLine("e");

        Assert.Equal(3, outputs.Outputs.Count);
        Assert.Equal(["ab\n", "c\n", "d"], outputs.Outputs[0]!["text"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("0.5", NotebookFile.JoinText(outputs.Outputs[1]!["data"]!["text/plain"]));
        Assert.Equal("e\n", NotebookFile.JoinText(outputs.Outputs[2]!["text"]));
    }

    [Fact]
    public void A_displayed_value_can_be_updated_in_place()
    {
        var outputs = new OutputCollector();
        var globals = new CellGlobals { Outputs = outputs };

        var shown = globals.display("epoch 1");
        outputs.Write("stdout", "training\n");
        shown.Update("epoch 2");

        Assert.Equal("epoch 2", NotebookFile.JoinText(outputs.Outputs[0]!["data"]!["text/plain"]));
        Assert.Equal(2, outputs.Outputs.Count);
    }

    [Fact]
    public void Display_outside_a_running_cell_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new CellGlobals().display(1));

        Assert.Equal("display() can only be called while a cell runs", error.Message);
    }
}
