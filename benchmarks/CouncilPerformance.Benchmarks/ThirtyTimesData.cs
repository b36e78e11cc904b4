using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Benchmarks;

/// <summary>
/// Adds "thirty times Coventry" to a database the app has migrated and seeded: 2,000 KPIs, each with
/// an approved result, three comparators and a target in every one of 20 published years (the
/// seed's three and 17 earlier ones), a result for the open year (one in four submitted for
/// sign-off), 1,000 recommendations and 20,000 audit entries. Values are spread so that about a
/// third of the KPIs are red, a third amber and a third green.
/// </summary>
public static class ThirtyTimesData
{
    public const int Kpis = 2_000;
    public const int PublishedYears = 20;
    public const int Recommendations = 1_000;
    public const int AuditEntries = 20_000;

    /// <summary>The KPI with results in all 20 years whose page is benchmarked.</summary>
    public const string SampleKpiCode = "BENCH-0001";

    public static async Task AddAsync(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var priorities = await db.Priorities.Select(p => p.Id).ToListAsync();
        var portfolios = await db.Portfolios.Select(p => p.Id).ToListAsync();
        var areas = await db.ServiceAreas.Select(a => a.Id).ToListAsync();
        var boards = await db.ScrutinyBoards.Select(b => b.Id).ToListAsync();

        var latest = await db.ReportingPeriods.Where(p => p.State == PeriodState.Published).MaxAsync(p => p.StartYear);
        var existing = await db.ReportingPeriods.Select(p => p.StartYear).ToListAsync();
        for (var year = latest - PublishedYears + 1; year <= latest; year++)
        {
            if (!existing.Contains(year))
            {
                var period = ReportingPeriod.ForFinancialYear(year);
                period.State = PeriodState.Published;
                period.PublishedAt = new DateTime(year + 1, 8, 20, 10, 0, 0, DateTimeKind.Utc);
                db.ReportingPeriods.Add(period);
            }
        }

        await db.SaveChangesAsync();
        var published = await db.ReportingPeriods.Where(p => p.State == PeriodState.Published).OrderBy(p => p.StartYear).ToListAsync();
        var open = await db.ReportingPeriods.FirstAsync(p => p.State == PeriodState.Open);

        var kpis = new List<Kpi>(Kpis);
        for (var i = 1; i <= Kpis; i++)
        {
            kpis.Add(new Kpi
            {
                Code = $"BENCH-{i:0000}",
                Name = $"Generated indicator {i:0000} for the thirty-times benchmark",
                Definition = "A generated KPI.",
                Unit = i % 5 == 0 ? KpiUnit.Count : KpiUnit.Percentage,
                Polarity = i % 3 == 0 ? Polarity.LowerIsBetter : Polarity.HigherIsBetter,
                Designation = i % 2 == 0 ? KpiDesignation.National : KpiDesignation.Local,
                Frequency = DataFrequency.Annual,
                PriorityId = priorities[i % priorities.Count],
                PortfolioId = portfolios[i % portfolios.Count],
                ServiceAreaId = areas[i % areas.Count],
                ScrutinyBoardId = boards[i % boards.Count],
            });
        }

        db.Kpis.AddRange(kpis);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var random = new Random(30);
        foreach (var period in published)
        {
            foreach (var kpi in kpis)
            {
                var target = 50m;
                // Spread: met, missed by up to the tolerance (2), or missed by more.
                var miss = (kpi.Id + period.StartYear) % 3 switch { 0 => -1m, 1 => 1.5m, _ => 6m };
                var value = kpi.Polarity == Polarity.HigherIsBetter ? target - miss : target + miss;
                value += Math.Round((decimal)random.NextDouble(), 1) / 10;
                db.Targets.Add(new Target { KpiId = kpi.Id, ReportingPeriodId = period.Id, Value = target, AmberTolerance = 2m });
                db.Results.Add(new Result
                {
                    KpiId = kpi.Id,
                    ReportingPeriodId = period.Id,
                    Value = value,
                    DataStatus = DataStatus.Final,
                    State = ResultState.Approved,
                    Commentary = kpi.Id % 3 == 0 ? "Generated commentary for the benchmark, about a sentence long." : null,
                    EnteredByName = "Benchmark",
                    EnteredAt = period.StartDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddMonths(14),
                    ApprovedByName = "Benchmark",
                    Comparators =
                    [
                        new ComparatorValue { Comparator = Comparator.England, Value = 48m },
                        new ComparatorValue { Comparator = Comparator.WestMidlands, Value = 47m },
                        new ComparatorValue { Comparator = Comparator.StatisticalNeighbours, Value = 49m },
                    ],
                });
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        foreach (var kpi in kpis.Where(k => k.Id % 2 == 0))
        {
            db.Results.Add(new Result
            {
                KpiId = kpi.Id,
                ReportingPeriodId = open.Id,
                Value = 51m,
                DataStatus = DataStatus.Provisional,
                State = kpi.Id % 4 == 0 ? ResultState.Submitted : ResultState.Draft,
                EnteredByName = "Benchmark",
                EnteredAt = DateTime.UtcNow,
            });
        }

        for (var i = 1; i <= Recommendations; i++)
        {
            db.Recommendations.Add(new Recommendation
            {
                Reference = $"B{i}",
                Title = $"Generated recommendation {i}",
                Wording = $"Generated recommendation {i}: review the indicator, report on progress and bring the findings back to the board within the year.",
                AddressedTo = (i % 3) switch { 0 => RecommendationAddressee.Cabinet, 1 => RecommendationAddressee.ScrutinyBoard, _ => RecommendationAddressee.ScrutinyCoordinationCommittee },
                ScrutinyBoardId = i % 3 == 1 ? boards[i % boards.Count] : null,
                Status = i % 2 == 0 ? RecommendationStatus.Endorsed : RecommendationStatus.Draft,
                SortOrder = 1000 + i,
            });
        }

        for (var i = 1; i <= AuditEntries; i++)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                At = DateTime.UtcNow.AddMinutes(-i),
                UserName = "Benchmark",
                EntityType = "Result",
                EntityId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Action = "Modified",
                Changes = """{"Value":{"before":"49.5","after":"50.5"}}""",
            });
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
