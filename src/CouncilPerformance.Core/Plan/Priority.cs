using CouncilPerformance.Core.Common;

namespace CouncilPerformance.Core.Plan;

/// <summary>A council plan priority ("OCP Priority" in the reports), e.g. Reducing Inequalities.</summary>
public class Priority : Entity, IAudited, IRetirable
{
    /// <summary>When the performance team retired it; null while it is in use. Retired parts keep their history but are no longer offered for new KPIs.</summary>
    public DateOnly? RetiredOn { get; set; }

    public int CouncilPlanId { get; set; }

    public CouncilPlan? CouncilPlan { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public int SortOrder { get; set; }
}
