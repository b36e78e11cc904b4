using CouncilPerformance.Core.Kpis;
using Microsoft.EntityFrameworkCore;

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
    public async Task The_apps_own_queries_compile_for_SQL_Server_as_they_run_on_SQLite()
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync(seed: true);
        var queries = ActivatorUtilitiesFor<KpiQueries>(db);

        // Act
        var before = SqlServerTranslation.Instance.Seen;
        var rows = await queries.ListAsync(new KpiFilter { Search = "road" });
        var detail = await queries.GetAsync("SICKNESS-ABSENCE");

        // Assert: the rows came from SQLite, and their queries were compiled for SQL Server too.
        Assert.NotEmpty(rows);
        Assert.NotNull(detail);
        Assert.True(SqlServerTranslation.Instance.Seen - before >= 4, $"Only {SqlServerTranslation.Instance.Seen - before} queries went through the SQL Server check.");
    }

    private static T ActivatorUtilitiesFor<T>(TestDatabase db) =>
        Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<T>(db.Services);
}
