using CouncilPerformance.Core.Common;

namespace CouncilPerformance.Core.Kpis;

/// <summary>
/// Two KPIs whose targets may pull against each other (Cabinet recommendation 5, e.g. green and
/// blue space against house building). Stored once per pair; both KPIs show it.
/// </summary>
public class KpiConflict : Entity, IAudited
{
    public int KpiId { get; set; }

    public Kpi? Kpi { get; set; }

    public int ConflictingKpiId { get; set; }

    public Kpi? ConflictingKpi { get; set; }

    public required string Note { get; set; }
}
