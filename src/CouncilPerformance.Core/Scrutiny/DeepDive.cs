using CouncilPerformance.Core.Common;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Plan;

namespace CouncilPerformance.Core.Scrutiny;

/// <summary>A deep dive: a set of scrutiny sessions on under-performing KPIs of one reporting period.</summary>
public class DeepDiveSeries : Entity, IAudited
{
    public required string Title { get; set; }

    /// <summary>The scrutiny body that runs the deep dive (SCRUCO in the source report).</summary>
    public int ScrutinyBoardId { get; set; }

    public ScrutinyBoard? ScrutinyBoard { get; set; }

    /// <summary>The reporting period whose results were reviewed.</summary>
    public int ReportingPeriodId { get; set; }

    public Results.ReportingPeriod? ReportingPeriod { get; set; }

    public DateOnly? AgreedOn { get; set; }

    public string? Summary { get; set; }

    /// <summary>When the committee closed the series; its sessions can be edited until then.</summary>
    public DateOnly? ClosedOn { get; set; }

    public List<DeepDiveSession> Sessions { get; set; } = [];
}

public class DeepDiveSession : Entity, IAudited
{
    public int SeriesId { get; set; }

    public DeepDiveSeries? Series { get; set; }

    public int Number { get; set; }

    public DateOnly? HeldOn { get; set; }

    public string? Scope { get; set; }

    public string? Notes { get; set; }

    public List<Portfolio> Portfolios { get; set; } = [];

    public List<SessionKpi> Kpis { get; set; } = [];

    public List<SessionAttendee> Attendees { get; set; } = [];
}

/// <summary>A KPI reviewed at a session, with what the committee found.</summary>
public class SessionKpi : Entity, IAudited
{
    public int SessionId { get; set; }

    public DeepDiveSession? Session { get; set; }

    public int KpiId { get; set; }

    public Kpi? Kpi { get; set; }

    public string? Finding { get; set; }

    /// <summary>Reviewed again after an earlier session (the report's "carried over").</summary>
    public bool CarriedOver { get; set; }

    public int SortOrder { get; set; }
}

public enum AttendeeRole
{
    CabinetMember,
    Officer,
    Partner,
    Councillor,
}

public class SessionAttendee : Entity, IAudited
{
    public int SessionId { get; set; }

    public DeepDiveSession? Session { get; set; }

    public required string Name { get; set; }

    public string? Title { get; set; }

    public AttendeeRole Role { get; set; }
}

/// <summary>A scrutiny board's annual review of the KPIs in its remit (Cabinet recommendation 7, 17.14).</summary>
public class BoardReview : Entity, IAudited
{
    public int ScrutinyBoardId { get; set; }

    public ScrutinyBoard? ScrutinyBoard { get; set; }

    public int ReportingPeriodId { get; set; }

    public Results.ReportingPeriod? ReportingPeriod { get; set; }

    public DateOnly? ReviewedOn { get; set; }

    public string? Notes { get; set; }

    /// <summary>What the board asks for as a result of its review (e.g. a report, a change of target).</summary>
    public string? Requests { get; set; }

    /// <summary>The KPIs the board reviewed, each with its comment.</summary>
    public List<BoardReviewKpi> Kpis { get; set; } = [];
}

/// <summary>A KPI a board reviewed in its annual review, with the board's comment on it.</summary>
public class BoardReviewKpi : Entity, IAudited
{
    public int BoardReviewId { get; set; }

    public BoardReview? BoardReview { get; set; }

    public int KpiId { get; set; }

    public Kpi? Kpi { get; set; }

    public string? Comment { get; set; }
}
