using CouncilPerformance.Web.Features.Admin;

namespace CouncilPerformance.Web.Tests.Components.Admin;

/// <summary>
/// The audit log's "From" and "To" come from the address; one that cannot filter the log is said, never
/// thrown or silently dropped.
/// </summary>
public class AuditDatesTests
{
    [Fact]
    public void Days_as_a_date_field_sends_them_filter_the_log()
    {
        var dates = AuditDates.Read("2025-04-01", " 2025-04-30 ");

        Assert.True(dates.Valid);
        Assert.Equal((new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30)), (dates.From, dates.To));
    }

    [Fact]
    public void No_days_is_no_date_filter()
    {
        var dates = AuditDates.Read(null, " ");

        Assert.True(dates.Valid);
        Assert.Equal((null, null), (dates.From, dates.To));
    }

    [Fact]
    public void The_same_day_for_both_is_that_one_day()
    {
        Assert.True(AuditDates.Read("2025-04-01", "2025-04-01").Valid);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("01/04/2025")]
    [InlineData("soon")]
    public void A_from_that_is_not_a_date_is_said_and_does_not_filter(string from)
    {
        var dates = AuditDates.Read(from, "2025-04-30");

        Assert.False(dates.Valid);
        Assert.Equal($"The \u201cFrom\u201d date must be a real date, for example 2025-04-01 (\u201c{from}\u201d is not)", dates.FromError);
        Assert.Null(dates.ToError);
        Assert.Null(dates.From);
    }

    [Fact]
    public void A_to_before_the_from_is_said_against_the_to()
    {
        var dates = AuditDates.Read("2025-06-01", "2025-05-31");

        Assert.False(dates.Valid);
        Assert.Null(dates.FromError);
        Assert.Equal("The \u201cTo\u201d date (31 May 2025) must be on or after the \u201cFrom\u201d date (1 June 2025)", dates.ToError);
    }
}
