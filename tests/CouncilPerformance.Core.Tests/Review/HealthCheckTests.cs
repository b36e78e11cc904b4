using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Review;
using CouncilPerformance.Core.Tests.Results.Rules;

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
}
