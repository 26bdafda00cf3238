using System.Text.Json.Nodes;
using NotebookNN.Runner.Tests;

namespace NotebookNN.Notebooks.Tests.Jupyter;

/// <summary>
/// Runs every course notebook once through the real kernel under nbclient (two kernels at a time), as
/// committed, for <see cref="JupyterKernelTests"/>.
/// </summary>
public sealed class KernelSeriesRun
{
    /// <summary>How many kernels run at once: each takes a core while it compiles and trains.</summary>
    public const int Parallel = 2;

    public KernelSeriesRun()
    {
        Notebooks = CourseNotebook.All();
        Out = RunnerProcess.TemporaryFolder();
        if (Notebooks.Count == 0)
            return;
        Result = JupyterKernel.Drive(null, ["run", Out, Parallel.ToString(), .. Notebooks.Select(n => n.Path)]);
    }

    public IReadOnlyList<CourseNotebook> Notebooks { get; }

    /// <summary>Where the executed notebooks are (same file names as notebooks/).</summary>
    public string Out { get; }

    /// <summary>The driver's answer: per notebook its seconds and any failure of the run itself; the total seconds.</summary>
    public JsonObject? Result { get; }

    /// <summary>The notebook as the kernel executed it.</summary>
    public CourseNotebook Executed(string name) => SeriesRun.Executed(Out, name);
}
