using System.Net;
using CouncilPerformance.Core.Data.Seed;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>Faults the app must report plainly rather than hide: an unwritable or missing database, a foreign return address.</summary>
public sealed class HardeningTests(AppFactory app) : IClassFixture<AppFactory>
{
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
