using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Core.Tests;

/// <summary>
/// A real SQLite database in a temporary file, migrated with the app's own SQLite migrations.
/// Contexts come from DI so the Identity schema version and the audit interceptor match the app.
/// Every query is also compiled for SQL Server (<see cref="SqlServerTranslation"/>).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cp-test-{Guid.NewGuid():N}.db");
    private readonly ServiceProvider _services;
    private readonly SeedClock _clock = new();

    public TestDatabase(ICurrentUser? user = null)
    {
        ConnectionString = $"Data Source={_path}";
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton(user ?? SystemUser.Instance);
        services.AddScoped<AuditInterceptor>();
        services.AddDbContextFactory<AppDbContext>((sp, o) => o
            .UseSqlite(ConnectionString, x => x.MigrationsAssembly("CouncilPerformance.Migrations.Sqlite"))
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), SqlServerTranslation.Instance), ServiceLifetime.Scoped);
        services.AddIdentityCore<ApplicationUser>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>();
        services.AddScoped<Core.PublicSite.RecommendationRecords>();
        services.AddScoped<Core.OpenData.OpenDataExporter>();
        services.AddScoped<Core.PublicSite.PublicQueries>();
        services.AddScoped<Core.Reports.ReportBuilder>();
        _services = services.BuildServiceProvider();
    }

    public string ConnectionString { get; }

    public IServiceProvider Services => _services;

    /// <summary>
    /// Creates the database from the migrations (and seeds it, when asked). The seed runs on
    /// <paramref name="seedClock"/> when given (the open year's dates follow from the seed date), then
    /// the database's clock is the system's again.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(bool seed = false, ICurrentUser? user = null, TimeProvider? seedClock = null)
    {
        var db = new TestDatabase(user);
        if (seed)
        {
            db._clock.Inner = seedClock ?? TimeProvider.System;
            await DatabaseInitializer.InitializeAsync(db.Services, includeDemoUsers: true);
            db._clock.Inner = TimeProvider.System;
        }
        else
        {
            await using var context = db.CreateContext();
            await context.Database.MigrateAsync();
        }

        return db;
    }

    /// <summary>
    /// Removes the targets the seed rolled forward into the open year 2025/26, for tests of entry and
    /// target rules that start from a year whose targets the performance team has not set yet.
    /// </summary>
    public async Task ClearOpenYearTargetsAsync()
    {
        await using var context = CreateContext();
        context.Targets.RemoveRange(await context.Targets.Where(t => t.ReportingPeriod!.State == Core.Results.PeriodState.Open).ToListAsync());
        await context.SaveChangesAsync();
    }

    /// <summary>A new, independent context, as each Blazor operation would use.</summary>
    public AppDbContext CreateContext() => _services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}

/// <summary>The database's clock: the system's, or a pinned one while the seed runs.</summary>
internal sealed class SeedClock : TimeProvider
{
    public TimeProvider Inner { get; set; } = System;

    public override DateTimeOffset GetUtcNow() => Inner.GetUtcNow();
}
