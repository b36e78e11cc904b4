using System.Globalization;
using System.Text.Json;
using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Tests.Auditing;

public class AuditInterceptorTests
{
    private static readonly FakeCurrentUser _user = new("u1", "someone@example.org");

    [Fact]
    public async Task Adding_an_audited_entity_writes_an_added_entry_with_its_real_key()
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync(user: _user);
        var period = ReportingPeriod.ForFinancialYear(2024);
        period.EntryDeadline = new DateOnly(2025, 5, 31);

        // Act
        await using (var context = db.CreateContext())
        {
            context.ReportingPeriods.Add(period);
            await context.SaveChangesAsync();
        }

        // Assert
        var audit = Assert.Single(await AuditEntriesAsync(db));
        Assert.Equal("Added", audit.Action);
        Assert.Equal(nameof(ReportingPeriod), audit.EntityType);
        Assert.Equal("u1", audit.UserId);
        Assert.Equal("someone@example.org", audit.UserName);
        Assert.True(int.Parse(audit.EntityId, CultureInfo.InvariantCulture) > 0, $"EntityId was {audit.EntityId}");
        Assert.Equal(period.Id.ToString(CultureInfo.InvariantCulture), audit.EntityId);
        Assert.True(DateTime.UtcNow - audit.At < TimeSpan.FromMinutes(1), $"At was {audit.At:O}");

        using var changes = JsonDocument.Parse(audit.Changes);
        var label = changes.RootElement.GetProperty("Label");
        Assert.Equal(JsonValueKind.Null, label.GetProperty("before").ValueKind);
        Assert.Equal("2024/25", label.GetProperty("after").GetString());
        Assert.Equal("2025-05-31", changes.RootElement.GetProperty("EntryDeadline").GetProperty("after").GetString());
        Assert.Equal(2024, changes.RootElement.GetProperty("StartYear").GetProperty("after").GetInt32());
        Assert.False(changes.RootElement.TryGetProperty("Id", out _));
        Assert.False(changes.RootElement.TryGetProperty("Version", out _));
    }

    [Fact]
    public async Task Adding_a_kpi_with_its_plan_structure_audits_the_kpi_with_its_real_key()
    {
        // Arrange: Priority, Portfolio, ServiceArea and CouncilPlan are not audited; the KPI is.
        await using var db = await TestDatabase.CreateAsync(user: _user);
        var kpi = NewKpi("CS-FLYTIP", "Fly-tipping incidents");

        // Act
        await using (var context = db.CreateContext())
        {
            context.Kpis.Add(kpi);
            await context.SaveChangesAsync();
        }

        // Assert
        // The plan's parts are audited too (the performance team edits them); the KPI's entry is one of them.
        var audit = Assert.Single(await AuditEntriesAsync(db), a => a.EntityType == nameof(Kpi));
        Assert.Equal("Added", audit.Action);
        Assert.True(kpi.Id > 0);
        Assert.Equal(kpi.Id.ToString(CultureInfo.InvariantCulture), audit.EntityId);
        using var changes = JsonDocument.Parse(audit.Changes);
        Assert.Equal("CS-FLYTIP", changes.RootElement.GetProperty("Code").GetProperty("after").GetString());

        // The plan structure was inserted in the same save: its keys must be the real ones, not EF's temporary ones.
        var foreignKeys = (
            changes.RootElement.GetProperty("PriorityId").GetProperty("after").GetInt32(),
            changes.RootElement.GetProperty("PortfolioId").GetProperty("after").GetInt32(),
            changes.RootElement.GetProperty("ServiceAreaId").GetProperty("after").GetInt32());
        Assert.Equal((kpi.PriorityId, kpi.PortfolioId, kpi.ServiceAreaId), foreignKeys);
    }

    [Fact]
    public async Task Adding_two_audited_entities_in_one_save_gives_each_its_own_key()
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync(user: _user);
        var first = ReportingPeriod.ForFinancialYear(2023);
        var second = ReportingPeriod.ForFinancialYear(2024);

        // Act
        await using (var context = db.CreateContext())
        {
            context.ReportingPeriods.AddRange(first, second);
            await context.SaveChangesAsync();
        }

        // Assert
        var ids = (await AuditEntriesAsync(db)).Select(a => a.EntityId).Order().ToList();
        var expected = new[] { first.Id, second.Id }.Select(id => id.ToString(CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Modifying_a_property_writes_a_modified_entry_with_only_that_property()
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync(user: _user);
        var periodId = await InsertPeriodAsync(db, entryDeadline: new DateOnly(2025, 5, 31));

        // Act
        await using (var context = db.CreateContext())
        {
            var period = await context.ReportingPeriods.SingleAsync(p => p.Id == periodId);
            period.EntryDeadline = new DateOnly(2025, 6, 30);
            await context.SaveChangesAsync();
        }

        // Assert
        var audit = Assert.Single(await AuditEntriesAsync(db), a => a.Action == "Modified");
        Assert.Equal(nameof(ReportingPeriod), audit.EntityType);
        Assert.Equal(periodId.ToString(CultureInfo.InvariantCulture), audit.EntityId);
        Assert.Equal("u1", audit.UserId);
        Assert.Equal("someone@example.org", audit.UserName);
        using var changes = JsonDocument.Parse(audit.Changes);
        var property = Assert.Single(changes.RootElement.EnumerateObject());
        Assert.Equal("EntryDeadline", property.Name);
        Assert.Equal("2025-05-31", property.Value.GetProperty("before").GetString());
        Assert.Equal("2025-06-30", property.Value.GetProperty("after").GetString());
    }

    [Fact]
    public async Task Setting_a_property_to_its_current_value_writes_no_entry()
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync(user: _user);
        var periodId = await InsertPeriodAsync(db, entryDeadline: new DateOnly(2025, 5, 31));

        // Act
        await using (var context = db.CreateContext())
        {
            var period = await context.ReportingPeriods.SingleAsync(p => p.Id == periodId);
            period.EntryDeadline = new DateOnly(2025, 5, 31);
            await context.SaveChangesAsync();
        }

        // Assert
        Assert.DoesNotContain(await AuditEntriesAsync(db), a => a.Action == "Modified");
    }

    [Fact]
    public async Task Deleting_an_audited_entity_writes_a_deleted_entry_with_the_values_before()
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync(user: _user);
        var periodId = await InsertPeriodAsync(db, entryDeadline: null);

        // Act
        await using (var context = db.CreateContext())
        {
            var period = await context.ReportingPeriods.SingleAsync(p => p.Id == periodId);
            context.ReportingPeriods.Remove(period);
            await context.SaveChangesAsync();
        }

        // Assert
        var audit = Assert.Single(await AuditEntriesAsync(db), a => a.Action == "Deleted");
        Assert.Equal(nameof(ReportingPeriod), audit.EntityType);
        Assert.Equal(periodId.ToString(CultureInfo.InvariantCulture), audit.EntityId);
        Assert.Equal("u1", audit.UserId);
        using var changes = JsonDocument.Parse(audit.Changes);
        var label = changes.RootElement.GetProperty("Label");
        Assert.Equal("2024/25", label.GetProperty("before").GetString());
        Assert.Equal(JsonValueKind.Null, label.GetProperty("after").ValueKind);
    }

    [Fact]
    public async Task Changing_a_non_audited_entity_writes_nothing()
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync(user: _user);

        // Act
        await using (var context = db.CreateContext())
        {
            // The council plan itself is not audited (its parts are, since the performance team edits them).
            var plan = new CouncilPlan { Name = "A plan" };
            context.CouncilPlans.Add(plan);
            await context.SaveChangesAsync();
            plan.Vision = "A vision";
            await context.SaveChangesAsync();
            context.CouncilPlans.Remove(plan);
            await context.SaveChangesAsync();
        }

        // Assert
        Assert.Empty(await AuditEntriesAsync(db));
    }

    [Fact]
    public async Task Synchronous_SaveChanges_also_writes_the_entry_with_its_real_key()
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync(user: _user);
        var period = ReportingPeriod.ForFinancialYear(2024);

        // Act
        using (var context = db.CreateContext())
        {
            context.ReportingPeriods.Add(period);
            context.SaveChanges();
        }

        // Assert
        var audit = Assert.Single(await AuditEntriesAsync(db));
        Assert.Equal("Added", audit.Action);
        Assert.True(period.Id > 0);
        Assert.Equal(period.Id.ToString(CultureInfo.InvariantCulture), audit.EntityId);
    }

    [Fact]
    public async Task A_save_that_fails_on_a_concurrency_conflict_writes_no_entry()
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync(user: _user);
        var periodId = await InsertPeriodAsync(db, entryDeadline: new DateOnly(2025, 5, 31));
        await using var first = db.CreateContext();
        await using var second = db.CreateContext();
        var firstCopy = await first.ReportingPeriods.SingleAsync(p => p.Id == periodId);
        var secondCopy = await second.ReportingPeriods.SingleAsync(p => p.Id == periodId);
        firstCopy.EntryDeadline = new DateOnly(2025, 6, 30);
        secondCopy.EntryDeadline = new DateOnly(2025, 7, 31);
        await first.SaveChangesAsync();

        // Act
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        // Assert
        var modified = Assert.Single(await AuditEntriesAsync(db), a => a.Action == "Modified");
        using var changes = JsonDocument.Parse(modified.Changes);
        Assert.Equal("2025-06-30", changes.RootElement.GetProperty("EntryDeadline").GetProperty("after").GetString());
    }

    [Fact]
    public async Task A_save_retried_after_a_concurrency_conflict_writes_one_entry_for_the_retry()
    {
        // Arrange: the usual EF resolution: take the database values as the originals and save again.
        await using var db = await TestDatabase.CreateAsync(user: _user);
        var periodId = await InsertPeriodAsync(db, entryDeadline: new DateOnly(2025, 5, 31));
        await using var first = db.CreateContext();
        await using var second = db.CreateContext();
        var firstCopy = await first.ReportingPeriods.SingleAsync(p => p.Id == periodId);
        var secondCopy = await second.ReportingPeriods.SingleAsync(p => p.Id == periodId);
        firstCopy.EntryDeadline = new DateOnly(2025, 6, 30);
        secondCopy.EntryDeadline = new DateOnly(2025, 7, 31);
        await first.SaveChangesAsync();
        var conflict = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        foreach (var entry in conflict.Entries)
        {
            entry.OriginalValues.SetValues((await entry.GetDatabaseValuesAsync())!);
        }

        // Act
        await second.SaveChangesAsync();

        // Assert: the first editor's save, then the retry once, with the before it actually overwrote.
        var modified = (await AuditEntriesAsync(db))
            .Where(a => a.Action == "Modified")
            .Select(a => DeadlineChange(a.Changes))
            .ToList();
        Assert.Equal([("2025-05-31", "2025-06-30"), ("2025-06-30", "2025-07-31")], modified);
    }

    [Fact]
    public async Task A_save_that_fails_on_a_constraint_writes_no_entry_and_leaves_none_behind()
    {
        // Arrange: a second 2024/25 breaks the unique index on StartYear.
        await using var db = await TestDatabase.CreateAsync(user: _user);
        var firstId = await InsertPeriodAsync(db, entryDeadline: null);
        await using var context = db.CreateContext();
        var duplicate = ReportingPeriod.ForFinancialYear(2024);
        context.ReportingPeriods.Add(duplicate);
        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());

        // Act: the user gives up on the duplicate and saves something else in the same context.
        context.Entry(duplicate).State = EntityState.Detached;
        var next = ReportingPeriod.ForFinancialYear(2025);
        context.ReportingPeriods.Add(next);
        await context.SaveChangesAsync();

        // Assert: one entry for the first insert, one for 2025/26; none for the failed duplicate.
        var added = (await AuditEntriesAsync(db)).Where(a => a.Action == "Added").Select(a => a.EntityId).ToList();
        Assert.Equal([firstId.ToString(CultureInfo.InvariantCulture), next.Id.ToString(CultureInfo.InvariantCulture)], added);
    }

    private static async Task<List<AuditEntry>> AuditEntriesAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        return await context.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    private static (string? Before, string? After) DeadlineChange(string changes)
    {
        using var json = JsonDocument.Parse(changes);
        var deadline = json.RootElement.GetProperty("EntryDeadline");
        return (deadline.GetProperty("before").GetString(), deadline.GetProperty("after").GetString());
    }

    private static async Task<int> InsertPeriodAsync(TestDatabase db, DateOnly? entryDeadline)
    {
        await using var context = db.CreateContext();
        var period = ReportingPeriod.ForFinancialYear(2024);
        period.EntryDeadline = entryDeadline;
        context.ReportingPeriods.Add(period);
        await context.SaveChangesAsync();
        return period.Id;
    }

    private static Kpi NewKpi(string code, string name) => new()
    {
        Code = code,
        Name = name,
        Polarity = Polarity.LowerIsBetter,
        Priority = new Priority
        {
            CouncilPlan = new CouncilPlan { Name = "Test Plan 2022–2030", StartYear = 2022, EndYear = 2030 },
            Name = "Improving the environment",
        },
        Portfolio = new Portfolio { Name = "City Services" },
        ServiceArea = new ServiceArea { Name = "Streetpride and Parks" },
    };

    private sealed class FakeCurrentUser(string id, string name) : ICurrentUser
    {
        public string? Id { get; } = id;

        public string Name { get; } = name;
    }
}
