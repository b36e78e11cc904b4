using CouncilPerformance.Core.Recommendations;

namespace CouncilPerformance.Core.Tests.Recommendations;

public class RecommendationWorkflowTests
{
    private const RecommendationAddressee Cabinet = RecommendationAddressee.Cabinet;
    private const RecommendationAddressee Scruco = RecommendationAddressee.ScrutinyCoordinationCommittee;
    private const RecommendationAddressee Board = RecommendationAddressee.ScrutinyBoard;

    [Theory]
    [InlineData(Cabinet, RecommendationStatus.Draft, RecommendationStatus.Endorsed)]
    [InlineData(Cabinet, RecommendationStatus.Draft, RecommendationStatus.Withdrawn)]
    [InlineData(Cabinet, RecommendationStatus.Endorsed, RecommendationStatus.AwaitingDecision)]
    [InlineData(Cabinet, RecommendationStatus.Endorsed, RecommendationStatus.Withdrawn)]
    [InlineData(Cabinet, RecommendationStatus.AwaitingDecision, RecommendationStatus.Agreed)]
    [InlineData(Cabinet, RecommendationStatus.AwaitingDecision, RecommendationStatus.AgreedWithAmendment)]
    [InlineData(Cabinet, RecommendationStatus.AwaitingDecision, RecommendationStatus.NotAgreed)]
    [InlineData(Cabinet, RecommendationStatus.AwaitingDecision, RecommendationStatus.AcceptedInPrinciple)]
    [InlineData(Cabinet, RecommendationStatus.AcceptedInPrinciple, RecommendationStatus.InProgress)]
    [InlineData(Cabinet, RecommendationStatus.Agreed, RecommendationStatus.InProgress)]
    [InlineData(Cabinet, RecommendationStatus.Agreed, RecommendationStatus.Implemented)]
    [InlineData(Cabinet, RecommendationStatus.AgreedWithAmendment, RecommendationStatus.InProgress)]
    [InlineData(Cabinet, RecommendationStatus.AgreedWithAmendment, RecommendationStatus.Implemented)]
    [InlineData(Cabinet, RecommendationStatus.InProgress, RecommendationStatus.Implemented)]
    [InlineData(Scruco, RecommendationStatus.Draft, RecommendationStatus.Endorsed)]
    [InlineData(Scruco, RecommendationStatus.Endorsed, RecommendationStatus.AwaitingDecision)]
    [InlineData(Scruco, RecommendationStatus.AwaitingDecision, RecommendationStatus.Agreed)]
    [InlineData(Scruco, RecommendationStatus.Agreed, RecommendationStatus.Implemented)]
    [InlineData(Board, RecommendationStatus.Draft, RecommendationStatus.Endorsed)]
    [InlineData(Board, RecommendationStatus.Draft, RecommendationStatus.Withdrawn)]
    [InlineData(Board, RecommendationStatus.Endorsed, RecommendationStatus.InProgress)]
    [InlineData(Board, RecommendationStatus.Endorsed, RecommendationStatus.Withdrawn)]
    [InlineData(Board, RecommendationStatus.InProgress, RecommendationStatus.Implemented)]
    public void Move_makes_an_allowed_move(RecommendationAddressee addressedTo, RecommendationStatus from, RecommendationStatus to)
    {
        // Arrange
        var recommendation = NewRecommendation(addressedTo, from);

        // Act
        var allowed = RecommendationWorkflow.CanMove(recommendation, to);
        RecommendationWorkflow.Move(recommendation, to);

        // Assert
        Assert.True(allowed);
        Assert.Equal(to, recommendation.Status);
    }

    [Theory]
    [InlineData(Cabinet, RecommendationStatus.Draft, RecommendationStatus.Agreed)]
    [InlineData(Cabinet, RecommendationStatus.Draft, RecommendationStatus.AwaitingDecision)]
    [InlineData(Cabinet, RecommendationStatus.Draft, RecommendationStatus.Implemented)]
    [InlineData(Cabinet, RecommendationStatus.Draft, RecommendationStatus.Draft)]
    [InlineData(Cabinet, RecommendationStatus.Endorsed, RecommendationStatus.Agreed)]
    [InlineData(Cabinet, RecommendationStatus.Endorsed, RecommendationStatus.InProgress)]
    [InlineData(Scruco, RecommendationStatus.Endorsed, RecommendationStatus.InProgress)]
    [InlineData(Cabinet, RecommendationStatus.AwaitingDecision, RecommendationStatus.InProgress)]
    [InlineData(Cabinet, RecommendationStatus.AwaitingDecision, RecommendationStatus.Implemented)]
    [InlineData(Cabinet, RecommendationStatus.AwaitingDecision, RecommendationStatus.Draft)]
    [InlineData(Cabinet, RecommendationStatus.NotAgreed, RecommendationStatus.Implemented)]
    [InlineData(Cabinet, RecommendationStatus.NotAgreed, RecommendationStatus.InProgress)]
    [InlineData(Cabinet, RecommendationStatus.NotAgreed, RecommendationStatus.Agreed)]
    [InlineData(Cabinet, RecommendationStatus.Agreed, RecommendationStatus.NotAgreed)]
    [InlineData(Cabinet, RecommendationStatus.InProgress, RecommendationStatus.Agreed)]
    [InlineData(Cabinet, RecommendationStatus.Withdrawn, RecommendationStatus.Draft)]
    [InlineData(Cabinet, RecommendationStatus.Withdrawn, RecommendationStatus.Endorsed)]
    [InlineData(Board, RecommendationStatus.Endorsed, RecommendationStatus.AwaitingDecision)]
    [InlineData(Board, RecommendationStatus.Draft, RecommendationStatus.InProgress)]
    public void Move_refuses_a_move_the_life_cycle_does_not_allow(RecommendationAddressee addressedTo, RecommendationStatus from, RecommendationStatus to)
    {
        // Arrange
        var recommendation = NewRecommendation(addressedTo, from);

        // Act
        var allowed = RecommendationWorkflow.CanMove(recommendation, to);
        var ex = Assert.Throws<InvalidRecommendationTransitionException>(() => RecommendationWorkflow.Move(recommendation, to));

        // Assert
        Assert.False(allowed);
        Assert.Equal(from, ex.From);
        Assert.Equal(to, ex.To);
        Assert.Equal(from, recommendation.Status);
    }

    [Theory]
    [InlineData(Cabinet)]
    [InlineData(Scruco)]
    [InlineData(Board)]
    public void Move_refuses_every_move_from_implemented(RecommendationAddressee addressedTo)
    {
        // Arrange
        var recommendation = NewRecommendation(addressedTo, RecommendationStatus.Implemented);

        // Act
        var allowed = Enum.GetValues<RecommendationStatus>().Where(to => RecommendationWorkflow.CanMove(recommendation, to)).ToList();

        // Assert
        Assert.Empty(allowed);
        Assert.Throws<InvalidRecommendationTransitionException>(() => RecommendationWorkflow.Move(recommendation, RecommendationStatus.InProgress));
        Assert.Equal(RecommendationStatus.Implemented, recommendation.Status);
    }

    [Theory]
    [InlineData(Cabinet, RecommendationStatus.Draft, RecommendationStatus.Endorsed, RecommendationStatus.Withdrawn)]
    [InlineData(Cabinet, RecommendationStatus.Endorsed, RecommendationStatus.AwaitingDecision, RecommendationStatus.Withdrawn)]
    [InlineData(Scruco, RecommendationStatus.Endorsed, RecommendationStatus.AwaitingDecision, RecommendationStatus.Withdrawn)]
    [InlineData(Board, RecommendationStatus.Endorsed, RecommendationStatus.InProgress, RecommendationStatus.Withdrawn)]
    [InlineData(Cabinet, RecommendationStatus.AwaitingDecision, RecommendationStatus.Agreed, RecommendationStatus.AgreedWithAmendment, RecommendationStatus.NotAgreed, RecommendationStatus.AcceptedInPrinciple)]
    [InlineData(Cabinet, RecommendationStatus.AcceptedInPrinciple, RecommendationStatus.InProgress, RecommendationStatus.Implemented)]
    [InlineData(Cabinet, RecommendationStatus.Agreed, RecommendationStatus.InProgress, RecommendationStatus.Implemented)]
    [InlineData(Cabinet, RecommendationStatus.AgreedWithAmendment, RecommendationStatus.InProgress, RecommendationStatus.Implemented)]
    [InlineData(Cabinet, RecommendationStatus.InProgress, RecommendationStatus.Implemented)]
    [InlineData(Board, RecommendationStatus.InProgress, RecommendationStatus.Implemented)]
    [InlineData(Cabinet, RecommendationStatus.NotAgreed)]
    [InlineData(Cabinet, RecommendationStatus.Implemented)]
    [InlineData(Cabinet, RecommendationStatus.Withdrawn)]
    public void NextStatuses_lists_exactly_the_allowed_moves(RecommendationAddressee addressedTo, RecommendationStatus from, params RecommendationStatus[] expected)
    {
        // Arrange
        var recommendation = NewRecommendation(addressedTo, from);

        // Act
        var next = RecommendationWorkflow.NextStatuses(recommendation);

        // Assert
        Assert.Equal(expected.Order(), next.Order());
    }

    [Theory]
    [InlineData(Cabinet)]
    [InlineData(Scruco)]
    [InlineData(Board)]
    public void NextStatuses_agrees_with_CanMove_for_every_status(RecommendationAddressee addressedTo)
    {
        foreach (var from in Enum.GetValues<RecommendationStatus>())
        {
            // Arrange
            var recommendation = NewRecommendation(addressedTo, from);

            // Act
            var next = RecommendationWorkflow.NextStatuses(recommendation);
            var allowed = Enum.GetValues<RecommendationStatus>().Where(to => RecommendationWorkflow.CanMove(recommendation, to));

            // Assert
            Assert.Equal(allowed.Order(), next.Order());
        }
    }

    [Theory]
    [InlineData(DecisionOutcome.Agreed, RecommendationStatus.Agreed)]
    [InlineData(DecisionOutcome.AgreedWithAmendment, RecommendationStatus.AgreedWithAmendment)]
    public void Decide_records_the_decision_and_asks_for_a_progress_report_12_months_later(DecisionOutcome outcome, RecommendationStatus expectedStatus)
    {
        // Arrange
        var recommendation = NewRecommendation(Cabinet, RecommendationStatus.AwaitingDecision);
        var decidedOn = new DateOnly(2025, 11, 4);

        // Act
        RecommendationWorkflow.Decide(recommendation, outcome, "Cabinet agreed the recommendation.", decidedOn, "Cabinet");

        // Assert
        Assert.Equal(expectedStatus, recommendation.Status);
        Assert.Equal(outcome, recommendation.DecisionOutcome);
        Assert.Equal("Cabinet agreed the recommendation.", recommendation.DecisionText);
        Assert.Equal(decidedOn, recommendation.DecidedOn);
        Assert.Equal("Cabinet", recommendation.DecidedByName);
        Assert.Equal(new DateOnly(2026, 11, 4), recommendation.ProgressReportDueOn);
    }

    [Fact]
    public void Decide_not_agreed_records_the_decision_without_a_progress_report()
    {
        // Arrange
        var recommendation = NewRecommendation(Scruco, RecommendationStatus.AwaitingDecision);
        var decidedOn = new DateOnly(2025, 11, 4);

        // Act
        RecommendationWorkflow.Decide(recommendation, DecisionOutcome.NotAgreed, "Not agreed: already covered.", decidedOn, "SCRUCO");

        // Assert
        Assert.Equal(RecommendationStatus.NotAgreed, recommendation.Status);
        Assert.Equal(DecisionOutcome.NotAgreed, recommendation.DecisionOutcome);
        Assert.Equal("Not agreed: already covered.", recommendation.DecisionText);
        Assert.Equal(decidedOn, recommendation.DecidedOn);
        Assert.Equal("SCRUCO", recommendation.DecidedByName);
        Assert.Null(recommendation.ProgressReportDueOn);
    }

    [Fact]
    public void Decide_from_draft_throws_and_records_nothing()
    {
        // Arrange
        var recommendation = NewRecommendation(Cabinet, RecommendationStatus.Draft);

        // Act
        var ex = Assert.Throws<InvalidRecommendationTransitionException>(() =>
            RecommendationWorkflow.Decide(recommendation, DecisionOutcome.Agreed, "Agreed.", new DateOnly(2025, 11, 4), "Cabinet"));

        // Assert
        Assert.Equal(RecommendationStatus.Draft, ex.From);
        Assert.Equal(RecommendationStatus.Agreed, ex.To);
        Assert.Equal(RecommendationStatus.Draft, recommendation.Status);
        Assert.Null(recommendation.DecisionOutcome);
        Assert.Null(recommendation.DecisionText);
        Assert.Null(recommendation.DecidedOn);
        Assert.Null(recommendation.ProgressReportDueOn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Decide_requires_the_decision_text(string decisionText)
    {
        // Arrange
        var recommendation = NewRecommendation(Cabinet, RecommendationStatus.AwaitingDecision);

        // Act
        Assert.ThrowsAny<ArgumentException>(() =>
            RecommendationWorkflow.Decide(recommendation, DecisionOutcome.Agreed, decisionText, new DateOnly(2025, 11, 4), "Cabinet"));

        // Assert
        Assert.Equal(RecommendationStatus.AwaitingDecision, recommendation.Status);
    }

    private static Recommendation NewRecommendation(RecommendationAddressee addressedTo, RecommendationStatus status) => new()
    {
        Reference = "T1",
        Title = "A test recommendation",
        Wording = "That the test passes.",
        AddressedTo = addressedTo,
        Status = status,
    };
}
