using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Results.Import;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CouncilPerformance.Benchmarks;

/// <summary>
/// Preview and commit of a 50,000-row CSV import (one service area with 50,000 KPIs, each with a
/// target) into a temporary SQLite file, with the app's audit interceptor on: the import as an
/// officer would run it, end to end, from the file's bytes to the committed transaction.
/// </summary>
/// <remarks>
/// Each benchmark is one long operation, so it runs in BenchmarkDotNet's monitoring strategy (each
/// iteration is one call, no pilot stage); <see cref="IterationSetupAttribute"/> puts the database
/// back in the state the benchmark needs before each call.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ImportBenchmarks
{
    /// <summary>KPIs in the service area, and rows in the file.</summary>
    public const int Rows = 50_000;

    private const string ServiceAreaName = "Benchmark service area";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cp-bench-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;
    private ResultImportService _import = null!;
    private Actor _officer = null!;
    private int _periodId;
    private byte[] _file = [];

    private string ConnectionString => $"Data Source={_path}";

    [GlobalSetup]
    public void GlobalSetup() => SetUpAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [IterationSetup(Targets = [nameof(PreviewNewResults), nameof(PreviewAndCommitNewResults)])]
    public void RemoveResults() => ResetAsync(withResults: false).GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(PreviewAndCommitUnchangedResults))]
    public void EnsureResults() => ResetAsync(withResults: true).GetAwaiter().GetResult();

    /// <summary>What the officer waits for after choosing the file: reading and checking 50,000 rows.</summary>
    [Benchmark]
    public async Task<ImportPreview> PreviewNewResults()
    {
        using var file = new MemoryStream(_file, writable: false);
        var preview = await _import.PreviewAsync(_officer, _periodId, file, "results.csv");
        return preview.NewCount == Rows ? preview : throw new InvalidOperationException($"Expected {Rows} new rows: {preview.Summary}");
    }

    /// <summary>The first import of the period: 50,000 new results, each audited.</summary>
    [Benchmark]
    public async Task<ImportOutcome> PreviewAndCommitNewResults()
    {
        var outcome = await PreviewAndCommitAsync();
        return outcome.Created == Rows ? outcome : throw new InvalidOperationException($"Expected {Rows} new results: {outcome.Message}");
    }

    /// <summary>The same file again: 50,000 rows compared with the saved results, nothing written.</summary>
    [Benchmark]
    public async Task<ImportOutcome> PreviewAndCommitUnchangedResults()
    {
        var outcome = await PreviewAndCommitAsync();
        return outcome.Unchanged == Rows ? outcome : throw new InvalidOperationException($"Expected {Rows} unchanged rows: {outcome.Message}");
    }

    private async Task<ImportOutcome> PreviewAndCommitAsync()
    {
        using var file = new MemoryStream(_file, writable: false);
        var preview = await _import.PreviewAsync(_officer, _periodId, file, "results.csv");
        return await _import.CommitAsync(_officer, preview, submit: false);
    }

    private async Task SetUpAsync()
    {
        // Registered as the web host registers them: scoped factory, audit interceptor, Identity schema v3.
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentUser>(SystemUser.Instance);
        services.AddScoped<AuditInterceptor>();
        services.AddDbContextFactory<AppDbContext>((sp, o) => o
            .UseSqlite(ConnectionString, x => x.MigrationsAssembly("CouncilPerformance.Migrations.Sqlite"))
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()), ServiceLifetime.Scoped);
        services.AddIdentityCore<ApplicationUser>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>();

        // The file is bigger than the 5 MB an upload may be; the limit is the page's, not the engine's.
        services.Configure<ResultImportOptions>(o => o.MaxFileBytes = 64L * 1024 * 1024);
        _services = services.BuildServiceProvider();
        var scope = _services.CreateScope().ServiceProvider;
        _import = ActivatorUtilities.CreateInstance<ResultImportService>(scope);

        await using (var db = scope.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        // The plan and the KPIs go in without the audit interceptor: it is set-up, not what is measured.
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite(ConnectionString).Options;
        await using (var db = new AppDbContext(options))
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var plan = new CouncilPlan { Name = "Benchmark plan", StartYear = 2022, EndYear = 2030 };
            var priority = new Priority { CouncilPlan = plan, Name = "Benchmark priority" };
            var portfolio = new Portfolio { Name = "Benchmark portfolio" };
            var area = new ServiceArea { Name = ServiceAreaName };
            var period = ReportingPeriod.ForFinancialYear(2025);
            period.State = PeriodState.Open;
            db.AddRange(plan, priority, portfolio, area, period);
            await db.SaveChangesAsync();
            _periodId = period.Id;
            _officer = new Actor("benchmark-officer", "Benchmark Officer", new HashSet<string> { Roles.Officer }, area.Id);

            for (var start = 0; start < Rows; start += 10_000)
            {
                var kpis = Enumerable.Range(start + 1, Math.Min(10_000, Rows - start)).Select(i => new Kpi
                {
                    Code = Code(i),
                    Name = $"Benchmark KPI {i}",
                    Unit = i % 5 == 0 ? KpiUnit.Count : KpiUnit.Percentage,
                    Polarity = Polarity.HigherIsBetter,
                    PriorityId = priority.Id,
                    PortfolioId = portfolio.Id,
                    ServiceAreaId = area.Id,
                    Targets = [new Target { ReportingPeriodId = period.Id, Value = 50m, AmberTolerance = 2m }],
                }).ToList();
                db.Kpis.AddRange(kpis);
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        _file = BuildFile();
    }

    // The full template layout, filled in as an officer would: a value, a status, a comparator,
    // and commentary for about one KPI in three.
    private static byte[] BuildFile()
    {
        var csv = new StringBuilder(Rows * 120);
        csv.Append(string.Join(',', ImportColumns.Fixed)).Append("\r\n");
        for (var i = 1; i <= Rows; i++)
        {
            var count = i % 5 == 0;
            var value = count ? (i % 1000).ToString(CultureInfo.InvariantCulture) : (40 + i % 60 / 10m).ToString("0.#", CultureInfo.InvariantCulture);
            var unit = count ? "\"A whole number, 0 or more\"" : "A percentage from 0 to 100";
            var commentary = i % 3 == 0 ? $"\"Figure {i}, checked against the source.\"" : "";
            csv.Append(CultureInfo.InvariantCulture, $"{Code(i)},Benchmark KPI {i},{unit},50,{value},,,Provisional,,,{value},,,{commentary}\r\n");
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
    }

    private static string Code(int i) => "BM-" + i.ToString("00000", CultureInfo.InvariantCulture);

    private async Task ResetAsync(bool withResults)
    {
        await using var db = _services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
        var saved = await db.Results.CountAsync();
        if (withResults && saved == Rows)
        {
            return;
        }

        await db.Set<ComparatorValue>().ExecuteDeleteAsync();
        await db.Results.ExecuteDeleteAsync();
        await db.AuditEntries.ExecuteDeleteAsync();
        if (withResults)
        {
            var outcome = await PreviewAndCommitAsync();
            if (outcome.Created != Rows)
            {
                throw new InvalidOperationException($"Set-up import failed: {outcome.Message}");
            }
        }
    }
}
