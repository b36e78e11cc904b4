using CouncilPerformance.Core.Common;

namespace CouncilPerformance.Core.Plan;

/// <summary>The council plan the KPIs belong to, e.g. the One Coventry Plan 2022–2030.</summary>
public class CouncilPlan : Entity
{
    public required string Name { get; set; }

    public int StartYear { get; set; }

    public int EndYear { get; set; }

    public string? Vision { get; set; }

    public List<Priority> Priorities { get; set; } = [];
}
