using System.Security.Claims;
using CouncilPerformance.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CouncilPerformance.Web.Components.Account;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    /// <summary>Endpoints the static Identity pages post to. Sign-out needs a signed-in user.</summary>
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var accountGroup = endpoints.MapGroup("/Account");

        accountGroup.MapPost("/Logout", async (
            ClaimsPrincipal user,
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromForm] string? returnUrl) =>
        {
            // A new security stamp ends this session on the server: a copy of the cookie is refused.
            if (await signInManager.UserManager.GetUserAsync(user) is { } signedIn)
            {
                await signInManager.UserManager.UpdateSecurityStampAsync(signedIn);
            }

            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/");
        })
        .RequireAuthorization(Policies.SignedIn)
        // A refused antiforgery check must answer 400, not be replayed through the status-code page,
        // which would trip over the same failed check.
        .WithMetadata(new SkipStatusCodePagesAttribute());

        return accountGroup;
    }
}
