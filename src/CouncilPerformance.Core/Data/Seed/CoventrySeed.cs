using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Data.Seed;

/// <summary>
/// Seeds the One Coventry Plan content from the two source documents (Appendix 1 and the covering
/// report to SCRUCO and Cabinet): structure, KPIs (with the illustrative ones that make up the plan's
/// 74 metrics), three published years of results, the open year 2025/26, the 2024/25 deep dive and
/// its recommendations. Generated figures are flagged illustrative.
/// </summary>
public static class CoventrySeed
{
    public const string PlanName = "One Coventry Plan 2022–2030";

    /// <summary>
    /// Inserts everything in one save, once: when the plan already exists nothing is read further or
    /// changed, so running it at every start is safe. The content goes through EF (not SQL) so the
    /// audit interceptor records it and each row gets its concurrency Version.
    /// </summary>
    public static Task SeedAsync(AppDbContext db, CancellationToken ct = default) => SeedAsync(db, TimeProvider.System, ct);

    /// <summary>
    /// As <see cref="SeedAsync(AppDbContext, CancellationToken)"/>, on the given clock: the open year's
    /// entry deadline and the results already in for it follow from the day the database is seeded.
    /// </summary>
    public static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var seededAt = clock.GetUtcNow();

        if (await db.CouncilPlans.AnyAsync(p => p.Name == PlanName, ct))
        {
            return;
        }

        // SQL Server runs with retry on failure, which requires the transaction inside the strategy.
        var strategy = db.Database.CreateExecutionStrategy();
        var attempt = 0;
        await strategy.ExecuteAsync(async () =>
        {
            if (++attempt > 1)
            {
                // A failed attempt leaves its graph tracked as Added; start clean.
                db.ChangeTracker.Clear();
            }

            // A caller's transaction is joined, not nested (EF cannot nest them).
            await using var transaction = db.Database.CurrentTransaction is null
                ? await db.Database.BeginTransactionAsync(ct)
                : null;

            // Checked again inside the transaction: another instance may have seeded meanwhile. Should two
            // race past this check, the unique names and KPI codes make the second save fail and roll back.
            if (await db.CouncilPlans.AnyAsync(p => p.Name == PlanName, ct))
            {
                return;
            }

            var graph = await CoventryPlan.BuildAsync(db, DateOnly.FromDateTime(seededAt.UtcDateTime), ct);
            CoventryKpis.Add(db, graph);
            IllustrativeFigures.Add(graph);
            IllustrativeKpis.Add(graph);
            OpenYear.Add(graph, seededAt);
            CoventryDeepDive.Add(db, graph);
            CoventryRecommendations.Add(db, graph);

            await db.SaveChangesAsync(ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
        });
    }
}
