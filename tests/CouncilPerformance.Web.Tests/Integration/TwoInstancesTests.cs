using System.Net;
using CouncilPerformance.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>Two app instances on one database, as behind a load balancer.</summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cp-two-{Guid.NewGuid():N}.db");
    private Instance _first = null!;
    private Instance _second = null!;

    public Task InitializeAsync()
    {
        _first = new Instance(_path, migrate: true);
        _ = _first.Server;
        _second = new Instance(_path, migrate: false);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Fact]
    public async Task A_sign_in_on_one_instance_is_honoured_by_the_other_because_the_keys_are_in_the_database()
    {
        // Arrange: sign in through the first instance.
        using var first = _first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var signedIn = await SignIn.PostAsync(first, "scrutiny@example.org", Core.Data.Seed.DemoUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = string.Join("; ", signedIn.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith(SignIn.IdentityCookie, StringComparison.Ordinal))
            .Select(c => c.Split(';')[0]));

        // Act: the same cookie, sent to the second instance.
        using var second = _second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/kpis", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await second.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = _second.Services.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.True(await db.DataProtectionKeys.AnyAsync(), "The key ring is not in the database.");
    }

    private sealed class Instance(string path, bool migrate) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseStaticWebAssets();
            builder.UseSetting("ConnectionStrings:DefaultConnection", $"Data Source={path}");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:MigrateAndSeed", migrate ? "true" : "false");
            builder.UseSetting("Demo:Enabled", "true");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }
    }
}
