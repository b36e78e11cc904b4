using CouncilPerformance.Core.Common;

namespace CouncilPerformance.Core.Plan;

/// <summary>A service area of the council; its officers enter the results of the KPIs it owns.</summary>
public class ServiceArea : Entity, IAudited, IRetirable
{
    /// <summary>When the performance team retired it; null while it is in use. Retired parts keep their history but are no longer offered for new KPIs.</summary>
    public DateOnly? RetiredOn { get; set; }

    public required string Name { get; set; }

    public string? Directorate { get; set; }
}
