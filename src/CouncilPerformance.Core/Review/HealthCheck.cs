using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Review;

/// <summary>The committee's own criteria for a KPI (Cabinet recommendations 1–4 and 6, 7, Appendix 1 n and o).</summary>
public enum HealthCriterion
{
    TargetSet,
    DataAvailable,
    Designated,
    FrequencyStated,
    LinkedToStrategy,
    ServiceAreaOwner,
    ReviewedByBoard,

    /// <summary>Informational: the KPI is under review or has been replaced.</summary>
    UnderReviewOrReplaced,
}

public enum HealthResult
{
    Pass,
    Fail,

    /// <summary>Data not yet due (its release month has not come) or not due this year (released every several years): not a failure.</summary>
    NotDue,

    /// <summary>For the informational criterion: yes, it is under review or replaced.</summary>
    Flagged,
}

/// <summary>One KPI's checks for a year.</summary>
public sealed record HealthRow(int KpiId, string Code, string Name, string Priority, string? ScrutinyBoard, IReadOnlyDictionary<HealthCriterion, HealthResult> Checks, string? DueNote)
{
    public bool FailsAny => Checks.Values.Contains(HealthResult.Fail);

    /// <summary>What the data check was judged from, so a test can hold the SQL to <see cref="DataDue.Missing"/>.</summary>
    public DataFacts? Facts { get; init; }
}

/// <summary>The facts the data-availability check reads.</summary>
public sealed record DataFacts(DataFrequency Frequency, int? ExpectedReleaseMonth, bool HasData, bool HadDataLastYear);

/// <summary>
/// The health check of a year: a page of KPIs' checks, and, over every KPI checked, the count passing and
/// failing (or flagged) per criterion.
/// </summary>
public sealed record HealthCheckReport(string PeriodLabel, IReadOnlyList<HealthRow> Rows, IReadOnlyDictionary<HealthCriterion, int> Passing, IReadOnlyDictionary<HealthCriterion, int> Failing)
{
    /// <summary>How many KPIs were checked.</summary>
    public int Checked { get; init; }

    /// <summary>How many KPIs the "only failing" choice leaves (all of them when it is not made).</summary>
    public int Shown { get; init; }

    /// <summary>The zero-based page of <see cref="Rows"/>.</summary>
    public int PageIndex { get; init; }

    public int PageSize { get; init; } = int.MaxValue;

    public int PageCount => Math.Max(1, (int)(((long)Shown + PageSize - 1) / PageSize));
}

/// <summary>When a KPI's data for a financial year is due, from its frequency and usual release month.</summary>
public static class DataDue
{
    /// <summary>
    /// Whether missing data for the year ending <paramref name="periodEnd"/> is a failure
    /// (<see cref="HealthResult.Fail"/>) or not yet/not this year due (<see cref="HealthResult.NotDue"/>).
    /// Periodic data (e.g. IMD, about every ten years) is never due in a given year; biennial data is
    /// not due the year after a release; otherwise it is due from the first release month after the
    /// year ends (the end of the year itself when no month is stated).
    /// </summary>
    public static HealthResult Missing(DataFrequency frequency, int? releaseMonth, DateOnly periodEnd, DateOnly today, bool hadDataLastYear)
    {
        if (frequency == DataFrequency.Periodic || (frequency == DataFrequency.Biennial && hadDataLastYear))
        {
            return HealthResult.NotDue;
        }

        return today < DueOn(releaseMonth, periodEnd) ? HealthResult.NotDue : HealthResult.Fail;
    }

    /// <summary>Why missing data is not due (<see cref="HealthResult.NotDue"/>), in the committee's words.</summary>
    public static string NotDueNote(DataFrequency frequency, int? releaseMonth, DateOnly periodEnd, bool hadDataLastYear) =>
        frequency == DataFrequency.Periodic ? "Released every several years: not due this year"
        : frequency == DataFrequency.Biennial && hadDataLastYear ? "Released every other year: not due this year"
        : $"Not yet due: expected from {DueOn(releaseMonth, periodEnd):MMMM yyyy}";

    /// <summary>The first day of the release month that follows the year's end (or the day after the year ends).</summary>
    public static DateOnly DueOn(int? releaseMonth, DateOnly periodEnd)
    {
        if (releaseMonth is not (>= 1 and <= 12) || releaseMonth is not { } month)
        {
            return periodEnd.AddDays(1);
        }

        var due = new DateOnly(periodEnd.Year, month, 1);
        return due <= periodEnd ? due.AddYears(1) : due;
    }
}

/// <summary>
/// Runs the health check for a year in three queries, whatever the number of KPIs: the period, the counts
/// per criterion (in the database), and one page of KPIs, filtered, sorted and paged in the database. The
/// checks are SQL expressions; <see cref="DataDue"/> decides which release months are due today, and the
/// frequency rule is repeated in SQL (HealthCheckTests checks the two agree).
/// </summary>
public sealed class HealthCheckQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int DefaultPageSize = 50;

    /// <summary>Every filtered KPI's checks (or one KPI's, by code), unpaged.</summary>
    public Task<HealthCheckReport?> RunAsync(int startYear, ReviewFilter filter, string? kpiCode = null, CancellationToken cancellationToken = default) =>
        GetPageAsync(startYear, filter, failingOnly: false, 0, int.MaxValue, kpiCode, cancellationToken);

    /// <summary>One KPI's checks (for its page), without the counts: two queries.</summary>
    public Task<HealthCheckReport?> GetKpiAsync(int startYear, string kpiCode, CancellationToken cancellationToken = default) =>
        ReadAsync(startYear, new ReviewFilter(), failingOnly: false, 0, 1, kpiCode, withCounts: false, cancellationToken);

    /// <summary>
    /// The KPI page's check of its KPI, in the latest published year it has a result for, worked out from
    /// what the page read (<see cref="KpiQueries.GetAsync"/>) with no query of its own: the same answer as
    /// <see cref="GetKpiAsync"/> for that year (HealthCheckTests hold the two together), without the counts.
    /// Null for a retired KPI, which the check leaves out, or one with no published result.
    /// </summary>
    public HealthCheckReport? ForKpiPage(KpiDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var kpi = detail.Kpi;
        if (detail.Latest is not { } period || kpi.Status == KpiStatus.Retired)
        {
            return null;
        }

        static bool HasData(KpiPeriod p) => p.Result is { DataStatus: not DataStatus.NotAvailable, Value: not null };
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var hasData = period.IsPublished && HasData(period);
        var hadDataLastYear = detail.Periods.Any(p => p.StartYear == period.StartYear - 1 && HasData(p));
        var data = hasData ? HealthResult.Pass : DataDue.Missing(kpi.Frequency, kpi.ExpectedReleaseMonth, period.EndDate, today, hadDataLastYear);
        var checks = new Dictionary<HealthCriterion, HealthResult>
        {
            [HealthCriterion.TargetSet] = Of(period.Terms?.IsSet == true),
            [HealthCriterion.DataAvailable] = data,
            [HealthCriterion.Designated] = Of(Enum.IsDefined(kpi.Designation)),
            [HealthCriterion.FrequencyStated] = Of(kpi.ExpectedReleaseMonth is >= 1 and <= 12),
            [HealthCriterion.LinkedToStrategy] = Of(kpi.Strategies.Count > 0),
            [HealthCriterion.ServiceAreaOwner] = Of(kpi.ServiceArea is not null),
            [HealthCriterion.ReviewedByBoard] = Of(detail.ReviewedInPeriods.Contains(period.PeriodId)),
            [HealthCriterion.UnderReviewOrReplaced] = kpi.Status == KpiStatus.UnderReview || kpi.ReplacedByKpiId is not null ? HealthResult.Flagged : HealthResult.Pass,
        };
        var dueNote = data == HealthResult.NotDue ? DataDue.NotDueNote(kpi.Frequency, kpi.ExpectedReleaseMonth, period.EndDate, hadDataLastYear) : null;
        var row = new HealthRow(kpi.Id, kpi.Code, kpi.Name, kpi.Priority ?? "", kpi.ScrutinyBoard, checks, dueNote)
        {
            Facts = new DataFacts(kpi.Frequency, kpi.ExpectedReleaseMonth, hasData, hadDataLastYear),
        };
        return new HealthCheckReport(period.Label, [row], new Dictionary<HealthCriterion, int>(), new Dictionary<HealthCriterion, int>())
        {
            PageSize = 1,
        };
    }

    /// <summary>One page of the check; a page past the end shows the last.</summary>
    public async Task<HealthCheckReport?> GetPageAsync(int startYear, ReviewFilter filter, bool failingOnly, int pageIndex, int pageSize = DefaultPageSize,
        string? kpiCode = null, CancellationToken cancellationToken = default) =>
        await ReadAsync(startYear, filter, failingOnly, pageIndex, pageSize, kpiCode, withCounts: true, cancellationToken);

    private async Task<HealthCheckReport?> ReadAsync(int startYear, ReviewFilter filter, bool failingOnly, int pageIndex, int pageSize,
        string? kpiCode, bool withCounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var period = await db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.StartYear == startYear, cancellationToken);
        if (period is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var checks = Checks(db, period, today, filter, kpiCode);

        var counts = !withCounts ? null : (await checks.GroupBy(_ => 1).Select(g => new
        {
            Total = g.Count(),
            Failing = g.Count(c => c.FailsAny),
            TargetSet = g.Count(c => c.HasTarget),
            DataPass = g.Count(c => c.Data == HealthResult.Pass),
            DataFail = g.Count(c => c.Data == HealthResult.Fail),
            Designated = g.Count(c => c.Designated),
            FrequencyStated = g.Count(c => c.FrequencyStated),
            Linked = g.Count(c => c.Linked),
            Owned = g.Count(c => c.Owned),
            Reviewed = g.Count(c => c.Reviewed),
            Flagged = g.Count(c => c.Flagged),
        }).ToListAsync(cancellationToken)).SingleOrDefault();
        var total = counts?.Total ?? 0;
        var shown = failingOnly ? counts?.Failing ?? 0 : total;
        pageIndex = withCounts ? Math.Clamp(pageIndex, 0, Math.Max(0, (shown - 1) / pageSize)) : 0;

        var page = failingOnly ? checks.Where(c => c.FailsAny) : checks;
        var lines = await page.OrderBy(c => c.PrioritySort).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Skip(pageIndex * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);

        var rows = lines.Select(k =>
        {
            var dueNote = k.Data == HealthResult.NotDue ? DataDue.NotDueNote(k.Frequency, k.ExpectedReleaseMonth, period.EndDate, k.HadDataLastYear) : null;
            var results = new Dictionary<HealthCriterion, HealthResult>
            {
                [HealthCriterion.TargetSet] = Of(k.HasTarget),
                [HealthCriterion.DataAvailable] = k.Data,
                [HealthCriterion.Designated] = Of(k.Designated),
                [HealthCriterion.FrequencyStated] = Of(k.FrequencyStated),
                [HealthCriterion.LinkedToStrategy] = Of(k.Linked),
                [HealthCriterion.ServiceAreaOwner] = Of(k.Owned),
                [HealthCriterion.ReviewedByBoard] = Of(k.Reviewed),
                [HealthCriterion.UnderReviewOrReplaced] = k.Flagged ? HealthResult.Flagged : HealthResult.Pass,
            };
            return new HealthRow(k.Id, k.Code, k.Name, k.Priority, k.Board is null ? null : Plan.ScrutinyBoard.FormatName(k.Board, k.BoardNumber), results, dueNote)
            {
                Facts = new DataFacts(k.Frequency, k.ExpectedReleaseMonth, k.HasData, k.HadDataLastYear),
            };
        }).ToList();

        var passing = new Dictionary<HealthCriterion, int>
        {
            [HealthCriterion.TargetSet] = counts?.TargetSet ?? 0,
            [HealthCriterion.DataAvailable] = counts?.DataPass ?? 0,
            [HealthCriterion.Designated] = counts?.Designated ?? 0,
            [HealthCriterion.FrequencyStated] = counts?.FrequencyStated ?? 0,
            [HealthCriterion.LinkedToStrategy] = counts?.Linked ?? 0,
            [HealthCriterion.ServiceAreaOwner] = counts?.Owned ?? 0,
            [HealthCriterion.ReviewedByBoard] = counts?.Reviewed ?? 0,
            [HealthCriterion.UnderReviewOrReplaced] = total - (counts?.Flagged ?? 0),
        };
        var failing = passing.ToDictionary(p => p.Key, p => p.Key == HealthCriterion.DataAvailable ? counts?.DataFail ?? 0 : total - p.Value);
        return new HealthCheckReport(period.Label, rows, passing, failing)
        {
            Checked = total,
            Shown = shown,
            PageIndex = pageIndex,
            PageSize = pageSize,
        };
    }

    private static HealthResult Of(bool pass) => pass ? HealthResult.Pass : HealthResult.Fail;

    /// <summary>One KPI's checks, each worked out in SQL.</summary>
    private sealed class Check
    {
        public int Id { get; init; }

        public required string Code { get; init; }

        public required string Name { get; init; }

        public int PrioritySort { get; init; }

        public required string Priority { get; init; }

        public string? Board { get; init; }

        public int? BoardNumber { get; init; }

        public DataFrequency Frequency { get; init; }

        public int? ExpectedReleaseMonth { get; init; }

        public bool HasTarget { get; init; }

        public bool HasData { get; init; }

        public bool HadDataLastYear { get; init; }

        public HealthResult Data { get; init; }

        public bool Designated { get; init; }

        public bool FrequencyStated { get; init; }

        public bool Linked { get; init; }

        public bool Owned { get; init; }

        public bool Reviewed { get; init; }

        public bool Flagged { get; init; }

        public bool FailsAny { get; init; }
    }

    private static IQueryable<Check> Checks(AppDbContext db, ReportingPeriod period, DateOnly today, ReviewFilter filter, string? kpiCode)
    {
        var kpis = db.Kpis.AsNoTracking().Where(k => k.Status != KpiStatus.Retired);
        if (kpiCode is not null)
        {
            kpis = kpis.Where(k => k.Code == kpiCode);
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

        if (filter.Designation is { } designation)
        {
            kpis = kpis.Where(k => k.Designation == designation);
        }

        var published = period.State == PeriodState.Published;
        var periodId = period.Id;
        var previousYear = period.StartYear - 1;

        // DataDue decides, for today, which release months make missing data due; the SQL only looks them up.
        var dueMonths = Enumerable.Range(1, 12).Where(m => today >= DataDue.DueOn(m, period.EndDate)).Cast<int?>().ToList();
        var dueWithoutMonth = today >= DataDue.DueOn(null, period.EndDate);
        var designations = Enum.GetValues<KpiDesignation>().ToList();

        var facts = kpis.Select(k => new
        {
            k,
            // A target of any kind counts, as long as it says what it asks (TargetTerms.IsSet, in SQL).
            HasTarget = db.Targets.Any(t => t.KpiId == k.Id && t.ReportingPeriodId == periodId
                && (t.Kind == TargetKind.Direction
                    || (t.Kind == TargetKind.Value && t.Value != null)
                    || (t.Kind == TargetKind.Range && t.Value != null && t.UpperValue != null)
                    || (t.Kind == TargetKind.Comparator && t.Comparators != null))),
            HasData = published && db.Results.Any(r => r.KpiId == k.Id && r.ReportingPeriodId == periodId && r.State == ResultState.Approved
                && r.DataStatus != DataStatus.NotAvailable && r.Value != null),
            HadDataLastYear = db.Results.Any(r => r.KpiId == k.Id && r.ReportingPeriod!.StartYear == previousYear && r.State == ResultState.Approved
                && r.DataStatus != DataStatus.NotAvailable && r.Value != null),
            Due = k.ExpectedReleaseMonth >= 1 && k.ExpectedReleaseMonth <= 12 ? dueMonths.Contains(k.ExpectedReleaseMonth) : dueWithoutMonth,
            Reviewed = db.Set<Scrutiny.BoardReviewKpi>().Any(b => b.KpiId == k.Id && b.BoardReview!.ReportingPeriodId == periodId),
        }).Select(x => new
        {
            x.k, x.HasTarget, x.HasData, x.HadDataLastYear, x.Reviewed,
            // DataDue.Missing, in SQL.
            Data = x.HasData ? HealthResult.Pass
                : x.k.Frequency == DataFrequency.Periodic || (x.k.Frequency == DataFrequency.Biennial && x.HadDataLastYear) ? HealthResult.NotDue
                : x.Due ? HealthResult.Fail : HealthResult.NotDue,
            Designated = designations.Contains(x.k.Designation),
            FrequencyStated = x.k.ExpectedReleaseMonth >= 1 && x.k.ExpectedReleaseMonth <= 12,
            Linked = x.k.Strategies.Any(),
            Owned = x.k.ServiceAreaId > 0,
        });

        return facts.Select(x => new Check
        {
            Id = x.k.Id,
            Code = x.k.Code,
            Name = x.k.Name,
            PrioritySort = x.k.Priority!.SortOrder,
            Priority = x.k.Priority.Name,
            Board = x.k.ScrutinyBoard != null ? x.k.ScrutinyBoard.Name : null,
            BoardNumber = x.k.ScrutinyBoard != null ? x.k.ScrutinyBoard.Number : null,
            Frequency = x.k.Frequency,
            ExpectedReleaseMonth = x.k.ExpectedReleaseMonth,
            HasTarget = x.HasTarget,
            HasData = x.HasData,
            HadDataLastYear = x.HadDataLastYear,
            Data = x.Data,
            Designated = x.Designated,
            FrequencyStated = x.FrequencyStated,
            Linked = x.Linked,
            Owned = x.Owned,
            Reviewed = x.Reviewed,
            Flagged = x.k.Status == KpiStatus.UnderReview || x.k.ReplacedByKpiId != null,
            FailsAny = !x.HasTarget || x.Data == HealthResult.Fail || !x.Designated || !x.FrequencyStated || !x.Linked || !x.Owned || !x.Reviewed,
        });
    }
}
