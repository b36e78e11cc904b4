using CouncilPerformance.Core.Common;

namespace CouncilPerformance.Core.Kpis;

/// <summary>
/// When a KPI's definition changed. A redefined KPI keeps its history; the trend marks the period
/// from which values are measured the new way.
/// </summary>
public class KpiDefinitionChange : Entity, IAudited
{
    public int KpiId { get; set; }

    public Kpi? Kpi { get; set; }

    /// <summary>The first reporting period measured under the new definition.</summary>
    public int EffectiveFromPeriodId { get; set; }

    public Results.ReportingPeriod? EffectiveFromPeriod { get; set; }

    public required string Description { get; set; }

    public string? PreviousDefinition { get; set; }
}
