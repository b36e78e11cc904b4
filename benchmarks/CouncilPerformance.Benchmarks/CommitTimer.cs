using System.Diagnostics;
using System.Globalization;

namespace CouncilPerformance.Benchmarks;

/// <summary>
/// The commit beside its anchor without BenchmarkDotNet's per-benchmark set-up: one set-up, then
/// rounds of (plain INSERTs of the rows, then the import's commit of the same rows), each on an
/// emptied period, so both see the same machine at nearly the same moment. A quick check on a busy
/// machine; the <see cref="ImportBenchmarks"/> run is the full measurement. Run with <c>-- --commit-vs-inserts [rounds]</c>.
/// </summary>
internal static class CommitTimer
{
    public static void Run(int rounds)
    {
        var bench = new ImportBenchmarks();
        bench.GlobalSetup();
        try
        {
            var inserts = new List<double>();
            var commits = new List<double>();
            Console.WriteLine("| Round | Plain INSERTs | Import commit | Ratio | Load after (1, 5, 15 min) |");
            Console.WriteLine("|---:|---:|---:|---:|---|");
            for (var round = 0; round <= rounds; round++)
            {
                bench.RemoveResults();
                var watch = Stopwatch.StartNew();
                bench.PlainInsertsOfTheSameRows();
                var insert = watch.Elapsed.TotalSeconds;

                bench.RemoveResultsAndPreview();
                watch.Restart();
                bench.CommitNewResults().GetAwaiter().GetResult();
                var commit = watch.Elapsed.TotalSeconds;

                // Round 0 warms up the JIT and EF's caches and is not counted.
                if (round > 0)
                {
                    inserts.Add(insert);
                    commits.Add(commit);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {(round == 0 ? "warm-up" : round.ToString(CultureInfo.InvariantCulture))} | {insert:0.00} s | {commit:0.00} s | {commit / insert:0.00} | {Load()} |"));
            }

            var (i, c) = (Median(inserts), Median(commits));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| median | {i:0.00} s | {c:0.00} s | {c / i:0.00} | |"));
        }
        finally
        {
            bench.GlobalCleanup();
        }
    }

    // The machine may be shared: the load average says how much the absolute times mean.
    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "not known";

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
