using Bunit;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Web.Features.Decisions.Components;

namespace CouncilPerformance.Web.Tests.Components.Decisions;

public class ClockTagTests : MudTestContext
{
    private static readonly DateOnly _today = new(2026, 12, 1);

    [Theory]
    [InlineData(-336, "Overdue by 336 days", "clock-overdue")]
    [InlineData(0, "Due today", "clock-due-soon")]
    [InlineData(14, "14 days left", "clock-due-soon")]
    [InlineData(15, "15 days left", null)]
    public void Shows_the_days_left_or_overdue_and_marks_the_urgent_ones(int daysLeft, string text, string? cssClass)
    {
        var cut = Render<ClockTag>(p => p.Add(c => c.State, ResponseClock.StateOn(_today.AddDays(daysLeft), null, _today)));

        var tag = cut.Find(".clock");
        Assert.Equal(text, tag.TextContent.Trim());
        if (cssClass is null)
        {
            Assert.False(tag.ClassList.Contains("clock-tag"));
        }
        else
        {
            Assert.True(tag.ClassList.Contains(cssClass));
        }
    }

    [Fact]
    public void A_decided_recommendation_shows_the_clock_stopped()
    {
        var cut = Render<ClockTag>(p => p.Add(c => c.State, ResponseClock.StateOn(_today.AddDays(-10), _today.AddDays(-20), _today)));

        Assert.Equal("Decided in time", cut.Find(".clock").TextContent.Trim());
        Assert.False(cut.Find(".clock").ClassList.Contains("clock-overdue"));
    }
}
