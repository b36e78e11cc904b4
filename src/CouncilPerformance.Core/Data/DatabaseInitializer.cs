using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CouncilPerformance.Core.Data;

/// <summary>Brings a database up to date at start: migrations, roles, the plan's content, and demo users in demo mode.</summary>
/// <summary>
/// The first performance-team account of a new production database, from configuration
/// (<c>InitialAdministrator:Email</c> and <c>:Password</c>). Used only while no administrator exists.
/// </summary>
public sealed record InitialAdministrator(string Email, string Password);

public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, bool includeDemoUsers, CancellationToken cancellationToken = default) =>
        await InitializeAsync(services, includeDemoUsers, initialAdministrator: null, cancellationToken);

    public static async Task InitializeAsync(IServiceProvider services, bool includeDemoUsers, InitialAdministrator? initialAdministrator, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<AppDbContext>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

        await db.Database.MigrateAsync(cancellationToken);

        var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        // The app's clock (a test's pinned one): the open year's dates follow from the seed date.
        await CoventrySeed.SeedAsync(db, provider.GetService<TimeProvider>() ?? TimeProvider.System, cancellationToken);

        if (initialAdministrator is not null)
        {
            await EnsureInitialAdministratorAsync(provider.GetRequiredService<UserManager<ApplicationUser>>(), initialAdministrator, logger);
        }

        if (includeDemoUsers)
        {
            await DemoUsers.EnsureAsync(provider.GetRequiredService<UserManager<ApplicationUser>>(), db, cancellationToken);
            logger.LogInformation("Demo mode: demo accounts are available");
        }
    }

    // Creates the account only while nobody holds the Administrator role, so the setting cannot be
    // used later to add or reset an administrator.
    private static async Task EnsureInitialAdministratorAsync(UserManager<ApplicationUser> users, InitialAdministrator admin, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(admin.Email) || string.IsNullOrWhiteSpace(admin.Password))
        {
            throw new InvalidOperationException("InitialAdministrator needs both Email and Password.");
        }

        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            return;
        }

        var user = new ApplicationUser { UserName = admin.Email, Email = admin.Email, EmailConfirmed = true, DisplayName = "Performance team" };
        var created = await users.CreateAsync(user, admin.Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Could not create the initial administrator: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, Roles.Administrator);
        logger.LogWarning("Created the initial administrator {Email}; remove InitialAdministrator from the configuration now", admin.Email);
    }
}
