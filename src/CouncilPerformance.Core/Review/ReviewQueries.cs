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

/// <summary>The whole view of a year's review: the headline and one page of each section.</summary>
public sealed record ReviewView(PerformanceHeadline Headline, ReviewPage OffTarget, ReviewPage Gaps, ReviewPage Achieved);

/// <summary>
/// The year's performance review. Only <b>published</b> results count: an approved but unpublished
/// figure never drives a count or a RAG status here.
/// </summary>
/// <remarks>
/// The headline counts every filtered KPI, so every one must be rated. One query reads a narrow line per
/// KPI (its figures and target, no names), filtered and in the plan's order in the database; each line is
/// rated by <see cref="RagRating"/> and <see cref="DirectionOfTravel"/>, the rules every other page uses,
/// and the headline and the three sections' pages come from that one read. Then only the rows shown
/// (at most a page per section) are read in full. Rating in SQL instead made SQLite call back into .NET
/// for every decimal comparison (decimals are text there), several hundred times a KPI, once per section.
/// </remarks>
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

    /// <summary>The headline counts for the filtered KPIs.</summary>
    public async Task<PerformanceHeadline> GetHeadlineAsync(int periodId, ReviewFilter filter, CancellationToken cancellationToken = default) =>
        (await GetViewAsync(periodId, filter, -1, -1, -1, 1, cancellationToken)).Headline;

    /// <summary>One page of a section.</summary>
    public async Task<ReviewPage> GetSectionAsync(int periodId, ReviewFilter filter, ReviewSection section, int pageIndex, int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        var view = await GetViewAsync(periodId, filter, section == ReviewSection.OffTarget ? pageIndex : -1,
            section == ReviewSection.NoDataOrNoTarget ? pageIndex : -1, section == ReviewSection.Achieved ? pageIndex : -1, pageSize, cancellationToken);
        return section switch
        {
            ReviewSection.OffTarget => view.OffTarget,
            ReviewSection.Achieved => view.Achieved,
            _ => view.Gaps,
        };
    }

    /// <summary>
    /// The headline and a page of each section (a negative page index reads no rows for that section, only its
    /// count), in a fixed number of queries: the periods, the rated lines, the rows shown and their comparators.
    /// </summary>
    public async Task<ReviewView> GetViewAsync(int periodId, ReviewFilter filter, int offTargetPage, int gapsPage, int achievedPage,
        int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // The period and the one before it, if published, in one read.
        var periods = await db.ReportingPeriods.AsNoTracking()
            .Where(p => p.State == PeriodState.Published
                && (p.Id == periodId || db.ReportingPeriods.Any(c => c.Id == periodId && c.StartYear == p.StartYear + 1)))
            .Select(p => new { p.Id, p.StartYear })
            .ToListAsync(cancellationToken);
        if (periods.FirstOrDefault(p => p.Id == periodId) is null)
        {
            var empty = new ReviewPage([], 0, 0, pageSize);
            return new ReviewView(PerformanceHeadline.From([]), empty, empty, empty);
        }

        var previousId = periods.FirstOrDefault(p => p.Id != periodId)?.Id ?? -1;
        var lines = (await Lines(db, periodId, previousId, filter).ToListAsync(cancellationToken)).Select(Rated).ToList();

        var headline = PerformanceHeadline.From(lines.Select(l => l.Judgement));

        // The lines come in the plan's order (priority, name); within a priority red comes before amber. OrderBy is stable.
        var off = lines.Where(l => l.Rag is RagStatus.Red or RagStatus.Amber).OrderBy(l => l.Line.PrioritySort).ThenBy(l => l.Rag == RagStatus.Red ? 0 : 1).ToList();
        var gaps = lines.Where(l => l.Rag == RagStatus.Grey).ToList();
        var achieved = lines.Where(l => l.Rag == RagStatus.Green).ToList();

        var pages = new[] { (off, offTargetPage), (gaps, gapsPage), (achieved, achievedPage) }
            .Select(s => (Lines: s.Item1, Index: s.Item2 < 0 ? -1 : Math.Min(s.Item2, Math.Max(0, (s.Item1.Count - 1) / pageSize))))
            .Select(s => (s.Lines, s.Index, Shown: s.Index < 0 ? new List<RatedLine>() : s.Lines.Skip(s.Index * pageSize).Take(pageSize).ToList()))
            .ToList();

        var shown = pages.SelectMany(p => p.Shown).ToList();
        var rows = await RowsAsync(db, periodId, shown, cancellationToken);
        var result = pages.Select(p => new ReviewPage([.. p.Shown.Select(l => rows[l.Line.KpiId])], p.Lines.Count, Math.Max(0, p.Index), pageSize)).ToList();
        return new ReviewView(headline, result[0], result[1], result[2]);
    }

    // The rows shown, in full: their names and words (one query) and their results' comparators (one query).
    private static async Task<Dictionary<int, ReviewRow>> RowsAsync(AppDbContext db, int periodId, List<RatedLine> shown, CancellationToken cancellationToken)
    {
        if (shown.Count == 0)
        {
            return [];
        }

        var kpiIds = shown.Select(l => l.Line.KpiId).ToList();
        var details = await (
                from k in db.Kpis.AsNoTracking().Where(k => kpiIds.Contains(k.Id))
                join r in db.Results.Where(r => r.ReportingPeriodId == periodId && r.State == ResultState.Approved) on k.Id equals r.KpiId into rs
                from r in rs.DefaultIfEmpty()
                select new
                {
                    k.Id, k.Code, k.Name, Priority = k.Priority!.Name, Portfolio = k.Portfolio!.Name,
                    BoardName = k.ScrutinyBoard != null ? k.ScrutinyBoard.Name : null,
                    BoardNumber = k.ScrutinyBoard != null ? (int?)k.ScrutinyBoard.Number : null,
                    k.Designation, k.Unit, k.UnitLabel,
                    PeriodNote = r != null ? r.PeriodNote : null,
                    DataStatus = r != null ? (DataStatus?)r.DataStatus : null,
                    NotAvailableReason = r != null ? r.NotAvailableReason : null,
                    Commentary = r != null ? r.Commentary : null,
                })
            .ToDictionaryAsync(d => d.Id, cancellationToken);

        var resultIds = shown.Where(l => l.Line.ResultId != null).Select(l => l.Line.ResultId!.Value).ToList();
        var comparators = (await db.Set<ComparatorValue>().AsNoTracking()
                .Where(c => resultIds.Contains(c.ResultId))
                .Select(c => new { c.ResultId, c.Comparator, c.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.ResultId, c => new ComparatorFigure(c.Comparator, c.Value));

        return shown.ToDictionary(l => l.Line.KpiId, l =>
        {
            var d = details[l.Line.KpiId];
            var line = l.Line;
            return new ReviewRow(
                line.KpiId, d.Code, d.Name, d.Priority, d.Portfolio,
                d.BoardName is null ? null : ScrutinyBoard.FormatName(d.BoardName, d.BoardNumber),
                d.Designation, d.Unit, d.UnitLabel, line.Polarity, l.Value, d.PeriodNote, d.DataStatus, d.NotAvailableReason, d.Commentary,
                line.Target, line.Previous, l.Rag, l.Direction, line.Illustrative,
                line.ResultId is { } id ? [.. comparators[id].OrderBy(c => c.Comparator)] : [])
            {
                Terms = l.Terms,
            };
        });
    }

    /// <summary>What the rules need to rate one KPI for the period, and where it sorts; no names.</summary>
    private sealed record Line(
        int KpiId,
        int PrioritySort,
        Polarity Polarity,
        decimal? SimilarBand,
        int? ResultId,
        decimal? Value,
        bool NotAvailable,
        TargetKind? Kind,
        decimal? Target,
        decimal? Upper,
        TargetComparators? Comparators,
        bool EqualCounts,
        decimal Tolerance,
        decimal? Previous,
        decimal? National,
        decimal? Neighbours,
        bool Changed,
        bool Illustrative);

    private sealed record RatedLine(Line Line, TargetTerms? Terms, decimal? Value, RagStatus Rag, Direction Direction)
    {
        public HeadlineItem Judgement => new(Rag, Value is not null, Terms?.IsSet ?? false, Direction);
    }

    // The one rating rule and the one direction rule, as on every other page.
    private static RatedLine Rated(Line l)
    {
        var terms = l.Kind is { } kind and not TargetKind.None ? new TargetTerms(kind, l.Target, l.Upper, l.Comparators, l.EqualCounts, l.Tolerance) : null;
        var value = l.NotAvailable ? null : l.Value;
        var rag = RagRating.Rate(terms, l.Polarity, new RatingFacts(value, l.Previous, l.National, l.Neighbours, value is null, l.Changed)).Rag;
        var direction = DirectionOfTravel.Compare(value, l.Previous, l.Polarity, l.Changed, l.SimilarBand);
        return new RatedLine(l, terms, value, rag, direction);
    }

    // One narrow line per filtered KPI, in the plan's order, by left joins on the (KPI, period) indexes.
    private static IQueryable<Line> Lines(AppDbContext db, int periodId, int previousId, ReviewFilter filter)
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

        var results = db.Results.Where(r => r.ReportingPeriodId == periodId && r.State == ResultState.Approved);
        var targets = db.Targets.Where(t => t.ReportingPeriodId == periodId);
        var previous = db.Results.Where(r => r.ReportingPeriodId == previousId && r.State == ResultState.Approved
            && r.DataStatus != DataStatus.NotAvailable && r.Value != null);

        return
            from k in kpis
            join r in results on k.Id equals r.KpiId into rs
            from r in rs.DefaultIfEmpty()
            join t in targets on k.Id equals t.KpiId into ts
            from t in ts.DefaultIfEmpty()
            join p in previous on k.Id equals p.KpiId into ps
            from p in ps.DefaultIfEmpty()
            orderby k.Priority!.SortOrder, k.Name, k.Id
            select new Line(
                k.Id,
                k.Priority!.SortOrder,
                k.Polarity,
                k.SimilarBand,
                r != null ? r.Id : null,
                r != null ? r.Value : null,
                r == null || r.DataStatus == DataStatus.NotAvailable,
                t != null ? t.Kind : null,
                t != null ? t.Value : null,
                t != null ? t.UpperValue : null,
                t != null ? t.Comparators : null,
                t != null && t.EqualCounts,
                t != null ? t.AmberTolerance : 0m,
                p != null ? p.Value : null,
                r != null ? r.Comparators.Where(c => c.Comparator == Comparator.England).Select(c => (decimal?)c.Value).FirstOrDefault() : null,
                r != null ? r.Comparators.Where(c => c.Comparator == Comparator.StatisticalNeighbours).Select(c => (decimal?)c.Value).FirstOrDefault() : null,
                db.KpiDefinitionChanges.Any(c => c.KpiId == k.Id && c.EffectiveFromPeriodId == periodId),
                (r != null && r.IsIllustrative) || (t != null && t.IsIllustrative));
    }
}
