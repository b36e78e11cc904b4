using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Common;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Results.Import;
using CouncilPerformance.Core.Tests.Results.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static CouncilPerformance.Core.Tests.Results.Import.ImportTestBed;

namespace CouncilPerformance.Core.Tests.Results.Faults;

/// <summary>
/// A save the database refuses (locked by another writer, opened read-only, disk full) is reported
/// in plain words as an outcome, nothing is saved, and nothing says it was. The faults are real
/// where SQLite can produce them on demand: a second connection holding the write lock, and a
/// read-only connection; a full disk is simulated with SQLite's own exception from a command interceptor.
/// </summary>
public class StorageFaultTests
{
    public static TheoryData<string> Faults => ["busy", "read-only", "full"];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_refused_result_save_says_so_and_saves_nothing(string fault)
    {
        // Arrange
        await using var bed = await ImportTestBed.CreateAsync();
        var before = await bed.CountsAsync();
        await using var faulty = Faulty(bed, fault);
        var entry = ActivatorUtilities.CreateInstance<ResultEntryService>(faulty.Services);
        var input = new ResultInput { KpiId = await bed.KpiIdAsync("ROADS-A"), ReportingPeriodId = bed.OpenPeriodId, Value = 94.5m };

        // Act
        var outcome = await entry.SaveDraftAsync(bed.Officer, input);

        // Assert
        Assert.Equal(OutcomeKind.Failed, outcome.Kind);
        Assert.StartsWith("Nothing was saved: " + Expected(fault), outcome.Message, StringComparison.Ordinal);
        Assert.Contains("What you typed is still here", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(94.5m, input.Value);
        faulty.Release();
        Assert.Equal(before, await bed.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_refused_import_says_so_and_saves_no_row(string fault)
    {
        // Arrange
        await using var bed = await ImportTestBed.CreateAsync();
        var before = await bed.CountsAsync();
        var preview = await bed.PreviewCsvAsync(Header, Row("ROADS-A", "94.5", england: "95"), Row("RECYCLING", "38"));
        await using var faulty = Faulty(bed, fault);
        var import = ActivatorUtilities.CreateInstance<ResultImportService>(faulty.Services);

        // Act
        var outcome = await import.CommitAsync(bed.Officer, preview, submit: false);

        // Assert
        Assert.True(preview.CanImport);
        Assert.Equal(ImportOutcomeKind.Failed, outcome.Kind);
        Assert.False(outcome.Succeeded);
        Assert.StartsWith("Nothing was imported: " + Expected(fault), outcome.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), (outcome.Created, outcome.Updated, outcome.Submitted));
        faulty.Release();
        Assert.Equal(before, await bed.CountsAsync());

        // The same preview imports once the database takes writes again.
        var retry = await bed.Import.CommitAsync(bed.Officer, preview, submit: false);
        Assert.True(retry.Succeeded, retry.Message);
        Assert.Equal(2, retry.Created);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_refused_target_save_says_so_and_saves_nothing(string fault)
    {
        // Arrange
        await using var bed = await ImportTestBed.CreateAsync();
        var kpiId = await bed.KpiIdAsync("ROADS-A");
        await using var faulty = Faulty(bed, fault);
        var targets = ActivatorUtilities.CreateInstance<TargetService>(faulty.Services);

        // Act
        var outcome = await targets.SetAsync(bed.Administrator, kpiId, bed.OpenPeriodId, 96m, 1m, null);

        // Assert
        Assert.Equal(OutcomeKind.Failed, outcome.Kind);
        Assert.StartsWith("Nothing was saved: " + Expected(fault), outcome.Message, StringComparison.Ordinal);
        faulty.Release();
        await using var db = bed.CreateContext();
        Assert.False(await db.Targets.AnyAsync(t => t.KpiId == kpiId && t.ReportingPeriodId == bed.OpenPeriodId));
    }

    [Fact]
    public void A_constraint_violation_is_not_a_storage_fault()
    {
        Assert.Null(StorageFault.Describe(new DbUpdateException("x", new SqliteException("SQLite Error 19: 'UNIQUE constraint failed: Results.KpiId'.", 19))));
        Assert.Null(StorageFault.Describe(new InvalidOperationException("not the database")));
        Assert.Equal(StorageFault.Busy, StorageFault.Describe(new SqliteException("SQLite Error 5: 'database is locked'.", 5)));
    }

    private static string Expected(string fault) => fault switch
    {
        "busy" => StorageFault.Busy,
        "read-only" => StorageFault.ReadOnly,
        _ => StorageFault.Full,
    };

    // The app's services on the test's database, with the fault in place until Release.
    private static FaultyDatabase Faulty(ImportTestBed bed, string fault)
    {
        SqliteConnection? locker = null;
        var connectionString = bed.Database.ConnectionString;
        IInterceptor? full = null;
        switch (fault)
        {
            case "busy":
                // Another writer holds the write lock; the app waits a second, not the default thirty.
                // Not pooled: a pooled connection would go back to the pool still inside its transaction
                // and be handed to the next context, which then cannot begin its own.
                locker = new SqliteConnection(connectionString + ";Pooling=False");
                locker.Open();
                using (var begin = locker.CreateCommand())
                {
                    begin.CommandText = "BEGIN IMMEDIATE;";
                    begin.ExecuteNonQuery();
                }

                connectionString += ";Default Timeout=1";
                break;
            case "read-only":
                connectionString += ";Mode=ReadOnly";
                break;
            default:
                full = new DiskFull();
                break;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentUser>(SystemUser.Instance);
        services.AddScoped<AuditInterceptor>();
        services.AddDbContextFactory<AppDbContext>((sp, o) =>
        {
            o.UseSqlite(connectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>());
            if (full is not null)
            {
                o.AddInterceptors(full);
            }
        }, ServiceLifetime.Scoped);
        services.Configure<ResultImportOptions>(_ => { });
        return new FaultyDatabase(services.BuildServiceProvider(), locker);
    }

    private sealed class FaultyDatabase(ServiceProvider provider, SqliteConnection? locker) : IAsyncDisposable
    {
        public IServiceProvider Services { get; } = provider.CreateScope().ServiceProvider;

        public void Release()
        {
            locker?.Dispose();
            locker = null;
        }

        public async ValueTask DisposeAsync()
        {
            Release();
            await provider.DisposeAsync();
        }
    }

    // SQLITE_FULL as SQLite reports it, on every write.
    private sealed class DiskFull : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            IsWrite(command) ? throw Full() : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);

        public override ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default) =>
            IsWrite(command) ? throw Full() : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);

        private static bool IsWrite(System.Data.Common.DbCommand command) =>
            command.CommandText.Contains("INSERT", StringComparison.OrdinalIgnoreCase) || command.CommandText.Contains("UPDATE", StringComparison.OrdinalIgnoreCase);

        private static SqliteException Full() => new("SQLite Error 13: 'database or disk is full'.", 13);
    }
}
