using CouncilPerformance.Core.Plan;
using Microsoft.AspNetCore.Identity;

namespace CouncilPerformance.Core.Identity;

public class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>An officer's service area: the only one whose results they may enter.</summary>
    public int? ServiceAreaId { get; set; }

    public ServiceArea? ServiceArea { get; set; }
}
