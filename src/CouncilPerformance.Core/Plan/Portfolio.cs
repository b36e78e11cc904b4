using CouncilPerformance.Core.Common;

namespace CouncilPerformance.Core.Plan;

/// <summary>A Cabinet Member portfolio. The member is a name as published; not every report names one.</summary>
public class Portfolio : Entity, IAudited, IRetirable
{
    /// <summary>When the performance team retired it; null while it is in use. Retired parts keep their history but are no longer offered for new KPIs.</summary>
    public DateOnly? RetiredOn { get; set; }

    public required string Name { get; set; }

    /// <summary>The current Cabinet Member's name; kept in step with <see cref="Holders"/> by <c>PlanAdminService</c>.</summary>
    public string? CabinetMember { get; set; }

    /// <summary>Who held the portfolio when: past reports show the member of their time.</summary>
    public List<PortfolioHolder> Holders { get; set; } = [];
}
