using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CouncilPerformance.Web.Infrastructure;

internal static class DatabaseExtensions
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";

    /// <summary>
    /// Registers <see cref="AppDbContext"/> on the provider named by <c>Database:Provider</c>
    /// (SQLite by default), each with its own migrations assembly.
    /// </summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);

        // Contexts from one pool on options built once: creating a context with options built for
        // each scope (a request, a circuit) was about 70 KB and a fifth of a small page's time, and
        // every page creates one or more. A pooled context serves one person after another, so the
        // audit interceptor is shared and reads who is saving from the context (AppDbContext.SavedBy),
        // which the scope's factory sets each time it hands one out (ActorContexts). Any other
        // registered interceptors go on too (the tests add one that checks every query also compiles
        // for SQL Server).
        services.AddSingleton(sp => new AuditInterceptor(SystemUser.Instance, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ContextPool(new PooledDbContextFactory<AppDbContext>(
            UseProvider(new DbContextOptionsBuilder<AppDbContext>(), configuration)
                // As AddDbContextFactory would: Identity's schema version and the app's logging come from it.
                .UseApplicationServiceProvider(sp)
                .AddInterceptors([
                    sp.GetRequiredService<AuditInterceptor>(),
                    sp.GetRequiredService<Features.PublicSite.PublicCacheInvalidation>(),
                    .. sp.GetServices<IInterceptor>()])
                .Options)));
        services.AddScoped<IDbContextFactory<AppDbContext>, ActorContexts>();
        // Identity's stores, the data-protection key ring and the health check take a context per scope.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());

        // The session check's one read on every signed-in request (SessionCheck): contexts from a
        // pool on options built once, instead of a new context with options built for the request's
        // scope: about 60 KB less a request, more than half of what the check allocated. It only
        // reads, so it needs neither the audit interceptor nor the public cache's; the others see it.
        services.AddSingleton(sp => new SessionReads(new PooledDbContextFactory<AppDbContext>(
            UseProvider(new DbContextOptionsBuilder<AppDbContext>(), configuration)
                .AddInterceptors(sp.GetServices<IInterceptor>())
                .Options)));

        return services;
    }

    private static TBuilder UseProvider<TBuilder>(TBuilder options, IConfiguration configuration)
        where TBuilder : DbContextOptionsBuilder
    {
        var provider = configuration["Database:Provider"] ?? Sqlite;
        var connectionString = configuration.GetConnectionString("DefaultConnection")
            ?? throw new InvalidOperationException("Connection string 'DefaultConnection' not found.");
        _ = provider switch
        {
            Sqlite => options.UseSqlite(connectionString, x => x.MigrationsAssembly("CouncilPerformance.Migrations.Sqlite")),
            SqlServer => options.UseSqlServer(connectionString, x => x.MigrationsAssembly("CouncilPerformance.Migrations.SqlServer").EnableRetryOnFailure()),
            _ => throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use '{Sqlite}' or '{SqlServer}'."),
        };
        return options;
    }

    /// <summary>
    /// In Production, refuses to start on a SQLite file that is not there, unless
    /// <c>Database:CreateIfMissing</c> says this is the first install. SQLite would otherwise create
    /// an empty file, and a lost volume would come back as an empty, healthy database.
    /// </summary>
    public static void RefuseMissingDatabaseFile(IConfiguration configuration, IHostEnvironment environment)
    {
        var createIfMissing = configuration.GetValue("Database:CreateIfMissing", !environment.IsProduction());
        if (createIfMissing || (configuration["Database:Provider"] ?? Sqlite) != Sqlite)
        {
            return;
        }

        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString("DefaultConnection"));
        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
        if (!inMemory && !File.Exists(Path.GetFullPath(builder.DataSource)))
        {
            throw new InvalidOperationException(
                $"The database file '{Path.GetFullPath(builder.DataSource)}' does not exist. Restore it from a backup, or, on a first install, " +
                "start once with Database:CreateIfMissing=true.");
        }
    }
}

/// <summary>Contexts for <see cref="SessionCheck"/>'s read of the account's stamps, from a pool.</summary>
internal sealed class SessionReads(IDbContextFactory<AppDbContext> pool)
{
    public Task<AppDbContext> CreateDbContextAsync(CancellationToken cancellationToken) => pool.CreateDbContextAsync(cancellationToken);
}

/// <summary>The app's pool of contexts (<see cref="DatabaseExtensions.AddAppDatabase"/>).</summary>
internal sealed class ContextPool(IDbContextFactory<AppDbContext> pool)
{
    public IDbContextFactory<AppDbContext> Factory => pool;
}

/// <summary>
/// The contexts a scope (a request, a circuit, a background job) uses: from the pool, each naming the
/// scope's signed-in person as who its changes are audited as.
/// </summary>
internal sealed class ActorContexts(ContextPool pool, ICurrentUser currentUser) : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() => Named(pool.Factory.CreateDbContext());

    public async Task<AppDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        Named(await pool.Factory.CreateDbContextAsync(cancellationToken));

    private AppDbContext Named(AppDbContext db)
    {
        db.SavedBy = currentUser;
        return db;
    }
}
