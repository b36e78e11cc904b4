using System.Runtime.CompilerServices;
using System.Security.Claims;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;

namespace CouncilPerformance.Web.Infrastructure;

/// <summary>
/// Checks every request's sign-in cookie against the database with one small query (the account's
/// security stamp and version), in place of Identity's security stamp validator, which at an interval
/// of zero loaded the account, its claims and its roles and re-issued the cookie on every request.
/// A signed-out, disabled or deleted account (a changed or missing stamp) is rejected at once, as
/// before; only when the account itself has changed (its version) are the cookie's claims rebuilt and
/// the cookie re-issued, so roles and requirements still follow the database at the next request.
/// </summary>
internal static class SessionCheck
{
    private sealed record Stamps(string? SecurityStamp, string? Version);

    // Compiled once per model (one process may host several apps, as the tests' two instances do, and
    // a compiled query keeps the model it first ran on): every signed-in request runs it, and compiling
    // skips building, walking and looking up the expression each time.
    private static readonly ConditionalWeakTable<IModel, Func<AppDbContext, string, Task<Stamps?>>> _compiled = new();

    private static Task<Stamps?> StampsAsync(AppDbContext db, string id) =>
        _compiled.GetValue(db.Model, _ => EF.CompileAsyncQuery((AppDbContext c, string userId) =>
            c.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new Stamps(u.SecurityStamp, u.ConcurrencyStamp)).FirstOrDefault()))(db, id);

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var principal = context.Principal;
        var id = principal?.FindFirstValue(claims.UserIdClaimType);
        Stamps? stamps = null;
        if (id is not null)
        {
            await using var db = await services.GetRequiredService<SessionReads>().CreateDbContextAsync(context.HttpContext.RequestAborted);
            stamps = await StampsAsync(db, id);
        }

        if (principal is null || stamps is null || !string.Equals(stamps.SecurityStamp, principal.FindFirstValue(claims.SecurityStampClaimType), StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        if (string.Equals(stamps.Version ?? "", principal.FindFirstValue(Actor.AccountVersionClaim), StringComparison.Ordinal))
        {
            return;
        }

        // The account changed (roles, name, a requirement): rebuild the claims as Identity's validator does.
        var signIn = services.GetRequiredService<SignInManager<ApplicationUser>>();
        var user = await signIn.UserManager.FindByIdAsync(id!);
        if (user is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        context.ReplacePrincipal(await signIn.CreateUserPrincipalAsync(user));
        context.ShouldRenew = true;
        if (!context.Options.SlidingExpiration)
        {
            // Renewing would otherwise extend a fixed lifetime.
            context.Properties.IssuedUtc = services.GetRequiredService<TimeProvider>().GetUtcNow();
        }
    }
}
