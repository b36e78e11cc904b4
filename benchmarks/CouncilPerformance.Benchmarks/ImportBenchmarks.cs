using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
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
/// One file past 300 lines: every benchmark here shares the one 50,000-KPI set-up, and the plain-INSERT
/// anchor must sit beside the commit it is compared with.
/// Each benchmark is one long operation, so it runs in BenchmarkDotNet's monitoring strategy (each
/// iteration is one call, no pilot stage); <see cref="IterationSetupAttribute"/> puts the database
/// back in the state the benchmark needs before each call.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(InProcessMonitoring))]
public class ImportBenchmarks
{
    /// <summary>
    /// One warm-up and three measured calls, in this process: BenchmarkDotNet's usual separate
    /// build of the project takes longer than its two-minute limit on a busy two-core machine.
    /// </summary>
    private sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }

    /// <summary>KPIs in the service area, and rows in the file.</summary>
    public const int Rows = 50_000;

    private const string ServiceAreaName = "Benchmark service area";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cp-bench-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;
    private ResultImportService _import = null!;
    private Actor _officer = null!;
    private int _periodId;
    private byte[] _file = [];
    private ImportPreview? _preview;

    /// <summary>The issue's file: 14,000 rows of one KPI code (two columns, about 180 KB).</summary>
    internal byte[] DuplicateFile { get; private set; } = [];

    /// <summary>The most rows a file may have (100,000), every one of the same KPI code, in the template's layout (about 4.9 MB, near the 5 MB limit).</summary>
    internal byte[] LargestDuplicateFile { get; private set; } = [];

    /// <summary>The 50,000-row file of the other benchmarks.</summary>
    internal byte[] File50K => _file;

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

    [IterationSetup(Targets = [nameof(PreviewNewResults), nameof(PreviewAndCommitNewResults), nameof(PlainInsertsOfTheSameRows)])]
    public void RemoveResults() => ResetAsync(withResults: false).GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(CommitNewResults))]
    public void RemoveResultsAndPreview()
    {
        // Also used by CommitTimer, which times the commit beside the plain INSERTs by hand.
        ResetAsync(withResults: false).GetAwaiter().GetResult();
        _preview = PreviewAsync(_file).GetAwaiter().GetResult();
    }

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

    /// <summary>
    /// The commit alone, the file previewed beforehand (not measured): 50,000 new results and their
    /// comparators checked again, written and audited in one transaction. Compare with <see cref="PlainInsertsOfTheSameRows"/>.
    /// </summary>
    [Benchmark]
    public async Task<ImportOutcome> CommitNewResults()
    {
        var outcome = await _import.CommitAsync(_officer, _preview!, submit: false);
        return outcome.Created == Rows ? outcome : throw new InvalidOperationException($"Expected {Rows} new results: {outcome.Message}");
    }

    /// <summary>
    /// The anchor: the rows <see cref="CommitNewResults"/> writes (50,000 results, 50,000 comparator
    /// values, 50,000 audit entries of the same size), as plain prepared INSERTs in one transaction, no EF.
    /// </summary>
    [Benchmark]
    public int PlainInsertsOfTheSameRows()
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var result = Command(connection, transaction,
            "INSERT INTO Results (KpiId, ReportingPeriodId, Value, DataStatus, Commentary, State, EnteredById, EnteredByName, EnteredAt, IsIllustrative, Version) "
            + "VALUES ($kpi, $period, $value, 'Provisional', $commentary, 'Draft', $user, $name, $at, 0, $version) RETURNING Id",
            "$kpi", "$period", "$value", "$commentary", "$user", "$name", "$at", "$version");
        using var comparator = Command(connection, transaction,
            "INSERT INTO ComparatorValue (ResultId, Comparator, Value, Version) VALUES ($result, 'England', $value, $version)",
            "$result", "$value", "$version");
        using var audit = Command(connection, transaction,
            "INSERT INTO AuditEntries (At, UserId, UserName, EntityType, EntityId, Action, Changes) VALUES ($at, $user, $name, 'Result', $id, 'Added', $changes)",
            "$at", "$user", "$name", "$id", "$changes");

        var at = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        var written = 0;
        for (var i = 1; i <= Rows; i++)
        {
            var value = Value(i);
            var commentary = i % 3 == 0 ? $"Figure {i}, checked against the source." : null;
            Set(result, _kpiIds[i - 1], _periodId, value, (object?)commentary ?? DBNull.Value, _officer.UserId, _officer.Name, at, Guid.NewGuid().ToString());
            var id = (long)result.ExecuteScalar()!;
            Set(comparator, id, value, Guid.NewGuid().ToString());
            comparator.ExecuteNonQuery();

            // What the interceptor writes for a new result: every column's before (null) and after.
            var changes = $"{{\"Value\":{{\"before\":null,\"after\":{value}}},\"DataStatus\":{{\"before\":null,\"after\":\"Provisional\"}},\"KpiId\":{{\"before\":null,\"after\":{_kpiIds[i - 1]}}},"
                + $"\"ReportingPeriodId\":{{\"before\":null,\"after\":{_periodId}}},\"Commentary\":{{\"before\":null,\"after\":{(commentary is null ? "null" : $"\"{commentary}\"")}}},"
                + $"\"State\":{{\"before\":null,\"after\":\"Draft\"}},\"EnteredById\":{{\"before\":null,\"after\":\"{_officer.UserId}\"}},\"EnteredByName\":{{\"before\":null,\"after\":\"{_officer.Name}\"}},"
                + $"\"EnteredAt\":{{\"before\":null,\"after\":\"{at}\"}},\"IsIllustrative\":{{\"before\":null,\"after\":false}}}}";
            Set(audit, at, _officer.UserId, _officer.Name, id.ToString(CultureInfo.InvariantCulture), changes);
            written += audit.ExecuteNonQuery();
        }

        transaction.Commit();
        return written == Rows ? written : throw new InvalidOperationException($"Expected {Rows} rows, wrote {written}");
    }

    /// <summary>The issue's file of 14,000 rows of one KPI code: one problem per row.</summary>
    [Benchmark]
    public async Task<ImportPreview> PreviewDuplicateCodes()
    {
        var preview = await PreviewAsync(DuplicateFile);
        return preview.Problems.Count == 14_000 ? preview : throw new InvalidOperationException($"Expected 14,000 problems: {preview.Summary}");
    }

    /// <summary>The most rows a file may have, 100,000, all of one KPI code: one problem per row.</summary>
    [Benchmark]
    public async Task<ImportPreview> PreviewLargestFileOfOneCode()
    {
        var preview = await PreviewAsync(LargestDuplicateFile);
        return preview.Problems.Count == ResultFileReader.MaxRows ? preview : throw new InvalidOperationException($"Expected {ResultFileReader.MaxRows} problems: {preview.Summary}");
    }

    /// <summary>Previews a file as the import page does.</summary>
    internal async Task<ImportPreview> PreviewAsync(byte[] content)
    {
        using var file = new MemoryStream(content, writable: false);
        return await _import.PreviewAsync(_officer, _periodId, file, "results.csv");
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
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
        DuplicateFile = Encoding.UTF8.GetBytes("KPI code,Value\r\n" + string.Concat(Enumerable.Repeat(Code(1) + ",50\r\n", 14_000)));
        LargestDuplicateFile = Encoding.UTF8.GetBytes(string.Join(',', ImportColumns.Fixed) + "\r\n"
            + string.Concat(Enumerable.Range(1, ResultFileReader.MaxRows).Select(i => $"{Code(1)},,,,{Value(1)},,,Provisional,,,,,,Checked {i % 1000:000}\r\n")));
        await using (var db = new AppDbContext(options))
        {
            var ids = await db.Kpis.AsNoTracking().Where(k => k.Code.StartsWith("BM-")).OrderBy(k => k.Code).Select(k => k.Id).ToListAsync();
            _kpiIds = [.. ids];
        }
    }

    private int[] _kpiIds = [];

    private static string Value(int i) => i % 5 == 0
        ? (i % 1000).ToString(CultureInfo.InvariantCulture)
        : (40 + i % 60 / 10m).ToString("0.#", CultureInfo.InvariantCulture);

    // The full template layout, filled in as an officer would: a value, a status, a comparator,
    // and commentary for about one KPI in three.
    private static byte[] BuildFile()
    {
        var csv = new StringBuilder(Rows * 120);
        csv.Append(string.Join(',', ImportColumns.Fixed)).Append("\r\n");
        for (var i = 1; i <= Rows; i++)
        {
            var count = i % 5 == 0;
            var value = Value(i);
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
