using System.Diagnostics;
using System.Globalization;

namespace CouncilPerformance.Benchmarks;

/// <summary>
/// How much memory a preview takes above idle: the managed heap's peak while the preview runs
/// (sampled every millisecond), what the finished preview holds (the import page keeps it until
/// the import), and what is left once it is dropped. BenchmarkDotNet reports allocations, not
/// what is held at once, so this harness measures that. Run with <c>-- --preview-memory</c>.
/// </summary>
internal static class PreviewMemoryProbe
{
    public static async Task RunAsync()
    {
        var bench = new ImportBenchmarks();
        bench.GlobalSetup();
        try
        {
            // Warm up the model and query caches so they do not count against the first file.
            WarmUp(bench);

            Console.WriteLine("| File | Size | Peak above idle | Held by the preview | Left after it is dropped | Time |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            await MeasureAsync(bench, "14,000 rows of one KPI code (the issue's file)", bench.DuplicateFile);
            await MeasureAsync(bench, "100,000 rows of one KPI code (the most rows allowed, near the 5 MB limit)", bench.LargestDuplicateFile);
            await MeasureAsync(bench, "50,000 rows, one per KPI (the commit benchmarks' file)", bench.File50K);

            // The same file uploaded again once imported: every row is compared with its saved
            // result, so the preview also reads 50,000 results and their comparators.
            bench.EnsureResults();
            WarmUp(bench, bench.File50K);
            await MeasureAsync(bench, "the same 50,000 rows again, once imported (every row unchanged)", bench.File50K);
        }
        finally
        {
            bench.GlobalCleanup();
        }
    }

    // Not async, so that no state machine keeps a warm-up preview alive while idle is measured.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void WarmUp(ImportBenchmarks bench, params byte[][] files)
    {
        foreach (var file in files.Length > 0 ? files : [bench.DuplicateFile, bench.LargestDuplicateFile, bench.File50K])
        {
            _ = bench.PreviewAsync(file).GetAwaiter().GetResult().Rows.Count;
        }
    }

    private static async Task MeasureAsync(ImportBenchmarks bench, string label, byte[] file)
    {
        var idle = Settle();
        long peak = idle;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                Thread.Sleep(1);
            }
        });

        var (held, elapsed) = PreviewAndHold(bench, file);
        await stop.CancelAsync();
        await sampler;
        var left = Settle() - idle;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {file.Length / 1024d / 1024d:0.00} MB | {Mb(peak - idle)} | {Mb(held)} | {Mb(left)} | {elapsed.TotalSeconds:0.00} s |"));
    }

    // The preview is alive only inside this frame: what it holds is measured here, and it is gone on return.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (long Held, TimeSpan Elapsed) PreviewAndHold(ImportBenchmarks bench, byte[] file)
    {
        var idle = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var preview = bench.PreviewAsync(file).GetAwaiter().GetResult();
        watch.Stop();
        var held = Settle() - idle;
        GC.KeepAlive(preview);
        return (held, watch.Elapsed);
    }

    private static long Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024d:0.0} MB");
}
