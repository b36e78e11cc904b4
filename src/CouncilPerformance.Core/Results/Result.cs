using CouncilPerformance.Core.Common;
using CouncilPerformance.Core.Kpis;

namespace CouncilPerformance.Core.Results;

public enum DataStatus
{
    Provisional,
    Final,
    NotAvailable,
}

/// <summary>Where a result is in its sign-off.</summary>
public enum ResultState
{
    Draft,
    Submitted,
    Returned,
    Approved,
}

public enum Comparator
{
    England,
    WestMidlands,
    StatisticalNeighbours,
}

/// <summary>A KPI's result for one reporting period.</summary>
public class Result : Entity, IAudited
{
    public int KpiId { get; set; }

    public Kpi? Kpi { get; set; }

    public int ReportingPeriodId { get; set; }

    public ReportingPeriod? ReportingPeriod { get; set; }

    /// <summary>The headline value; for rates, numerator / denominator × the KPI's rate base.</summary>
    public decimal? Value { get; set; }

    public decimal? Numerator { get; set; }

    public decimal? Denominator { get; set; }

    /// <summary>When the data covers something other than the financial year, e.g. "rolling twelve months to March 2025".</summary>
    public string? PeriodNote { get; set; }

    public DataStatus DataStatus { get; set; }

    public string? NotAvailableReason { get; set; }

    public DateOnly? ExpectedAvailableOn { get; set; }

    public string? Commentary { get; set; }

    public ResultState State { get; set; }

    public string? ReturnComment { get; set; }

    public string? EnteredById { get; set; }

    public string? EnteredByName { get; set; }

    public DateTime? EnteredAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public string? ApprovedById { get; set; }

    public string? ApprovedByName { get; set; }

    public DateTime? ApprovedAt { get; set; }

    /// <summary>True when the figure was generated for the demo, not taken from a council document.</summary>
    public bool IsIllustrative { get; set; }

    /// <summary>Where a real figure comes from, e.g. "Appendix 1, 11.2".</summary>
    public string? SourceNote { get; set; }

    public List<ComparatorValue> Comparators { get; set; } = [];

    public List<BreakdownValue> Breakdowns { get; set; } = [];

    public List<ResultVersion> Versions { get; set; } = [];
}

/// <summary>The same measure for England, the West Midlands or statistical neighbours.</summary>
public class ComparatorValue : Entity
{
    public int ResultId { get; set; }

    public Result? Result { get; set; }

    public Comparator Comparator { get; set; }

    public decimal Value { get; set; }
}

/// <summary>A result's value for one category of a breakdown dimension.</summary>
public class BreakdownValue : Entity
{
    public int ResultId { get; set; }

    public Result? Result { get; set; }

    public int CategoryId { get; set; }

    public BreakdownCategory? Category { get; set; }

    public decimal Value { get; set; }
}

/// <summary>
/// A snapshot of a result as it stood before a correction, so the KPI's history shows every
/// version, who changed it, when and why.
/// </summary>
public class ResultVersion
{
    public int Id { get; set; }

    public int ResultId { get; set; }

    public Result? Result { get; set; }

    public int VersionNumber { get; set; }

    public decimal? Value { get; set; }

    public decimal? Numerator { get; set; }

    public decimal? Denominator { get; set; }

    public DataStatus DataStatus { get; set; }

    public string? NotAvailableReason { get; set; }

    public DateOnly? ExpectedAvailableOn { get; set; }

    public string? PeriodNote { get; set; }

    public ResultState State { get; set; }

    public string? Commentary { get; set; }

    /// <summary>The comparator and breakdown values as they stood, as JSON.</summary>
    public string? DetailsJson { get; set; }

    public string? ChangedById { get; set; }

    public string? ChangedByName { get; set; }

    public DateTime ChangedAt { get; set; }

    public string? Reason { get; set; }
}
