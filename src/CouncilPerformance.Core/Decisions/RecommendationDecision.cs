using CouncilPerformance.Core.Common;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.Recommendations;

namespace CouncilPerformance.Core.Decisions;

/// <summary>
/// One decision as recorded: the first, and each correction after it. Rows are never changed or
/// deleted, so the history shows what was recorded before a correction and why it was corrected.
/// The latest row is copied onto the <see cref="Recommendation"/>.
/// </summary>
public class RecommendationDecision : Entity, IAudited
{
    public int RecommendationId { get; set; }

    public Recommendation? Recommendation { get; set; }

    public DecisionOutcome Outcome { get; set; }

    /// <summary>The date of the meeting that decided.</summary>
    public DateOnly MeetingOn { get; set; }

    public required string DecisionText { get; set; }

    public string? AmendedWording { get; set; }

    public string? Action { get; set; }

    public DateOnly? ActionDueOn { get; set; }

    public string? Reasons { get; set; }

    public required string LeadCabinetMember { get; set; }

    /// <summary>The service area that will implement it.</summary>
    public int? ServiceAreaId { get; set; }

    public ServiceArea? ServiceArea { get; set; }

    /// <summary>Why an earlier decision was corrected; null for the first one.</summary>
    public string? CorrectionReason { get; set; }

    public DateTime RecordedAt { get; set; }

    public string? RecordedById { get; set; }

    public required string RecordedByName { get; set; }
}
