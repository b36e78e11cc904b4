using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>
/// The whole app in memory on its own SQLite file, migrated and seeded by the app itself at start
/// (as in production), with the demo accounts. One instance is shared by the tests of a class
/// through <see cref="IClassFixture{TFixture}"/>, because migrating and seeding take a moment.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"cp-it-{Guid.NewGuid():N}.db");
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _signedInClients = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The hosting environment the app runs in.</summary>
    protected virtual string EnvironmentName => "Testing";

    /// <summary>Whether demo mode (demo accounts, listed on the sign-in page) is on.</summary>
    protected virtual bool DemoEnabled => true;

    /// <summary>
    /// A client signed in as <paramref name="email"/>, created once and shared by the tests of the
    /// class: signing in hashes a password, which is slow on purpose.
    /// </summary>
    public Task<HttpClient> SignedInClientAsync(string email) =>
        _signedInClients.GetOrAdd(email, e => new Lazy<Task<HttpClient>>(() => SignIn.AsAsync(this, e))).Value;

    /// <summary>A client that does not follow redirects, so tests see the 302s, and keeps cookies.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.UseEnvironment(EnvironmentName);

        // Static web assets (_content/*, _framework/*) are only wired up in Development by default.
        builder.UseStaticWebAssets();

        // Program.cs reads these inside its registrations, so settings made here reach it.
        builder.UseSetting("ConnectionStrings:DefaultConnection", $"Data Source={_databasePath}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:MigrateAndSeed", "true");
        builder.UseSetting("Demo:Enabled", DemoEnabled ? "true" : "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(CouncilPerformance.Core.Tests.SqlServerTranslation.Instance));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        // Pooled connections keep the file open; release them before deleting it.
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Another factory's pool may still hold it for a moment; it is a temp file.
            }
        }
    }
}

/// <summary>The app as deployed: Production environment, demo mode off.</summary>
public sealed class ProductionAppFactory : AppFactory
{
    protected override string EnvironmentName => "Production";

    protected override bool DemoEnabled => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // Each test run is a first install: the database file is new.
        builder.UseSetting("Database:CreateIfMissing", "true");
    }
}
