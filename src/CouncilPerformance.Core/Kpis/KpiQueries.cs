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
public sealed class KpiQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<KpiFilterOptions> GetFilterOptionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var priorities = await db.Priorities.OrderBy(p => p.SortOrder).Select(p => new NamedItem(p.Id, p.Name)).ToListAsync(cancellationToken);
        var portfolios = await db.Portfolios.OrderBy(p => p.Name).Select(p => new NamedItem(p.Id, p.Name)).ToListAsync(cancellationToken);
        var boards = (await db.ScrutinyBoards.OrderBy(b => b.Number).ToListAsync(cancellationToken))
            .Select(b => new NamedItem(b.Id, b.DisplayName)).ToList();
        var areas = await db.ServiceAreas.OrderBy(a => a.Name).Select(a => new NamedItem(a.Id, a.Name)).ToListAsync(cancellationToken);
        return new KpiFilterOptions(priorities, portfolios, boards, areas);
    }

    /// <summary>The latest published reporting period, whose results the lists rate.</summary>
    public async Task<ReportingPeriod?> GetLatestPublishedPeriodAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await LatestPublishedAsync(db, cancellationToken);
    }

    public async Task<IReadOnlyList<KpiRow>> ListAsync(KpiFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

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

        var rows = await kpis
            .OrderBy(k => k.Priority!.SortOrder).ThenBy(k => k.Name)
            .Select(k => new
            {
                k.Id, k.Code, k.Name, Priority = k.Priority!.Name, k.PriorityId, Portfolio = k.Portfolio!.Name,
                ServiceArea = k.ServiceArea!.Name, Board = k.ScrutinyBoard!.Name, BoardNumber = k.ScrutinyBoard!.Number,
                k.Designation, k.Status, k.Unit, k.UnitLabel, k.Polarity, k.SimilarBand,
            })
            .ToListAsync(cancellationToken);

        var latest = await LatestPublishedAsync(db, cancellationToken);
        var ratings = latest is null
            ? new Dictionary<int, Rating>()
            : await RateAsync(db, latest, rows.Select(r => r.Id).ToList(), cancellationToken);

        var result = rows.Select(r =>
        {
            var rating = ratings.GetValueOrDefault(r.Id);
            var board = r.Board is null ? null : ScrutinyBoard.FormatName(r.Board, r.BoardNumber);
            var rag = rating is null ? RagStatus.Grey
                : RagRating.Rate(rating.Terms, r.Polarity, new RatingFacts(rating.Value, rating.PreviousValue, rating.National, rating.Neighbours, rating.Value is null, rating.DefinitionChanged)).Rag;
            var direction = rating is null ? Direction.NotComparable : DirectionOfTravel.Compare(rating.Value, rating.PreviousValue, r.Polarity, rating.DefinitionChanged, r.SimilarBand);
            return new KpiRow(r.Id, r.Code, r.Name, r.Priority, r.PriorityId, r.Portfolio, r.ServiceArea, board, r.Designation, r.Status,
                r.Unit, r.UnitLabel, latest?.Label, rating?.Value, rating?.Target, rag, direction,
                rating?.ValueIsIllustrative ?? false, rating?.TargetIsIllustrative ?? false)
            {
                Terms = rating?.Terms,
                Polarity = r.Polarity,
            };
        });

        if (filter.Rag is { Count: > 0 } rag)
        {
            result = result.Where(r => rag.Contains(r.Rag));
        }

        return result.ToList();
    }

    public async Task<KpiDetail?> GetAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpi = await db.Kpis.AsNoTracking().AsSplitQuery()
            .Include(k => k.Priority!.CouncilPlan)
            .Include(k => k.Portfolio)
            .Include(k => k.SecondaryPortfolio)
            .Include(k => k.ServiceArea)
            .Include(k => k.ScrutinyBoard)
            .Include(k => k.ReplacedByKpi)
            .Include(k => k.Strategies)
            .Include(k => k.DefinitionChanges).ThenInclude(c => c.EffectiveFromPeriod)
            .Include(k => k.Dimensions).ThenInclude(d => d.Categories)
            .Include(k => k.Targets).ThenInclude(t => t.ReportingPeriod)
            .Include(k => k.Results.Where(r => r.State == ResultState.Approved)).ThenInclude(r => r.ReportingPeriod)
            .Include(k => k.Results.Where(r => r.State == ResultState.Approved)).ThenInclude(r => r.Comparators)
            .Include(k => k.Results.Where(r => r.State == ResultState.Approved)).ThenInclude(r => r.Breakdowns)
            .Include(k => k.Results.Where(r => r.State == ResultState.Approved)).ThenInclude(r => r.Versions)
            .FirstOrDefaultAsync(k => k.Code == code, cancellationToken);
        if (kpi is null)
        {
            return null;
        }

        var conflicts = await db.KpiConflicts.AsNoTracking()
            .Where(c => c.KpiId == kpi.Id || c.ConflictingKpiId == kpi.Id)
            .Select(c => c.KpiId == kpi.Id
                ? new RelatedKpi(c.ConflictingKpi!.Code, c.ConflictingKpi.Name, c.Note)
                : new RelatedKpi(c.Kpi!.Code, c.Kpi.Name, c.Note))
            .ToListAsync(cancellationToken);

        var recommendations = await db.Recommendations.AsNoTracking()
            .Where(r => r.Kpis.Any(k => k.Id == kpi.Id))
            .OrderBy(r => r.SortOrder)
            .Select(r => new RecommendationLink(r.Id, r.Reference, r.Title, r.Wording, r.Status))
            .ToListAsync(cancellationToken);

        var sessions = await db.DeepDiveSessions.AsNoTracking()
            .SelectMany(s => s.Kpis.Where(k => k.KpiId == kpi.Id), (s, k) => new SessionLink(s.SeriesId, s.Number, s.Series!.Title, k.Finding, k.CarriedOver))
            .ToListAsync(cancellationToken);

        var publishedPeriodIds = await db.ReportingPeriods
            .Where(p => p.State == PeriodState.Published)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);

        return KpiDetail.Build(kpi, conflicts, recommendations, sessions.OrderBy(s => s.Number).ToList(), publishedPeriodIds);
    }

    private static Task<ReportingPeriod?> LatestPublishedAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.ReportingPeriods.AsNoTracking()
            .Where(p => p.State == PeriodState.Published)
            .OrderByDescending(p => p.StartYear)
            .FirstOrDefaultAsync(cancellationToken);

    private sealed record Rating(decimal? Value, decimal? Target, TargetTerms? Terms, decimal? National, decimal? Neighbours, decimal? PreviousValue, bool DefinitionChanged, bool ValueIsIllustrative, bool TargetIsIllustrative);

    // Two queries for any number of KPIs: this period's and the previous period's figures.
    private static async Task<Dictionary<int, Rating>> RateAsync(AppDbContext db, ReportingPeriod period, List<int> kpiIds, CancellationToken cancellationToken)
    {
        var previousYear = period.StartYear - 1;
        var results = await db.Results.AsNoTracking()
            .Where(r => kpiIds.Contains(r.KpiId) && r.State == ResultState.Approved
                && (r.ReportingPeriodId == period.Id || r.ReportingPeriod!.StartYear == previousYear))
            .Select(r => new
            {
                r.KpiId, r.ReportingPeriodId, Value = r.DataStatus == DataStatus.NotAvailable ? null : r.Value, r.IsIllustrative,
                National = r.Comparators.Where(c => c.Comparator == Comparator.England).Select(c => (decimal?)c.Value).FirstOrDefault(),
                Neighbours = r.Comparators.Where(c => c.Comparator == Comparator.StatisticalNeighbours).Select(c => (decimal?)c.Value).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => kpiIds.Contains(t.KpiId) && t.ReportingPeriodId == period.Id)
            .Select(t => new { t.KpiId, t.Value, t.IsIllustrative, Terms = new TargetTerms(t.Kind, t.Value, t.UpperValue, t.Comparators, t.EqualCounts, t.AmberTolerance) })
            .ToDictionaryAsync(t => t.KpiId, cancellationToken);
        var redefined = await db.KpiDefinitionChanges.AsNoTracking()
            .Where(c => kpiIds.Contains(c.KpiId) && c.EffectiveFromPeriodId == period.Id)
            .Select(c => c.KpiId)
            .ToListAsync(cancellationToken);

        var current = results.Where(r => r.ReportingPeriodId == period.Id).ToDictionary(r => r.KpiId);
        var previous = results.Where(r => r.ReportingPeriodId != period.Id).ToDictionary(r => r.KpiId);
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
