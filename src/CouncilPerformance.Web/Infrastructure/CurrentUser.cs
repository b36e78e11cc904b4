using System.Security.Claims;
using CouncilPerformance.Core.Auditing;
using Microsoft.AspNetCore.Components.Authorization;

namespace CouncilPerformance.Web.Infrastructure;

/// <summary>
/// The signed-in user for auditing. Requests carry the user on HttpContext; inside an interactive
/// circuit there is no HttpContext, so the circuit's authentication state is used instead.
/// </summary>
internal sealed class CurrentUser(IHttpContextAccessor httpContextAccessor, AuthenticationStateProvider authenticationState) : ICurrentUser
{
    private ClaimsPrincipal? _principal;

    public string? Id => Principal.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name => Principal.Identity?.Name ?? SystemUser.Instance.Name;

    private ClaimsPrincipal Principal => _principal ??= Resolve();

    private ClaimsPrincipal Resolve()
    {
        if (httpContextAccessor.HttpContext?.User is { Identity.IsAuthenticated: true } user)
        {
            return user;
        }

        try
        {
            // The circuit's state is a completed task once the circuit is up.
            return authenticationState.GetAuthenticationStateAsync().GetAwaiter().GetResult().User;
        }
        catch (InvalidOperationException)
        {
            return new ClaimsPrincipal();
        }
    }
}
