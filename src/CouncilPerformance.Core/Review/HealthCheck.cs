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
}

/// <summary>The health check of a year: every KPI's checks and the count of passes per criterion.</summary>
public sealed record HealthCheckReport(string PeriodLabel, IReadOnlyList<HealthRow> Rows, IReadOnlyDictionary<HealthCriterion, int> Passing, IReadOnlyDictionary<HealthCriterion, int> Failing);

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

/// <summary>Runs the health check for a year: a fixed number of queries for the filtered KPIs.</summary>
public sealed class HealthCheckQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<HealthCheckReport?> RunAsync(int startYear, ReviewFilter filter, string? kpiCode = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var period = await db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.StartYear == startYear, cancellationToken);
        if (period is null)
        {
            return null;
        }

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
        var previousYear = startYear - 1;
        var rows = await kpis
            .OrderBy(k => k.Priority!.SortOrder).ThenBy(k => k.Name)
            .Select(k => new
            {
                k.Id, k.Code, k.Name, Priority = k.Priority!.Name, Board = k.ScrutinyBoard!.Name, BoardNumber = k.ScrutinyBoard!.Number,
                k.Frequency, k.ExpectedReleaseMonth, k.ServiceAreaId, k.Designation, k.Status, Replaced = k.ReplacedByKpiId != null,
                Strategies = k.Strategies.Count,
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
                Reviewed = db.Set<Scrutiny.BoardReviewKpi>().Any(b => b.KpiId == k.Id && b.BoardReview!.ReportingPeriodId == periodId),
            })
            .ToListAsync(cancellationToken);

        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var result = rows.Select(k =>
        {
            var data = k.HasData ? HealthResult.Pass : DataDue.Missing(k.Frequency, k.ExpectedReleaseMonth, period.EndDate, today, k.HadDataLastYear);
            string? dueNote = data == HealthResult.NotDue
                ? k.Frequency == DataFrequency.Periodic ? "Released every several years: not due this year"
                : k.Frequency == DataFrequency.Biennial && k.HadDataLastYear ? "Released every other year: not due this year"
                : $"Not yet due: expected from {DataDue.DueOn(k.ExpectedReleaseMonth, period.EndDate):MMMM yyyy}"
                : null;
            var checks = new Dictionary<HealthCriterion, HealthResult>
            {
                [HealthCriterion.TargetSet] = k.HasTarget ? HealthResult.Pass : HealthResult.Fail,
                [HealthCriterion.DataAvailable] = data,
                [HealthCriterion.Designated] = Enum.IsDefined(k.Designation) ? HealthResult.Pass : HealthResult.Fail,
                [HealthCriterion.FrequencyStated] = k.ExpectedReleaseMonth is >= 1 and <= 12 ? HealthResult.Pass : HealthResult.Fail,
                [HealthCriterion.LinkedToStrategy] = k.Strategies > 0 ? HealthResult.Pass : HealthResult.Fail,
                [HealthCriterion.ServiceAreaOwner] = k.ServiceAreaId > 0 ? HealthResult.Pass : HealthResult.Fail,
                [HealthCriterion.ReviewedByBoard] = k.Reviewed ? HealthResult.Pass : HealthResult.Fail,
                [HealthCriterion.UnderReviewOrReplaced] = k.Status == KpiStatus.UnderReview || k.Replaced ? HealthResult.Flagged : HealthResult.Pass,
            };
            return new HealthRow(k.Id, k.Code, k.Name, k.Priority, k.Board is null ? null : Plan.ScrutinyBoard.FormatName(k.Board, k.BoardNumber), checks, dueNote);
        }).ToList();

        var criteria = Enum.GetValues<HealthCriterion>();
        return new HealthCheckReport(period.Label, result,
            criteria.ToDictionary(c => c, c => result.Count(r => r.Checks[c] == HealthResult.Pass)),
            criteria.ToDictionary(c => c, c => result.Count(r => r.Checks[c] is HealthResult.Fail or HealthResult.Flagged)));
    }
}
