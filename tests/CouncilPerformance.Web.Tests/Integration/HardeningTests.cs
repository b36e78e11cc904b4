using System.Net;
using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>Faults the app must report plainly rather than hide: an unwritable or missing database, a foreign return address.</summary>
public sealed class HardeningTests(AppFactory app, HardeningTests.StrictThrottleFactory strict)
    : IClassFixture<AppFactory>, IClassFixture<HardeningTests.StrictThrottleFactory>
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/health")]
    [InlineData("/kpis")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_no_inline_script_the_policy_would_refuse()
    {
        using var client = app.CreateBrowserLikeClient();

        var html = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));

        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex("<script(?![^>]*\\bsrc=)[^>]*>"), html);
    }

    [Fact]
    public async Task A_copied_cookie_stops_working_once_its_owner_signs_out()
    {
        // Arrange: a throwaway account, so ending its sessions disturbs no other test.
        var email = await CreateUserAsync(app);
        using var client = await SignIn.AsAsync(app, email);
        using var kpis = await client.GetAsync(new Uri("/kpis", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, kpis.StatusCode);
        var cookie = Assert.Single(CookiesOf(kpis.RequestMessage!));
        Assert.Contains(SignIn.IdentityCookie, cookie, StringComparison.Ordinal);

        // Act: sign out, then replay the cookie from before.
        var token = await Html.AntiforgeryTokenAsync(client, "/home");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var signOut = await client.PostAsync(new Uri("/Account/Logout", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var replay = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/kpis", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var replayed = await replay.SendAsync(request);

        // Assert
        Assert.Equal("/Account/Login", Redirects.PathOf(replayed));
    }

    [Fact]
    public async Task An_unknown_address_is_answered_like_a_real_account_and_locked_out_at_the_fifth_failure()
    {
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";
        var real = await CreateUserAsync(app);
        using var client = app.CreateBrowserLikeClient();

        foreach (var email in new[] { unknown, real })
        {
            for (var attempt = 1; attempt <= 4; attempt++)
            {
                using var wrong = await SignIn.PostAsync(client, email, $"Wrong-Password-{attempt}!");
                Assert.Contains("Invalid login attempt", Html.MainText(await wrong.Content.ReadAsStringAsync()));
            }

            using var fifth = await SignIn.PostAsync(client, email, "Wrong-Password-5!");
            Assert.Equal("/Account/Lockout", Redirects.PathOf(fifth));
        }
    }

    [Fact]
    public async Task Too_many_failures_from_one_address_refuse_even_the_right_password()
    {
        using var client = strict.CreateBrowserLikeClient();
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            using var wrong = await SignIn.PostAsync(client, $"nobody-{attempt}-{Guid.NewGuid():N}@example.org", "Wrong-Password-1!");
            Assert.Contains("Invalid login attempt", Html.MainText(await wrong.Content.ReadAsStringAsync()));
        }

        using var third = await SignIn.PostAsync(client, $"nobody-3-{Guid.NewGuid():N}@example.org", "Wrong-Password-1!");
        Assert.Contains("Too many failed sign-in attempts from this device", Html.MainText(await third.Content.ReadAsStringAsync()));

        using var right = await SignIn.PostAsync(client, "scrutiny@example.org", DemoUsers.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.False(SignIn.SetsCookie(right, SignIn.IdentityCookie), "A throttled address must not be signed in.");
    }

    [Fact]
    public async Task The_health_check_is_unhealthy_when_the_database_opens_but_cannot_be_written()
    {
        // Arrange: a migrated database file, then opened read-only.
        var path = Path.Combine(Path.GetTempPath(), $"cp-ro-{Guid.NewGuid():N}.db");
        await using (var writable = new DatabaseFileFactory($"Data Source={path}"))
        {
            using var warmUp = writable.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await warmUp.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        }

        SqliteConnection.ClearAllPools();
        await using var readOnly = new DatabaseFileFactory($"Data Source={path};Mode=ReadOnly", migrate: false);
        using var client = readOnly.CreateClient();

        // Act
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    [Fact]
    public void In_production_a_missing_database_file_stops_the_app_at_start()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cp-missing-{Guid.NewGuid():N}.db");
        using var factory = new DatabaseFileFactory($"Data Source={path}", environment: "Production");

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("Database:CreateIfMissing", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path), "No empty database may be created in its place.");
    }

    [Theory]
    [InlineData("https://evil.example.com/steal")]
    [InlineData("//evil.example.com/steal")]
    public async Task Signing_in_with_a_return_address_outside_the_site_lands_on_the_home_page(string returnUrl)
    {
        using var client = app.CreateBrowserLikeClient();

        var path = "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        var token = await Html.AntiforgeryTokenAsync(client, path);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = "scrutiny@example.org",
            ["Input.Password"] = DemoUsers.Password,
            ["Input.RememberMe"] = "false",
        });

        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.DoesNotContain("evil", location, StringComparison.Ordinal);
    }

    /// <summary>The app with a low per-address limit, so the test reaches it in three attempts.</summary>
    public sealed class StrictThrottleFactory : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("SignIn:FailuresPerAddress", "3");
        }
    }

    private static IEnumerable<string> CookiesOf(HttpRequestMessage sent) =>
        sent.Headers.TryGetValues("Cookie", out var values) ? values : [];

    private static async Task<string> CreateUserAsync(AppFactory factory)
    {
        var email = $"hardening-{Guid.NewGuid():N}@example.org";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Hardening test" };
        Assert.True((await users.CreateAsync(user, DemoUsers.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Scrutiny)).Succeeded);
        return email;
    }

    private sealed class DatabaseFileFactory(string connectionString, bool migrate = true, string environment = "Testing")
        : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("ConnectionStrings:DefaultConnection", connectionString);
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:MigrateAndSeed", migrate ? "true" : "false");
            builder.UseSetting("Demo:Enabled", "false");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Fatal");
        }
    }
}
