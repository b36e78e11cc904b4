namespace CouncilPerformance.Core.Recommendations;

/// <summary>
/// The recommendation life cycle. Drafts are endorsed by the committee, put to the body they are
/// addressed to, decided, then implemented. Anything else is refused, so the tracker never shows a
/// recommendation "implemented" that nobody agreed.
/// </summary>
public static class RecommendationWorkflow
{
    private static readonly Dictionary<RecommendationStatus, RecommendationStatus[]> _moves = new()
    {
        [RecommendationStatus.Draft] = [RecommendationStatus.Endorsed, RecommendationStatus.Withdrawn],
        [RecommendationStatus.Endorsed] = [RecommendationStatus.AwaitingDecision, RecommendationStatus.InProgress, RecommendationStatus.Withdrawn],
        [RecommendationStatus.AwaitingDecision] = [RecommendationStatus.Agreed, RecommendationStatus.AgreedWithAmendment, RecommendationStatus.NotAgreed],
        [RecommendationStatus.Agreed] = [RecommendationStatus.InProgress, RecommendationStatus.Implemented],
        [RecommendationStatus.AgreedWithAmendment] = [RecommendationStatus.InProgress, RecommendationStatus.Implemented],
        [RecommendationStatus.InProgress] = [RecommendationStatus.Implemented],
        [RecommendationStatus.NotAgreed] = [],
        [RecommendationStatus.Implemented] = [],
        [RecommendationStatus.Withdrawn] = [],
    };

    public static IReadOnlyList<RecommendationStatus> NextStatuses(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return _moves[recommendation.Status].Where(to => IsAllowed(recommendation, to)).ToList();
    }

    public static bool CanMove(Recommendation recommendation, RecommendationStatus to)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return _moves[recommendation.Status].Contains(to) && IsAllowed(recommendation, to);
    }

    /// <summary>Moves to <paramref name="to"/>, or throws when the life cycle forbids it.</summary>
    public static void Move(Recommendation recommendation, RecommendationStatus to)
    {
        if (!CanMove(recommendation, to))
        {
            throw new InvalidRecommendationTransitionException(recommendation.Status, to);
        }

        recommendation.Status = to;
    }

    /// <summary>
    /// Puts an endorsed recommendation to the body it is addressed to and starts the response clock.
    /// </summary>
    public static void Refer(Recommendation recommendation, DateOnly referredOn, int responseMonths)
    {
        Move(recommendation, RecommendationStatus.AwaitingDecision);
        recommendation.ReferredOn = referredOn;
        recommendation.ResponseDueOn = ResponseClock.DueOn(referredOn, responseMonths);
    }

    /// <summary>Records the decision of the body the recommendation was put to.</summary>
    public static void Decide(Recommendation recommendation, DecisionOutcome outcome, string decisionText, DateOnly decidedOn, string decidedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decisionText);
        var to = outcome switch
        {
            DecisionOutcome.Agreed => RecommendationStatus.Agreed,
            DecisionOutcome.AgreedWithAmendment => RecommendationStatus.AgreedWithAmendment,
            _ => RecommendationStatus.NotAgreed,
        };
        Move(recommendation, to);
        recommendation.DecisionOutcome = outcome;
        recommendation.DecisionText = decisionText;
        recommendation.DecidedOn = decidedOn;
        recommendation.DecidedByName = decidedBy;
        if (outcome != DecisionOutcome.NotAgreed)
        {
            recommendation.ProgressReportDueOn = decidedOn.AddMonths(12);
        }
    }

    // Work routed to a scrutiny board goes straight onto its programme; only Cabinet and SCRUCO
    // recommendations wait for a decision.
    private static bool IsAllowed(Recommendation r, RecommendationStatus to) => (r.Status, to) switch
    {
        (RecommendationStatus.Endorsed, RecommendationStatus.AwaitingDecision) => r.AddressedTo != RecommendationAddressee.ScrutinyBoard,
        (RecommendationStatus.Endorsed, RecommendationStatus.InProgress) => r.AddressedTo == RecommendationAddressee.ScrutinyBoard,
        _ => true,
    };
}

public class InvalidRecommendationTransitionException(RecommendationStatus from, RecommendationStatus to)
    : InvalidOperationException($"A recommendation cannot move from {from} to {to}.")
{
    public RecommendationStatus From { get; } = from;

    public RecommendationStatus To { get; } = to;
}
