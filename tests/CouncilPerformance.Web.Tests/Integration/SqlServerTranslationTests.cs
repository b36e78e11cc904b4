using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration;

public sealed class SqlServerTranslationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_apps_contexts_carry_the_SQL_Server_check_so_every_page_query_goes_through_it()
    {
        // The check runs when EF compiles a query, and compiled queries are shared by every test in
        // the process; so ask the app's own context whether the check is in its options.
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

        var interceptors = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.Interceptors!;

        Assert.Contains(SqlServerTranslation.Instance, interceptors);
    }
}
