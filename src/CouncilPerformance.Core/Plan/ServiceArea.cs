using CouncilPerformance.Core.Common;

namespace CouncilPerformance.Core.Plan;

/// <summary>A service area of the council; its officers enter the results of the KPIs it owns.</summary>
public class ServiceArea : Entity
{
    public required string Name { get; set; }

    public string? Directorate { get; set; }
}
