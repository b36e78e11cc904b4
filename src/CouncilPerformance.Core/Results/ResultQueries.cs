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

/// <summary>The progress board of a period: its counts per service area and a page of the results waiting for sign-off.</summary>
public sealed record ProgressBoard(ReportingPeriod Period, IReadOnlyList<ProgressRow> Areas, EntryPage Waiting);

/// <summary>One page of results for sign-off, with how many there are in all.</summary>
public sealed record EntryPage(IReadOnlyList<EntryRow> Rows, int Total, int PageIndex, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Read side of results entry and sign-off; a fixed number of queries whatever the number of KPIs.</summary>
public sealed class ResultQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int DefaultPageSize = 50;

    /// <summary>Every reported KPI (of one service area, or all) with its result for the period.</summary>
    public async Task<IReadOnlyList<EntryRow>> ListEntriesAsync(int periodId, int? serviceAreaId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpis = Reported(db);
        if (serviceAreaId is { } area)
        {
            kpis = kpis.Where(k => k.ServiceAreaId == area);
        }

        var lines = await Entries(db, kpis, db.Results.Where(r => r.ReportingPeriodId == periodId), periodId, inner: false)
            .OrderBy(l => l.ServiceArea).ThenBy(l => l.Name).ThenBy(l => l.KpiId)
            .ToListAsync(cancellationToken);
        return [.. lines.Select(ToRow)];
    }

    /// <summary>
    /// The progress board for the period starting in <paramref name="year"/> (or the current one): the period, its counts
    /// per service area and a page of the results waiting for sign-off. Three commands on one context; null when there is
    /// no such period. How many wait is the sum of the areas' submitted counts, so it is not counted again.
    /// </summary>
    public async Task<ProgressBoard?> GetBoardAsync(int? year, int pageIndex, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await BoardPeriodAsync(db, year, cancellationToken) is not { } period)
        {
            return null;
        }

        var areas = await CountsAsync(db, period, cancellationToken);
        var waiting = await SubmittedPageAsync(db, period.Id, areas.Sum(a => a.Submitted), pageIndex, pageSize, cancellationToken);
        return new ProgressBoard(period, areas, waiting);
    }

    // Counted, sorted and paged on a narrow join (result, KPI, area): the comparators, targets and last
    // year's figures the rating needs are then read for the page's rows only, not for every submitted result.
    private static IQueryable<SubmittedLine> Submitted(AppDbContext db, int periodId) =>
        from r in db.Results
        where r.ReportingPeriodId == periodId && r.State == ResultState.Submitted
        join k in Reported(db) on r.KpiId equals k.Id
        join a in db.ServiceAreas on k.ServiceAreaId equals a.Id
        select new SubmittedLine { ResultId = r.Id, ServiceArea = a.Name, Name = k.Name, KpiId = k.Id };

    private static async Task<EntryPage> SubmittedPageAsync(AppDbContext db, int periodId, int total, int pageIndex, int pageSize, CancellationToken cancellationToken)
    {
        pageIndex = Math.Clamp(pageIndex, 0, Math.Max(0, (total - 1) / pageSize));
        var pageIds = Submitted(db, periodId)
            .OrderBy(l => l.ServiceArea).ThenBy(l => l.Name).ThenBy(l => l.KpiId)
            .Skip(pageIndex * pageSize).Take(pageSize)
            .Select(l => l.ResultId);
        // The page is read even when the count is zero, so the view always sends the same commands.
        var submitted = db.Results.Where(r => r.ReportingPeriodId == periodId && r.State == ResultState.Submitted && pageIds.Contains(r.Id));
        var page = await Entries(db, Reported(db), submitted, periodId, inner: true)
            .OrderBy(l => l.ServiceArea).ThenBy(l => l.Name).ThenBy(l => l.KpiId)
            .ToListAsync(cancellationToken);
        return new EntryPage([.. page.Select(ToRow)], total, pageIndex, pageSize);
    }

    // A member-initialised class, not a positional record: EF orders and pages by members it can see being set.
    private sealed class SubmittedLine
    {
        public int ResultId { get; init; }

        public required string ServiceArea { get; init; }

        public required string Name { get; init; }

        public int KpiId { get; init; }
    }

    private static IQueryable<Kpi> Reported(AppDbContext db) =>
        db.Kpis.AsNoTracking().Where(k => k.Status == KpiStatus.Active || k.Status == KpiStatus.UnderReview);

    private sealed class EntryLine
    {
        public int KpiId { get; init; }

        public required string Code { get; init; }

        public required string Name { get; init; }

        public int ServiceAreaId { get; init; }

        public required string ServiceArea { get; init; }

        public KpiUnit Unit { get; init; }

        public string? UnitLabel { get; init; }

        public Polarity Polarity { get; init; }

        public int? ResultId { get; init; }

        public Guid? Version { get; init; }

        public ResultState? State { get; init; }

        public decimal? Value { get; init; }

        public DataStatus? DataStatus { get; init; }

        public string? ReturnComment { get; init; }

        public string? EnteredByName { get; init; }

        public DateTime? EnteredAt { get; init; }

        public decimal? England { get; init; }

        public decimal? Neighbours { get; init; }

        public decimal? PreviousValue { get; init; }

        public bool Redefined { get; init; }

        public TargetKind? Kind { get; init; }

        public decimal? Target { get; init; }

        public decimal? UpperTarget { get; init; }

        public TargetComparators? Comparators { get; init; }

        public bool EqualCounts { get; init; }

        public decimal Tolerance { get; init; }

        public TargetTerms? Terms => Kind is { } kind ? new TargetTerms(kind, Target, UpperTarget, Comparators, EqualCounts, Tolerance) : null;
    }

    // Joins rather than FirstOrDefault() lookups: EF turns those into ROW_NUMBER() subqueries over the
    // whole Results table, which SQLite scans; a join on (KPI, period) is one index seek per KPI.
    private static IQueryable<EntryLine> Entries(AppDbContext db, IQueryable<Kpi> kpis, IQueryable<Result> results, int periodId, bool inner)
    {
        var targets = db.Targets.Where(t => t.ReportingPeriodId == periodId);

        // A direction target is judged against the previous year's approved figure; one uncorrelated
        // subquery names that year, so the join stays a seek on (KPI, period).
        var previousPeriods = db.ReportingPeriods
            .Where(p => p.StartYear == db.ReportingPeriods.Where(q => q.Id == periodId).Select(q => q.StartYear).FirstOrDefault() - 1)
            .Select(p => p.Id);
        var previous = db.Results.Where(r => previousPeriods.Contains(r.ReportingPeriodId) && r.State == ResultState.Approved && r.DataStatus != DataStatus.NotAvailable);
        var withResults = inner
            ? from k in kpis join r in results on k.Id equals r.KpiId select new { k, r }
            : from k in kpis join r in results on k.Id equals r.KpiId into rs from r in rs.DefaultIfEmpty() select new { k, r };
        return
            from x in withResults
            join a in db.ServiceAreas on x.k.ServiceAreaId equals a.Id
            join t in targets on x.k.Id equals t.KpiId into ts
            from t in ts.DefaultIfEmpty()
            join p in previous on x.k.Id equals p.KpiId into ps
            from p in ps.DefaultIfEmpty()
            select new EntryLine
            {
                KpiId = x.k.Id,
                Code = x.k.Code,
                Name = x.k.Name,
                ServiceAreaId = x.k.ServiceAreaId,
                ServiceArea = a.Name,
                Unit = x.k.Unit,
                UnitLabel = x.k.UnitLabel,
                Polarity = x.k.Polarity,
                ResultId = x.r != null ? x.r.Id : null,
                Version = x.r != null ? x.r.Version : null,
                State = x.r != null ? x.r.State : null,
                Value = x.r != null ? x.r.Value : null,
                DataStatus = x.r != null ? x.r.DataStatus : null,
                ReturnComment = x.r != null ? x.r.ReturnComment : null,
                EnteredByName = x.r != null ? x.r.EnteredByName : null,
                EnteredAt = x.r != null ? x.r.EnteredAt : null,
                England = x.r != null ? x.r.Comparators.Where(c => c.Comparator == Comparator.England).Select(c => (decimal?)c.Value).FirstOrDefault() : null,
                Neighbours = x.r != null ? x.r.Comparators.Where(c => c.Comparator == Comparator.StatisticalNeighbours).Select(c => (decimal?)c.Value).FirstOrDefault() : null,
                PreviousValue = p != null ? p.Value : null,
                Redefined = db.KpiDefinitionChanges.Any(c => c.KpiId == x.k.Id && c.EffectiveFromPeriodId == periodId),
                Kind = t != null ? t.Kind : null,
                Target = t != null ? t.Value : null,
                UpperTarget = t != null ? t.UpperValue : null,
                Comparators = t != null ? t.Comparators : null,
                EqualCounts = t != null && t.EqualCounts,
                Tolerance = t != null ? t.AmberTolerance : 0m,
            };
    }

    private static EntryRow ToRow(EntryLine k)
    {
        var value = k.DataStatus == DataStatus.NotAvailable ? null : k.Value;
        return new EntryRow(k.KpiId, k.Code, k.Name, k.ServiceAreaId, k.ServiceArea, k.Unit, k.UnitLabel, k.ResultId, k.Version,
            k.State is { } state ? Enum.Parse<EntryStatus>(state.ToString()) : EntryStatus.Missing,
            value, k.Target,
            k.ResultId is null ? RagStatus.Grey
                : RagRating.Rate(k.Terms, k.Polarity, new RatingFacts(value, k.PreviousValue, k.England, k.Neighbours, value is null, k.Redefined)).Rag,
            k.ReturnComment, k.EnteredByName, k.EnteredAt)
        {
            Terms = k.Terms,
            Polarity = k.Polarity,
        };
    }

    // The period the board shows: the one starting in the year, or without a year the current one (the open one, else the
    // latest); null when there is none (one query).
    private static async Task<ReportingPeriod?> BoardPeriodAsync(AppDbContext db, int? year, CancellationToken cancellationToken)
    {
        var periods = db.ReportingPeriods.AsNoTracking();
        return year is { } y
            ? await periods.FirstOrDefaultAsync(p => p.StartYear == y, cancellationToken)
            : await periods.OrderByDescending(p => p.State == PeriodState.Open).ThenByDescending(p => p.StartYear).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<ProgressRow>> CountsAsync(AppDbContext db, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var pastDeadline = period.EntryDeadline is { } deadline && DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) > deadline;

        // Counted and ordered in the database: one row per service area with a count per state, whatever the number of KPIs.
        // Grouped by the area's own key, not the KPI's column for it: grouped by the KPI's, SQLite walked every KPI in
        // that column's index for the grouping order (about a third slower at thirty times) rather than finding the
        // reported ones by their status.
        var counts = await (
                from k in Reported(db)
                join a in db.ServiceAreas on k.ServiceAreaId equals a.Id
                join r in db.Results.Where(r => r.ReportingPeriodId == period.Id) on k.Id equals r.KpiId into rs
                from r in rs.DefaultIfEmpty()
                group new { State = r != null ? (ResultState?)r.State : null } by new { ServiceAreaId = a.Id, ServiceArea = a.Name } into g
                orderby g.Key.ServiceArea, g.Key.ServiceAreaId
                select new
                {
                    g.Key.ServiceAreaId,
                    g.Key.ServiceArea,
                    Missing = g.Count(x => x.State == null),
                    Draft = g.Count(x => x.State == ResultState.Draft),
                    Submitted = g.Count(x => x.State == ResultState.Submitted),
                    Returned = g.Count(x => x.State == ResultState.Returned),
                    Approved = g.Count(x => x.State == ResultState.Approved),
                })
            .ToListAsync(cancellationToken);

        return [.. counts.Select(c => new ProgressRow(c.ServiceAreaId, c.ServiceArea, c.Missing, c.Draft, c.Submitted, c.Returned, c.Approved,
            pastDeadline ? c.Missing + c.Draft + c.Returned : 0))];
    }
}
