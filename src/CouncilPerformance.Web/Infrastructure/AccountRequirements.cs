using System.Security.Claims;
using CouncilPerformance.Core.Identity;

namespace CouncilPerformance.Web.Infrastructure;

/// <summary>What a signed-in person must do before anything else.</summary>
public enum AccountRequirement
{
    None,

    /// <summary>They signed in with a temporary password an administrator set.</summary>
    ChangePassword,

    /// <summary>They are an administrator without two-factor sign-in.</summary>
    SetUpTwoFactor,
}

/// <summary>
/// The rule behind <see cref="AccountRequirementsMiddleware"/>: which requirement applies to a
/// person, and which addresses they may still open while it does.
/// </summary>
public static class AccountRequirements
{
    public const string ChangePasswordPath = "/Account/Manage/ChangePassword";

    public const string SetUpTwoFactorPath = "/Account/Manage/EnableAuthenticator";

    private static readonly string[] _alwaysAllowed = ["/Account/Logout", "/Account/Login", "/Account/Lockout", "/Account/AccessDenied", "/not-found", "/Error", "/health"];

    private static readonly string[] _assetPrefixes = ["/_framework/", "/_content/", "/lib/"];

    private static readonly HashSet<string> _assetExtensions = new(StringComparer.OrdinalIgnoreCase) { ".css", ".js", ".png", ".ico", ".svg", ".woff", ".woff2", ".map" };

    /// <summary>The first thing the person must do: the temporary password comes before two-factor set-up.</summary>
    public static AccountRequirement For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return AccountRequirement.None;
        }

        if (user.HasClaim(c => c.Type == Actor.MustChangePasswordClaim))
        {
            return AccountRequirement.ChangePassword;
        }

        return user.HasClaim(c => c.Type == Actor.TwoFactorSetupRequiredClaim) ? AccountRequirement.SetUpTwoFactor : AccountRequirement.None;
    }

    /// <summary>The page the person is sent to, or null when nothing is required.</summary>
    public static string? PageFor(AccountRequirement requirement) => requirement switch
    {
        AccountRequirement.ChangePassword => ChangePasswordPath,
        AccountRequirement.SetUpTwoFactor => SetUpTwoFactorPath,
        _ => null,
    };

    /// <summary>Whether <paramref name="path"/> may be opened while <paramref name="requirement"/> applies.</summary>
    public static bool Allows(AccountRequirement requirement, PathString path)
    {
        if (requirement == AccountRequirement.None)
        {
            return true;
        }

        var value = path.Value ?? "/";
        if (_alwaysAllowed.Any(p => value.Equals(p, StringComparison.OrdinalIgnoreCase) || value.StartsWith(p + "/", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // Style sheets, scripts and images, so the required page looks right; never the circuit (/_blazor).
        if (_assetPrefixes.Any(p => value.StartsWith(p, StringComparison.OrdinalIgnoreCase)) || _assetExtensions.Contains(Path.GetExtension(value)))
        {
            return true;
        }

        return requirement switch
        {
            AccountRequirement.ChangePassword => value.Equals(ChangePasswordPath, StringComparison.OrdinalIgnoreCase),
            AccountRequirement.SetUpTwoFactor => value.Equals(SetUpTwoFactorPath, StringComparison.OrdinalIgnoreCase),
            _ => true,
        };
    }
}

/// <summary>
/// Sends a person who must change their password, or an administrator without two-factor
/// sign-in, to that page from every other address, on the server: nothing else is served to them.
/// </summary>
public sealed class AccountRequirementsMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var requirement = AccountRequirements.For(context.User);
        if (AccountRequirements.Allows(requirement, context.Request.Path))
        {
            return next(context);
        }

        context.Response.Redirect(AccountRequirements.PageFor(requirement)!);
        return Task.CompletedTask;
    }
}
