using System.Text;
using System.Text.Json.Nodes;

namespace NotebookNN.Runner;

/// <summary>
/// What a worker reports while it runs, one JSON line per event, appended and flushed at once: a cell started, a
/// cell finished (its outputs), a cell skipped, the notebook done. If the worker dies (a stack overflow, a kill),
/// every finished cell is already on disk and the last "started" names the cell that was running.
/// </summary>
internal sealed class WorkerProgress : IDisposable
{
    private readonly FileStream _file;

    /// <summary>Creates (truncates) the progress file.</summary>
    public WorkerProgress(string path) =>
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>A cell (0-based index) starts running.</summary>
    public void Started(int cell) => Append(new JsonObject { ["started"] = cell });

    /// <summary>A cell finished; outcome is ok, failed or timedout.</summary>
    public void Finished(int cell, int executionCount, JsonArray outputs, string outcome) => Append(new JsonObject
    {
        ["finished"] = cell,
        ["execution_count"] = executionCount,
        ["outcome"] = outcome,
        ["outputs"] = outputs,
    });

    /// <summary>A cell in another language was not run.</summary>
    public void Skipped(int cell) => Append(new JsonObject { ["skipped"] = cell });

    /// <summary>The notebook ran to its end (or stopped at a failure).</summary>
    public void Done() => Append(new JsonObject { ["done"] = true });

    /// <inheritdoc/>
    public void Dispose() => _file.Dispose();

    private void Append(JsonObject record)
    {
        var bytes = Encoding.UTF8.GetBytes(record.ToJsonString() + "\n");
        lock (_file)
        {
            _file.Write(bytes);
            _file.Flush(flushToDisk: false);
        }
    }

    /// <summary>Reads the complete lines written so far, from a position on; returns the new position.</summary>
    public static long ReadNew(string path, long position, List<JsonObject> records)
    {
        if (!File.Exists(path))
        {
            return position;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (file.Length <= position)
        {
            return position;
        }

        file.Position = position;
        var bytes = new byte[file.Length - position];
        file.ReadExactly(bytes);
        var end = Array.LastIndexOf(bytes, (byte)'\n');
        if (end < 0)
        {
            return position;
        }

        foreach (var line in Encoding.UTF8.GetString(bytes, 0, end).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            records.Add(JsonNode.Parse(line)!.AsObject());
        }

        return position + end + 1;
    }
}
