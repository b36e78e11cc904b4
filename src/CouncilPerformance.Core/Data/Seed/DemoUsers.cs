using CouncilPerformance.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Data.Seed;

/// <summary>
/// One account per role (and a second officer in another service area) for demonstrations.
/// Created only when demo mode is on; never in production.
/// </summary>
public static class DemoUsers
{
    public const string Password = "Demo-Pass-2025!";

    /// <summary>
    /// The demo administrator's authenticator key (base32), published so a demonstration, and the
    /// tests, can compute the six-digit code: administrators must sign in with two factors.
    /// </summary>
    public const string AdministratorAuthenticatorKey = "COUNCILPERFORMANCEDEMOADMINKEYAA";

    public sealed record DemoUser(string Email, string DisplayName, string Role, string? ServiceArea, string Description);

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("officer@example.org", "Olivia Okafor", Roles.Officer, ServiceAreas.HighwaysTransportAndWaste, "Officer, Highways, Transport and Waste"),
        new("officer.finance@example.org", "Farid Hussain", Roles.Officer, ServiceAreas.Finance, "Officer, Finance"),
        new("scrutiny@example.org", "Councillor Sam Carter", Roles.Scrutiny, null, "Scrutiny member (SCRUCO)"),
        new("cabinet@example.org", "Councillor Chris Patel", Roles.Cabinet, null, "Cabinet member"),
        new("admin@example.org", "Alex Morgan", Roles.Administrator, null, "Performance team (administrator)"),
    ];

    /// <summary>Creates the demo accounts that are missing; existing ones are left as they are.</summary>
    public static async Task EnsureAsync(UserManager<ApplicationUser> users, AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(db);

        var areas = await db.ServiceAreas.ToDictionaryAsync(a => a.Name, a => a.Id, cancellationToken);
        foreach (var demo in All)
        {
            if (await users.FindByEmailAsync(demo.Email) is not null)
            {
                continue;
            }

            var user = new ApplicationUser
            {
                UserName = demo.Email,
                Email = demo.Email,
                EmailConfirmed = true,
                DisplayName = demo.DisplayName,
                ServiceAreaId = demo.ServiceArea is null ? null : areas[demo.ServiceArea],
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, demo.Role));
        }

        // Two-factor sign-in for the demo administrator, with the published key (also for demo
        // databases made before administrators needed it).
        foreach (var demo in All.Where(d => d.Role == Roles.Administrator))
        {
            if (await users.FindByEmailAsync(demo.Email) is { TwoFactorEnabled: false } admin)
            {
                Check(await users.SetAuthenticationTokenAsync(admin, "[AspNetUserStore]", "AuthenticatorKey", AdministratorAuthenticatorKey));
                Check(await users.SetTwoFactorEnabledAsync(admin, true));
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not create a demo user: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
