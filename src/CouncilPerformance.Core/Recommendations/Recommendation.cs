using CouncilPerformance.Core.Common;
using CouncilPerformance.Core.Decisions;
using CouncilPerformance.Core.Implementation;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.ReportBack;
using CouncilPerformance.Core.Scrutiny;

namespace CouncilPerformance.Core.Recommendations;

/// <summary>
/// A scrutiny recommendation: to Cabinet, to the Scrutiny Co-ordination Committee, or to a board.
/// Its status changes only through <see cref="RecommendationWorkflow"/>.
/// </summary>
public class Recommendation : Entity, IAudited
{
    /// <summary>The reference as the report writes it: "a" … "p", "Cabinet 1", "SCRUCO 2", "17.2".</summary>
    public required string Reference { get; set; }

    public required string Title { get; set; }

    public required string Wording { get; set; }

    /// <summary>What the committee found that led to it.</summary>
    public string? Finding { get; set; }

    /// <summary>Where in the source report it comes from, e.g. "Appendix 1, section 3".</summary>
    public string? SourceSection { get; set; }

    public RecommendationAddressee AddressedTo { get; set; }

    /// <summary>The board it is routed to when <see cref="AddressedTo"/> is a scrutiny board.</summary>
    public int? ScrutinyBoardId { get; set; }

    public ScrutinyBoard? ScrutinyBoard { get; set; }

    public int? DeepDiveSeriesId { get; set; }

    public DeepDiveSeries? DeepDiveSeries { get; set; }

    public int? DeepDiveSessionId { get; set; }

    public DeepDiveSession? DeepDiveSession { get; set; }

    /// <summary>The recommendation this one details, e.g. a–p under Cabinet recommendation 9.</summary>
    public int? ParentId { get; set; }

    public Recommendation? Parent { get; set; }

    public List<Recommendation> Children { get; set; } = [];

    public KpiChangeKind KpiChange { get; set; }

    /// <summary>The service area that reports progress on it.</summary>
    public int? ServiceAreaId { get; set; }

    public ServiceArea? ServiceArea { get; set; }

    public RecommendationStatus Status { get; set; }

    public int SortOrder { get; set; }

    /// <summary>The meeting it is put to, e.g. Cabinet on 4 November 2025.</summary>
    public DateOnly? DecisionMeetingOn { get; set; }

    public DecisionOutcome? DecisionOutcome { get; set; }

    public string? DecisionText { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecidedByName { get; set; }

    /// <summary>The day the committee put it to the body it is addressed to; starts the response clock.</summary>
    public DateOnly? ReferredOn { get; set; }

    /// <summary>Set with <see cref="ReferredOn"/> by <see cref="ResponseClock.DueOn"/>.</summary>
    public DateOnly? ResponseDueOn { get; set; }

    /// <summary>SCRUCO asks for a progress report twelve months after the decision (report, 4.1).</summary>
    public DateOnly? ProgressReportDueOn { get; set; }

    // Scrutiny's drafting, endorsement and work-programme fields (the scrutiny review work).

    /// <summary>The deep-dive finding (a KPI reviewed at a session) the recommendation rests on.</summary>
    public int? SessionKpiId { get; set; }

    public SessionKpi? SessionKpi { get; set; }

    /// <summary>The date of the committee meeting that endorsed it, recorded once for the set endorsed.</summary>
    public DateOnly? EndorsedOn { get; set; }

    /// <summary>Why a draft or endorsed recommendation was withdrawn.</summary>
    public string? WithdrawnReason { get; set; }

    /// <summary>For work routed to a scrutiny board: when the board took it onto its work programme.</summary>
    public DateOnly? WorkProgrammeTakenOn { get; set; }

    /// <summary>For work routed to a scrutiny board: what came of it.</summary>
    public string? WorkProgrammeOutcome { get; set; }
    // Decision details (Cabinet decisions). The current decision is copied here from the latest
    // RecommendationDecision so lists read one row; the history keeps every earlier one.

    /// <summary>The wording as Cabinet amended it (outcome agreed with amendment), shown beside <see cref="Wording"/>.</summary>
    public string? AmendedWording { get; set; }

    /// <summary>What will be done when accepted in principle.</summary>
    public string? DecisionAction { get; set; }

    /// <summary>By when <see cref="DecisionAction"/> is to be done.</summary>
    public DateOnly? DecisionActionDueOn { get; set; }

    /// <summary>Why Cabinet did not agree.</summary>
    public string? DecisionReasons { get; set; }

    /// <summary>The Cabinet Member who leads on it, e.g. "Councillor R Brown".</summary>
    public string? LeadCabinetMember { get; set; }

    /// <summary>When the committee closed it; only the committee closes a recommendation.</summary>
    public DateOnly? ClosedOn { get; set; }

    public string? ClosedByName { get; set; }

    public List<RecommendationDecision> Decisions { get; set; } = [];

    public List<CommitteeView> CommitteeViews { get; set; } = [];

    public List<Kpi> Kpis { get; set; } = [];

    public List<RecommendationResponse> Responses { get; set; } = [];

    public List<ProgressUpdate> ProgressUpdates { get; set; } = [];
}

/// <summary>A formal response to a recommendation, e.g. Cabinet's or an officer's written reply.</summary>
public class RecommendationResponse : Entity, IAudited
{
    public int RecommendationId { get; set; }

    public Recommendation? Recommendation { get; set; }

    public required string Text { get; set; }

    public DateOnly RespondedOn { get; set; }

    public string? RespondedByName { get; set; }
}

/// <summary>An implementation update recorded by the service area.</summary>
public class ProgressUpdate : Entity, IAudited
{
    public int RecommendationId { get; set; }

    public Recommendation? Recommendation { get; set; }

    public required string Text { get; set; }

    public DateTime RecordedAt { get; set; }

    public string? RecordedById { get; set; }

    public string? RecordedByName { get; set; }

    /// <summary>The day the update describes (the officer's date, not the time it was typed).</summary>
    public DateOnly? UpdateDate { get; set; }

    public ImplementationStatus ImplementationStatus { get; set; }

    /// <summary>A link or a reference to a document that shows the work, e.g. a report's address.</summary>
    public string? EvidenceReference { get; set; }

    /// <summary>For KPI-specific recommendations (a–p): what changed in the plan.</summary>
    public PlanChangeKind PlanChange { get; set; }

    /// <summary>The KPI that was added, redefined or given a target.</summary>
    public int? KpiId { get; set; }

    public Kpi? Kpi { get; set; }

    /// <summary>For a redefinition: the first period reported on the new definition.</summary>
    public int? ChangedFromPeriodId { get; set; }

    public Results.ReportingPeriod? ChangedFromPeriod { get; set; }
}
