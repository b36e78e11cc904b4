using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Review;
using CouncilPerformance.Core.Scrutiny;
using CouncilPerformance.Core.Tests.Results.Rules;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Tests.Review;

public sealed class HealthCheckTests
{
    private static readonly DateOnly _yearEnd = new(2025, 3, 31);

    [Fact]
    public void Data_released_every_several_years_is_not_due_rather_than_missing()
    {
        Assert.Equal(HealthResult.NotDue, DataDue.Missing(DataFrequency.Periodic, 9, _yearEnd, new DateOnly(2026, 12, 1), hadDataLastYear: false));
    }

    [Fact]
    public void Biennial_data_is_not_due_the_year_after_a_release_but_is_the_year_after_a_gap()
    {
        Assert.Equal(HealthResult.NotDue, DataDue.Missing(DataFrequency.Biennial, 6, _yearEnd, new DateOnly(2026, 12, 1), hadDataLastYear: true));
        Assert.Equal(HealthResult.Fail, DataDue.Missing(DataFrequency.Biennial, 6, _yearEnd, new DateOnly(2026, 12, 1), hadDataLastYear: false));
    }

    [Theory]
    [InlineData(2025, 10, 31, HealthResult.NotDue)] // released in November: not yet
    [InlineData(2025, 11, 1, HealthResult.Fail)]
    [InlineData(2026, 1, 15, HealthResult.Fail)]
    public void Annual_data_is_due_from_the_first_release_month_after_the_year_ends(int y, int m, int d, HealthResult expected)
    {
        Assert.Equal(expected, DataDue.Missing(DataFrequency.Annual, 11, _yearEnd, new DateOnly(y, m, d), hadDataLastYear: true));
    }

    [Fact]
    public void A_release_month_inside_the_year_means_the_next_one_after_it_ends()
    {
        Assert.Equal(new DateOnly(2026, 2, 1), DataDue.DueOn(2, _yearEnd));
        Assert.Equal(new DateOnly(2025, 6, 1), DataDue.DueOn(6, _yearEnd));
        Assert.Equal(new DateOnly(2025, 4, 1), DataDue.DueOn(null, _yearEnd));
    }

    [Fact]
    public async Task The_seeded_2024_25_check_counts_each_criterion_and_IMD_is_not_due()
    {
        await using var s = await SeededServices.CreateAsync();
        var health = new HealthCheckQueries(s.Factory, new FakeClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)));

        var report = await health.RunAsync(2024, new ReviewFilter());

        Assert.NotNull(report);
        var imd = Assert.Single(report.Rows, r => r.Code == "IMD-DEPRIVATION");
        Assert.Equal(HealthResult.NotDue, imd.Checks[HealthCriterion.DataAvailable]);
        var digital = Assert.Single(report.Rows, r => r.Code == "DIGITAL-EXCLUSION");
        Assert.Equal(HealthResult.Fail, digital.Checks[HealthCriterion.TargetSet]);
        foreach (var criterion in Enum.GetValues<HealthCriterion>())
        {
            Assert.Equal(report.Rows.Count(r => r.Checks[criterion] == HealthResult.Pass), report.Passing[criterion]);
        }
    }

    [Theory]
    [InlineData(2025, 6, 15)] // some release months due, some not
    [InlineData(2026, 12, 1)] // every month due
    public async Task The_data_check_worked_out_in_the_database_follows_the_DataDue_rule(int y, int m, int d)
    {
        await using var s = await SeededServices.CreateAsync();
        var today = new DateOnly(y, m, d);
        var health = new HealthCheckQueries(s.Factory, new FakeClock(new DateTimeOffset(y, m, d, 9, 0, 0, TimeSpan.Zero)));

        var report = await health.RunAsync(2024, new ReviewFilter());

        Assert.NotNull(report);
        Assert.NotEmpty(report.Rows);
        foreach (var row in report.Rows)
        {
            var f = row.Facts!;
            var expected = f.HasData ? HealthResult.Pass : DataDue.Missing(f.Frequency, f.ExpectedReleaseMonth, new DateOnly(2025, 3, 31), today, f.HadDataLastYear);
            Assert.True(expected == row.Checks[HealthCriterion.DataAvailable], $"{row.Code}: the rule says {expected}, the database {row.Checks[HealthCriterion.DataAvailable]}");
        }
    }

    [Fact]
    public async Task The_check_counts_every_KPI_in_the_database_and_pages_the_failing_ones()
    {
        await using var s = await SeededServices.CreateAsync();
        var health = new HealthCheckQueries(s.Factory, new FakeClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)));
        var all = (await health.RunAsync(2024, new ReviewFilter()))!;
        var failing = all.Rows.Where(r => r.FailsAny).ToList();

        var first = (await health.GetPageAsync(2024, new ReviewFilter(), failingOnly: true, 0, 5))!;
        var second = (await health.GetPageAsync(2024, new ReviewFilter(), failingOnly: true, 1, 5))!;
        var beyond = (await health.GetPageAsync(2024, new ReviewFilter(), failingOnly: true, 999, 5))!;

        Assert.True(failing.Count > 10, $"expected more than two pages of failing KPIs, got {failing.Count}");
        Assert.Equal(failing.Take(5).Select(r => r.Code), first.Rows.Select(r => r.Code));
        Assert.Equal(failing.Skip(5).Take(5).Select(r => r.Code), second.Rows.Select(r => r.Code));
        Assert.Equal(all.Rows.Count, first.Checked);
        Assert.Equal(failing.Count, first.Shown);
        Assert.Equal(first.PageCount - 1, beyond.PageIndex);
        foreach (var criterion in Enum.GetValues<HealthCriterion>())
        {
            Assert.Equal(all.Rows.Count(r => r.Checks[criterion] == HealthResult.Pass), first.Passing[criterion]);
            Assert.Equal(all.Rows.Count(r => r.Checks[criterion] is HealthResult.Fail or HealthResult.Flagged), first.Failing[criterion]);
        }
    }

    [Fact]
    public async Task One_KPIs_check_is_the_same_as_its_row_in_the_whole_check()
    {
        await using var s = await SeededServices.CreateAsync();
        var health = new HealthCheckQueries(s.Factory, new FakeClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)));
        var all = (await health.RunAsync(2024, new ReviewFilter()))!;

        var one = (await health.GetKpiAsync(2024, "IMD-DEPRIVATION"))!;

        var row = Assert.Single(one.Rows);
        Assert.Equal(all.Rows.Single(r => r.Code == "IMD-DEPRIVATION").Checks, row.Checks);
    }

    [Theory]
    [InlineData(2025, 6, 1)]
    [InlineData(2026, 12, 1)]
    public async Task The_KPI_pages_check_of_every_seeded_KPI_is_the_health_checks_answer(int year, int month, int day)
    {
        await using var s = await SeededServices.CreateAsync();
        var health = new HealthCheckQueries(s.Factory, new FakeClock(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero)));
        var kpis = new KpiQueries(s.Factory);
        List<string> codes;
        await using (var db = await s.Factory.CreateDbContextAsync())
        {
            codes = await db.Kpis.Select(k => k.Code).ToListAsync();

            // A board reviewed two KPIs in the latest published year and a third the year before, so the
            // review check passes for some KPIs and fails for the rest.
            var latest = await db.ReportingPeriods.Where(p => p.State == PeriodState.Published).OrderByDescending(p => p.StartYear).FirstAsync();
            var earlier = await db.ReportingPeriods.FirstAsync(p => p.StartYear == latest.StartYear - 1);
            var board = await db.ScrutinyBoards
                .Where(b => !db.Set<BoardReview>().Any(r => r.ScrutinyBoardId == b.Id && (r.ReportingPeriodId == latest.Id || r.ReportingPeriodId == earlier.Id)))
                .Select(b => b.Id).FirstAsync();
            var ids = await db.Kpis.Where(k => k.Status != KpiStatus.Retired).OrderBy(k => k.Id).Select(k => k.Id).Take(3).ToListAsync();
            db.AddRange(
                new BoardReview { ScrutinyBoardId = board, ReportingPeriodId = latest.Id, Kpis = [new() { KpiId = ids[0] }, new() { KpiId = ids[1] }] },
                new BoardReview { ScrutinyBoardId = board, ReportingPeriodId = earlier.Id, Kpis = [new() { KpiId = ids[2] }] });
            await db.SaveChangesAsync();
        }

        var compared = new List<HealthRow>();
        foreach (var code in codes)
        {
            var detail = (await kpis.GetAsync(code))!;

            var page = health.ForKpiPage(detail);

            var expected = detail.Latest is { } latest ? await health.GetKpiAsync(latest.StartYear, code) : null;
            var expectedRow = expected?.Rows.SingleOrDefault();
            Assert.True((expectedRow is null) == (page is null), $"{code}: the health check has {(expectedRow is null ? "no row" : "a row")}, the page {(page is null ? "none" : "one")}.");
            if (expectedRow is null)
            {
                continue;
            }

            var row = Assert.Single(page!.Rows);
            Assert.Equal(expected!.PeriodLabel, page.PeriodLabel);
            foreach (var criterion in Enum.GetValues<HealthCriterion>())
            {
                Assert.True(expectedRow.Checks[criterion] == row.Checks[criterion], $"{code}, {criterion}: the health check says {expectedRow.Checks[criterion]}, the page {row.Checks[criterion]}.");
            }

            Assert.Equal(expectedRow.DueNote, row.DueNote);
            Assert.Equal((expectedRow.Code, expectedRow.Name, expectedRow.Priority, expectedRow.ScrutinyBoard), (row.Code, row.Name, row.Priority, row.ScrutinyBoard));
            compared.Add(row);
        }

        // The seed's KPIs pass and fail the checks the page can get wrong, so the comparison means something.
        Assert.True(compared.Count > 10, $"Only {compared.Count} KPIs were compared.");
        foreach (var criterion in new[] { HealthCriterion.TargetSet, HealthCriterion.DataAvailable, HealthCriterion.ReviewedByBoard })
        {
            Assert.True(compared.Select(r => r.Checks[criterion]).Distinct().Count() > 1, $"Every compared KPI has the same {criterion} result.");
        }
    }
}
