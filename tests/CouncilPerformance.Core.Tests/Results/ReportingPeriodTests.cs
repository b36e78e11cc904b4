using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Core.Tests.Results;

public class ReportingPeriodTests
{
    [Fact]
    public void ForFinancialYear_runs_from_1_April_to_31_March_with_a_short_label()
    {
        // Act
        var period = ReportingPeriod.ForFinancialYear(2024);

        // Assert
        Assert.Equal(2024, period.StartYear);
        Assert.Equal("2024/25", period.Label);
        Assert.Equal(new DateOnly(2024, 4, 1), period.StartDate);
        Assert.Equal(new DateOnly(2025, 3, 31), period.EndDate);
    }

    [Fact]
    public void ForFinancialYear_starts_not_open_for_entry()
    {
        // Act
        var period = ReportingPeriod.ForFinancialYear(2024);

        // Assert
        Assert.Equal(PeriodState.NotOpen, period.State);
        Assert.Null(period.PublishedAt);
    }

    [Theory]
    [InlineData(2024, "2024/25")]
    [InlineData(1999, "1999/00")]
    [InlineData(2000, "2000/01")]
    [InlineData(2009, "2009/10")]
    [InlineData(2099, "2099/00")]
    public void FinancialYearLabel_writes_the_second_year_as_two_digits(int startYear, string expected)
    {
        // Act
        var label = ReportingPeriod.FinancialYearLabel(startYear);

        // Assert
        Assert.Equal(expected, label);
    }

    [Fact]
    public void ForFinancialYear_1999_crosses_the_century()
    {
        // Act
        var period = ReportingPeriod.ForFinancialYear(1999);

        // Assert
        Assert.Equal("1999/00", period.Label);
        Assert.Equal(new DateOnly(1999, 4, 1), period.StartDate);
        Assert.Equal(new DateOnly(2000, 3, 31), period.EndDate);
    }
}
