using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Review;

/// <summary>What the year's review can be narrowed by. Null means "any".</summary>
public sealed record ReviewFilter
{
    public int? PriorityId { get; init; }

    public int? PortfolioId { get; init; }

    /// <summary>A board sees the KPIs in its remit.</summary>
    public int? ScrutinyBoardId { get; init; }

    public KpiDesignation? Designation { get; init; }
}

/// <summary>The three parts of the review, in the order a councillor reads them: exceptions first, then the gaps, then the successes.</summary>
public enum ReviewSection
{
    /// <summary>Red, then amber.</summary>
    OffTarget,

    /// <summary>No figure for the year, or no target to judge it by.</summary>
    NoDataOrNoTarget,

    /// <summary>Green: target met or beaten (Cabinet recommendation 8: recognised, not hidden).</summary>
    Achieved,
}

/// <summary>One KPI in the review, with the published figures that rate it.</summary>
public sealed record ReviewRow(
    int KpiId,
    string Code,
    string Name,
    string Priority,
    string Portfolio,
    string? ScrutinyBoard,
    KpiDesignation Designation,
    KpiUnit Unit,
    string? UnitLabel,
    Polarity Polarity,
    decimal? Value,
    string? PeriodNote,
    DataStatus? DataStatus,
    string? NotAvailableReason,
    string? Commentary,
    decimal? Target,
    decimal? PreviousValue,
    RagStatus Rag,
    Direction Direction,
    bool IsIllustrative,
    IReadOnlyList<ComparatorFigure> Comparators)
{
    /// <summary>The target as set, of any kind; null when none is set.</summary>
    public TargetTerms? Terms { get; init; }

    public HeadlineItem Judgement => new(Rag, Value is not null, Terms?.IsSet ?? Target is not null, Direction);
}

public sealed record ComparatorFigure(Comparator Comparator, decimal Value);

/// <summary>One page of a review section.</summary>
public sealed record ReviewPage(IReadOnlyList<ReviewRow> Rows, int Total, int PageIndex, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The year's performance review. Only <b>published</b> results count: an approved but unpublished
/// figure never drives a count or a RAG status here. Filtering, rating, ordering and paging happen in
/// the database, so a plan of thousands of KPIs costs one page of rows and a fixed number of queries.
/// </summary>
public sealed class ReviewQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int DefaultPageSize = 25;

    /// <summary>The published reporting period that starts in <paramref name="startYear"/>, or null.</summary>
    public async Task<ReportingPeriod?> GetPublishedPeriodAsync(int startYear, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ReportingPeriods.AsNoTracking()
            .FirstOrDefaultAsync(p => p.StartYear == startYear && p.State == PeriodState.Published, cancellationToken);
    }

    /// <summary>The published years, newest first, for the year picker.</summary>
    public async Task<IReadOnlyList<ReportingPeriod>> ListPublishedPeriodsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ReportingPeriods.AsNoTracking()
            .Where(p => p.State == PeriodState.Published)
            .OrderByDescending(p => p.StartYear)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The headline counts for the filtered KPIs: one grouped query.</summary>
    public async Task<PerformanceHeadline> GetHeadlineAsync(int periodId, ReviewFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var period = await PublishedAsync(db, periodId, cancellationToken);
        if (period is null)
        {
            return PerformanceHeadline.From([]);
        }

        var groups = await Lines(db, period, filter)
            .GroupBy(l => new { l.Rag, l.HasValue, l.HasTarget, l.Direction })
            .Select(g => new { g.Key.Rag, g.Key.HasValue, g.Key.HasTarget, g.Key.Direction, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return PerformanceHeadline.From(groups.SelectMany(g =>
            Enumerable.Repeat(new HeadlineItem(g.Rag, g.HasValue, g.HasTarget, g.Direction), g.Count)));
    }

    /// <summary>One page of a section: a count, the page of rows, and the page's comparators (three queries).</summary>
    public async Task<ReviewPage> GetSectionAsync(int periodId, ReviewFilter filter, ReviewSection section, int pageIndex, int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        pageIndex = Math.Max(0, pageIndex);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var period = await PublishedAsync(db, periodId, cancellationToken);
        if (period is null)
        {
            return new ReviewPage([], 0, 0, pageSize);
        }

        var lines = Lines(db, period, filter);
        lines = section switch
        {
            ReviewSection.OffTarget => lines.Where(l => l.Rag == RagStatus.Red || l.Rag == RagStatus.Amber),
            ReviewSection.Achieved => lines.Where(l => l.Rag == RagStatus.Green),
            _ => lines.Where(l => l.Rag == RagStatus.Grey),
        };

        var total = await lines.CountAsync(cancellationToken);
        var lastPage = Math.Max(0, (total - 1) / pageSize);
        pageIndex = Math.Min(pageIndex, lastPage);
        var page = await lines
            .OrderBy(l => l.PrioritySort).ThenBy(l => l.RagOrder).ThenBy(l => l.Name).ThenBy(l => l.KpiId)
            .Skip(pageIndex * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);

        var resultIds = page.Where(l => l.ResultId != null).Select(l => l.ResultId!.Value).ToList();
        var comparators = (await db.Set<ComparatorValue>().AsNoTracking()
                .Where(c => resultIds.Contains(c.ResultId))
                .Select(c => new { c.ResultId, c.Comparator, c.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.ResultId, c => new ComparatorFigure(c.Comparator, c.Value));

        var rows = page.Select(l => new ReviewRow(
            l.KpiId, l.Code, l.Name, l.Priority, l.Portfolio,
            l.BoardName is null ? null : ScrutinyBoard.FormatName(l.BoardName, l.BoardNumber),
            l.Designation, l.Unit, l.UnitLabel, l.Polarity, l.Value, l.PeriodNote, l.DataStatus, l.NotAvailableReason, l.Commentary,
            l.Target, l.PreviousValue, l.Rag, l.Direction, l.IsIllustrative,
            l.ResultId is { } id ? comparators[id].OrderBy(c => c.Comparator).ToList() : [])
        {
            Terms = l.Kind == TargetKind.None ? null : new TargetTerms(l.Kind, l.Target, l.UpperValue, l.TargetComparators, l.EqualCounts, l.Tolerance),
        }).ToList();
        return new ReviewPage(rows, total, pageIndex, pageSize);
    }

    private static Task<ReportingPeriod?> PublishedAsync(AppDbContext db, int periodId, CancellationToken cancellationToken) =>
        db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId && p.State == PeriodState.Published, cancellationToken);

    /// <summary>A KPI with its published figures for the period, rated in SQL.</summary>
    private sealed class Line
    {
        public int KpiId { get; init; }

        public required string Code { get; init; }

        public required string Name { get; init; }

        public int PrioritySort { get; init; }

        public required string Priority { get; init; }

        public required string Portfolio { get; init; }

        public string? BoardName { get; init; }

        public int? BoardNumber { get; init; }

        public KpiDesignation Designation { get; init; }

        public KpiUnit Unit { get; init; }

        public string? UnitLabel { get; init; }

        public Polarity Polarity { get; init; }

        public int? ResultId { get; init; }

        public decimal? Value { get; init; }

        public string? PeriodNote { get; init; }

        public DataStatus? DataStatus { get; init; }

        public string? NotAvailableReason { get; init; }

        public string? Commentary { get; init; }

        public decimal? Target { get; init; }

        public TargetKind Kind { get; init; }

        public decimal? UpperValue { get; init; }

        public TargetComparators? TargetComparators { get; init; }

        public bool EqualCounts { get; init; }

        public decimal Tolerance { get; init; }

        public decimal? PreviousValue { get; init; }

        public bool HasValue { get; init; }

        public bool HasTarget { get; init; }

        public RagStatus Rag { get; init; }

        /// <summary>Red before amber within a priority.</summary>
        public int RagOrder { get; init; }

        public Direction Direction { get; init; }

        public bool IsIllustrative { get; init; }
    }

    // The RAG and direction rules of RagRating and DirectionOfTravel, written as SQL CASE expressions so the
    // database can filter, count and page by them. ReviewQueriesTests checks them against the C# rules.
    private static IQueryable<Line> Lines(AppDbContext db, ReportingPeriod period, ReviewFilter filter)
    {
        var kpis = db.Kpis.AsNoTracking().Where(k => k.Status == KpiStatus.Active || k.Status == KpiStatus.UnderReview);
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

        if (filter.Designation is { } designation)
        {
            kpis = kpis.Where(k => k.Designation == designation);
        }

        var periodId = period.Id;
        var previousYear = period.StartYear - 1;
        var results = db.Results.Where(r => r.ReportingPeriodId == periodId && r.State == ResultState.Approved);
        var targets = db.Targets.Where(t => t.ReportingPeriodId == periodId);
        var previous = db.Results.Where(r => r.ReportingPeriod!.StartYear == previousYear && r.ReportingPeriod.State == PeriodState.Published
            && r.State == ResultState.Approved && r.DataStatus != Results.DataStatus.NotAvailable && r.Value != null);

        var joined =
            from k in kpis
            join r in results on k.Id equals r.KpiId into rs
            from r in rs.DefaultIfEmpty()
            join t in targets on k.Id equals t.KpiId into ts
            from t in ts.DefaultIfEmpty()
            join p in previous on k.Id equals p.KpiId into ps
            from p in ps.DefaultIfEmpty()
            select new
            {
                k,
                r,
                Value = r != null && r.DataStatus != Results.DataStatus.NotAvailable ? r.Value : null,
                Kind = t != null ? t.Kind : TargetKind.None,
                Target = t != null ? t.Value : null,
                Upper = t != null ? t.UpperValue : null,
                Comparators = t != null ? t.Comparators : null,
                EqualCounts = t != null && t.EqualCounts,
                Tolerance = t != null ? t.AmberTolerance : 0m,
                Previous = p != null ? p.Value : null,
                National = r != null ? r.Comparators.Where(c => c.Comparator == Comparator.England).Select(c => (decimal?)c.Value).FirstOrDefault() : null,
                Neighbours = r != null ? r.Comparators.Where(c => c.Comparator == Comparator.StatisticalNeighbours).Select(c => (decimal?)c.Value).FirstOrDefault() : null,
                Changed = db.KpiDefinitionChanges.Any(c => c.KpiId == k.Id && c.EffectiveFromPeriodId == periodId),
                Illustrative = (r != null && r.IsIllustrative) || (t != null && t.IsIllustrative),
            };

        // RagRating.Rate as SQL: the shortfall against the target of each kind (null when it cannot be judged),
        // then green when it is met (strictly beaten for direction and "better than" comparator targets).
        var judged = joined.Select(x => new
        {
            x.k, x.r, x.Value, x.Kind, x.Target, x.Upper, x.Comparators, x.EqualCounts, x.Tolerance, x.Previous, x.Changed, x.Illustrative,
            HasTarget = x.Kind == TargetKind.Value ? x.Target != null
                : x.Kind == TargetKind.Range ? x.Target != null && x.Upper != null
                : x.Kind == TargetKind.Comparator ? x.Comparators != null
                : x.Kind == TargetKind.Direction,
            Strict = x.Kind == TargetKind.Direction || (x.Kind == TargetKind.Comparator && !x.EqualCounts),
            Shortfall = x.Value == null ? null
                : x.Kind == TargetKind.Value ? (x.k.Polarity == Polarity.HigherIsBetter ? x.Target - x.Value : x.Value - x.Target)
                : x.Kind == TargetKind.Range ? (x.Target == null || x.Upper == null ? null : x.Value < x.Target ? x.Target - x.Value : x.Value > x.Upper ? x.Value - x.Upper : 0m)
                : x.Kind == TargetKind.Direction ? (x.Changed ? null : x.k.Polarity == Polarity.HigherIsBetter ? x.Previous - x.Value : x.Value - x.Previous)
                : x.Kind == TargetKind.Comparator
                    ? (x.Comparators == TargetComparators.National ? (x.k.Polarity == Polarity.HigherIsBetter ? x.National - x.Value : x.Value - x.National)
                        : x.Comparators == TargetComparators.StatisticalNeighbours ? (x.k.Polarity == Polarity.HigherIsBetter ? x.Neighbours - x.Value : x.Value - x.Neighbours)
                        : x.National == null || x.Neighbours == null ? null
                        : x.k.Polarity == Polarity.HigherIsBetter ? (x.National > x.Neighbours ? x.National : x.Neighbours) - x.Value
                        : x.Value - (x.National < x.Neighbours ? x.National : x.Neighbours))
                : null,
        });

        return judged.Select(x => new Line
        {
            KpiId = x.k.Id,
            Code = x.k.Code,
            Name = x.k.Name,
            PrioritySort = x.k.Priority!.SortOrder,
            Priority = x.k.Priority.Name,
            Portfolio = x.k.Portfolio!.Name,
            BoardName = x.k.ScrutinyBoard != null ? x.k.ScrutinyBoard.Name : null,
            BoardNumber = x.k.ScrutinyBoard != null ? x.k.ScrutinyBoard.Number : null,
            Designation = x.k.Designation,
            Unit = x.k.Unit,
            UnitLabel = x.k.UnitLabel,
            Polarity = x.k.Polarity,
            ResultId = x.r != null ? x.r.Id : null,
            Value = x.Value,
            PeriodNote = x.r != null ? x.r.PeriodNote : null,
            DataStatus = x.r != null ? x.r.DataStatus : null,
            NotAvailableReason = x.r != null ? x.r.NotAvailableReason : null,
            Commentary = x.r != null ? x.r.Commentary : null,
            Target = x.Target,
            Kind = x.Kind,
            UpperValue = x.Upper,
            TargetComparators = x.Comparators,
            EqualCounts = x.EqualCounts,
            Tolerance = x.Tolerance,
            PreviousValue = x.Previous,
            HasValue = x.Value != null,
            HasTarget = x.HasTarget,
            Rag = !x.HasTarget || x.Shortfall == null ? RagStatus.Grey
                : (x.Strict ? x.Shortfall < 0 : x.Shortfall <= 0) ? RagStatus.Green
                : x.Tolerance > 0 && x.Shortfall <= x.Tolerance ? RagStatus.Amber : RagStatus.Red,
            RagOrder = !x.HasTarget || x.Shortfall == null ? 3
                : (x.Strict ? x.Shortfall < 0 : x.Shortfall <= 0) ? 2
                : x.Tolerance > 0 && x.Shortfall <= x.Tolerance ? 1 : 0,
            Direction = x.Value == null || x.Previous == null || x.Changed ? Direction.NotComparable
                : (x.k.SimilarBand == null ? x.Value == x.Previous : x.Value - x.Previous <= x.k.SimilarBand && x.Previous - x.Value <= x.k.SimilarBand) ? Direction.Unchanged
                : x.k.Polarity == Polarity.HigherIsBetter
                    ? (x.Value > x.Previous ? Direction.Better : Direction.Worse)
                    : (x.Value < x.Previous ? Direction.Better : Direction.Worse),
            IsIllustrative = x.Illustrative,
        });
    }
}
