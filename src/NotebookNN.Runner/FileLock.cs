namespace NotebookNN.Runner;

/// <summary>An exclusive lock on a file, so two runners never restore or build the same thing at once.</summary>
internal static class FileLock
{
    /// <summary>Waits until the lock file can be opened exclusively; dispose the result to release it.</summary>
    public static IDisposable Acquire(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                Thread.Sleep(200);
            }
        }
    }
}
