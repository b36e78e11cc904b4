using CouncilPerformance.Core.Common;

namespace CouncilPerformance.Core.Plan;

/// <summary>A Cabinet Member portfolio. The member is a name as published; not every report names one.</summary>
public class Portfolio : Entity
{
    public required string Name { get; set; }

    public string? CabinetMember { get; set; }
}
