using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Kpis;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Results;

/// <summary>Where a KPI's result for a period stands in its sign-off; <see cref="EntryStatus.Missing"/> when there is none.</summary>
public enum EntryStatus
{
    Missing,
    Draft,
    Submitted,
    Returned,
    Approved,
}

/// <summary>One KPI's result for the period, for the officer's list and the performance team's board.</summary>
public sealed record EntryRow(
    int KpiId,
    string Code,
    string Name,
    int ServiceAreaId,
    string ServiceArea,
    KpiUnit Unit,
    string? UnitLabel,
    int? ResultId,
    Guid? Version,
    EntryStatus Status,
    decimal? Value,
    decimal? Target,
    RagStatus Rag,
    string? ReturnComment,
    string? EnteredByName,
    DateTime? EnteredAt)
{
    /// <summary>The target as set, of any kind; null when none is set for the period.</summary>
    public TargetTerms? Terms { get; init; }

    public Polarity Polarity { get; init; }
}

/// <summary>Per service area, how many results are in each state, and how many are overdue.</summary>
public sealed record ProgressRow(int ServiceAreaId, string ServiceArea, int Missing, int Draft, int Submitted, int Returned, int Approved, int Overdue)
{
    public int Total => Missing + Draft + Submitted + Returned + Approved;
}

/// <summary>Read side of results entry and sign-off; a fixed number of queries whatever the number of KPIs.</summary>
public sealed class ResultQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Every reported KPI (of one service area, or all) with its result for the period.</summary>
    public async Task<IReadOnlyList<EntryRow>> ListEntriesAsync(int periodId, int? serviceAreaId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpis = db.Kpis.AsNoTracking().Where(k => k.Status == KpiStatus.Active || k.Status == KpiStatus.UnderReview);
        if (serviceAreaId is { } area)
        {
            kpis = kpis.Where(k => k.ServiceAreaId == area);
        }

        // A direction target is judged against the previous year's approved figure, a comparator target against the result's own comparators.
        var previousYear = await db.ReportingPeriods.Where(p => p.Id == periodId).Select(p => p.StartYear - 1).FirstOrDefaultAsync(cancellationToken);
        var rows = await kpis
            .OrderBy(k => k.ServiceArea!.Name).ThenBy(k => k.Name)
            .Select(k => new
            {
                k.Id, k.Code, k.Name, k.ServiceAreaId, ServiceArea = k.ServiceArea!.Name, k.Unit, k.UnitLabel, k.Polarity,
                Result = k.Results.Where(r => r.ReportingPeriodId == periodId)
                    .Select(r => new
                    {
                        r.Id, r.Version, r.State, r.Value, r.DataStatus, r.ReturnComment, r.EnteredByName, r.EnteredAt,
                        England = r.Comparators.Where(c => c.Comparator == Comparator.England).Select(c => (decimal?)c.Value).FirstOrDefault(),
                        Neighbours = r.Comparators.Where(c => c.Comparator == Comparator.StatisticalNeighbours).Select(c => (decimal?)c.Value).FirstOrDefault(),
                    })
                    .FirstOrDefault(),
                Target = k.Targets.Where(t => t.ReportingPeriodId == periodId)
                    .Select(t => new { t.Kind, t.Value, t.UpperValue, t.Comparators, t.EqualCounts, t.AmberTolerance })
                    .FirstOrDefault(),
                Previous = k.Results.Where(r => r.ReportingPeriod!.StartYear == previousYear && r.State == ResultState.Approved && r.DataStatus != DataStatus.NotAvailable)
                    .Select(r => r.Value).FirstOrDefault(),
                Redefined = k.DefinitionChanges.Any(c => c.EffectiveFromPeriodId == periodId),
            })
            .ToListAsync(cancellationToken);

        return rows.Select(k =>
        {
            var value = k.Result?.DataStatus == DataStatus.NotAvailable ? null : k.Result?.Value;
            return new EntryRow(k.Id, k.Code, k.Name, k.ServiceAreaId, k.ServiceArea, k.Unit, k.UnitLabel, k.Result?.Id, k.Result?.Version,
                k.Result is null ? EntryStatus.Missing : Enum.Parse<EntryStatus>(k.Result.State.ToString()),
                value, k.Target?.Value,
                k.Result is null ? RagStatus.Grey : RagRating.Rate(
                    k.Target is { } t ? new TargetTerms(t.Kind, t.Value, t.UpperValue, t.Comparators, t.EqualCounts, t.AmberTolerance) : null,
                    k.Polarity,
                    new RatingFacts(value, k.Previous, k.Result.England, k.Result.Neighbours, value is null, k.Redefined)).Rag,
                k.Result?.ReturnComment, k.Result?.EnteredByName, k.Result?.EnteredAt)
            {
                Terms = k.Target is { } terms ? new TargetTerms(terms.Kind, terms.Value, terms.UpperValue, terms.Comparators, terms.EqualCounts, terms.AmberTolerance) : null,
                Polarity = k.Polarity,
            };
        }).ToList();
    }

    /// <summary>The performance team's board: per service area, results missing, drafted, submitted, returned, approved, overdue.</summary>
    public async Task<IReadOnlyList<ProgressRow>> GetProgressAsync(int periodId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var period = await db.ReportingPeriods.AsNoTracking().FirstAsync(p => p.Id == periodId, cancellationToken);
        var pastDeadline = period.EntryDeadline is { } deadline && DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) > deadline;

        var counts = await db.Kpis.AsNoTracking()
            .Where(k => k.Status == KpiStatus.Active || k.Status == KpiStatus.UnderReview)
            .Select(k => new
            {
                k.ServiceAreaId,
                ServiceArea = k.ServiceArea!.Name,
                State = k.Results.Where(r => r.ReportingPeriodId == periodId).Select(r => (ResultState?)r.State).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        return counts.GroupBy(c => new { c.ServiceAreaId, c.ServiceArea })
            .OrderBy(g => g.Key.ServiceArea)
            .Select(g =>
            {
                var missing = g.Count(c => c.State is null);
                var draft = g.Count(c => c.State == ResultState.Draft);
                var returned = g.Count(c => c.State == ResultState.Returned);
                return new ProgressRow(g.Key.ServiceAreaId, g.Key.ServiceArea, missing, draft,
                    g.Count(c => c.State == ResultState.Submitted), returned, g.Count(c => c.State == ResultState.Approved),
                    pastDeadline ? missing + draft + returned : 0);
            })
            .ToList();
    }
}
