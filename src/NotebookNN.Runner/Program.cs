using NotebookNN.Runner;

// The headless notebook runner: `dotnet run --project src/NotebookNN.Runner -- notebooks [options]`.
try
{
    if (args is ["serve", .. var serveArgs])
    {
        return LiveServer.Run(serveArgs, Console.Out);
    }

    var options = RunnerOptions.Parse(args);
    if (options.Help)
    {
        Console.WriteLine(RunnerOptions.Usage);
        return 0;
    }

    if (options.WorkerResult is not null)
    {
        return Worker.RunHere(options);
    }

    if (options.Export)
    {
        return FileBasedApp.Export(options, Console.Out, Console.Error);
    }

    return options.Bench
        ? Benchmark.Run(options, Console.Out, Console.Error)
        : SeriesRunner.Run(options, Console.Out, Console.Error);
}
catch (InputException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
