using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CouncilPerformance.Core.Identity;

/// <summary>
/// Puts the officer's service area and display name in the sign-in cookie, so no page has to look them up,
/// and what the person must do before anything else (change a temporary password, set up two-factor sign-in).
/// The per-request session check rebuilds these claims whenever the account's version has changed, so
/// they follow the database at once.
/// </summary>
public sealed class AppClaimsPrincipalFactory(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Actor.AccountVersionClaim, user.ConcurrencyStamp ?? ""));
        identity.AddClaim(new Claim(Actor.DisplayNameClaim, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        if (user.ServiceAreaId is { } area)
        {
            identity.AddClaim(new Claim(Actor.ServiceAreaClaim, area.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(Actor.MustChangePasswordClaim, "true"));
        }

        // Administrators must sign in with two factors; until they have set it up, they may only do that.
        if (!user.TwoFactorEnabled && identity.HasClaim(Options.ClaimsIdentity.RoleClaimType, Roles.Administrator))
        {
            identity.AddClaim(new Claim(Actor.TwoFactorSetupRequiredClaim, "true"));
        }

        return identity;
    }
}
