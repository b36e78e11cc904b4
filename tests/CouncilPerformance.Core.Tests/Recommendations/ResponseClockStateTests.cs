using System.Globalization;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Tests.Results.Rules;

namespace CouncilPerformance.Core.Tests.Recommendations;

public class ResponseClockStateTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    // Referred on 31 December: due on the last day of February (28th, or 29th in a leap year).
    [InlineData("2025-12-31", "2026-02-27", 1)]
    [InlineData("2025-12-31", "2026-02-28", 0)]
    [InlineData("2025-12-31", "2026-03-01", -1)]
    [InlineData("2027-12-31", "2028-02-28", 1)]
    [InlineData("2027-12-31", "2028-02-29", 0)]
    // 31 August + 2 months is 31 October; 30 October is due on 30 December.
    [InlineData("2025-08-31", "2025-10-31", 0)]
    [InlineData("2025-10-30", "2025-12-01", 29)]
    // Across the year end.
    [InlineData("2025-11-30", "2026-01-30", 0)]
    [InlineData("2025-11-30", "2026-01-31", -1)]
    public void Days_left_count_calendar_days_to_the_month_clamped_due_date(string referred, string today, int expectedDaysLeft)
    {
        var due = ResponseClock.DueOn(D(referred), 2);

        var state = ResponseClock.StateOn(due, decidedOn: null, D(today));

        Assert.Equal(expectedDaysLeft, state.DaysLeft);
        Assert.Equal(expectedDaysLeft < 0, state.IsOverdue);
    }

    [Theory]
    [InlineData(15, false, false)]
    [InlineData(14, true, false)]
    [InlineData(1, true, false)]
    [InlineData(0, true, false)]
    [InlineData(-1, false, true)]
    public void Due_soon_is_the_last_14_days_up_to_and_including_the_due_day(int daysLeft, bool dueSoon, bool overdue)
    {
        var today = new DateOnly(2026, 3, 10);

        var state = ResponseClock.StateOn(today.AddDays(daysLeft), null, today);

        Assert.Equal(dueSoon, state.IsDueSoon);
        Assert.Equal(overdue, state.IsOverdue);
    }

    [Fact]
    public void A_decision_stops_the_clock_so_it_is_neither_overdue_nor_due_soon()
    {
        var state = ResponseClock.StateOn(new DateOnly(2025, 12, 30), decidedOn: new DateOnly(2026, 1, 5), new DateOnly(2026, 12, 1));

        Assert.True(state.IsStopped);
        Assert.False(state.IsRunning);
        Assert.False(state.IsOverdue);
        Assert.False(state.IsDueSoon);
        Assert.True(state.WasLate);
        Assert.Equal("Decided after the due date", state.Describe());
    }

    [Fact]
    public void A_recommendation_not_yet_put_to_Cabinet_has_no_clock()
    {
        var state = ResponseClock.StateOn(null, null, new DateOnly(2026, 1, 1));

        Assert.False(state.IsRunning);
        Assert.False(state.IsOverdue);
        Assert.Equal("Not yet put to the meeting", state.Describe());
    }

    [Theory]
    [InlineData(12, "12 days left")]
    [InlineData(1, "1 day left")]
    [InlineData(0, "Due today")]
    [InlineData(-1, "Overdue by 1 day")]
    [InlineData(-336, "Overdue by 336 days")]
    public void Describe_says_the_days_left_or_overdue_in_words(int daysLeft, string expected)
    {
        var today = new DateOnly(2026, 12, 1);

        Assert.Equal(expected, ResponseClock.StateOn(today.AddDays(daysLeft), null, today).Describe());
    }

    [Theory]
    // 23:30 UTC on 31 March 2026 is already 1 April in London (BST began on 29 March).
    [InlineData("2026-03-31T23:30:00Z", "2026-04-01")]
    // 23:30 UTC on 31 December is still 31 December in London (GMT).
    [InlineData("2025-12-31T23:30:00Z", "2025-12-31")]
    public void Today_is_the_UK_date_from_the_injected_clock(string utc, string expected)
    {
        var clock = new FakeClock(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture));

        Assert.Equal(D(expected), ResponseClock.Today(clock));
    }
}
