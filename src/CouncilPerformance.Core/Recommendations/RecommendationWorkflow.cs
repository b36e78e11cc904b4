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
        [RecommendationStatus.AwaitingDecision] = [RecommendationStatus.Agreed, RecommendationStatus.AgreedWithAmendment, RecommendationStatus.NotAgreed, RecommendationStatus.AcceptedInPrinciple],
        [RecommendationStatus.Agreed] = [RecommendationStatus.InProgress, RecommendationStatus.Implemented],
        [RecommendationStatus.AgreedWithAmendment] = [RecommendationStatus.InProgress, RecommendationStatus.Implemented],
        [RecommendationStatus.AcceptedInPrinciple] = [RecommendationStatus.InProgress, RecommendationStatus.Implemented],
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
    public static void Decide(Recommendation recommendation, DecisionOutcome outcome, string decisionText, DateOnly decidedOn, string decidedBy) =>
        Decide(recommendation, outcome, decisionText, decidedOn, decidedBy, reportBackMonths: 12);

    /// <summary>
    /// Records the decision; unless not agreed, the progress report falls due
    /// <paramref name="reportBackMonths"/> after it. A decision stops the response clock.
    /// </summary>
    public static void Decide(Recommendation recommendation, DecisionOutcome outcome, string decisionText, DateOnly decidedOn, string decidedBy, int reportBackMonths)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decisionText);
        Move(recommendation, StatusFor(outcome));
        SetDecision(recommendation, outcome, decisionText, decidedOn, decidedBy, reportBackMonths);
    }

    /// <summary>Whether a recorded decision may still be corrected: decided, and not closed by the committee.</summary>
    public static bool CanCorrectDecision(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return recommendation.DecisionOutcome is not null && recommendation.ClosedOn is null
            && recommendation.Status is not (RecommendationStatus.Implemented or RecommendationStatus.Withdrawn);
    }

    /// <summary>
    /// Replaces a recorded decision (the caller keeps the old one in the history). Work already under
    /// way stays in progress unless the corrected outcome is "not agreed".
    /// </summary>
    public static void CorrectDecision(Recommendation recommendation, DecisionOutcome outcome, string decisionText, DateOnly decidedOn, string decidedBy, int reportBackMonths)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decisionText);
        if (!CanCorrectDecision(recommendation))
        {
            throw new InvalidRecommendationTransitionException(recommendation.Status, StatusFor(outcome));
        }

        if (recommendation.Status != RecommendationStatus.InProgress || outcome == DecisionOutcome.NotAgreed)
        {
            recommendation.Status = StatusFor(outcome);
        }

        SetDecision(recommendation, outcome, decisionText, decidedOn, decidedBy, reportBackMonths);
        if (outcome == DecisionOutcome.NotAgreed)
        {
            recommendation.ProgressReportDueOn = null;
        }
    }

    /// <summary>The status a decision's outcome puts a recommendation in.</summary>
    public static RecommendationStatus StatusFor(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Agreed => RecommendationStatus.Agreed,
        DecisionOutcome.AgreedWithAmendment => RecommendationStatus.AgreedWithAmendment,
        DecisionOutcome.AcceptedInPrinciple => RecommendationStatus.AcceptedInPrinciple,
        _ => RecommendationStatus.NotAgreed,
    };

    /// <summary>Whether implementation updates may be recorded: agreed in some form and not closed.</summary>
    public static bool IsBeingImplemented(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return recommendation.ClosedOn is null && recommendation.Status is RecommendationStatus.Agreed or RecommendationStatus.AgreedWithAmendment
            or RecommendationStatus.AcceptedInPrinciple or RecommendationStatus.InProgress;
    }

    /// <summary>The committee closes a recommendation: as implemented, or (not agreed) accepting Cabinet's response.</summary>
    public static void Close(Recommendation recommendation, bool asImplemented, DateOnly closedOn, string closedBy)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        if (recommendation.ClosedOn is not null)
        {
            throw new InvalidRecommendationTransitionException(recommendation.Status, recommendation.Status);
        }

        if (asImplemented)
        {
            Move(recommendation, RecommendationStatus.Implemented);
        }
        else if (recommendation.Status != RecommendationStatus.NotAgreed)
        {
            throw new InvalidRecommendationTransitionException(recommendation.Status, recommendation.Status);
        }

        recommendation.ClosedOn = closedOn;
        recommendation.ClosedByName = closedBy;
    }

    private static void SetDecision(Recommendation recommendation, DecisionOutcome outcome, string decisionText, DateOnly decidedOn, string decidedBy, int reportBackMonths)
    {
        recommendation.DecisionOutcome = outcome;
        recommendation.DecisionText = decisionText;
        recommendation.DecidedOn = decidedOn;
        recommendation.DecisionMeetingOn = decidedOn;
        recommendation.DecidedByName = decidedBy;
        if (outcome != DecisionOutcome.NotAgreed)
        {
            recommendation.ProgressReportDueOn = decidedOn.AddMonths(reportBackMonths);
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
