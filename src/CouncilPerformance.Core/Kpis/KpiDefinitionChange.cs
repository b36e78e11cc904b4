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

    /// <summary>Why the definition changed.</summary>
    public required string Description { get; set; }

    public string? PreviousDefinition { get; set; }

    /// <summary>The definition that applies from <see cref="EffectiveFromPeriod"/>; null on changes recorded before it was kept.</summary>
    public string? NewDefinition { get; set; }

    /// <summary>The KPI's name before the change, when the change renamed it.</summary>
    public string? PreviousName { get; set; }

    /// <summary>When the change was recorded (UTC) and by whom; shown on the KPI page to everyone signed in.</summary>
    public DateTime? RecordedAt { get; set; }

    public string? RecordedByName { get; set; }
}
