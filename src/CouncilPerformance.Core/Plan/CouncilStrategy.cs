using CouncilPerformance.Core.Common;

namespace CouncilPerformance.Core.Plan;

/// <summary>A council strategy that KPIs serve (Cabinet recommendation 6: cross-reference and align).</summary>
public class CouncilStrategy : Entity
{
    public required string Name { get; set; }

    public string? Description { get; set; }

    public List<Kpis.Kpi> Kpis { get; set; } = [];
}
