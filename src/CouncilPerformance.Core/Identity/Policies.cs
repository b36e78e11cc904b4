using Microsoft.AspNetCore.Authorization;

namespace CouncilPerformance.Core.Identity;

/// <summary>Named policies; every page and endpoint names one of these (or allows anonymous use).</summary>
public static class Policies
{
    /// <summary>Any signed-in member of staff or councillor.</summary>
    public const string SignedIn = nameof(SignedIn);

    public const string Officer = nameof(Officer);

    public const string Scrutiny = nameof(Scrutiny);

    public const string Cabinet = nameof(Cabinet);

    public const string Administrator = nameof(Administrator);

    /// <summary>The year's review and the health check: scrutiny, Cabinet and the performance team.</summary>
    public const string ReviewReader = nameof(ReviewReader);

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Officer, p => p.RequireRole(Roles.Officer, Roles.Administrator));
        options.AddPolicy(Scrutiny, p => p.RequireRole(Roles.Scrutiny, Roles.Administrator));
        options.AddPolicy(Cabinet, p => p.RequireRole(Roles.Cabinet, Roles.Administrator));
        options.AddPolicy(Administrator, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(ReviewReader, p => p.RequireRole(Roles.Scrutiny, Roles.Cabinet, Roles.Administrator));
    }
}
