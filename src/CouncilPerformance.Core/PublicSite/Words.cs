using CouncilPerformance.Core.Recommendations;

namespace CouncilPerformance.Core.PublicSite;

/// <summary>
/// The council's words for recommendations and decisions, for the public pages, the open data and the
/// reports (which are built in Core and cannot reach the web project's Display, which uses these).
/// </summary>
public static class Words
{
    public static string Of(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Agreed => "Agreed",
        DecisionOutcome.AgreedWithAmendment => "Agreed with amendment",
        DecisionOutcome.AcceptedInPrinciple => "Accepted in principle",
        DecisionOutcome.NotAgreed => "Not agreed",
        _ => outcome.ToString(),
    };

    public static string Of(RecommendationStatus status) => status switch
    {
        RecommendationStatus.AwaitingDecision => "Awaiting decision",
        RecommendationStatus.AgreedWithAmendment => "Agreed with amendment",
        RecommendationStatus.NotAgreed => "Not agreed",
        RecommendationStatus.InProgress => "In progress",
        RecommendationStatus.AcceptedInPrinciple => "Accepted in principle",
        _ => status.ToString(),
    };

    public static string Of(RecommendationAddressee addressee) => addressee switch
    {
        RecommendationAddressee.Cabinet => "Cabinet",
        RecommendationAddressee.ScrutinyCoordinationCommittee => "Scrutiny Co-ordination Committee",
        _ => "Scrutiny board",
    };
}
