// One file past 300 lines: the KPI list's filter, sort, paging and rating share private helpers
// (Filtered, Sorted, Figures, RateAsync), and splitting them would make each half call the other's.
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Kpis;

/// <summary>What the KPI list can be narrowed by. Null means "any".</summary>
public sealed record KpiFilter
{
    public string? Search { get; init; }

    public int? PriorityId { get; init; }

    public int? PortfolioId { get; init; }

    public int? ScrutinyBoardId { get; init; }

    public int? ServiceAreaId { get; init; }

    public KpiDesignation? Designation { get; init; }

    public IReadOnlyCollection<RagStatus>? Rag { get; init; }

    /// <summary>Include proposed and retired KPIs; by default only those being reported.</summary>
    public bool IncludeNotReported { get; init; }
}

/// <summary>A KPI as one line of a list, with its status in the latest published period.</summary>
public sealed record KpiRow(
    int Id,
    string Code,
    string Name,
    string Priority,
    int PriorityId,
    string Portfolio,
    string ServiceArea,
    string? ScrutinyBoard,
    KpiDesignation Designation,
    KpiStatus Status,
    KpiUnit Unit,
    string? UnitLabel,
    string? PeriodLabel,
    decimal? Value,
    decimal? Target,
    RagStatus Rag,
    Direction Direction,
    bool ValueIsIllustrative,
    bool TargetIsIllustrative)
{
    public bool IsIllustrative => ValueIsIllustrative || TargetIsIllustrative;

    /// <summary>The target as set, of any kind; null when none is set for the period.</summary>
    public TargetTerms? Terms { get; init; }

    public Polarity Polarity { get; init; }

    /// <summary>The row's status and progress in the council's words, judged as the review judges them.</summary>
    public Review.HeadlineItem Judgement => new(Rag, Value is not null, Terms?.IsSet ?? Target is not null, Direction);
}

/// <summary>The orders the KPI list can be read in; each is an index-friendly ORDER BY in the database.</summary>
public enum KpiSort
{
    /// <summary>Council plan priority, then name: the plan's own order.</summary>
    Priority,
    Name,
    Code,
    ServiceArea,
}

/// <summary>One page of the KPI list: its rows, how many KPIs match in all, and which page this is.</summary>
public sealed record KpiPage(IReadOnlyList<KpiRow> Rows, int Total, int PageIndex, int PageSize, string? PeriodLabel)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The one-based positions of the first and last rows on this page, for "51–100 of 1,787".</summary>
    public int First => Total == 0 ? 0 : (PageIndex * PageSize) + 1;

    public int Last => Math.Min(Total, (PageIndex + 1) * PageSize);
}

public sealed record KpiFilterOptions(
    IReadOnlyList<NamedItem> Priorities,
    IReadOnlyList<NamedItem> Portfolios,
    IReadOnlyList<NamedItem> ScrutinyBoards,
    IReadOnlyList<NamedItem> ServiceAreas);

public sealed record NamedItem(int Id, string Name);

/// <summary>
/// Read side of the KPI pages. Each method runs a fixed number of queries whatever the number of
/// KPIs, so the pages stay fast as the plan grows.
/// </summary>
public sealed partial class KpiQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<KpiFilterOptions> GetFilterOptionsAsync(bool withServiceAreas = true, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var priorities = await db.Priorities.OrderBy(p => p.SortOrder).Select(p => new NamedItem(p.Id, p.Name)).ToListAsync(cancellationToken);
        var portfolios = await db.Portfolios.OrderBy(p => p.Name).Select(p => new NamedItem(p.Id, p.Name)).ToListAsync(cancellationToken);
        var boards = (await db.ScrutinyBoards.OrderBy(b => b.Number).ToListAsync(cancellationToken))
            .Select(b => new NamedItem(b.Id, b.DisplayName)).ToList();
        var areas = withServiceAreas
            ? await db.ServiceAreas.OrderBy(a => a.Name).Select(a => new NamedItem(a.Id, a.Name)).ToListAsync(cancellationToken)
            : [];
        return new KpiFilterOptions(priorities, portfolios, boards, areas);
    }

    /// <summary>The latest published reporting period, whose results the lists rate.</summary>
    public async Task<ReportingPeriod?> GetLatestPublishedPeriodAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await LatestPublishedAsync(db, cancellationToken);
    }

    public const int DefaultPageSize = 50;

    /// <summary>Every KPI that matches, rated (for short lists such as one service area's).</summary>
    public async Task<IReadOnlyList<KpiRow>> ListAsync(KpiFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpis = Filtered(db, filter);
        var (latest, previousId) = await PeriodsAsync(db, cancellationToken);
        var rows = await Project(Sorted(kpis, KpiSort.Priority)).ToListAsync(cancellationToken);
        if (filter.Rag is { Count: > 0 } rag)
        {
            // In memory, not as one parameter per KPI: the list is short here (a service area's).
            var matching = (await MatchingRagAsync(db, Sorted(kpis, KpiSort.Priority), latest, previousId, rag, cancellationToken)).ToHashSet();
            rows = [.. rows.Where(r => matching.Contains(r.Id))];
        }

        return await RowsAsync(db, rows, latest, previousId, cancellationToken);
    }

    /// <summary>
    /// One page of the KPIs that match, filtered, sorted and paged in the database: a count, the page's
    /// rows and their figures, whatever the number of KPIs. A RAG filter reads one narrow line per
    /// matching KPI (its figures, not its names) and rates it with <see cref="Rate"/>, so the list can
    /// never disagree with the rule.
    /// </summary>
    public async Task<KpiPage> ListPageAsync(KpiFilter filter, int pageIndex, int pageSize = DefaultPageSize, KpiSort sort = KpiSort.Priority,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        pageIndex = Math.Max(0, pageIndex);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpis = Filtered(db, filter);
        var (latest, previousId) = await PeriodsAsync(db, cancellationToken);

        List<Line> lines;
        int total;
        if (filter.Rag is { Count: > 0 } rag)
        {
            var matching = await MatchingRagAsync(db, Sorted(kpis, sort), latest, previousId, rag, cancellationToken);
            total = matching.Count;
            pageIndex = Math.Min(pageIndex, Math.Max(0, (total - 1) / pageSize));
            var pageIds = matching.Skip(pageIndex * pageSize).Take(pageSize).ToList();
            var byId = (await Project(kpis.Where(k => pageIds.Contains(k.Id))).ToListAsync(cancellationToken)).ToDictionary(l => l.Id);
            lines = [.. pageIds.Select(id => byId[id])];
        }
        else
        {
            total = await kpis.CountAsync(cancellationToken);
            pageIndex = Math.Min(pageIndex, Math.Max(0, (total - 1) / pageSize));
            lines = await Project(Sorted(kpis, sort).Skip(pageIndex * pageSize).Take(pageSize)).ToListAsync(cancellationToken);
        }

        var rows = await RowsAsync(db, lines, latest, previousId, cancellationToken);
        return new KpiPage(rows, total, pageIndex, pageSize, latest?.Label);
    }

    /// <summary>
    /// The one place the KPI lists call the rating rule, for a page's rows and for a RAG filter alike,
    /// so a filtered list can never disagree with the chips it shows.
    /// </summary>
    private static RagStatus Rate(TargetTerms? terms, Polarity polarity, decimal? value, decimal? previousValue, decimal? national,
        decimal? neighbours, bool definitionChanged) =>
        RagRating.Rate(terms, polarity, new RatingFacts(value, previousValue, national, neighbours, value is null, definitionChanged)).Rag;

    private static IQueryable<Kpi> Filtered(AppDbContext db, KpiFilter filter)
    {
        var kpis = db.Kpis.AsNoTracking();
        if (!filter.IncludeNotReported)
        {
            kpis = kpis.Where(k => k.Status == KpiStatus.Active || k.Status == KpiStatus.UnderReview);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = $"%{filter.Search.Trim()}%";
            kpis = kpis.Where(k => EF.Functions.Like(k.Name, term) || EF.Functions.Like(k.Code, term));
        }

        if (filter.PriorityId is { } priorityId)
        {
            kpis = kpis.Where(k => k.PriorityId == priorityId);
        }

        if (filter.PortfolioId is { } portfolioId)
        {
            kpis = kpis.Where(k => k.PortfolioId == portfolioId || k.SecondaryPortfolioId == portfolioId);
        }

        if (filter.ScrutinyBoardId is { } boardId)
        {
            kpis = kpis.Where(k => k.ScrutinyBoardId == boardId);
        }

        if (filter.ServiceAreaId is { } areaId)
        {
            kpis = kpis.Where(k => k.ServiceAreaId == areaId);
        }

        if (filter.Designation is { } designation)
        {
            kpis = kpis.Where(k => k.Designation == designation);
        }

        return kpis;
    }

    // The id breaks ties so that paging never shows a KPI twice or skips one.
    private static IQueryable<Kpi> Sorted(IQueryable<Kpi> kpis, KpiSort sort) => sort switch
    {
        KpiSort.Name => kpis.OrderBy(k => k.Name).ThenBy(k => k.Id),
        KpiSort.Code => kpis.OrderBy(k => k.Code),
        KpiSort.ServiceArea => kpis.OrderBy(k => k.ServiceArea!.Name).ThenBy(k => k.Name).ThenBy(k => k.Id),
        _ => kpis.OrderBy(k => k.Priority!.SortOrder).ThenBy(k => k.Name).ThenBy(k => k.Id),
    };

    private sealed record Line(
        int Id, string Code, string Name, string Priority, int PriorityId, string Portfolio, string ServiceArea, string? Board, int? BoardNumber,
        KpiDesignation Designation, KpiStatus Status, KpiUnit Unit, string? UnitLabel, Polarity Polarity, decimal? SimilarBand);

    private static IQueryable<Line> Project(IQueryable<Kpi> kpis) => kpis.Select(k => new Line(
        k.Id, k.Code, k.Name, k.Priority!.Name, k.PriorityId, k.Portfolio!.Name, k.ServiceArea!.Name,
        k.ScrutinyBoard != null ? k.ScrutinyBoard.Name : null, k.ScrutinyBoard != null ? k.ScrutinyBoard.Number : null,
        k.Designation, k.Status, k.Unit, k.UnitLabel, k.Polarity, k.SimilarBand));

    private sealed record Figure(
        int Id, Polarity Polarity, decimal? Value, decimal? National, decimal? Neighbours, decimal? PreviousValue, bool DefinitionChanged,
        TargetKind? Kind, decimal? Target, decimal? Upper, TargetComparators? Comparators, bool EqualCounts, decimal Tolerance)
    {
        public TargetTerms? Terms => Kind is { } kind ? new TargetTerms(kind, Target, Upper, Comparators, EqualCounts, Tolerance) : null;
    }

    // One row per KPI in the list's order: what the rule needs to rate it (this and the previous period's
    // values, this period's comparators and target), by left joins on the (KPI, period) indexes, so
    // SQLite reads a few index entries per KPI and no names.
    private static IQueryable<Figure> Figures(AppDbContext db, IQueryable<Kpi> sortedKpis, int periodId, int? previousId)
    {
        var results = db.Results.Where(r => r.ReportingPeriodId == periodId && r.State == ResultState.Approved);
        var before = previousId ?? -1;
        var previous = db.Results.Where(r => r.ReportingPeriodId == before && r.State == ResultState.Approved);
        var targets = db.Targets.Where(t => t.ReportingPeriodId == periodId);
        return
            from k in sortedKpis
            join r in results on k.Id equals r.KpiId into rs
            from r in rs.DefaultIfEmpty()
            join p in previous on k.Id equals p.KpiId into ps
            from p in ps.DefaultIfEmpty()
            join t in targets on k.Id equals t.KpiId into ts
            from t in ts.DefaultIfEmpty()
            select new Figure(
                k.Id,
                k.Polarity,
                r != null && r.DataStatus != DataStatus.NotAvailable ? r.Value : null,
                r != null ? r.Comparators.Where(c => c.Comparator == Comparator.England).Select(c => (decimal?)c.Value).FirstOrDefault() : null,
                r != null ? r.Comparators.Where(c => c.Comparator == Comparator.StatisticalNeighbours).Select(c => (decimal?)c.Value).FirstOrDefault() : null,
                p != null && p.DataStatus != DataStatus.NotAvailable ? p.Value : null,
                db.KpiDefinitionChanges.Any(c => c.KpiId == k.Id && c.EffectiveFromPeriodId == periodId),
                t != null ? t.Kind : null,
                t != null ? t.Value : null,
                t != null ? t.UpperValue : null,
                t != null ? t.Comparators : null,
                t != null && t.EqualCounts,
                t != null ? t.AmberTolerance : 0m);
    }

    // The ids, in the list's order, of the KPIs whose rating is one of those asked for.
    private static async Task<List<int>> MatchingRagAsync(AppDbContext db, IQueryable<Kpi> sortedKpis, ReportingPeriod? latest, int? previousId,
        IReadOnlyCollection<RagStatus> rag, CancellationToken cancellationToken)
    {
        if (latest is null)
        {
            // Nothing is published, so every KPI is grey.
            return rag.Contains(RagStatus.Grey) ? await sortedKpis.Select(k => k.Id).ToListAsync(cancellationToken) : [];
        }

        var figures = await Figures(db, sortedKpis, latest.Id, previousId).ToListAsync(cancellationToken);
        return [.. figures
            .Where(f => rag.Contains(Rate(f.Terms, f.Polarity, f.Value, f.PreviousValue, f.National, f.Neighbours, f.DefinitionChanged)))
            .Select(f => f.Id)];
    }

    private static async Task<(ReportingPeriod? Latest, int? PreviousId)> PeriodsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var latest = await LatestPublishedAsync(db, cancellationToken);
        if (latest is null)
        {
            return (null, null);
        }

        var previousYear = latest.StartYear - 1;
        var previousId = await db.ReportingPeriods.Where(p => p.StartYear == previousYear).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        return (latest, previousId);
    }

    private static async Task<IReadOnlyList<KpiRow>> RowsAsync(AppDbContext db, List<Line> rows, ReportingPeriod? latest, int? previousId,
        CancellationToken cancellationToken)
    {
        var ratings = latest is null
            ? new Dictionary<int, Rating>()
            : await RateAsync(db, latest.Id, previousId, [.. rows.Select(r => r.Id)], cancellationToken);

        return [.. rows.Select(r =>
        {
            var rating = ratings.GetValueOrDefault(r.Id);
            var board = r.Board is null ? null : ScrutinyBoard.FormatName(r.Board, r.BoardNumber);
            var rag = rating is null ? RagStatus.Grey
                : Rate(rating.Terms, r.Polarity, rating.Value, rating.PreviousValue, rating.National, rating.Neighbours, rating.DefinitionChanged);
            var direction = rating is null ? Direction.NotComparable : DirectionOfTravel.Compare(rating.Value, rating.PreviousValue, r.Polarity, rating.DefinitionChanged, r.SimilarBand);
            return new KpiRow(r.Id, r.Code, r.Name, r.Priority, r.PriorityId, r.Portfolio, r.ServiceArea, board, r.Designation, r.Status,
                r.Unit, r.UnitLabel, latest?.Label, rating?.Value, rating?.Target, rag, direction,
                rating?.ValueIsIllustrative ?? false, rating?.TargetIsIllustrative ?? false)
            {
                Terms = rating?.Terms,
                Polarity = r.Polarity,
            };
        })];
    }

    private static Task<ReportingPeriod?> LatestPublishedAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.ReportingPeriods.AsNoTracking()
            .Where(p => p.State == PeriodState.Published)
            .OrderByDescending(p => p.StartYear)
            .FirstOrDefaultAsync(cancellationToken);

    private sealed record Rating(decimal? Value, decimal? Target, TargetTerms? Terms, decimal? National, decimal? Neighbours, decimal? PreviousValue, bool DefinitionChanged, bool ValueIsIllustrative, bool TargetIsIllustrative);

    // Three queries for one list of KPIs (a page, or a service area's): this and the previous period's
    // results, the targets and the definition changes. The periods are named by id, so each lookup is a
    // seek on the (KPI, period) index rather than a join on the period's year.
    private static async Task<Dictionary<int, Rating>> RateAsync(AppDbContext db, int periodId, int? previousId, List<int> kpiIds,
        CancellationToken cancellationToken)
    {
        var periodIds = previousId is { } before ? new[] { periodId, before } : [periodId];
        var results = await db.Results.AsNoTracking()
            .Where(r => kpiIds.Contains(r.KpiId) && periodIds.Contains(r.ReportingPeriodId) && r.State == ResultState.Approved)
            .Select(r => new
            {
                r.KpiId, r.ReportingPeriodId, Value = r.DataStatus == DataStatus.NotAvailable ? null : r.Value, r.IsIllustrative,
                National = r.Comparators.Where(c => c.Comparator == Comparator.England).Select(c => (decimal?)c.Value).FirstOrDefault(),
                Neighbours = r.Comparators.Where(c => c.Comparator == Comparator.StatisticalNeighbours).Select(c => (decimal?)c.Value).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => kpiIds.Contains(t.KpiId) && t.ReportingPeriodId == periodId)
            .Select(t => new { t.KpiId, t.Value, t.IsIllustrative, Terms = new TargetTerms(t.Kind, t.Value, t.UpperValue, t.Comparators, t.EqualCounts, t.AmberTolerance) })
            .ToDictionaryAsync(t => t.KpiId, cancellationToken);
        var redefined = await db.KpiDefinitionChanges.AsNoTracking()
            .Where(c => kpiIds.Contains(c.KpiId) && c.EffectiveFromPeriodId == periodId)
            .Select(c => c.KpiId)
            .ToListAsync(cancellationToken);

        var current = results.Where(r => r.ReportingPeriodId == periodId).ToDictionary(r => r.KpiId);
        var previous = results.Where(r => r.ReportingPeriodId != periodId).ToDictionary(r => r.KpiId);
        var redefinedNow = redefined.ToHashSet();
        return kpiIds.ToDictionary(id => id, id =>
        {
            var now = current.GetValueOrDefault(id);
            var before = previous.GetValueOrDefault(id);
            var target = targets.GetValueOrDefault(id);
            return new Rating(now?.Value, target?.Value, target?.Terms, now?.National, now?.Neighbours, before?.Value, redefinedNow.Contains(id),
                now?.IsIllustrative ?? false, target?.IsIllustrative ?? false);
        });
    }
}
