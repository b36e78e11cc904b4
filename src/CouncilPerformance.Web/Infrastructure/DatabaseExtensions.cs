using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

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
        services.AddScoped<AuditInterceptor>();

        // Scoped factory: a Blazor circuit is one scope, so each context it creates sees the
        // circuit's user for auditing, while staying short-lived (one per operation).
        services.AddDbContextFactory<AppDbContext>((sp, options) =>
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
            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>());
            options.AddInterceptors(sp.GetRequiredService<Features.PublicSite.PublicCacheInvalidation>());
        }, ServiceLifetime.Scoped);

        return services;
    }
}
