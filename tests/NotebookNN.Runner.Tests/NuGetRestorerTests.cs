namespace NotebookNN.Runner.Tests;

public class NuGetRestorerTests
{
    [Fact]
    public void The_generated_project_lists_the_packages_sorted_and_the_extra_sources()
    {
        var project = NuGetRestorer.ProjectText([new PackageRequest("Zed", null), new PackageRequest("Alpha", "1.2.3")], ["/feeds/local"]);

        Assert.Contains("<TargetFramework>net10.0</TargetFramework>", project);
        Assert.Contains("<RestoreAdditionalProjectSources>/feeds/local</RestoreAdditionalProjectSources>", project);
        Assert.True(project.IndexOf("<PackageReference Include=\"Alpha\" Version=\"1.2.3\" />", StringComparison.Ordinal)
            < project.IndexOf("<PackageReference Include=\"Zed\" Version=\"*\" />", StringComparison.Ordinal));
    }

    [Fact]
    public void Runtime_assemblies_are_read_from_the_assets_file_with_dependencies()
    {
        var folder = RunnerProcess.TemporaryFolder();
        var assets = Path.Combine(folder, "project.assets.json");
        File.WriteAllText(assets, """
            {
              "version": 3,
              "targets": {
                "net10.0": {
                  "A/1.0.0": { "type": "package", "dependencies": { "B": "2.0.0" }, "runtime": { "lib/net8.0/A.dll": {} } },
                  "B/2.0.0": { "type": "package", "runtime": { "lib/netstandard2.0/B.dll": {}, "lib/netstandard2.0/_._": {} } },
                  "Tool/1.0.0": { "type": "package" }
                },
                "net10.0/linux-x64": {}
              },
              "libraries": { "A/1.0.0": { "path": "a/1.0.0" }, "B/2.0.0": { "path": "b/2.0.0" }, "Tool/1.0.0": { "path": "tool/1.0.0" } },
              "packageFolders": { "/packages/": {} }
            }
            """);

        Assert.Equal(["/packages/a/1.0.0/lib/net8.0/A.dll", "/packages/b/2.0.0/lib/netstandard2.0/B.dll"], NuGetRestorer.RuntimeAssemblies(assets));
    }
}
