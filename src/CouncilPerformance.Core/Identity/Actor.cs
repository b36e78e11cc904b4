using System.Security.Claims;

namespace CouncilPerformance.Core.Identity;

/// <summary>
/// Who is asking a service to do something. Services check record-level rules (an officer's own
/// service area) against this, so a direct call cannot bypass what the page hides.
/// </summary>
public sealed record Actor(string? UserId, string Name, IReadOnlySet<string> Roles, int? ServiceAreaId)
{
    public const string ServiceAreaClaim = "cp:service_area";
    public const string DisplayNameClaim = "cp:display_name";

    /// <summary>Present while the person signs in with a temporary password they must change.</summary>
    public const string MustChangePasswordClaim = "cp:must_change_password";

    /// <summary>Present while an administrator has not yet set up two-factor sign-in.</summary>
    public const string TwoFactorSetupRequiredClaim = "cp:two_factor_setup_required";

    /// <summary>The account's version (its concurrency stamp) when the cookie's claims were built: a change to the account changes it.</summary>
    public const string AccountVersionClaim = "cp:account_version";

    public bool IsAdministrator => Roles.Contains(Identity.Roles.Administrator);

    public bool IsOfficer => Roles.Contains(Identity.Roles.Officer);

    /// <summary>Whether the actor may write results for KPIs of <paramref name="serviceAreaId"/>.</summary>
    public bool MayEnterResultsFor(int serviceAreaId) => IsAdministrator || IsOfficer && ServiceAreaId == serviceAreaId;

    public static Actor From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var area = principal.FindFirstValue(ServiceAreaClaim);
        return new Actor(
            principal.FindFirstValue(ClaimTypes.NameIdentifier),
            principal.FindFirstValue(DisplayNameClaim) ?? principal.Identity?.Name ?? "unknown",
            principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(),
            int.TryParse(area, out var id) ? id : null);
    }
}
