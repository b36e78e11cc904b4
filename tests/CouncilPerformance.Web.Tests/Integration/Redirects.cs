using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>Where a 302 points, whether the app wrote the Location absolute or relative.</summary>
public static class Redirects
{
    private static readonly Uri _testServer = new("http://localhost/");

    /// <summary>The redirect's path, e.g. <c>/Account/Login</c>. Fails the test unless the response is a 302.</summary>
    public static string PathOf(HttpResponseMessage response) => TargetOf(response).AbsolutePath;

    /// <summary>The redirect's <c>ReturnUrl</c> query value, decoded, or null.</summary>
    public static string? ReturnUrlOf(HttpResponseMessage response)
    {
        var query = QueryHelpers.ParseQuery(TargetOf(response).Query);
        return query.TryGetValue("ReturnUrl", out var value) ? value.ToString() : null;
    }

    private static Uri TargetOf(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location;
        Assert.NotNull(location);
        return location.IsAbsoluteUri ? location : new Uri(_testServer, location);
    }
}
