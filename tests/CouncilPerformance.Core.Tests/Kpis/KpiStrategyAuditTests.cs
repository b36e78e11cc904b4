using System.Globalization;
using System.Text.Json;
using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Kpis.Admin;
using CouncilPerformance.Core.Tests.Results.Rules;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Tests.Kpis;

/// <summary>
/// A KPI's strategies are a many-to-many link with no record of its own: adding or removing one is
/// still audited, on real SQLite, with who, when, and the KPI and strategy by name.
/// </summary>
public sealed class KpiStrategyAuditTests
{
    private static KpiAdminService Service(SeededServices s) => new(s.Factory, s.Clock);

    [Fact]
    public async Task Adding_and_removing_a_strategy_each_leave_an_audit_entry_naming_the_KPI_and_the_strategy()
    {
        await using var s = await SeededServices.CreateAsync();
        var service = Service(s);
        var admin = await s.SignInAsync(SeededServices.AdminEmail);
        var editor = (await service.GetEditorAsync("CIC-NEET"))!;
        var (strategyId, strategyName) = await StrategyNotOnAsync(s, editor.Input.StrategyIds);
        var key = $"{editor.Id.ToString(CultureInfo.InvariantCulture)},{strategyId.ToString(CultureInfo.InvariantCulture)}";

        // The audit log's clock is the database's own (real) one, not the entry window's.
        var start = DateTime.UtcNow;
        editor.Input.StrategyIds = [.. editor.Input.StrategyIds, strategyId];
        var added = await service.UpdateAsync(admin, editor.Id, editor.Input, editor.Version);
        var again = (await service.GetEditorAsync("CIC-NEET"))!;
        again.Input.StrategyIds = again.Input.StrategyIds.Where(id => id != strategyId).ToList();
        var removed = await service.UpdateAsync(admin, again.Id, again.Input, again.Version);

        Assert.True(added.Succeeded, added.Message);
        Assert.True(removed.Succeeded, removed.Message);
        var entries = await EntriesAsync(s, key);
        Assert.Equal(["Added", "Deleted"], entries.Select(e => e.Action));
        Assert.All(entries, e =>
        {
            Assert.Equal(admin.UserId, e.UserId);
            Assert.Equal(admin.Name, e.UserName);
        });
        var end = DateTime.UtcNow;
        Assert.InRange(entries[0].At, start, entries[1].At);
        Assert.InRange(entries[1].At, entries[0].At, end);
        Assert.Equal(("CIC-NEET", strategyName), After(entries[0]));
        Assert.Equal((null, null), Before(entries[0]));
        Assert.Equal(("CIC-NEET", strategyName), Before(entries[1]));
        Assert.Equal((null, null), After(entries[1]));
    }

    [Fact]
    public async Task A_new_KPIs_strategies_are_audited_under_its_real_key()
    {
        await using var s = await SeededServices.CreateAsync();
        var service = Service(s);
        var admin = await s.SignInAsync(SeededServices.AdminEmail);
        var input = (await service.GetEditorAsync("CIC-NEET"))!.Input;
        var (strategyId, strategyName) = await StrategyNotOnAsync(s, []);
        input.Code = "YJ-REOFFENCES";
        input.Name = "Re-offences per young re-offender";
        input.StrategyIds = [strategyId];
        input.Conflicts = [];

        var created = await service.CreateAsync(admin, input);

        Assert.True(created.Succeeded, created.Message);
        var entry = Assert.Single(await EntriesAsync(s, $"{created.Id!.Value.ToString(CultureInfo.InvariantCulture)},{strategyId.ToString(CultureInfo.InvariantCulture)}"));
        Assert.Equal("Added", entry.Action);
        Assert.Equal(("YJ-REOFFENCES", strategyName), After(entry));
    }

    [Fact]
    public async Task Saving_a_KPI_without_touching_its_strategies_audits_no_link()
    {
        await using var s = await SeededServices.CreateAsync();
        var service = Service(s);
        var admin = await s.SignInAsync(SeededServices.AdminEmail);
        var editor = (await service.GetEditorAsync(await WithStrategiesAsync(s)))!;
        Assert.NotEmpty(editor.Input.StrategyIds);
        editor.Input.ExpectedReleaseMonth = editor.Input.ExpectedReleaseMonth == 7 ? 8 : 7;
        var before = await CountAsync(s);

        var saved = await service.UpdateAsync(admin, editor.Id, editor.Input, editor.Version);

        Assert.True(saved.Succeeded, saved.Message);
        Assert.Equal(before, await CountAsync(s));
    }

    private static async Task<(int Id, string Name)> StrategyNotOnAsync(SeededServices s, IReadOnlyCollection<int> ids)
    {
        await using var db = s.Db.CreateContext();
        var strategy = await db.Strategies.Where(x => x.RetiredOn == null && !ids.Contains(x.Id)).OrderBy(x => x.Name).FirstAsync();
        return (strategy.Id, strategy.Name);
    }

    private static async Task<string> WithStrategiesAsync(SeededServices s)
    {
        await using var db = s.Db.CreateContext();
        return await db.Kpis.Where(k => k.Strategies.Count > 0).OrderBy(k => k.Code).Select(k => k.Code).FirstAsync();
    }

    private static async Task<List<AuditEntry>> EntriesAsync(SeededServices s, string key)
    {
        await using var db = s.Db.CreateContext();
        return await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "KpiStrategy" && a.EntityId == key).OrderBy(a => a.Id).ToListAsync();
    }

    private static async Task<int> CountAsync(SeededServices s)
    {
        await using var db = s.Db.CreateContext();
        return await db.AuditEntries.CountAsync(a => a.EntityType == "KpiStrategy");
    }

    private static (string? Kpi, string? Strategy) Before(AuditEntry entry) => Side(entry, "before");

    private static (string? Kpi, string? Strategy) After(AuditEntry entry) => Side(entry, "after");

    // Only the names: the bare keys are in the entry's id, not repeated as values.
    private static (string? Kpi, string? Strategy) Side(AuditEntry entry, string side)
    {
        using var json = JsonDocument.Parse(entry.Changes);
        Assert.Equal(["Kpi", "Strategy"], json.RootElement.EnumerateObject().Select(p => p.Name));
        return (json.RootElement.GetProperty("Kpi").GetProperty(side).GetString(),
            json.RootElement.GetProperty("Strategy").GetProperty(side).GetString());
    }
}
