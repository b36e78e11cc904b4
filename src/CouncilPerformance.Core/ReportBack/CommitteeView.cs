using CouncilPerformance.Core.Common;
using CouncilPerformance.Core.Recommendations;

namespace CouncilPerformance.Core.ReportBack;

/// <summary>What the committee (SCRUCO) makes of a recommendation at the report-back.</summary>
public enum CommitteeViewKind
{
    /// <summary>Accepts it as implemented and closes it.</summary>
    AcceptAsImplemented,
    KeepOpen,
    Escalate,

    /// <summary>For a recommendation Cabinet did not agree: the committee accepts the response and closes it.</summary>
    AcceptResponseAndClose,
}

/// <summary>The committee's view of one recommendation at a report-back meeting. Append-only.</summary>
public class CommitteeView : Entity, IAudited
{
    public int RecommendationId { get; set; }

    public Recommendation? Recommendation { get; set; }

    public CommitteeViewKind Kind { get; set; }

    public DateOnly MeetingOn { get; set; }

    public string? Note { get; set; }

    public DateTime RecordedAt { get; set; }

    public string? RecordedById { get; set; }

    public required string RecordedByName { get; set; }
}
