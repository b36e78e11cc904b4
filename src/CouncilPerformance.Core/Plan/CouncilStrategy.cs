using CouncilPerformance.Core.Common;

namespace CouncilPerformance.Core.Plan;

/// <summary>A council strategy that KPIs serve (Cabinet recommendation 6: cross-reference and align).</summary>
public class CouncilStrategy : Entity, IAudited, IRetirable
{
    /// <summary>When the performance team retired it; null while it is in use. Retired parts keep their history but are no longer offered for new KPIs.</summary>
    public DateOnly? RetiredOn { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public List<Kpis.Kpi> Kpis { get; set; } = [];
}
