using System.Diagnostics;

namespace NotebookNN.Tests;

public class TimingTests
{
    static void SpinFor(double microseconds)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalMicroseconds < microseconds)
        {
        }
    }

    [Fact]
    public void Runs_the_work_once_to_warm_up_then_repeats_times_rounds()
    {
        int runs = 0;
        Timing.MicrosecondsPerRun(() => runs++, repeats: 7, rounds: 4, warmUpMilliseconds: 0);
        Assert.Equal(1 + 7 * 4, runs);
    }

    [Fact]
    public void Reports_at_least_the_time_each_run_takes()
    {
        double perRun = Timing.MicrosecondsPerRun(() => SpinFor(2000), repeats: 2, rounds: 2, warmUpMilliseconds: 0);
        Assert.True(perRun >= 2000, $"{perRun} µs for work that spins 2000 µs");
    }

    [Fact]
    public void Keeps_the_fastest_round()
    {
        // the warm-up run and the first round's two runs are slow (20 ms); every later run is fast (1 ms),
        // so the fastest round averages 1 ms where the average of all rounds would be over 7 ms
        int runs = 0;
        double perRun = Timing.MicrosecondsPerRun(() => SpinFor(runs++ < 3 ? 20_000 : 1_000),
            repeats: 2, rounds: 3, warmUpMilliseconds: 0);
        Assert.InRange(perRun, 1_000, 5_000);
    }

    [Fact]
    public void Rejects_bad_arguments_by_name()
    {
        Assert.Throws<ArgumentNullException>("work", () => Timing.MicrosecondsPerRun(null!));
        Assert.Throws<ArgumentOutOfRangeException>("repeats", () => Timing.MicrosecondsPerRun(() => { }, repeats: 0));
        Assert.Throws<ArgumentOutOfRangeException>("rounds", () => Timing.MicrosecondsPerRun(() => { }, rounds: 0));
        Assert.Throws<ArgumentOutOfRangeException>("warmUpMilliseconds",
            () => Timing.MicrosecondsPerRun(() => { }, warmUpMilliseconds: -1));
    }
}
