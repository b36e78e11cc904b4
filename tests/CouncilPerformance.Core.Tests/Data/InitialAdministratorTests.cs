using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Core.Tests.Data;

public sealed class InitialAdministratorTests
{
    [Fact]
    public async Task The_first_administrator_is_created_from_configuration_when_there_is_none()
    {
        await using var db = await TestDatabase.CreateAsync();

        await DatabaseInitializer.InitializeAsync(db.Services, includeDemoUsers: false, new InitialAdministrator("head.of.performance@example.org", "Str0ng-Passw0rd!"));

        using var scope = db.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var admins = await users.GetUsersInRoleAsync(Roles.Administrator);
        var admin = Assert.Single(admins);
        Assert.Equal("head.of.performance@example.org", admin.Email);
        Assert.True(await users.CheckPasswordAsync(admin, "Str0ng-Passw0rd!"));
        Assert.Null(await users.FindByEmailAsync("admin@example.org"));
    }

    [Fact]
    public async Task The_setting_creates_nobody_once_an_administrator_exists()
    {
        await using var db = await TestDatabase.CreateAsync();
        await DatabaseInitializer.InitializeAsync(db.Services, includeDemoUsers: false, new InitialAdministrator("first@example.org", "Str0ng-Passw0rd!"));

        await DatabaseInitializer.InitializeAsync(db.Services, includeDemoUsers: false, new InitialAdministrator("second@example.org", "An0ther-Passw0rd!"));

        using var scope = db.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.Equal("first@example.org", Assert.Single(await users.GetUsersInRoleAsync(Roles.Administrator)).Email);
        Assert.Null(await users.FindByEmailAsync("second@example.org"));
    }

    [Fact]
    public async Task A_setting_without_a_password_is_refused_at_start()
    {
        await using var db = await TestDatabase.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            DatabaseInitializer.InitializeAsync(db.Services, includeDemoUsers: false, new InitialAdministrator("first@example.org", "")));

        Assert.Contains("Password", error.Message, StringComparison.Ordinal);
    }
}
