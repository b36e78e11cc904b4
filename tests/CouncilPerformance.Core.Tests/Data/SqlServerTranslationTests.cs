using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CouncilPerformance.Core.Tests.Data;

public sealed class SqlServerTranslationTests
{
    [Fact]
    public async Task A_query_only_SQLite_can_run_fails_with_SQL_Servers_message()
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync(seed: true);
        await using var context = db.CreateContext();

        // Act: GLOB is SQLite's own; SQL Server has no translation for it.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            context.Kpis.Where(k => EF.Functions.Glob(k.Code, "ROADS-*")).ToListAsync());

        // Assert
        Assert.StartsWith("This query cannot run on SQL Server:", error.Message, StringComparison.Ordinal);
        Assert.Contains("could not be translated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_test_database_context_carries_the_SQL_Server_check()
    {
        // The check runs when EF compiles a query, and compiled queries are shared by every test in
        // the process, so counting calls depends on test order; ask the context's options instead.
        await using var db = await TestDatabase.CreateAsync();
        await using var context = db.CreateContext();

        var interceptors = context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.Interceptors!;

        Assert.Contains(SqlServerTranslation.Instance, interceptors);
        Assert.Empty(await context.Kpis.Where(k => k.Code == "NO-SUCH-KPI").ToListAsync());
    }

}
