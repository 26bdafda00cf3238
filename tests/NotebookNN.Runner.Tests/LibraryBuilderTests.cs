namespace NotebookNN.Runner.Tests;

public class LibraryBuilderTests
{
    [Fact]
    public void The_repository_root_is_found_from_a_folder_inside_it_and_not_outside()
    {
        var inside = Path.Combine(RunnerProcess.RepositoryRoot, "tests", "NotebookNN.Runner.Tests", "Fixtures");

        Assert.Equal(RunnerProcess.RepositoryRoot, LibraryBuilder.FindRepositoryRoot(inside));
        Assert.Null(LibraryBuilder.FindRepositoryRoot(RunnerProcess.TemporaryFolder()));
    }

    [Fact]
    public void The_library_is_stale_when_its_dll_is_missing_or_older_than_a_source()
    {
        var root = RunnerProcess.TemporaryFolder();
        var project = Path.Combine(root, "src", "NotebookNN");
        Directory.CreateDirectory(Path.Combine(project, "bin", "Release", "net10.0"));
        File.WriteAllText(Path.Combine(root, "NotebookNN.sln"), "");
        File.WriteAllText(Path.Combine(project, "NotebookNN.csproj"), "<Project />");
        File.WriteAllText(Path.Combine(project, "Dense.cs"), "// code");
        var dll = Path.Combine(root, LibraryBuilder.DllPath);

        Assert.Equal("NotebookNN.dll is missing", LibraryBuilder.WhyStale(root));

        File.WriteAllText(dll, "");
        File.SetLastWriteTimeUtc(Path.Combine(project, "NotebookNN.csproj"), DateTime.UtcNow.AddHours(-2));
        File.SetLastWriteTimeUtc(dll, DateTime.UtcNow.AddHours(-1));
        Assert.Equal(Path.Combine("src", "NotebookNN", "Dense.cs") + " is newer than NotebookNN.dll", LibraryBuilder.WhyStale(root));

        File.SetLastWriteTimeUtc(dll, DateTime.UtcNow.AddHours(1));
        Assert.Null(LibraryBuilder.WhyStale(root));
    }
}
