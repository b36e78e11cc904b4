using System.Text.Json;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Tests.Results.Rules;

/// <summary>The performance team's control of periods and targets, against the seeded database.</summary>
public class PeriodAndTargetRulesTests
{
    // ---- Periods ----

    [Fact]
    public async Task Opening_a_period_needs_a_deadline_in_the_future()
    {
        // Arrange: 2026/27 added, not yet open; "today" is 15 April 2026.
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        Assert.True((await world.Periods.AddNextAsync(admin)).Succeeded);
        var next = await world.PeriodAsync(2026);
        var today = DateOnly.FromDateTime(SeededServices.DuringEntry.UtcDateTime);

        // Act
        var yesterday = await world.Periods.OpenAsync(admin, next.Id, next.Version, today.AddDays(-1));
        var onToday = await world.Periods.OpenAsync(admin, next.Id, next.Version, today);
        var stillNotOpen = await world.PeriodAsync(2026);
        var tomorrow = await world.Periods.OpenAsync(admin, next.Id, next.Version, today.AddDays(1));

        // Assert
        Assert.Equal(PeriodState.NotOpen, next.State);
        Assert.Equal("2026/27", next.Label);
        Assert.Equal((OutcomeKind.Refused, "The deadline must be in the future."), (yesterday.Kind, yesterday.Message));
        Assert.Equal((OutcomeKind.Refused, "The deadline must be in the future."), (onToday.Kind, onToday.Message));
        Assert.Equal((PeriodState.NotOpen, (DateOnly?)null), (stillNotOpen.State, stillNotOpen.EntryDeadline));
        Assert.Equal(OutcomeKind.Saved, tomorrow.Kind);
        var opened = await world.PeriodAsync(2026);
        Assert.Equal((PeriodState.Open, (DateOnly?)today.AddDays(1)), (opened.State, opened.EntryDeadline));
    }

    [Fact]
    public async Task A_closed_period_can_be_reopened_with_a_new_deadline()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var period = await world.PeriodAsync(2025);
        Assert.True((await world.Periods.CloseAsync(admin, period.Id, period.Version)).Succeeded);
        var closed = await world.PeriodAsync(2025);

        // Act
        var outcome = await world.Periods.OpenAsync(admin, closed.Id, closed.Version, new DateOnly(2026, 6, 30));

        // Assert
        Assert.Equal(OutcomeKind.Saved, outcome.Kind);
        var reopened = await world.PeriodAsync(2025);
        Assert.Equal((PeriodState.Open, (DateOnly?)new DateOnly(2026, 6, 30)), (reopened.State, reopened.EntryDeadline));
    }

    [Fact]
    public async Task Only_an_open_period_can_be_closed()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        Assert.True((await world.Periods.AddNextAsync(admin)).Succeeded);
        var published = await world.PeriodAsync(2024);
        var notOpen = await world.PeriodAsync(2026);
        var open = await world.PeriodAsync(2025);

        // Act
        var ofPublished = await world.Periods.CloseAsync(admin, published.Id, published.Version);
        var ofNotOpen = await world.Periods.CloseAsync(admin, notOpen.Id, notOpen.Version);
        var ofOpen = await world.Periods.CloseAsync(admin, open.Id, open.Version);
        var closed = await world.PeriodAsync(2025);
        var again = await world.Periods.CloseAsync(admin, closed.Id, closed.Version);

        // Assert
        Assert.Equal((OutcomeKind.Refused, "Only an open period can be closed."), (ofPublished.Kind, ofPublished.Message));
        Assert.Equal((OutcomeKind.Refused, "Only an open period can be closed."), (ofNotOpen.Kind, ofNotOpen.Message));
        Assert.Equal(OutcomeKind.Saved, ofOpen.Kind);
        Assert.Equal(PeriodState.Closed, closed.State);
        Assert.Equal((OutcomeKind.Refused, "Only an open period can be closed."), (again.Kind, again.Message));
        Assert.Equal(PeriodState.Published, (await world.PeriodAsync(2024)).State);
        Assert.Equal(PeriodState.NotOpen, (await world.PeriodAsync(2026)).State);
    }

    [Fact]
    public async Task Publishing_is_refused_while_any_result_of_the_period_is_not_approved_and_says_how_many()
    {
        // Arrange: one approved, one submitted, one draft, one returned; then closed.
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var roads = await world.SubmitAsync(officer, "ROADS-A", 96.5m);
        await world.SubmitAsync(officer, "RECYCLING", 36.2m);
        var casualties = await world.SubmitAsync(officer, "CASUALTIES-PED", 118m);
        Assert.True((await world.Entry.SaveDraftAsync(officer, await world.NewInputAsync("ROADS-UNCLASS", 2025, 84m))).Succeeded);
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        await world.ApproveAsync(admin, roads);
        Assert.True((await world.Entry.ReturnAsync(admin, casualties.Id, casualties.Version, "Use the calendar year figure")).Succeeded);
        var period = await world.PeriodAsync(2025);
        Assert.True((await world.Periods.CloseAsync(admin, period.Id, period.Version)).Succeeded);
        var closed = await world.PeriodAsync(2025);

        // Act
        var outcome = await world.Periods.PublishAsync(admin, closed.Id, closed.Version);

        // Assert: a returned result blocks publishing as much as a draft or a submitted one.
        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        Assert.StartsWith("3 results are not yet approved.", outcome.Message, StringComparison.Ordinal);
        var after = await world.PeriodAsync(2025);
        Assert.Equal((PeriodState.Closed, (DateTime?)null), (after.State, after.PublishedAt));
    }

    [Fact]
    public async Task Publishing_is_refused_while_the_period_is_open_even_when_every_result_is_approved()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var roads = await world.SubmitAsync(officer, "ROADS-A", 96.5m);
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        await world.ApproveAsync(admin, roads);
        var period = await world.PeriodAsync(2025);

        // Act
        var outcome = await world.Periods.PublishAsync(admin, period.Id, period.Version);

        // Assert
        Assert.Equal((OutcomeKind.Refused, "Close the period before publishing it."), (outcome.Kind, outcome.Message));
        Assert.Equal(PeriodState.Open, (await world.PeriodAsync(2025)).State);
    }

    [Fact]
    public async Task Publishing_a_closed_period_with_every_result_approved_makes_it_the_one_the_kpi_lists_rate()
    {
        // Arrange: ROADS-A 2025/26 is 96.5 against a target of 96 (green; 94.0 the year before).
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var period = await world.PeriodAsync(2025);
        Assert.True((await world.Targets.SetAsync(admin, await world.KpiIdAsync("ROADS-A"), period.Id, 96m, 1m, version: null)).Succeeded);
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var roads = await world.SubmitAsync(officer, "ROADS-A", 96.5m);
        var recycling = await world.SubmitAsync(officer, "RECYCLING", 36.2m);
        admin = await world.SignInAsync(SeededServices.AdminEmail);
        await world.ApproveAsync(admin, roads);
        await world.ApproveAsync(admin, recycling);
        Assert.True((await world.Periods.CloseAsync(admin, period.Id, period.Version)).Succeeded);
        var closed = await world.PeriodAsync(2025);
        var beforeRows = await world.Kpis.ListAsync(new KpiFilter());
        world.Clock.Now = new DateTimeOffset(2026, 8, 20, 10, 0, 0, TimeSpan.Zero);

        // Act
        var outcome = await world.Periods.PublishAsync(admin, closed.Id, closed.Version);

        // Assert: before publishing the lists still rate 2024/25.
        var before = beforeRows.Single(r => r.Code == "ROADS-A");
        Assert.Equal(("2024/25", (decimal?)94.0m, RagStatus.Red), (before.PeriodLabel, before.Value, before.Rag));
        Assert.All(beforeRows, r => Assert.Equal("2024/25", r.PeriodLabel));

        Assert.Equal(OutcomeKind.Saved, outcome.Kind);
        var published = await world.PeriodAsync(2025);
        Assert.Equal(PeriodState.Published, published.State);
        Assert.Equal(new DateTime(2026, 8, 20, 10, 0, 0, DateTimeKind.Utc), published.PublishedAt);
        Assert.Equal(published.Id, (await world.Kpis.GetLatestPublishedPeriodAsync())!.Id);

        var rows = await world.Kpis.ListAsync(new KpiFilter());
        Assert.All(rows, r => Assert.Equal("2025/26", r.PeriodLabel));
        var row = rows.Single(r => r.Code == "ROADS-A");
        Assert.Equal(((decimal?)96.5m, (decimal?)96m, RagStatus.Green, Direction.Better), (row.Value, row.Target, row.Rag, row.Direction));
        Assert.False(row.IsIllustrative);
        var unreported = rows.Single(r => r.Code == "ROADS-UNCLASS");
        Assert.Equal(((decimal?)null, RagStatus.Grey), (unreported.Value, unreported.Rag));
    }

    [Fact]
    public async Task A_published_period_cannot_be_reopened()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var published = await world.PeriodAsync(2024);

        // Act
        var outcome = await world.Periods.OpenAsync(admin, published.Id, published.Version, new DateOnly(2026, 12, 31));

        // Assert
        Assert.Equal((OutcomeKind.Refused, "A published period cannot be reopened; correct its results instead."), (outcome.Kind, outcome.Message));
        Assert.Equal(PeriodState.Published, (await world.PeriodAsync(2024)).State);
    }

    [Theory]
    [InlineData(SeededServices.OfficerEmail)]
    [InlineData(SeededServices.ScrutinyEmail)]
    [InlineData(SeededServices.CabinetEmail)]
    public async Task Non_administrators_are_refused_every_period_and_target_change(string email)
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var actor = await world.SignInAsync(email);
        var open = await world.PeriodAsync(2025);
        var roadsA = await world.KpiIdAsync("ROADS-A");
        int periods, targets;
        await using (var context = world.Db.CreateContext())
        {
            (periods, targets) = (await context.ReportingPeriods.CountAsync(), await context.Targets.CountAsync());
        }

        // Act
        var outcomes = new[]
        {
            await world.Periods.AddNextAsync(actor),
            await world.Periods.OpenAsync(actor, open.Id, open.Version, new DateOnly(2026, 6, 30)),
            await world.Periods.CloseAsync(actor, open.Id, open.Version),
            await world.Periods.PublishAsync(actor, open.Id, open.Version),
        };
        var target = await world.Targets.SetAsync(actor, roadsA, open.Id, 96m, 1m, version: null);
        var rollForward = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => world.Targets.RollForwardAsync(actor, open.Id));

        // Assert
        Assert.All(outcomes, o => Assert.Equal((OutcomeKind.Refused, "Only the performance team can manage reporting periods."), (o.Kind, o.Message)));
        Assert.Equal((OutcomeKind.Refused, "Only the performance team can set targets."), (target.Kind, target.Message));
        Assert.Equal("Only the performance team can set targets.", rollForward.Message);
        var after = await world.PeriodAsync(2025);
        Assert.Equal((PeriodState.Open, open.EntryDeadline, open.Version), (after.State, after.EntryDeadline, after.Version));
        await using (var context = world.Db.CreateContext())
        {
            Assert.Equal((periods, targets), (await context.ReportingPeriods.CountAsync(), await context.Targets.CountAsync()));
        }
    }

    [Fact]
    public async Task A_period_change_from_a_stale_version_is_refused_as_someone_elses_change()
    {
        // Arrange: two administrators load 2025/26; the first closes it.
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var loaded = await world.PeriodAsync(2025);
        Assert.True((await world.Periods.CloseAsync(admin, loaded.Id, loaded.Version)).Succeeded);

        // Act: the second, still looking at the open period, moves its deadline.
        var outcome = await world.Periods.OpenAsync(admin, loaded.Id, loaded.Version, new DateOnly(2026, 6, 30));

        // Assert
        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        Assert.Equal("Someone else changed this period while you were looking at it. Reload the page to see its current state.", outcome.Message);
        var after = await world.PeriodAsync(2025);
        Assert.Equal((PeriodState.Closed, (DateOnly?)new DateOnly(2026, 5, 29)), (after.State, after.EntryDeadline));
    }

    [Fact]
    public async Task A_publish_from_a_stale_version_is_refused()
    {
        // Arrange: closed, then reopened and closed again by someone else.
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var period = await world.PeriodAsync(2025);
        Assert.True((await world.Periods.CloseAsync(admin, period.Id, period.Version)).Succeeded);
        var stale = await world.PeriodAsync(2025);
        Assert.True((await world.Periods.OpenAsync(admin, stale.Id, stale.Version, new DateOnly(2026, 6, 30))).Succeeded);
        var reopened = await world.PeriodAsync(2025);
        Assert.True((await world.Periods.CloseAsync(admin, reopened.Id, reopened.Version)).Succeeded);

        // Act
        var outcome = await world.Periods.PublishAsync(admin, stale.Id, stale.Version);

        // Assert
        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        Assert.StartsWith("Someone else changed this period", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(PeriodState.Closed, (await world.PeriodAsync(2025)).State);
    }

    [Fact]
    public async Task Period_changes_are_audited_with_who_and_what()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var period = await world.PeriodAsync(2025);
        var before = (await world.AuditEntriesAsync(nameof(ReportingPeriod), period.Id)).Count;

        // Act
        var outcome = await world.Periods.CloseAsync(admin, period.Id, period.Version);

        // Assert
        Assert.True(outcome.Succeeded);
        var audits = await world.AuditEntriesAsync(nameof(ReportingPeriod), period.Id);
        var audit = Assert.Single(audits.Skip(before));
        Assert.Equal(("Modified", "Alex Morgan", admin.UserId), (audit.Action, audit.UserName, audit.UserId));
        using var changes = JsonDocument.Parse(audit.Changes);
        var state = changes.RootElement.GetProperty("State");
        Assert.Equal(("Open", "Closed"), (state.GetProperty("before").GetString(), state.GetProperty("after").GetString()));
    }

    // ---- Targets ----

    [Fact]
    public async Task A_target_is_created_then_updated_with_its_version()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var period = await world.PeriodAsync(2025);
        var roadsA = await world.KpiIdAsync("ROADS-A");

        // Act
        var created = await world.Targets.SetAsync(admin, roadsA, period.Id, 96m, 1m, version: null);
        var row = (await world.Targets.ListAsync(period.Id)).Single(r => r.Code == "ROADS-A");
        var updated = await world.Targets.SetAsync(admin, roadsA, period.Id, 97m, 0.5m, row.Version);

        // Assert
        Assert.Equal(OutcomeKind.Saved, created.Kind);
        Assert.Equal(((decimal?)96m, 1m, (decimal?)96m, 1m), (row.Value, row.AmberTolerance, row.PreviousValue, row.PreviousTolerance));
        Assert.Equal(OutcomeKind.Saved, updated.Kind);
        var target = await world.TargetAsync("ROADS-A", 2025);
        Assert.Equal(((decimal?)97m, 0.5m, false), (target!.Value, target.AmberTolerance, target.IsIllustrative));
    }

    [Fact]
    public async Task A_target_update_from_a_stale_or_missing_version_is_refused()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var period = await world.PeriodAsync(2025);
        var roadsA = await world.KpiIdAsync("ROADS-A");
        Assert.True((await world.Targets.SetAsync(admin, roadsA, period.Id, 96m, 1m, version: null)).Succeeded);
        var loaded = (await world.Targets.ListAsync(period.Id)).Single(r => r.Code == "ROADS-A").Version;
        Assert.True((await world.Targets.SetAsync(admin, roadsA, period.Id, 97m, 1m, loaded)).Succeeded);

        // Act
        var stale = await world.Targets.SetAsync(admin, roadsA, period.Id, 95m, 1m, loaded);
        var missing = await world.Targets.SetAsync(admin, roadsA, period.Id, 94m, 1m, version: null);

        // Assert
        Assert.Equal(OutcomeKind.Refused, stale.Kind);
        Assert.StartsWith("Someone else changed this target", stale.Message, StringComparison.Ordinal);
        Assert.Equal(OutcomeKind.Refused, missing.Kind);
        Assert.StartsWith("Someone else set this target", missing.Message, StringComparison.Ordinal);
        Assert.Equal(97m, (await world.TargetAsync("ROADS-A", 2025))!.Value);
    }

    [Fact]
    public async Task A_target_is_validated_and_nothing_is_saved_when_it_is_invalid()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var period = await world.PeriodAsync(2025);

        // Act
        var negativeTolerance = await world.Targets.SetAsync(admin, await world.KpiIdAsync("ROADS-A"), period.Id, 96m, -0.5m, version: null);
        var over100 = await world.Targets.SetAsync(admin, await world.KpiIdAsync("ROADS-A"), period.Id, 100.5m, 1m, version: null);
        var negativePercentage = await world.Targets.SetAsync(admin, await world.KpiIdAsync("RECYCLING"), period.Id, -1m, 1m, version: null);
        var negativeCount = await world.Targets.SetAsync(admin, await world.KpiIdAsync("CASUALTIES-PED"), period.Id, -1m, 5m, version: null);

        // Assert
        Assert.Equal(OutcomeKind.Invalid, negativeTolerance.Kind);
        Assert.Equal([new FieldError("AmberTolerance", "The amber tolerance must be 0 or more")], negativeTolerance.Errors);
        Assert.Equal([new FieldError("Value", "The target must be a percentage from 0 to 100")], over100.Errors);
        Assert.Equal([new FieldError("Value", "The target must be a percentage from 0 to 100")], negativePercentage.Errors);
        Assert.Equal([new FieldError("Value", "The target must be 0 or more")], negativeCount.Errors);
        Assert.Null(await world.TargetAsync("ROADS-A", 2025));
        Assert.Null(await world.TargetAsync("RECYCLING", 2025));
        Assert.Null(await world.TargetAsync("CASUALTIES-PED", 2025));
    }

    [Fact]
    public async Task Rolling_forward_copies_last_years_targets_only_to_kpis_without_one_and_a_second_roll_copies_none()
    {
        // Arrange: ROADS-A already has its own 2025/26 target.
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var period = await world.PeriodAsync(2025);
        Assert.True((await world.Targets.SetAsync(admin, await world.KpiIdAsync("ROADS-A"), period.Id, 97m, 0.5m, version: null)).Succeeded);
        int expected;
        await using (var context = world.Db.CreateContext())
        {
            expected = await context.Targets.CountAsync(t => t.ReportingPeriod!.StartYear == 2024
                && (t.Kpi!.Status == KpiStatus.Active || t.Kpi.Status == KpiStatus.UnderReview)
                && t.Kpi.Code != "ROADS-A");
        }

        // Act
        var copied = await world.Targets.RollForwardAsync(admin, period.Id);
        var copiedAgain = await world.Targets.RollForwardAsync(admin, period.Id);

        // Assert
        Assert.True(expected > 20, $"Expected the seed's 2024/25 targets, found {expected}");
        Assert.Equal(expected, copied);
        Assert.Equal(0, copiedAgain);
        var roadsA = await world.TargetAsync("ROADS-A", 2025);
        Assert.Equal(((decimal?)97m, 0.5m), (roadsA!.Value, roadsA.AmberTolerance));
        var recycling = await world.TargetAsync("RECYCLING", 2025);
        Assert.Equal(((decimal?)37m, 1.5m, "Rolled forward from 2024/25"), (recycling!.Value, recycling.AmberTolerance, recycling.Note));
        await using (var context = world.Db.CreateContext())
        {
            Assert.Equal(expected + 1, await context.Targets.CountAsync(t => t.ReportingPeriodId == period.Id));
            Assert.False(await context.Targets.AnyAsync(t => t.ReportingPeriodId == period.Id && t.Kpi!.Status == KpiStatus.Proposed));
        }
    }

    [Fact]
    public async Task Target_changes_are_audited_with_who_and_what()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var period = await world.PeriodAsync(2025);
        var roadsA = await world.KpiIdAsync("ROADS-A");

        // Act
        Assert.True((await world.Targets.SetAsync(admin, roadsA, period.Id, 96m, 1m, version: null)).Succeeded);
        var version = (await world.Targets.ListAsync(period.Id)).Single(r => r.Code == "ROADS-A").Version;
        Assert.True((await world.Targets.SetAsync(admin, roadsA, period.Id, 97m, 1m, version)).Succeeded);

        // Assert
        var target = await world.TargetAsync("ROADS-A", 2025);
        var audits = await world.AuditEntriesAsync(nameof(Target), target!.Id);
        Assert.Equal(["Added", "Modified"], audits.Select(a => a.Action));
        Assert.All(audits, a => Assert.Equal(("Alex Morgan", admin.UserId), (a.UserName, a.UserId)));
        using var changes = JsonDocument.Parse(audits[1].Changes);
        var value = changes.RootElement.GetProperty("Value");
        Assert.Equal((96m, 97m), (value.GetProperty("before").GetDecimal(), value.GetProperty("after").GetDecimal()));
    }
}
