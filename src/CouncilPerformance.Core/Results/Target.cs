using CouncilPerformance.Core.Common;
using CouncilPerformance.Core.Kpis;

namespace CouncilPerformance.Core.Results;

/// <summary>A KPI's target for one reporting period, with the tolerance inside which a miss is amber.</summary>
public class Target : Entity, IAudited
{
    public int KpiId { get; set; }

    public Kpi? Kpi { get; set; }

    public int ReportingPeriodId { get; set; }

    public ReportingPeriod? ReportingPeriod { get; set; }

    /// <summary>Null when the plan sets no target for the period (the KPI then rates grey).</summary>
    public decimal? Value { get; set; }

    /// <summary>How far, in the KPI's own unit, a result may miss the target and still be amber.</summary>
    public decimal AmberTolerance { get; set; }

    /// <summary>True when the figure was generated for the demo, not taken from a council document.</summary>
    public bool IsIllustrative { get; set; }

    public string? Note { get; set; }
}
