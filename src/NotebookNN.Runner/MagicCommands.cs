namespace NotebookNN.Runner;

/// <summary>A directive found in a C# cell: <c>#r "file.dll"</c>, <c>#r "nuget: Id, Version"</c> or <c>#i "nuget: source"</c>.</summary>
/// <param name="Line">1-based line in the cell.</param>
/// <param name="Kind">What the directive asks for.</param>
/// <param name="Value">The file path, package id or source.</param>
/// <param name="Version">The package version, or null for the newest.</param>
internal sealed record MagicCommand(int Line, MagicKind Kind, string Value, string? Version);

/// <summary>The directives the runner honours.</summary>
internal enum MagicKind
{
    /// <summary><c>#r "path.dll"</c>: reference an assembly file (relative to the notebook's folder).</summary>
    AssemblyFile,

    /// <summary><c>#r "nuget: Id, Version"</c>: reference a NuGet package and its dependencies.</summary>
    NuGetPackage,

    /// <summary><c>#i "nuget: source"</c>: add a package source (a URL or a folder).</summary>
    NuGetSource,
}

/// <summary>A C# cell split into the code the compiler sees and its directives.</summary>
/// <param name="Code">The code, with every directive line blanked so line numbers still match the cell.</param>
/// <param name="Commands">The directives in order.</param>
internal sealed record CellCode(string Code, IReadOnlyList<MagicCommand> Commands)
{
    // C# preprocessor directives are the compiler's; any other '#word' line is a magic command.
    private static readonly string[] CSharpDirectives =
        ["if", "elif", "else", "endif", "define", "undef", "region", "endregion", "nullable", "pragma", "line", "error", "warning"];

    /// <summary>
    /// Reads the directives of a C# cell. An unknown magic command or a malformed directive throws a
    /// <see cref="FormatException"/> naming the line.
    /// </summary>
    public static CellCode Parse(string source)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var commands = new List<MagicCommand>();
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (!text.StartsWith('#'))
            {
                continue;
            }

            var number = i + 1;
            if (text.StartsWith("#!", StringComparison.Ordinal))
            {
                var name = text[2..].Split(' ', 2)[0];
                if (i == 0 && CellLanguage.FromName(name).Kind == CellKind.CSharp)
                {
                    lines[i] = "";
                    continue;
                }

                throw new FormatException($"line {number}: unknown magic command '{text}' (the runner knows #r \"file.dll\", #r \"nuget: Id, Version\", #i \"nuget: source\" and a first-line #!csharp)");
            }

            var word = new string(text.Skip(1).TakeWhile(char.IsLetter).ToArray());
            if (CSharpDirectives.Contains(word))
            {
                continue;
            }

            commands.Add(word switch
            {
                "r" => Reference(text, number),
                "i" => Source(text, number),
                _ => throw new FormatException($"line {number}: unknown magic command '#{word}' (the runner knows #r \"file.dll\", #r \"nuget: Id, Version\" and #i \"nuget: source\")"),
            });
            lines[i] = "";
        }

        return new CellCode(string.Join('\n', lines), commands);
    }

    private static MagicCommand Reference(string text, int line)
    {
        var argument = QuotedArgument(text, line, "#r");
        if (!argument.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
        {
            return new MagicCommand(line, MagicKind.AssemblyFile, argument, null);
        }

        var parts = argument["nuget:".Length..].Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length > 2 || parts[0].Length == 0 || (parts.Length == 2 && parts[1].Length == 0))
        {
            throw new FormatException($"line {line}: #r \"nuget: ...\" needs a package id and an optional version, like #r \"nuget: MathNet.Numerics, 5.0.0\"");
        }

        return new MagicCommand(line, MagicKind.NuGetPackage, parts[0], parts.Length == 2 ? parts[1] : null);
    }

    private static MagicCommand Source(string text, int line)
    {
        var argument = QuotedArgument(text, line, "#i");
        if (!argument.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase) || argument.Length == "nuget:".Length)
        {
            throw new FormatException($"line {line}: #i needs a package source, like #i \"nuget: https://my.feed/index.json\" or #i \"nuget: ../packages\"");
        }

        return new MagicCommand(line, MagicKind.NuGetSource, argument["nuget:".Length..].Trim(), null);
    }

    private static string QuotedArgument(string text, int line, string directive)
    {
        var rest = text[directive.Length..].Trim();
        if (rest.Length < 2 || rest[0] != '"' || rest.IndexOf('"', 1) != rest.Length - 1)
        {
            throw new FormatException($"line {line}: {directive} needs one quoted argument, like {directive} \"...\"");
        }

        return rest[1..^1].Trim();
    }
}
