using System.Diagnostics;

namespace NotebookNN;

/// <summary>
/// Measures how long a piece of work takes, to compare two computations on the same machine.
/// Absolute times differ from machine to machine; the ratio of two measurements is what to read.
/// </summary>
public static class Timing
{
    /// <summary>
    /// The time of one run of <paramref name="work"/>, in microseconds. The work first runs untimed
    /// (at least once, and for at least <paramref name="warmUpMilliseconds"/>) so that .NET has compiled
    /// and optimised it; then it runs <paramref name="repeats"/> times in a row, for
    /// <paramref name="rounds"/> rounds, and the fastest round's average per run is returned, so a round
    /// slowed down by another program does not count.
    /// </summary>
    /// <param name="work">The computation to time.</param>
    /// <param name="repeats">Runs per round (use many for work that takes microseconds).</param>
    /// <param name="rounds">Timed rounds; the fastest one counts.</param>
    /// <param name="warmUpMilliseconds">How long to run the work untimed first.</param>
    public static double MicrosecondsPerRun(Action work, int repeats = 1, int rounds = 5, double warmUpMilliseconds = 500)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(warmUpMilliseconds);
        var warmUp = Stopwatch.StartNew();
        do
            work();
        while (warmUp.Elapsed.TotalMilliseconds < warmUpMilliseconds);
        double best = double.MaxValue;
        for (int round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            for (int r = 0; r < repeats; r++)
                work();
            best = Math.Min(best, clock.Elapsed.TotalMicroseconds / repeats);
        }
        return best;
    }
}
