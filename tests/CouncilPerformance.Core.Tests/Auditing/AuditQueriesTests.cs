using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Core.Tests.Auditing;

public sealed class AuditQueriesTests
{
    [Fact]
    public async Task A_change_to_a_target_is_described_by_its_kpi_code_and_year()
    {
        await using var db = await TestDatabase.CreateAsync(seed: true);
        await using (var context = db.CreateContext())
        {
            var target = await context.Targets.FirstAsync(t => t.Kpi!.Code == "ROADS-A" && t.ReportingPeriod!.StartYear == 2024);
            target.AmberTolerance += 1;
            await context.SaveChangesAsync();
        }

        var queries = new AuditQueries(db.Services.GetRequiredService<IDbContextFactory<AppDbContext>>());
        var page = await queries.SearchAsync(new AuditFilter { EntityType = "Target" }, page: 0, pageSize: 10);

        var newest = page.Entries[0];
        Assert.Equal("Modified", newest.Action);
        Assert.Equal("ROADS-A, 2024/25", newest.Description);
    }

    [Fact]
    public async Task Each_page_shows_at_most_the_page_size_newest_first()
    {
        await using var db = await TestDatabase.CreateAsync(seed: true);
        var queries = new AuditQueries(db.Services.GetRequiredService<IDbContextFactory<AppDbContext>>());

        var first = await queries.SearchAsync(new AuditFilter(), page: 0, pageSize: 20);
        var second = await queries.SearchAsync(new AuditFilter(), page: 1, pageSize: 20);

        Assert.Equal(20, first.Entries.Count);
        Assert.True(first.TotalCount > 40, $"the seed is audited; got {first.TotalCount} entries");
        Assert.Empty(first.Entries.Select(e => e.Id).Intersect(second.Entries.Select(e => e.Id)));
        Assert.True(first.Entries.Zip(first.Entries.Skip(1)).All(p => p.First.At >= p.Second.At));
    }

    [Fact]
    public async Task Filters_count_and_page_in_the_database_and_every_audited_kind_of_record_is_offered()
    {
        await using var db = await TestDatabase.CreateAsync(seed: true);
        await using (var context = db.CreateContext())
        {
            var target = await context.Targets.FirstAsync(t => t.Kpi!.Code == "ROADS-A" && t.ReportingPeriod!.StartYear == 2024);
            target.AmberTolerance += 1;
            await context.SaveChangesAsync();
        }

        var queries = new AuditQueries(db.Services.GetRequiredService<IDbContextFactory<AppDbContext>>());
        int targets;
        IReadOnlyList<string> logged;
        await using (var context = db.CreateContext())
        {
            targets = await context.AuditEntries.CountAsync(a => a.EntityType == "Target");
            logged = await context.AuditEntries.Select(a => a.EntityType).Distinct().ToListAsync();
        }

        var page = await queries.SearchAsync(new AuditFilter { EntityType = "Target" }, page: 1, pageSize: 5);
        var types = await queries.EntityTypesAsync();

        Assert.Equal(targets, page.TotalCount);
        Assert.Equal(5, page.Entries.Count);
        Assert.All(page.Entries, e => Assert.Equal("Target", e.EntityType));
        Assert.Equal(types.Order(StringComparer.Ordinal), types);
        Assert.All(logged, t => Assert.Contains(t, types));
    }
}
