using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace NotebookNN.Runner;

/// <summary>
/// The .NET Interactive C# kernel, composed in process as <c>dotnet interactive</c> composes it for Jupyter and
/// VS Code (its <c>KernelBuilder</c>): a <see cref="CompositeKernel"/> holding a <see cref="CSharpKernel"/> with
/// <c>#r "nuget:"</c>/<c>#i</c> support and the kernel helpers (<c>display</c>), the notebook frontends'
/// formatter defaults, and kernel extensions loaded from NuGet packages (e.g. Plotly.NET.Interactive).
/// One difference: cells compile in Release (the kernel compiles them as Debug).
/// </summary>
internal static class KernelHost
{
    /// <summary>The private field holding CSharpKernel's <see cref="ScriptOptions"/> (no public way to change them).</summary>
    public const string ScriptOptionsField = "_scriptOptions";

    /// <summary>Creates the kernel; its working directory is the process's (the notebook's folder).</summary>
    public static CompositeKernel Create()
    {
        // What the Jupyter and VS Code hosts set up (KernelBuilder.SetUpFormatters for a browser frontend).
        Formatter.DefaultMimeType = HtmlFormatter.MimeType;
        Formatter.SetPreferredMimeTypesFor(typeof(string), PlainTextFormatter.MimeType);

        var csharp = new CSharpKernel()
            .UseNugetDirective((kernel, packages) =>
            {
                kernel.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
                return Task.CompletedTask;
            })
            .UseKernelHelpers()
            .UseWho()
            .UseValueSharing();
        CompileInRelease(csharp);
        var composite = new CompositeKernel { csharp };
        composite.DefaultKernelName = csharp.Name;
        LoadExtensionsFromPackages(composite);
        return composite;
    }

    /// <summary>
    /// Sets the kernel's script options to optimised (Release) code, with debug information so exceptions name
    /// their cell line. CSharpKernel keeps its options in a private field and derives every later change
    /// (references, working directory) from it, so the setting holds for all cells.
    /// </summary>
    public static void CompileInRelease(CSharpKernel kernel)
    {
        var field = typeof(CSharpKernel).GetField(ScriptOptionsField, BindingFlags.Instance | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException($"CSharpKernel has no field {ScriptOptionsField}: this version of Microsoft.DotNet.Interactive.CSharp keeps its script options elsewhere");
        var options = (ScriptOptions)field.GetValue(kernel)!;
        field.SetValue(kernel, options.WithOptimizationLevel(OptimizationLevel.Release).WithEmitDebugInformation(true));
    }

    /// <summary>The optimisation level the kernel compiles cells with.</summary>
    public static OptimizationLevel OptimizationLevelOf(CSharpKernel kernel) =>
        ((ScriptOptions)typeof(CSharpKernel).GetField(ScriptOptionsField, BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(kernel)!).OptimizationLevel;

    /// <summary>
    /// After each command, loads the kernel extensions of packages it added: the IKernelExtension types in a
    /// package's <c>interactive-extensions/dotnet/*.dll</c>, as dotnet-interactive's KernelExtensionLoader does
    /// (that loader lives in the dotnet-interactive tool, not in a package).
    /// </summary>
    private static void LoadExtensionsFromPackages(CompositeKernel kernel)
    {
        var added = new Queue<string>();
        var seenRoots = new HashSet<string>(StringComparer.Ordinal);
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        kernel.RegisterForDisposal(kernel.KernelEvents.Subscribe(e =>
        {
            if (e is PackageAdded { PackageReference.PackageRoot: { } root } && seenRoots.Add(root))
            {
                lock (added)
                {
                    added.Enqueue(root);
                }
            }
        }));
        kernel.AddMiddleware(async (command, context, next) =>
        {
            await next(command, context);
            while (true)
            {
                string root;
                lock (added)
                {
                    if (!added.TryDequeue(out root!))
                    {
                        break;
                    }
                }

                var folder = Path.Combine(root, "interactive-extensions", "dotnet");
                if (!Directory.Exists(folder))
                {
                    continue;
                }

                foreach (var dll in Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal).Where(loaded.Add))
                {
                    var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(dll);
                    var extensions = assembly.ExportedTypes
                        .Where(t => !t.IsAbstract && !t.IsInterface && !t.IsGenericTypeDefinition && typeof(IKernelExtension).IsAssignableFrom(t))
                        .ToList();
                    if (extensions.Count > 0)
                    {
                        KernelInvocationContextExtensions.Display(context, $"Loading extensions from `{assembly.Location}`");
                    }

                    foreach (var type in extensions)
                    {
                        try
                        {
                            await ((IKernelExtension)Activator.CreateInstance(type)!).OnLoadAsync(kernel);
                        }
                        catch (Exception e)
                        {
                            // As the kernel's own loader: say which extension failed, and fail the cell.
                            context.Publish(new ErrorProduced($"Failed to load kernel extension \"{type.Name}\" from assembly {assembly.Location}", context.Command));
                            context.Fail(context.Command, e);
                        }
                    }
                }
            }
        });
    }
}
