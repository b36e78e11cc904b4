using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Kpis;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Plan;

public sealed record PlanOverview(
    string PlanName,
    IReadOnlyList<PlanItem> Priorities,
    IReadOnlyList<PlanItem> Portfolios,
    IReadOnlyList<PlanItem> ServiceAreas,
    IReadOnlyList<PlanItem> ScrutinyBoards,
    IReadOnlyDictionary<KpiStatus, int> KpisByStatus,
    int StrategyCount);

/// <summary>One part of the plan with a note (e.g. its Cabinet Member) and how many KPIs it has.</summary>
public sealed record PlanItem(int Id, string Name, string? Note, int KpiCount);

/// <summary>Read side of the performance team's view of the plan.</summary>
public sealed class PlanQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PlanOverview> GetOverviewAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var planName = await db.CouncilPlans.Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) ?? "No council plan yet";

        var priorities = await db.Priorities.OrderBy(p => p.SortOrder)
            .Select(p => new PlanItem(p.Id, p.Name, p.Description, db.Kpis.Count(k => k.PriorityId == p.Id)))
            .ToListAsync(cancellationToken);
        var portfolios = await db.Portfolios.OrderBy(p => p.Name)
            .Select(p => new PlanItem(p.Id, p.Name, p.CabinetMember, db.Kpis.Count(k => k.PortfolioId == p.Id || k.SecondaryPortfolioId == p.Id)))
            .ToListAsync(cancellationToken);
        var areas = await db.ServiceAreas.OrderBy(a => a.Name)
            .Select(a => new PlanItem(a.Id, a.Name, a.Directorate, db.Kpis.Count(k => k.ServiceAreaId == a.Id)))
            .ToListAsync(cancellationToken);
        var boards = (await db.ScrutinyBoards.OrderBy(b => b.Number)
            .Select(b => new { b.Id, b.Name, b.Number, b.Remit, Count = db.Kpis.Count(k => k.ScrutinyBoardId == b.Id) })
            .ToListAsync(cancellationToken))
            .Select(b => new PlanItem(b.Id, ScrutinyBoard.FormatName(b.Name, b.Number), b.Remit, b.Count))
            .ToList();
        var byStatus = await db.Kpis.GroupBy(k => k.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var strategies = await db.Strategies.CountAsync(cancellationToken);

        return new PlanOverview(planName, priorities, portfolios, areas, boards, byStatus, strategies);
    }

    /// <summary>
    /// Who held the portfolio on <paramref name="date"/>: a report of a past year names the member
    /// of its time. Null when no term covers the date (the caller then shows the name on record).
    /// </summary>
    public async Task<string?> CabinetMemberOnAsync(string portfolioName, DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PortfolioHolders.AsNoTracking()
            .Where(h => h.Portfolio!.Name == portfolioName && h.HeldFrom <= date && (h.HeldUntil == null || h.HeldUntil >= date))
            .Select(h => h.Name)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
