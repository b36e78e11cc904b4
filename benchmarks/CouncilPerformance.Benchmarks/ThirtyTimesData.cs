using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Scrutiny;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Benchmarks;

/// <summary>
/// Adds "thirty times Coventry" to a database the app has migrated and seeded: 2,000 KPIs, each with
/// an approved result, three comparators and a target in every one of 20 published years (the
/// seed's three and 17 earlier ones), a result for the open year (one in four submitted for
/// sign-off), 1,000 recommendations and 20,000 audit entries. Values are spread so that about a
/// third of the KPIs are red, a third amber and a third green.
/// Then the feature lists' rows (<see cref="AddFeaturesAsync"/>): 150 more scrutiny boards, 390
/// service areas, a deep dive a board every few years over the 20 (600 series, 1,800 sessions), 600
/// work-programme items, 300 recommendations awaiting the committee's decision, a review by every
/// board in every published year (3,100) and 150 accounts with roles and service areas.
/// </summary>
public static class ThirtyTimesData
{
    public const int Kpis = 2_000;
    public const int PublishedYears = 20;
    public const int Recommendations = 1_000;
    public const int AuditEntries = 20_000;
    public const int Boards = 150;
    public const int ServiceAreas = 390;
    public const int DeepDives = 600;
    public const int SessionsPerDeepDive = 3;
    public const int WorkProgrammeItems = 600;
    public const int CommitteeDecisions = 300;
    public const int Users = 150;

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
        await AddFeaturesAsync(db, published, kpis.Select(k => k.Id).ToList());
    }

    // The rows of the feature lists, added after the KPIs so the KPIs keep the seed's boards and
    // service areas (the other pages' figures stay comparable with earlier runs).
    private static async Task AddFeaturesAsync(AppDbContext db, List<ReportingPeriod> published, List<int> kpiIds)
    {
        var boards = new List<ScrutinyBoard>(Boards);
        for (var i = 1; i <= Boards; i++)
        {
            boards.Add(new ScrutinyBoard
            {
                Name = $"Generated scrutiny board {i:000}",
                Number = 100 + i,
                Remit = "A generated remit: the services and KPIs this board scrutinises, about a sentence long.",
            });
        }

        db.ScrutinyBoards.AddRange(boards);
        for (var i = 1; i <= ServiceAreas; i++)
        {
            db.ServiceAreas.Add(new ServiceArea { Name = $"Generated service area {i:000}", Directorate = $"Generated directorate {i % 12:00}", RetiredOn = i % 10 == 0 ? new DateOnly(2020, 3, 31) : null });
        }

        await db.SaveChangesAsync();
        var boardIds = boards.Select(b => b.Id).ToList();
        var areaIds = await db.ServiceAreas.Select(a => a.Id).ToListAsync();
        db.ChangeTracker.Clear();

        // Deep dives: one every five years for each board, spread over the 20 published years.
        var series = new List<DeepDiveSeries>(DeepDives);
        for (var i = 0; i < DeepDives; i++)
        {
            var period = published[i % published.Count];
            var agreed = period.EndDate.AddMonths(3);
            series.Add(new DeepDiveSeries
            {
                Title = $"Generated deep dive {i + 1:000} of {period.Label}",
                ScrutinyBoardId = boardIds[i % boardIds.Count],
                ReportingPeriodId = period.Id,
                AgreedOn = agreed,
                Summary = "Generated summary of what the deep dive found, about a sentence long.",
                ClosedOn = period == published[^1] ? null : agreed.AddMonths(12),
                Sessions = [.. Enumerable.Range(1, SessionsPerDeepDive).Select(n => new DeepDiveSession
                {
                    Number = n,
                    HeldOn = agreed.AddDays(14 * n),
                    Scope = $"Session {n}: the off-target KPIs of the portfolio.",
                    Kpis = [.. Enumerable.Range(0, 4).Select(k => new SessionKpi { KpiId = kpiIds[((i * 12) + (n * 4) + k) % kpiIds.Count], SortOrder = k })],
                    Attendees =
                    [
                        new SessionAttendee { Name = $"Councillor Generated {i}-{n}", Title = "Cabinet Member", Role = AttendeeRole.CabinetMember },
                        new SessionAttendee { Name = $"Officer Generated {i}-{n}", Title = "Head of Service", Role = AttendeeRole.Officer },
                    ],
                })],
            });
        }

        db.DeepDiveSeries.AddRange(series);
        await db.SaveChangesAsync();
        var seriesIds = series.Select(s => s.Id).ToList();
        db.ChangeTracker.Clear();

        // Each generated session reviewed one portfolio: one statement rather than 1,800 saves.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO DeepDiveSessionPortfolios (DeepDiveSessionId, PortfoliosId)
            SELECT ds.Id, p.Id
            FROM DeepDiveSessions ds JOIN DeepDiveSeries s ON s.Id = ds.SeriesId
            JOIN (SELECT Id, ROW_NUMBER() OVER (ORDER BY Id) - 1 AS N FROM Portfolios) p ON p.N = ds.Id % (SELECT COUNT(*) FROM Portfolios)
            WHERE s.Title LIKE 'Generated deep dive %'
            """);

        // Work-programme items: four on each generated board's programme, a third closed.
        for (var i = 1; i <= WorkProgrammeItems; i++)
        {
            var taken = new DateOnly(2010 + (i % 15), 1 + (i % 12), 1 + (i % 28));
            db.Recommendations.Add(new Recommendation
            {
                Reference = $"W{i}",
                Title = $"Generated work-programme item {i}",
                Wording = $"Generated item {i}: the board examines the service's plan for the indicator and reports what it found to the committee.",
                AddressedTo = RecommendationAddressee.ScrutinyBoard,
                ScrutinyBoardId = boardIds[i % boardIds.Count],
                DeepDiveSeriesId = seriesIds[i % seriesIds.Count],
                Status = i % 3 == 0 ? RecommendationStatus.Implemented : RecommendationStatus.InProgress,
                WorkProgrammeTakenOn = i % 4 == 0 ? null : taken,
                WorkProgrammeOutcome = i % 4 == 0 ? null : "Generated outcome: the board heard from the service and asked for a report in six months.",
                ClosedOn = i % 3 == 0 ? taken.AddMonths(12) : null,
                SortOrder = 3000 + i,
            });
        }

        // The committee's own recommendations awaiting its decision, a third of them parts of another.
        for (var i = 1; i <= CommitteeDecisions; i++)
        {
            db.Recommendations.Add(new Recommendation
            {
                Reference = $"C{i}",
                Title = $"Generated committee recommendation {i}",
                Wording = $"Generated recommendation {i} to the committee: agree how the board's findings are taken forward.",
                AddressedTo = RecommendationAddressee.ScrutinyCoordinationCommittee,
                Status = RecommendationStatus.AwaitingDecision,
                ReferredOn = new DateOnly(2026, 1 + (i % 9), 1 + (i % 28)),
                ResponseDueOn = new DateOnly(2026, 1 + (i % 9), 1 + (i % 28)).AddMonths(2),
                ServiceAreaId = i % 2 == 0 ? areaIds[i % areaIds.Count] : null,
                SortOrder = 4000 + i,
            });
        }

        // Every board's review of every published year, most of them done.
        foreach (var period in published)
        {
            foreach (var boardId in boardIds)
            {
                if ((boardId + period.StartYear) % 5 != 0)
                {
                    db.BoardReviews.Add(new BoardReview
                    {
                        ScrutinyBoardId = boardId,
                        ReportingPeriodId = period.Id,
                        ReviewedOn = period.EndDate.AddMonths(5),
                        Notes = "Generated notes of the board's review.",
                    });
                }
            }
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        // Accounts: officers in generated service areas, scrutiny members on generated boards,
        // Cabinet Members and a few administrators; the password hash copied (none signs in).
        var hash = await db.Users.Select(u => u.PasswordHash).FirstAsync();
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id);
        for (var i = 1; i <= Users; i++)
        {
            var role = (i % 10) switch { < 6 => Roles.Officer, < 8 => Roles.Scrutiny, < 9 => Roles.Cabinet, _ => Roles.Administrator };
            var email = $"generated.user{i:000}@example.org";
            var user = new ApplicationUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                PasswordHash = hash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true,
                DisplayName = $"Generated Person {i:000}",
                ServiceAreaId = role == Roles.Officer ? areaIds[i % areaIds.Count] : null,
                ScrutinyBoardId = role == Roles.Scrutiny ? boardIds[i % boardIds.Count] : null,
                IsDisabled = i % 25 == 0,
                MustChangePassword = i % 7 == 0,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role] });
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
