using System.Net;
using System.Text.RegularExpressions;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Benchmarks;

/// <summary>
/// The whole web app in process on a temporary SQLite file, migrated and seeded by the app itself,
/// with <see cref="ThirtyTimesData"/> added, and clients signed in through the real sign-in form.
/// </summary>
public sealed partial class PageApp : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"cp-pages-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={DatabasePath}";

    /// <summary>Services a harness adds to the app's own (e.g. the memory harness's circuit counter).</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    /// <summary>Logs every SQL command the app sends, with its time (the floor probe's <c>--sql</c>).</summary>
    public bool LogsSql { get; init; }

    /// <summary>Starts the app, adds the generated data (without the audit interceptor: it is set-up, not a measured change).</summary>
    public async Task StartAsync()
    {
        using (var client = CreateClient())
        {
            using var _ = await client.GetAsync(new Uri("/health", UriKind.Relative));
        }

        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite(ConnectionString).Options;
        await using var db = new AppDbContext(options);
        await ThirtyTimesData.AddAsync(db);
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
    }

    /// <summary>Copies the database, its write-ahead log folded in, to <paramref name="path"/> for a later probe to start from.</summary>
    public async Task SaveDatabaseAsync(string path)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite(ConnectionString).Options;
        await using var db = new AppDbContext(options);
        File.Delete(path);
        await db.Database.ExecuteSqlAsync($"VACUUM INTO {path}");
    }

    /// <summary>A client that keeps cookies, signed in as a demo account.</summary>
    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await SignInAsync(client, email);
        return client;
    }

    /// <summary>Signs a cookie-keeping client in through the sign-in form, as a browser would.</summary>
    public static async Task SignInAsync(HttpClient client, string email)
    {
        ArgumentNullException.ThrowIfNull(client);
        var login = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        var token = ValueAttribute().Match(TokenInput().Match(login).Value).Groups["value"].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.Email"] = email,
            ["Input.Password"] = DemoUsers.Password,
            ["Input.RememberMe"] = "false",
        });
        using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}.");
        }

        // Administrators sign in with two factors: answer the code step with the demo administrator's authenticator code.
        var location = response.Headers.Location;
        var codeStep = location is null ? "" : location.IsAbsoluteUri ? location.PathAndQuery : "/" + location.OriginalString.TrimStart('/');
        if (codeStep.StartsWith("/Account/LoginWith2fa", StringComparison.OrdinalIgnoreCase))
        {
            await AnswerCodeStepAsync(client, email, codeStep);
        }
    }

    private static async Task AnswerCodeStepAsync(HttpClient client, string email, string codeStep)
    {
        if (!email.Equals("admin@example.org", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{email} needs a second factor whose key the benchmarks do not know.");
        }

        var uri = new Uri(codeStep, UriKind.Relative);
        var page = await client.GetStringAsync(uri);
        var token = ValueAttribute().Match(TokenInput().Match(page).Value).Groups["value"].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login-with-2fa",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.TwoFactorCode"] = Totp.Code(DemoUsers.AdministratorAuthenticatorKey),
            ["Input.RememberMachine"] = "false",
        });
        using var response = await client.PostAsync(uri, form);
        var next = response.Headers.Location?.OriginalString ?? "";
        if (response.StatusCode != HttpStatusCode.Redirect || next.Contains("/Account/", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The code step for {email} answered {(int)response.StatusCode} {next}.");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The factory looks for the web project beside this one's solution folder; say where it is.
        builder.UseContentRoot(WebProjectFolder());
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:DefaultConnection", ConnectionString);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:MigrateAndSeed", "true");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        if (LogsSql)
        {
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command", "Information");
        }
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, PipelineFloor>());
        if (ExtraServices is { } extra)
        {
            builder.ConfigureServices(extra);
        }
    }

    /// <summary>The address that answers after the app's whole pipeline and no page: see <see cref="PipelineFloor"/>.</summary>
    public const string PipelineFloorPath = "/__pipeline-floor";

    /// <summary>
    /// A benchmark-only ending to the app's pipeline: a request no endpoint matches falls through the
    /// app's middleware (headers, logging, the sign-in cookie and its session check, authorisation) to
    /// here, which answers a few bytes. Beside the layout-only page it splits the floor into what the
    /// pipeline costs and what rendering a page costs.
    /// </summary>
    private sealed class PipelineFloor : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(async context =>
            {
                if (context.Request.Path != PipelineFloorPath || context.User.Identity?.IsAuthenticated != true)
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                await context.Response.WriteAsync("signed in as " + context.User.Identity.Name);
            });
        };
    }

    private static string WebProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var web = Path.Combine(dir.FullName, "src", "CouncilPerformance.Web");
            if (File.Exists(Path.Combine(dir.FullName, "CouncilPerformance.sln")) && Directory.Exists(web))
            {
                return web;
            }
        }

        throw new DirectoryNotFoundException("Run the benchmarks from the repository: src/CouncilPerformance.Web was not found above " + AppContext.BaseDirectory);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    [GeneratedRegex(@"<input\b[^>]*\bname=""__RequestVerificationToken""[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex TokenInput();

    [GeneratedRegex(@"\bvalue=""(?<value>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex ValueAttribute();
}
