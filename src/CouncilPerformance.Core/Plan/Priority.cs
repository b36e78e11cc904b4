using CouncilPerformance.Core.Common;

namespace CouncilPerformance.Core.Plan;

/// <summary>A council plan priority ("OCP Priority" in the reports), e.g. Reducing Inequalities.</summary>
public class Priority : Entity
{
    public int CouncilPlanId { get; set; }

    public CouncilPlan? CouncilPlan { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public int SortOrder { get; set; }
}
