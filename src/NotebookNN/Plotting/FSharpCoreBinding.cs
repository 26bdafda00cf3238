using System.Reflection;
using System.Runtime.Loader;

namespace NotebookNN.Plotting;

/// <summary>
/// Plotly.NET 6 is built against FSharp.Core 10.1, but the last .NET Interactive kernel (1.0.712001) runs with its
/// own FSharp.Core 10.0 already loaded, and one process cannot load two versions of it: every chart failed with
/// "Could not load file or assembly 'FSharp.Core, Version=10.1.0.0'". When this library loads into a process
/// that already holds an FSharp.Core, requests for another version get that one (what a binding redirect does in
/// .NET Framework). Hosts without a loaded FSharp.Core (the runner, the browser) are left alone.
/// </summary>
internal static class FSharpCoreBinding
{
    /// <summary>Answers FSharp.Core requests with the already loaded FSharp.Core, if there is one.</summary>
    public static void UseLoadedFSharpCore()
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "FSharp.Core");
        if (loaded is null)
            return;
        AssemblyLoadContext.Default.Resolving += (_, name) => name.Name == "FSharp.Core" ? loaded : null;
        AppDomain.CurrentDomain.AssemblyResolve += (_, args) => new AssemblyName(args.Name).Name == "FSharp.Core" ? loaded : null;
    }
}
