using System.Security.Claims;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration.People;

/// <summary>Throwaway accounts and the administrator's changes, made through the app's own services.</summary>
internal static class PeopleTestUsers
{
    public static async Task<string> CreateAsync(AppFactory app, string role, string? authenticatorKey = null)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "People test",
            ServiceAreaId = role == Roles.Officer ? await db.ServiceAreas.Select(a => a.Id).FirstAsync() : null,
        };
        Check(await users.CreateAsync(user, DemoUsers.Password));
        Check(await users.AddToRoleAsync(user, role));
        if (authenticatorKey is not null)
        {
            Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", authenticatorKey));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
            SignIn.UseAuthenticatorKey(email, authenticatorKey);
        }

        return email;
    }

    public static async Task<ApplicationUser> FindAsync(AppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
    }

    /// <summary>Runs <paramref name="change"/> on the app's directory as the demo administrator, with the account's current stamp.</summary>
    public static async Task<AccountOutcome> AsAdministratorAsync(AppFactory app, string email, Func<UserDirectory, Actor, ApplicationUser, Task<AccountOutcome>> change)
    {
        var admin = await FindAsync(app, "admin@example.org");
        var target = await FindAsync(app, email);
        await using var scope = app.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<UserDirectory>();
        var actor = new Actor(admin.Id, admin.DisplayName, new HashSet<string> { Roles.Administrator }, null);
        return await change(directory, actor, target);
    }

    public static ClaimsPrincipal Principal(params Claim[] claims) => new(new ClaimsIdentity(claims, "test"));

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
