using CouncilPerformance.Core.Common;
using CouncilPerformance.Core.Plan;
using Microsoft.AspNetCore.Identity;

namespace CouncilPerformance.Core.Identity;

/// <summary>
/// A person who signs in. Audited like the plan's records; the secrets (password hash, security
/// and concurrency stamps) are kept out of the audit log by the configuration.
/// </summary>
public class ApplicationUser : IdentityUser, IAudited
{
    public string DisplayName { get; set; } = "";

    /// <summary>An officer's service area: the only one whose results they may enter.</summary>
    public int? ServiceAreaId { get; set; }

    public ServiceArea? ServiceArea { get; set; }

    /// <summary>The board or committee a scrutiny member sits on.</summary>
    public int? ScrutinyBoardId { get; set; }

    public ScrutinyBoard? ScrutinyBoard { get; set; }

    /// <summary>A disabled account cannot sign in, and its open sessions end (its security stamp changes).</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set with a temporary password: until the person changes it, every page sends them to Change password.</summary>
    public bool MustChangePassword { get; set; }
}
