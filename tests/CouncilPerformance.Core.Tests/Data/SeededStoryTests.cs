using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Review;
using CouncilPerformance.Core.Tests.Results.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Core.Tests.Data;

/// <summary>
/// The demo tells the source report's true story: Coventry's published 2024/25 headline (74 metrics,
/// 7 not reportable, 1 not fully developed, 66 available) with a majority on target, every KPI the
/// documents do not name labelled illustrative, and an open year with targets and a deadline ahead.
/// </summary>
public class SeededStoryTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private AppDbContext Context() => seeded.Db.CreateContext();

    private async Task<PerformanceHeadline> HeadlineAsync(int startYear)
    {
        await using var ctx = Context();
        var periodId = await ctx.ReportingPeriods.Where(p => p.StartYear == startYear).Select(p => p.Id).SingleAsync();
        var factory = seeded.Db.Services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        return await new ReviewQueries(factory).GetHeadlineAsync(periodId, new ReviewFilter());
    }

    [Fact]
    public async Task The_2024_25_headline_is_Coventrys_published_74_metrics_with_66_available_and_a_majority_on_target()
    {
        var headline = await HeadlineAsync(2024);

        Assert.Equal(74, headline.Total);
        // 7 could not be reported and 1 was not fully developed: 8 without a figure, 66 with one.
        Assert.Equal(8, headline.NotAvailable);
        Assert.Equal(66, headline.Total - headline.NotAvailable);
        Assert.Equal((43, 20, 4, 7), (headline.OnTarget, headline.OffTarget, headline.NoTargetSet, headline.NoData));
        Assert.True(headline.OnTarget * 2 > headline.Total, $"{headline.OnTarget} of {headline.Total} on target is not a majority");
    }

    [Fact]
    public async Task Of_the_eight_metrics_without_a_2024_25_figure_one_is_not_fully_developed_and_seven_could_not_be_reported()
    {
        await using var ctx = Context();

        var reported = await ctx.Kpis.Where(k => k.Status == KpiStatus.Active || k.Status == KpiStatus.UnderReview)
            .Select(k => new
            {
                k.Code,
                Result = k.Results.Where(r => r.ReportingPeriod!.StartYear == 2024).Select(r => new { r.Value, r.DataStatus, r.NotAvailableReason }).SingleOrDefault(),
                Target = k.Targets.Where(t => t.ReportingPeriod!.StartYear == 2024).Select(t => (TargetKind?)t.Kind).SingleOrDefault(),
            })
            .ToListAsync();
        var without = reported.Where(k => k.Result?.Value is null).ToList();

        Assert.Equal(8, without.Count);
        Assert.All(without, k => Assert.Equal(DataStatus.NotAvailable, k.Result!.DataStatus));
        Assert.All(without, k => Assert.False(string.IsNullOrWhiteSpace(k.Result!.NotAvailableReason), k.Code));
        // Not fully developed: no data and no target yet (Appendix 1, 15.2). The other seven had a target and no figure.
        var undeveloped = Assert.Single(without, k => k.Target is TargetKind.None);
        Assert.Equal("DIGITAL-EXCLUSION", undeveloped.Code);
        Assert.Equal(7, without.Count(k => k.Target is not null and not TargetKind.None));
    }

    [Fact]
    public async Task The_deep_dived_KPIs_stay_off_target_and_biodiversity_keeps_no_target_set_in_the_review()
    {
        await using var ctx = Context();
        var periodId = await ctx.ReportingPeriods.Where(p => p.StartYear == 2024).Select(p => p.Id).SingleAsync();
        var reviewed = (await ctx.Set<Core.Scrutiny.SessionKpi>().Where(s => s.Session!.Number <= 4).Select(s => s.Kpi!.Code).ToListAsync()).ToHashSet();
        var factory = seeded.Db.Services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var review = new ReviewQueries(factory);

        var offTarget = (await review.GetSectionAsync(periodId, new ReviewFilter(), ReviewSection.OffTarget, 0, 1000)).Rows.Select(r => r.Code).ToHashSet();
        var achieved = (await review.GetSectionAsync(periodId, new ReviewFilter(), ReviewSection.Achieved, 0, 1000)).Rows;

        Assert.Equal(reviewed.Where(c => c != "BNG").Order(StringComparer.Ordinal), offTarget.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("BNG", offTarget);
        Assert.DoesNotContain(achieved, r => r.Code == "BNG");
        Assert.Equal(43, achieved.Count);
        Assert.All(IllustrativeKpis.Codes.Except(IllustrativeKpis.NotReportable).Except(IllustrativeKpis.NoTargetSet), c => Assert.Contains(achieved, a => a.Code == c));
    }

    [Fact]
    public async Task Every_added_KPI_and_each_of_its_results_and_targets_is_labelled_illustrative()
    {
        await using var ctx = Context();
        var codes = IllustrativeKpis.Codes.ToList();

        var kpis = await ctx.Kpis.Include(k => k.Results).Include(k => k.Targets).Where(k => codes.Contains(k.Code)).ToListAsync();

        Assert.Equal(48, kpis.Count);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(kpis, k =>
        {
            Assert.Contains("Illustrative indicator added to the demonstration to make up the 74 metrics", k.Definition, StringComparison.Ordinal);
            Assert.Contains("not one named in the source documents", k.Definition, StringComparison.Ordinal);
            Assert.Equal(KpiStatus.Active, k.Status);
            Assert.True(k.Results.Count(r => r.ReportingPeriodId != 0) >= 3, $"{k.Code} lacks three years of results");
            Assert.All(k.Results, r => Assert.True(r.IsIllustrative, $"{k.Code} result {r.ReportingPeriodId} is not illustrative"));
            Assert.All(k.Results, r => Assert.Null(r.SourceNote));
            Assert.All(k.Targets, t => Assert.True(t.IsIllustrative, $"{k.Code} target {t.ReportingPeriodId} is not illustrative"));
        });
        // Spread over the plan: every priority and scrutiny body, and most portfolios and service areas.
        var withLinks = await ctx.Kpis.Where(k => codes.Contains(k.Code))
            .Select(k => new { Priority = k.Priority!.Name, Portfolio = k.Portfolio!.Name, Area = k.ServiceArea!.Name, Board = k.ScrutinyBoard!.Name })
            .ToListAsync();
        Assert.Equal(4, withLinks.Select(k => k.Priority).Distinct().Count());
        Assert.Equal(4, withLinks.Select(k => k.Board).Distinct().Count());
        Assert.True(withLinks.Select(k => k.Portfolio).Distinct().Count() >= 8);
        Assert.True(withLinks.Select(k => k.Area).Distinct().Count() >= 11);
    }

    [Fact]
    public async Task Added_KPIs_use_Coventrys_kinds_of_target_mostly_numbers()
    {
        await using var ctx = Context();
        var codes = IllustrativeKpis.Codes.ToList();

        var kinds = await ctx.Targets.Where(t => codes.Contains(t.Kpi!.Code) && t.ReportingPeriod!.StartYear == 2024).Select(t => t.Kind).ToListAsync();

        Assert.Equal(48, kinds.Count);
        Assert.True(kinds.Count(k => k == TargetKind.Value) > kinds.Count / 2);
        Assert.Contains(TargetKind.Direction, kinds);
        Assert.Contains(TargetKind.Comparator, kinds);
        Assert.Equal(2, kinds.Count(k => k == TargetKind.None));
    }

    [Fact]
    public async Task The_open_years_deadline_lies_ahead_of_the_seed_date_and_every_reported_KPI_has_a_rolled_forward_target()
    {
        await using var ctx = Context();
        var open = await ctx.ReportingPeriods.SingleAsync(p => p.StartYear == 2025);
        // The seed's save is audited at the moment it ran (the system clock here).
        var seededOn = DateOnly.FromDateTime(await ctx.AuditEntries.Where(a => a.EntityType == nameof(Kpi)).MinAsync(a => a.At));

        Assert.Equal(PeriodState.Open, open.State);
        Assert.True(open.EntryDeadline >= seededOn.AddDays(28), $"{open.EntryDeadline} is not four weeks after {seededOn}");
        Assert.Equal(OpenYear.EntryDeadline(seededOn), open.EntryDeadline);

        var reported = await ctx.Kpis.Where(k => k.Status == KpiStatus.Active || k.Status == KpiStatus.UnderReview)
            .Select(k => new { k.Code, Last = k.Targets.SingleOrDefault(t => t.ReportingPeriod!.StartYear == 2024), Now = k.Targets.SingleOrDefault(t => t.ReportingPeriodId == open.Id) })
            .ToListAsync();
        Assert.Equal(74, reported.Count);
        Assert.All(reported, k =>
        {
            Assert.NotNull(k.Now);
            Assert.True(k.Now.IsIllustrative, k.Code);
            Assert.Equal(OpenYear.TargetNote, k.Now.Note);
            Assert.Equal(k.Last!.Terms, k.Now.Terms);
        });
        Assert.False(await ctx.Targets.AnyAsync(t => t.ReportingPeriodId == open.Id && t.Kpi!.Status == KpiStatus.Proposed));
    }

    [Fact]
    public async Task Some_2025_26_results_are_in_and_signed_off_but_not_published_and_the_demo_officers_areas_are_left_to_enter()
    {
        await using var ctx = Context();

        var results = await ctx.Results.Include(r => r.Kpi).ThenInclude(k => k!.ServiceArea)
            .Where(r => r.ReportingPeriod!.StartYear == 2025).ToListAsync();

        Assert.Equal(OpenYear.Results.Select(r => r.Code).Order(StringComparer.Ordinal), results.Select(r => r.Kpi!.Code).Order(StringComparer.Ordinal));
        Assert.All(results, r =>
        {
            Assert.Equal(ResultState.Approved, r.State);
            Assert.True(r.IsIllustrative);
            Assert.True(r.EnteredAt < r.SubmittedAt && r.SubmittedAt < r.ApprovedAt);
            Assert.True(r.ApprovedAt < DateTime.UtcNow);
            Assert.DoesNotContain(r.Kpi!.ServiceArea!.Name, new[] { ServiceAreas.Finance, ServiceAreas.HighwaysTransportAndWaste });
        });
    }

    [Theory]
    [InlineData("2026-12-02", "2026-12-31")] // Thursday 31 December is four weeks and a day away
    [InlineData("2026-12-04", "2027-01-29")] // 31 December is under four weeks away: January's last working day, a Friday
    [InlineData("2026-04-15", "2026-05-29")] // 31 May 2026 is a Sunday: Friday 29 May
    [InlineData("2026-05-01", "2026-05-29")] // exactly four weeks
    [InlineData("2026-05-02", "2026-06-30")] // a day less than four weeks before 29 May: the end of June
    [InlineData("2027-01-31", "2027-03-31")] // 28 February 2027 is a Sunday and only 4 weeks on is 28 February
    public void The_entry_deadline_is_the_last_working_day_of_the_month_at_least_four_weeks_after_the_seed_date(string seededOn, string expected)
    {
        var deadline = OpenYear.EntryDeadline(DateOnly.Parse(seededOn, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), deadline);
        Assert.InRange(deadline.DayOfWeek, DayOfWeek.Monday, DayOfWeek.Friday);
    }

    [Fact]
    public async Task A_seed_under_a_pinned_clock_gives_that_days_deadline_and_only_the_results_approved_by_then()
    {
        // Seeded on 2 December 2026, this demo's "today".
        await using var db = await TestDatabase.CreateAsync(seed: true, seedClock: new FakeClock(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)));
        await using (var ctx = db.CreateContext())
        {
            var open = await ctx.ReportingPeriods.SingleAsync(p => p.StartYear == 2025);
            Assert.Equal(new DateOnly(2026, 12, 31), open.EntryDeadline);
            Assert.Equal(OpenYear.Results.Count, await ctx.Results.CountAsync(r => r.ReportingPeriodId == open.Id));
        }

        // Seeded on 1 May 2026: the deadline is the end of May, and only the results signed off by then are in.
        await using var early = await TestDatabase.CreateAsync(seed: true, seedClock: new FakeClock(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero)));
        await using (var ctx = early.CreateContext())
        {
            var open = await ctx.ReportingPeriods.SingleAsync(p => p.StartYear == 2025);
            Assert.Equal(new DateOnly(2026, 5, 29), open.EntryDeadline);
            var codes = await ctx.Results.Where(r => r.ReportingPeriodId == open.Id).Select(r => r.Kpi!.Code).ToListAsync();
            Assert.Equal(["CALLS-ANSWERED", "COMPLAINTS-10DAYS", "FOI-20DAYS", "ONLINE-TRANSACTIONS"], codes.Order(StringComparer.Ordinal));
        }
    }
}
