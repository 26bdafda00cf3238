using System.Globalization;

namespace NotebookNN.Runner;

/// <summary>The command line, parsed.</summary>
internal sealed record RunnerOptions
{
    /// <summary>The usage text printed by --help and after a usage error.</summary>
    public const string Usage = """
        Usage: dotnet run --project src/NotebookNN.Runner -- [bench] PATH... [options]

        Runs C# notebooks (.ipynb, Polyglot Notebooks) headless and exports them as a site.
        PATH is a notebook or a folder of notebooks (run in numeric order).

        Options:
          --out DIR         where executed notebooks and HTML pages go (default artifacts/site)
          --continue        keep running a notebook's cells after one fails
          --timeout SEC     per-cell time limit in seconds (default 60, at most 3600)
          --jobs N          run up to N notebooks at once, each in its own process (default: the core count)
          --in-place        also replace each source notebook with its executed copy (atomically)
          --offline         write plotly.js, KaTeX and the site's scripts once under DIR/assets, so the site
                            works with no internet (from a USB stick or a local server)
          --self-contained  put everything into each page (one file that works alone, e.g. to e-mail it)
          --no-browser      leave out live cells (C# cells editable and run in the browser, served over http)
          -h, --help        show this text

        export --format cs PATH...   write each notebook as a .NET file-based app (OUT/name.cs; --out defaults to artifacts/apps)
        bench PATH...       time the whole run cold (empty NuGet cache) and warm, and print both
        serve [DIR]         serve an exported site (default artifacts/site) on 127.0.0.1 so its cells run

        Exit codes: 0 all cells ran, 1 a cell failed (or the library did not build), 2 bad input or usage.
        """;

    /// <summary>Notebooks or folders to run.</summary>
    public List<string> Paths { get; init; } = [];

    /// <summary>The output folder.</summary>
    public string OutDirectory { get; init; } = Path.Combine("artifacts", "site");

    /// <summary>Keep running after a failing cell.</summary>
    public bool Continue { get; init; }

    /// <summary>The per-cell time limit.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How many notebooks run at once (each in its own worker process).</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Replace the source notebooks with the executed ones.</summary>
    public bool InPlace { get; init; }

    /// <summary>The longest per-cell time limit accepted, in seconds (an hour).</summary>
    public const double MaxTimeoutSeconds = 3600;

    /// <summary>Write the browser assets under the site's assets folder instead of using CDNs.</summary>
    public bool Offline { get; init; }

    /// <summary>Inline every browser asset into each page.</summary>
    public bool SelfContained { get; init; }

    /// <summary>Leave live cells (the in-browser C# runtime) out of the exported pages.</summary>
    public bool NoBrowser { get; init; }

    /// <summary>Time a cold and a warm run instead of one run.</summary>
    public bool Bench { get; init; }

    /// <summary>Write the notebooks as file-based apps instead of running them (<c>export --format cs</c>).</summary>
    public bool Export { get; init; }

    /// <summary>Print the usage text and stop.</summary>
    public bool Help { get; init; }

    /// <summary>Internal: run one notebook in this process and write the result to this file (used by the parent runner).</summary>
    public string? WorkerResult { get; init; }

    /// <summary>Internal: how the worker names the notebook in messages.</summary>
    public string? WorkerDisplayPath { get; init; }

    /// <summary>Parses the arguments; a usage error throws <see cref="InputException"/>.</summary>
    public static RunnerOptions Parse(IReadOnlyList<string> args)
    {
        var paths = new List<string>();
        var options = new RunnerOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new InputException($"{arg} needs a value");
            options = arg switch
            {
                "--out" => options with { OutDirectory = Value() },
                "--continue" => options with { Continue = true },
                "--timeout" => options with { Timeout = Seconds(Value()) },
                "--jobs" => options with { Jobs = JobCount(Value()) },
                "--in-place" => options with { InPlace = true },
                "--offline" => options with { Offline = true },
                "--self-contained" => options with { SelfContained = true },
                "--no-browser" => options with { NoBrowser = true },
                "-h" or "--help" => options with { Help = true },
                "--worker-result" => options with { WorkerResult = Value() },
                "--worker-display" => options with { WorkerDisplayPath = Value() },
                "bench" when i == 0 => options with { Bench = true },
                "export" when i == 0 => options with { Export = true, OutDirectory = Path.Combine("artifacts", "apps") },
                "--format" => Value() == "cs" ? options : throw new InputException("--format: only cs (a .NET file-based app) is supported"),
                _ when arg.StartsWith('-') => throw new InputException($"unknown option {arg} (see --help)"),
                _ => options,
            };
            if (!arg.StartsWith('-') && !(arg is "bench" or "export" && i == 0))
            {
                paths.Add(arg);
            }
        }

        if (paths.Count == 0 && !options.Help)
        {
            throw new InputException("no notebook or folder given (see --help)");
        }

        return options with { Paths = paths };
    }

    private static int JobCount(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 64
            ? n
            : throw new InputException($"--jobs {text}: a whole number of notebooks to run at once, from 1 to 64");

    private static TimeSpan Seconds(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && double.IsFinite(s) && s > 0
            ? s <= MaxTimeoutSeconds
                ? TimeSpan.FromSeconds(s)
                : throw new InputException($"--timeout {text}: at most {MaxTimeoutSeconds} seconds (an hour) per cell")
            : throw new InputException($"--timeout needs a positive number of seconds, not '{text}'");
}
