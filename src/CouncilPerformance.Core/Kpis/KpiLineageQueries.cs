using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.PublicSite;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Kpis;

/// <summary>One published year of a linked KPI's trend.</summary>
public sealed record LineagePoint(string Label, int StartYear, decimal? Value, decimal? Target, bool DefinitionChanged);

/// <summary>A KPI this one replaced, or the one that replaced it, with why, when, who, and its published trend.</summary>
public sealed record LinkedKpi(
    string Code,
    string Name,
    KpiStatus Status,
    KpiUnit Unit,
    string? UnitLabel,
    string? Reason,
    DateTime? RecordedAt,
    string? RecordedBy,
    IReadOnlyList<LineagePoint> Trend);

/// <summary>What a KPI replaced and what replaced it (Appendix 1 a, b, f, i, m): both pages show the other.</summary>
public sealed record KpiLineage(LinkedKpi? ReplacedBy, IReadOnlyList<LinkedKpi> Replaces)
{
    public static readonly KpiLineage None = new(null, []);

    public bool IsEmpty => ReplacedBy is null && Replaces.Count == 0;
}

/// <summary>
/// Reads a KPI's replacement links and the linked KPIs' published trends in four queries, whatever
/// the number of links. Only approved results of published years are in a trend, so the same
/// answer serves the signed-in page and the public one.
/// </summary>
public sealed class KpiLineageQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <param name="publicOnly">Leave out proposed KPIs, which the public site does not show.</param>
    public async Task<KpiLineage> GetAsync(string code, bool publicOnly = false, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpis = await db.Kpis.AsNoTracking()
            .Where(k => k.Code == code
                || db.Kpis.Any(o => o.Code == code && o.ReplacedByKpiId == k.Id)
                || k.ReplacedByKpi!.Code == code)
            .Select(k => new { k.Id, k.Code, k.Name, k.Status, k.Unit, k.UnitLabel, k.ReplacedByKpiId, k.ReplacementReason, k.ReplacedAt, k.ReplacedByName })
            .ToListAsync(cancellationToken);
        var self = kpis.FirstOrDefault(k => k.Code == code);
        if (self is null || kpis.Count == 1)
        {
            return KpiLineage.None;
        }

        var linked = kpis.Where(k => k.Id != self.Id && (!publicOnly || k.Status != KpiStatus.Proposed)).ToList();
        var ids = linked.Select(k => k.Id).ToList();
        var results = await db.Results.AsNoTracking().Where(PublicRules.ResultIsPublic).Where(r => ids.Contains(r.KpiId))
            .Select(r => new { r.KpiId, r.ReportingPeriodId, r.ReportingPeriod!.Label, r.ReportingPeriod.StartYear, Value = r.DataStatus == Results.DataStatus.NotAvailable ? null : r.Value })
            .ToListAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking().Where(PublicRules.TargetIsPublic).Where(t => ids.Contains(t.KpiId))
            .Select(t => new { t.KpiId, t.ReportingPeriodId, t.Value })
            .ToListAsync(cancellationToken);
        var changes = await db.KpiDefinitionChanges.AsNoTracking().Where(c => ids.Contains(c.KpiId))
            .Select(c => new { c.KpiId, c.EffectiveFromPeriodId })
            .ToListAsync(cancellationToken);

        LinkedKpi Link(int id, string? reason, DateTime? at, string? by)
        {
            var k = linked.First(x => x.Id == id);
            var trend = results.Where(r => r.KpiId == id).OrderBy(r => r.StartYear)
                .Select(r => new LineagePoint(r.Label, r.StartYear, r.Value,
                    targets.FirstOrDefault(t => t.KpiId == id && t.ReportingPeriodId == r.ReportingPeriodId)?.Value,
                    changes.Any(c => c.KpiId == id && c.EffectiveFromPeriodId == r.ReportingPeriodId)))
                .ToList();
            return new LinkedKpi(k.Code, k.Name, k.Status, k.Unit, k.UnitLabel, reason, at, by, trend);
        }

        var replacedBy = self.ReplacedByKpiId is { } next && linked.Any(k => k.Id == next)
            ? Link(next, self.ReplacementReason, self.ReplacedAt, self.ReplacedByName)
            : null;
        var replaces = linked.Where(k => k.ReplacedByKpiId == self.Id).OrderBy(k => k.Name)
            .Select(k => Link(k.Id, k.ReplacementReason, k.ReplacedAt, k.ReplacedByName))
            .ToList();
        return new KpiLineage(replacedBy, replaces);
    }
}
