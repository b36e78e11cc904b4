using System.Collections.Concurrent;
using System.Net;
using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Tests;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>
/// Signs in through the real sign-in form, as a browser would: antiforgery token, cookies and all.
/// For an account with two-factor sign-in whose authenticator key is known here (the demo
/// administrator's is; tests register others with <see cref="UseAuthenticatorKey"/>), the helpers
/// also answer the code step with a code computed from the key, so signing in as an administrator
/// works in any test.
/// </summary>
public static class SignIn
{
    /// <summary>The cookie ASP.NET Core Identity signs people in with.</summary>
    public const string IdentityCookie = ".AspNetCore.Identity.Application";

    /// <summary>The address of the code step, where a right password for a two-factor account leads.</summary>
    public const string TwoFactorPath = "/Account/LoginWith2fa";

    private static readonly ConcurrentDictionary<string, string> _authenticatorKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["admin@example.org"] = DemoUsers.AdministratorAuthenticatorKey,
    };

    /// <summary>Makes the helpers answer the code step for <paramref name="email"/> with codes from <paramref name="base32Key"/>.</summary>
    public static void UseAuthenticatorKey(string email, string base32Key) => _authenticatorKeys[email] = base32Key;

    /// <summary>The authenticator key the helpers know for <paramref name="email"/>, if any.</summary>
    public static string? AuthenticatorKeyFor(string email) => _authenticatorKeys.GetValueOrDefault(email);

    /// <summary>
    /// A new client (no automatic redirects, cookies kept) signed in as <paramref name="email"/>.
    /// Fails the test unless the form answers 302 and sets the Identity cookie.
    /// </summary>
    public static async Task<HttpClient> AsAsync(AppFactory factory, string email, string password = DemoUsers.Password)
    {
        ArgumentNullException.ThrowIfNull(factory);

        var client = factory.CreateBrowserLikeClient();
        using var response = await PostAsync(client, email, password);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Signing in as {email} answered {(int)response.StatusCode} instead of 302. Page text: {Html.MainText(await response.Content.ReadAsStringAsync())}");
        Assert.True(SetsCookie(response, IdentityCookie), $"Signing in as {email} did not set the {IdentityCookie} cookie.");
        return client;
    }

    /// <summary>
    /// Fetches the sign-in form and posts it; returns the form's answer as it is, except that when it
    /// leads to the code step for an account whose key is known, that step is answered too and its
    /// answer returned.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password, bool rememberMe = false)
    {
        var response = await PostPasswordAsync(client, email, password, rememberMe);
        if (AuthenticatorKeyFor(email) is not { } key || !LeadsToCodeStep(response))
        {
            return response;
        }

        var codeStep = PathAndQuery(response);
        response.Dispose();
        return await PostCodeAsync(client, codeStep, Totp.Code(key));
    }

    /// <summary>Whether the answer sends the browser to the code step.</summary>
    public static bool LeadsToCodeStep(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode == HttpStatusCode.Redirect && PathAndQuery(response).StartsWith(TwoFactorPath, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Posts <paramref name="code"/> to the code step at <paramref name="codeStep"/> (path and query, as the sign-in form redirected).</summary>
    public static async Task<HttpResponseMessage> PostCodeAsync(HttpClient client, string codeStep, string code)
    {
        ArgumentNullException.ThrowIfNull(client);
        var uri = new Uri(codeStep, UriKind.Relative);
        var token = await Html.AntiforgeryTokenAsync(client, codeStep);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login-with-2fa",
            ["__RequestVerificationToken"] = token,
            ["Input.TwoFactorCode"] = code,
            ["Input.RememberMachine"] = "false",
        });
        return await client.PostAsync(uri, form);
    }

    /// <summary>The redirect's target as a path and query, whether the Location header is absolute or not.</summary>
    public static string PathAndQuery(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location;
        if (location is null)
        {
            return "";
        }

        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString.StartsWith('/') ? location.OriginalString : "/" + location.OriginalString;
    }

    /// <summary>Fetches the sign-in form and posts it; returns the form's answer as it is (no code step).</summary>
    public static async Task<HttpResponseMessage> PostPasswordAsync(HttpClient client, string email, string password, bool rememberMe = false)
    {
        ArgumentNullException.ThrowIfNull(client);

        var token = await Html.AntiforgeryTokenAsync(client, "/Account/Login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.RememberMe"] = rememberMe ? "true" : "false",
        });
        return await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), form);
    }

    /// <summary>Whether the response sets the named cookie to a non-empty value.</summary>
    public static bool SetsCookie(HttpResponseMessage response, string name)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.TryGetValues("Set-Cookie", out var cookies)
            && cookies.Any(c => c.StartsWith(name + "=", StringComparison.Ordinal) && !c.StartsWith(name + "=;", StringComparison.Ordinal));
    }

    /// <summary>Whether the response deletes the named cookie (empty value, expiry in the past).</summary>
    public static bool ClearsCookie(HttpResponseMessage response, string name)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.TryGetValues("Set-Cookie", out var cookies)
            && cookies.Any(c => c.StartsWith(name + "=;", StringComparison.Ordinal)
                && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
    }
}
