using System.Diagnostics;
using System.Globalization;

namespace CouncilPerformance.Benchmarks;

/// <summary>
/// A quick probe of what one signed-in request costs, for the floor (<c>/reminders</c>) or any
/// page: the app on the seed's data only (not the thirty-times set, so it starts in seconds), a
/// signed-in client, a warm-up, then N requests one after another, reporting the mean time and the
/// bytes allocated per request in the whole process (<see cref="GC.GetTotalAllocatedBytes(bool)"/>;
/// the requests run on pool threads, so a per-thread count would miss most of it). Not a
/// BenchmarkDotNet job: a minute's check between changes; <see cref="PageBenchmarks"/> gives the
/// figures to report.
/// <code>
/// dotnet run -c Release --project benchmarks/CouncilPerformance.Benchmarks -- floor [/reminders] [--requests 500] [--as scrutiny@example.org] [--html folder] [--sql] [--thirty [--keep file.db]]
/// </code>
/// <c>--thirty</c> probes on the thirty-times data instead (minutes to generate); with <c>--keep</c> the generated
/// database is saved to that file, and a later run that names the same file starts from a copy of it in seconds.
/// <c>--sql</c> logs each command the pages send, with its time, to compare with a bare query in sqlite3.
/// </summary>
public static class FloorProbe
{
    public static async Task RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var requests = 500;
        var email = "scrutiny@example.org";
        string? saveTo = null;
        var thirty = false;
        var sql = false;
        string? keep = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--requests" when i + 1 < args.Count:
                    requests = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--html" when i + 1 < args.Count:
                    saveTo = args[++i];
                    break;
                case "--thirty":
                    thirty = true;
                    break;
                case "--sql":
                    sql = true;
                    break;
                case "--keep" when i + 1 < args.Count:
                    keep = args[++i];
                    break;
                case "--as" when i + 1 < args.Count:
                    email = args[++i];
                    break;
                default:
                    paths.Add(args[i]);
                    break;
            }
        }

        if (paths.Count == 0)
        {
            paths.Add("/reminders");
        }

        using var app = new PageApp { LogsSql = sql };
        if (thirty && keep is not null && File.Exists(keep))
        {
            File.Copy(keep, app.DatabasePath);
        }
        else if (thirty)
        {
            await app.StartAsync();
            if (keep is not null)
            {
                await app.SaveDatabaseAsync(keep);
            }
        }

        using (var health = app.CreateClient())
        {
            using var _ = await health.GetAsync(new Uri("/health", UriKind.Relative));
        }

        using var client = await app.SignedInAsync(email);
        Console.WriteLine($"| page | requests | mean time | allocated per request | HTML |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var path in paths)
        {
            var uri = new Uri(path, UriKind.Relative);
            var length = 0;
            for (var i = 0; i < Math.Max(50, requests / 5); i++)
            {
                length = await GetAsync(client, uri);
            }

            if (saveTo is not null)
            {
                await File.WriteAllTextAsync(Path.Combine(saveTo, path.Trim('/').Replace('/', '-') + ".html"), await client.GetStringAsync(uri));
            }

            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < requests; i++)
            {
                await GetAsync(client, uri);
            }

            clock.Stop();
            var perRequest = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)requests;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{path}` | {requests} | {clock.Elapsed.TotalMilliseconds / requests:0.00} ms | {perRequest / 1024:#,0} KB | {length / 1024.0:0.0} KB |"));
        }
    }

    private static async Task<int> GetAsync(HttpClient client, Uri uri)
    {
        using var response = await client.GetAsync(uri);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }
}
