using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Core.Data.Seed;

/// <summary>
/// The year open for entry, 2025/26, as a performance team would have it on the day the database is
/// seeded: an entry deadline ahead, last year's targets rolled forward, and the first results in.
/// </summary>
public static class OpenYear
{
    public const int StartYear = 2025;

    public const string TargetNote =
        "Rolled forward from 2024/25. Illustrative: Coventry City Council has not published its 2025/26 targets.";

    /// <summary>
    /// The entry deadline: the last working day (Monday to Friday) of the first month whose last
    /// working day is at least four weeks after the seed date, so officers always have a month's
    /// notice and the deadline falls where a month-end return would. Bank holidays are not counted.
    /// Seeded on 2 December 2026 it is 31 December 2026; on 15 April 2026, 29 May 2026.
    /// </summary>
    public static DateOnly EntryDeadline(DateOnly seededOn)
    {
        var earliest = seededOn.AddDays(28);
        var deadline = LastWorkingDay(earliest.Year, earliest.Month);
        return deadline >= earliest ? deadline : LastWorkingDay(earliest.AddMonths(1).Year, earliest.AddMonths(1).Month);
    }

    private static DateOnly LastWorkingDay(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>
    /// 2025/26 results already entered and signed off (not yet published): KPIs whose data comes from
    /// the council's own systems soon after the year end. Each is seeded only if it was approved
    /// before the seed date, so a database seeded during the year has only the ones already in.
    /// None sits in Highways, Transport and Waste or Finance, the demo officers' areas, whose
    /// results are left to enter. Illustrative, like the KPIs they belong to.
    /// </summary>
    public static readonly IReadOnlyList<(string Code, decimal Value, DateOnly EnteredOn)> Results =
    [
        ("FOI-20DAYS", 92.8m, new DateOnly(2026, 4, 20)),
        ("COMPLAINTS-10DAYS", 88.9m, new DateOnly(2026, 4, 21)),
        ("ONLINE-TRANSACTIONS", 74.1m, new DateOnly(2026, 4, 22)),
        ("CALLS-ANSWERED", 84.2m, new DateOnly(2026, 4, 23)),
        ("AGENCY-SPEND", 4.6m, new DateOnly(2026, 4, 27)),
        ("STAFF-TURNOVER", 9.8m, new DateOnly(2026, 4, 27)),
        ("TREES-PLANTED", 3710m, new DateOnly(2026, 4, 28)),
        ("NUISANCE-RESOLVED", 90.1m, new DateOnly(2026, 5, 5)),
        ("FAMILIES-BB", 2m, new DateOnly(2026, 5, 6)),
        ("TEMP-ACCOM", 965m, new DateOnly(2026, 5, 7)),
        ("HOME-ENERGY", 768m, new DateOnly(2026, 5, 11)),
        ("JOBS-CREATED", 2040m, new DateOnly(2026, 5, 13)),
    ];

    internal static void Add(CoventryGraph graph, DateTimeOffset seededAt)
    {
        var period = graph.Periods[StartYear];
        var previous = graph.Periods[StartYear - 1];

        // As the targets page's roll-forward does: every reported KPI's 2024/25 target, of the same kind.
        foreach (var kpi in graph.Kpis.Values.Where(k => k.Status is KpiStatus.Active or KpiStatus.UnderReview))
        {
            if (kpi.Targets.SingleOrDefault(t => t.ReportingPeriod == previous) is not { } last)
            {
                continue;
            }

            kpi.Targets.Add(new Target
            {
                ReportingPeriod = period,
                Kind = last.Kind,
                Value = last.Value,
                UpperValue = last.UpperValue,
                Comparators = last.Comparators,
                EqualCounts = last.EqualCounts,
                AmberTolerance = last.AmberTolerance,
                IsIllustrative = true,
                Note = TargetNote,
            });
        }

        foreach (var (code, value, enteredOn) in Results)
        {
            var entered = new DateTime(enteredOn, new TimeOnly(10, 0), DateTimeKind.Utc);
            var approved = entered.AddDays(6);
            if (approved >= seededAt.UtcDateTime)
            {
                continue;
            }

            var result = IllustrativeFigures.NewResult(period, code, StartYear);
            result.Value = value;
            result.IsIllustrative = true;
            result.Commentary = IllustrativeFigures.ResultCommentary;
            result.EnteredAt = entered;
            result.SubmittedAt = entered.AddDays(1);
            result.ApprovedAt = approved;
            graph.Kpis[code].Results.Add(result);
        }
    }
}
