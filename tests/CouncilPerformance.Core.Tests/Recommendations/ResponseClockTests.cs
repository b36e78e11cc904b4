using CouncilPerformance.Core.Recommendations;

namespace CouncilPerformance.Core.Tests.Recommendations;

public class ResponseClockTests
{
    [Theory]
    [InlineData("2025-08-21", 2, "2025-10-21")]
    [InlineData("2025-12-31", 2, "2026-02-28")]
    [InlineData("2027-12-31", 2, "2028-02-29")]
    [InlineData("2025-11-04", 12, "2026-11-04")]
    public void DueOn_counts_calendar_months_clamped_at_month_end(string referred, int months, string expected)
    {
        var due = ResponseClock.DueOn(DateOnly.Parse(referred, System.Globalization.CultureInfo.InvariantCulture), months);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void DueOn_refuses_a_period_of_no_months() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ResponseClock.DueOn(new DateOnly(2025, 1, 1), 0));

    [Fact]
    public void Refer_moves_an_endorsed_recommendation_to_awaiting_decision_and_starts_the_clock()
    {
        var recommendation = new Recommendation { Reference = "x", Title = "t", Wording = "w", Status = RecommendationStatus.Endorsed };

        RecommendationWorkflow.Refer(recommendation, new DateOnly(2025, 8, 21), 2);

        Assert.Equal(RecommendationStatus.AwaitingDecision, recommendation.Status);
        Assert.Equal(new DateOnly(2025, 8, 21), recommendation.ReferredOn);
        Assert.Equal(new DateOnly(2025, 10, 21), recommendation.ResponseDueOn);
    }

    [Fact]
    public void Refer_refuses_a_draft()
    {
        var recommendation = new Recommendation { Reference = "x", Title = "t", Wording = "w", Status = RecommendationStatus.Draft };

        Assert.Throws<InvalidRecommendationTransitionException>(() => RecommendationWorkflow.Refer(recommendation, new DateOnly(2025, 8, 21), 2));
        Assert.Null(recommendation.ReferredOn);
    }
}
