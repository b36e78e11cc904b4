using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Core.Tests.Auditing;

public sealed class AuditQueriesTests
{
    private static readonly string[] _describedKinds = ["Result", "Target", "ReportingPeriod", "Kpi"];

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
    public async Task A_page_past_the_last_shows_the_last_page_and_says_which_it_is()
    {
        await using var db = await TestDatabase.CreateAsync(seed: true);
        var queries = new AuditQueries(db.Services.GetRequiredService<IDbContextFactory<AppDbContext>>());

        var total = (await queries.SearchAsync(new AuditFilter(), page: 0, pageSize: 20)).TotalCount;
        var lastIndex = (total - 1) / 20;
        var last = await queries.SearchAsync(new AuditFilter(), page: lastIndex, pageSize: 20);
        var beyond = await queries.SearchAsync(new AuditFilter(), page: 10_000, pageSize: 20);
        var none = await queries.SearchAsync(new AuditFilter { User = "nobody-changed-this" }, page: 3, pageSize: 20);

        Assert.Equal(lastIndex, beyond.PageIndex);
        Assert.Equal(total - (lastIndex * 20), beyond.Entries.Count);
        Assert.Equal(last.Entries.Select(e => e.Id), beyond.Entries.Select(e => e.Id));
        Assert.Equal(0, none.PageIndex);
        Assert.Empty(none.Entries);
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

    [Fact]
    public async Task A_page_of_mixed_records_describes_each_result_target_year_and_KPI_in_the_councils_words_and_no_other_kind()
    {
        await using var db = await TestDatabase.CreateAsync(seed: true);
        var queries = new AuditQueries(db.Services.GetRequiredService<IDbContextFactory<AppDbContext>>());
        Dictionary<(string, string), string> expected;
        await using (var context = db.CreateContext())
        {
            var results = await context.Results.Select(r => new { r.Id, Text = r.Kpi!.Code + ", " + r.ReportingPeriod!.Label }).ToListAsync();
            var targets = await context.Targets.Select(t => new { t.Id, Text = t.Kpi!.Code + ", " + t.ReportingPeriod!.Label }).ToListAsync();
            var periods = await context.ReportingPeriods.Select(p => new { p.Id, Text = p.Label }).ToListAsync();
            var kpis = await context.Kpis.Select(k => new { k.Id, Text = k.Code }).ToListAsync();
            expected = results.Select(x => (("Result", x.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), x.Text))
                .Concat(targets.Select(x => (("Target", x.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), x.Text)))
                .Concat(periods.Select(x => (("ReportingPeriod", x.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), x.Text)))
                .Concat(kpis.Select(x => (("Kpi", x.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), x.Text)))
                .ToDictionary(x => x.Item1, x => x.Text);
        }

        // The whole seeded log, a page at a time, so every kind of record it holds is on some page with the others.
        var entries = new List<AuditRow>();
        for (var page = 0; ; page++)
        {
            var rows = (await queries.SearchAsync(new AuditFilter(), page, pageSize: 100)).Entries;
            entries.AddRange(rows);
            if (rows.Count < 100)
            {
                break;
            }
        }

        Assert.All(_describedKinds, kind => Assert.Contains(entries, e => e.EntityType == kind));
        Assert.Contains(entries, e => !expected.ContainsKey((e.EntityType, e.EntityId)));
        Assert.All(entries, e => Assert.Equal(expected.GetValueOrDefault((e.EntityType, e.EntityId)), e.Description));
    }
}
