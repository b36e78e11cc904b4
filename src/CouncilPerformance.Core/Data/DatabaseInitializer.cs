using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CouncilPerformance.Core.Data;

/// <summary>Brings a database up to date at start: migrations, roles, the plan's content, and demo users in demo mode.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, bool includeDemoUsers, CancellationToken cancellationToken = default)
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

        await CoventrySeed.SeedAsync(db, cancellationToken);

        if (includeDemoUsers)
        {
            await DemoUsers.EnsureAsync(provider.GetRequiredService<UserManager<ApplicationUser>>(), db, cancellationToken);
            logger.LogInformation("Demo mode: demo accounts are available");
        }
    }
}
