namespace NotebookNN.Runner;

/// <summary>
/// Writes a file whole or not at all: to a temporary file in the same folder, then renamed over the target, so a
/// crash or a kill mid-write leaves the old file (or none), never a truncated one. A replaced file keeps its mode.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes text (UTF-8) atomically.</summary>
    public static void Write(string path, string text) => Write(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Writes bytes atomically, creating the folder if needed.</summary>
    public static void Write(string path, byte[] content)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, content);
            if (!OperatingSystem.IsWindows() && File.Exists(full))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>True when a new file can be created in the folder (tried with a temporary file, then removed).</summary>
    public static bool CanCreateIn(string folder)
    {
        var probe = Path.Combine(folder, $".notebooknn-write-check.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
