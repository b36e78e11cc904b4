using System.Net;
using CouncilPerformance.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests;

/// <summary>All journeys share one running app and one browser; each test gets its own browser context.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollectionDefinition : ICollectionFixture<AppFixture>
{
    public const string Name = "Running app";
}

/// <summary>
/// The real app on a real socket (Kestrel on a kernel-chosen loopback port), migrated and seeded
/// into a throw-away SQLite file with the demo accounts, and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    /// <summary>Debian's package; Playwright's own browser download is never used.</summary>
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"cp-e2e-{Guid.NewGuid():N}.db");
    private AppFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:36221</c> (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        // Belt and braces: nothing below downloads a browser, and this keeps the driver from trying.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

        _factory = new AppFactory(_databasePath);
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        // A shared 2-core machine that may be building at the same time is slower than a laptop.
        Assertions.SetDefaultExpectTimeout(15_000);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser context (no cookies) with a desktop viewport and the app as base URL.</summary>
    public Task<IBrowserContext> NewContextAsync() => NewContextAsync("en-GB");

    /// <summary>As <see cref="NewContextAsync()"/>, in the browser language given (e.g. "en-US", to show dates stay UK dates).</summary>
    public async Task<IBrowserContext> NewContextAsync(string locale)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            Locale = locale,
            ViewportSize = new() { Width = 1366, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        return context;
    }

    /// <summary>
    /// Whether the seed marks any target or result of the KPI as illustrative (generated for the demo),
    /// in which case its page must say so.
    /// </summary>
    public async Task<bool> HasIllustrativeFiguresAsync(string kpiCode)
    {
        var factory = _factory ?? throw new InvalidOperationException("The fixture has not started.");
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Results.AnyAsync(r => r.Kpi!.Code == kpiCode && r.IsIllustrative)
            || await db.Targets.AnyAsync(t => t.Kpi!.Code == kpiCode && t.IsIllustrative);
    }

    /// <summary>A fresh browser context like <see cref="NewContextAsync()"/>, with JavaScript turned off.</summary>
    public async Task<IBrowserContext> NewContextWithoutJavaScriptAsync()
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            Locale = "en-GB",
            ViewportSize = new() { Width = 1366, Height = 900 },
            JavaScriptEnabled = false,
        });
        context.SetDefaultTimeout(30_000);
        return context;
    }

    /// <summary>A new account (demo password, no two-factor sign-in) for a journey that changes it, so the demo accounts stay as they are.</summary>
    public async Task<string> CreateUserAsync(string role, string displayName)
    {
        var factory = _factory ?? throw new InvalidOperationException("The fixture has not started.");
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..20] + "@example.org";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Core.Identity.ApplicationUser>>();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var user = new Core.Identity.ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            ServiceAreaId = role == Core.Identity.Roles.Officer ? await db.ServiceAreas.Select(a => a.Id).FirstAsync() : null,
        };
        if (!(await users.CreateAsync(user, Core.Data.Seed.DemoUsers.Password)).Succeeded || !(await users.AddToRoleAsync(user, role)).Succeeded)
        {
            throw new InvalidOperationException($"Could not create {email}.");
        }

        return email;
    }

    /// <summary>Records a decision on a seeded recommendation through the domain's own workflow, as Cabinet's page would.</summary>
    public async Task RecordDecisionAsync(string reference, Core.Recommendations.DecisionOutcome outcome, string text, DateOnly decidedOn, string decidedBy)
    {
        var factory = _factory ?? throw new InvalidOperationException("The fixture has not started.");
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var recommendation = await db.Recommendations.SingleAsync(r => r.Reference == reference);
        if (recommendation.DecisionOutcome is null)
        {
            Core.Recommendations.RecommendationWorkflow.Decide(recommendation, outcome, text, decidedOn, decidedBy);
            await db.SaveChangesAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        // Pooled connections keep the file open; release them before deleting it.
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-shm", "-wal" })
        {
            File.Delete(_databasePath + suffix);
        }
    }

    private sealed class AppFactory(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            // Outside Development static web assets (_content/MudBlazor, _framework) are off unless asked for.
            builder.UseStaticWebAssets();
            builder.UseSetting("ConnectionStrings:DefaultConnection", $"Data Source={databasePath}");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:MigrateAndSeed", "true");
            builder.UseSetting("Demo:Enabled", "true");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }
    }
}
