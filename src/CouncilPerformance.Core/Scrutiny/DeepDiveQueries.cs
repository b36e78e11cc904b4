using CouncilPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Scrutiny;

/// <summary>Read side of the deep-dive pages.</summary>
public sealed class DeepDiveQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Every deep dive with its sessions, the KPIs and portfolios each reviewed, and its attendees.</summary>
    public async Task<IReadOnlyList<DeepDiveSeries>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await WithSessions(db)
            .OrderByDescending(s => s.AgreedOn)
            .ToListAsync(cancellationToken);
    }

    public async Task<DeepDiveSeries?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await WithSessions(db).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    private static IQueryable<DeepDiveSeries> WithSessions(AppDbContext db) =>
        db.DeepDiveSeries.AsNoTracking().AsSplitQuery()
            .Include(s => s.ScrutinyBoard)
            .Include(s => s.ReportingPeriod)
            .Include(s => s.Sessions.OrderBy(x => x.Number)).ThenInclude(x => x.Portfolios)
            .Include(s => s.Sessions).ThenInclude(x => x.Kpis.OrderBy(k => k.SortOrder)).ThenInclude(k => k.Kpi)
            .Include(s => s.Sessions).ThenInclude(x => x.Attendees);

    /// <summary>How many recommendations each session produced, keyed by session id.</summary>
    public async Task<IReadOnlyDictionary<int, int>> CountRecommendationsBySessionAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Recommendations.AsNoTracking()
            .Where(r => r.DeepDiveSessionId != null)
            .GroupBy(r => r.DeepDiveSessionId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
    }
}
