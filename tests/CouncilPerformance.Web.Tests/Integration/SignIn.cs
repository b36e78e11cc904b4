using System.Net;
using CouncilPerformance.Core.Data.Seed;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>Signs in through the real sign-in form, as a browser would: antiforgery token, cookies and all.</summary>
public static class SignIn
{
    /// <summary>The cookie ASP.NET Core Identity signs people in with.</summary>
    public const string IdentityCookie = ".AspNetCore.Identity.Application";

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

    /// <summary>Fetches the sign-in form and posts it; returns the form's answer as it is.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password, bool rememberMe = false)
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
