using CouncilPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CouncilPerformance.Web.Infrastructure;

/// <summary>
/// Healthy only when the database takes a write: a read-only file, a full disk or a lost write
/// permission leaves a database that opens and reads, so opening it proves too little.
/// </summary>
internal sealed class DatabaseWriteHealthCheck(IDbContextFactory<AppDbContext> dbFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // A real row in a table every database has, rolled back: nothing is left behind and
            // the audit interceptor never sees it.
            var probe = $"health-probe-{Guid.NewGuid():N}";
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO AspNetRoles (Id, Name, NormalizedName, ConcurrencyStamp) VALUES ({probe}, {probe}, {probe}, {probe})",
                cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database takes writes.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be written.", ex);
        }
    }
}
