using System.Text.Json;
using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Tests.Results.Rules;

/// <summary>Officers' entry and the performance team's sign-off, against the seeded database.</summary>
public class ResultEntryRulesTests
{
    [Fact]
    public async Task An_officer_saves_a_draft_then_submits_an_own_area_kpi_and_both_are_audited_in_their_name()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var draft = await world.NewInputAsync("ROADS-A", 2025, 95.2m);

        // Act: save a draft, load it again as the form would, then submit it.
        var drafted = await world.Entry.SaveDraftAsync(officer, draft);
        var stored = await world.ResultAsync("ROADS-A", 2025);
        var loaded = await world.LoadInputAsync("ROADS-A", 2025);
        loaded.Value = 95.4m;
        var submitted = await world.Entry.SubmitAsync(officer, loaded);

        // Assert
        Assert.Equal(OutcomeKind.Saved, drafted.Kind);
        Assert.Equal(ResultState.Draft, stored!.State);
        Assert.Equal(95.2m, stored.Value);

        Assert.Equal(OutcomeKind.Saved, submitted.Kind);
        var result = await world.ResultAsync("ROADS-A", 2025);
        Assert.NotNull(result);
        Assert.Equal(ResultState.Submitted, result.State);
        Assert.Equal(95.4m, result.Value);
        Assert.Equal(officer.UserId, result.EnteredById);
        Assert.Equal("Olivia Okafor", result.EnteredByName);
        Assert.Equal(SeededServices.DuringEntry.UtcDateTime, result.EnteredAt);
        Assert.Equal(SeededServices.DuringEntry.UtcDateTime, result.SubmittedAt);
        Assert.False(result.IsIllustrative);

        var audits = await world.AuditEntriesAsync(nameof(Result), result.Id);
        Assert.Equal(["Added", "Modified"], audits.Select(a => a.Action));
        Assert.All(audits, a =>
        {
            Assert.Equal("Olivia Okafor", a.UserName);
            Assert.Equal(officer.UserId, a.UserId);
        });
        using var changes = JsonDocument.Parse(audits[1].Changes);
        Assert.Equal("Draft", changes.RootElement.GetProperty("State").GetProperty("before").GetString());
        Assert.Equal("Submitted", changes.RootElement.GetProperty("State").GetProperty("after").GetString());
    }

    [Fact]
    public async Task An_officer_is_refused_for_another_areas_kpi_and_nothing_is_saved()
    {
        // Arrange: SICKNESS-ABSENCE belongs to Human Resources, not Highways.
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var input = await world.NewInputAsync("SICKNESS-ABSENCE", 2025, 12.5m);

        // Act
        var drafted = await world.Entry.SaveDraftAsync(officer, input);
        var submitted = await world.Entry.SubmitAsync(officer, input);

        // Assert
        Assert.Equal(OutcomeKind.Refused, drafted.Kind);
        Assert.Equal("You can enter results only for your own service area's KPIs.", drafted.Message);
        Assert.Equal(OutcomeKind.Refused, submitted.Kind);
        Assert.Null(await world.ResultAsync("SICKNESS-ABSENCE", 2025));
    }

    [Theory]
    [InlineData(SeededServices.ScrutinyEmail)]
    [InlineData(SeededServices.CabinetEmail)]
    public async Task Scrutiny_and_cabinet_members_cannot_enter_results(string email)
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var member = await world.SignInAsync(email);
        var input = await world.NewInputAsync("ROADS-A", 2025, 95m);

        // Act
        var drafted = await world.Entry.SaveDraftAsync(member, input);
        var submitted = await world.Entry.SubmitAsync(member, input);

        // Assert
        Assert.Equal(OutcomeKind.Refused, drafted.Kind);
        Assert.Equal(OutcomeKind.Refused, submitted.Kind);
        Assert.Null(await world.ResultAsync("ROADS-A", 2025));
    }

    [Fact]
    public async Task An_officer_with_no_service_area_cannot_enter_results()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var officer = new Actor("o-none", "Unassigned Officer", new HashSet<string> { Roles.Officer }, ServiceAreaId: null);

        // Act
        var outcome = await world.Entry.SaveDraftAsync(officer, await world.NewInputAsync("ROADS-A", 2025, 95m));

        // Assert
        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        Assert.Null(await world.ResultAsync("ROADS-A", 2025));
    }

    [Fact]
    public async Task A_proposed_kpi_is_not_reported_so_its_own_officer_cannot_enter_it()
    {
        // Arrange: THRIVE-GOLD (Human Resources) is proposed by recommendation p, not yet reported.
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.OfficerOfAsync(ServiceAreas.HumanResources);

        // Act
        var outcome = await world.Entry.SaveDraftAsync(officer, await world.NewInputAsync("THRIVE-GOLD", 2025, 1m));

        // Assert
        Assert.Equal((OutcomeKind.Refused, "This KPI is not being reported."), (outcome.Kind, outcome.Message));
        Assert.Null(await world.ResultAsync("THRIVE-GOLD", 2025));
    }

    [Fact]
    public async Task A_closed_period_refuses_new_results_from_officers()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var period = await world.PeriodAsync(2025);
        var closed = await world.Periods.CloseAsync(admin, period.Id, period.Version);
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);

        // Act
        var outcome = await world.Entry.SubmitAsync(officer, await world.NewInputAsync("ROADS-A", 2025, 95m));

        // Assert
        Assert.True(closed.Succeeded, closed.Message);
        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        Assert.Equal("2025/26 is not open for data entry. The performance team can correct results after it closes.", outcome.Message);
        Assert.Null(await world.ResultAsync("ROADS-A", 2025));
    }

    [Fact]
    public async Task A_published_period_refuses_changes_from_officers()
    {
        // Arrange: ROADS-A 2024/25 is approved and published (94.0).
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var input = await world.LoadInputAsync("ROADS-A", 2024);
        input.Value = 99m;

        // Act
        var outcome = await world.Entry.SaveDraftAsync(officer, input);

        // Assert
        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        Assert.Equal(94.0m, (await world.ResultAsync("ROADS-A", 2024))!.Value);
    }

    [Fact]
    public async Task An_approved_result_cannot_be_edited_by_an_officer_even_in_an_open_period()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var submitted = await world.SubmitAsync(officer, "RECYCLING", 36.2m);
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        await world.ApproveAsync(admin, submitted);
        officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var input = await world.LoadInputAsync("RECYCLING", 2025);
        input.Value = 40m;

        // Act
        var drafted = await world.Entry.SaveDraftAsync(officer, input);
        var resubmitted = await world.Entry.SubmitAsync(officer, input);

        // Assert
        Assert.Equal(OutcomeKind.Refused, drafted.Kind);
        Assert.Equal("This result has been approved. Ask the performance team to correct it.", drafted.Message);
        Assert.Equal(OutcomeKind.Refused, resubmitted.Kind);
        var result = await world.ResultAsync("RECYCLING", 2025);
        Assert.Equal(ResultState.Approved, result!.State);
        Assert.Equal(36.2m, result.Value);
    }

    [Fact]
    public async Task An_administrators_correction_keeps_the_old_value_as_a_version_with_who_when_and_why()
    {
        // Arrange: ROADS-A 2024/25 was approved at 94.0 (red against 96, so it keeps its commentary).
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        world.Clock.Now = new DateTimeOffset(2026, 2, 3, 14, 30, 0, TimeSpan.Zero);
        var before = await world.ResultAsync("ROADS-A", 2024);
        var input = ResultInput.From(before!);
        input.Value = 94.6m;
        input.CorrectionReason = "  The DVI survey was re-run for two sections.  ";

        // Act
        var outcome = await world.Entry.CorrectAsync(admin, input);

        // Assert
        Assert.Equal(OutcomeKind.Saved, outcome.Kind);
        var after = await world.ResultAsync("ROADS-A", 2024);
        Assert.Equal(94.6m, after!.Value);
        Assert.Equal(ResultState.Approved, after.State);
        var version = Assert.Single(after.Versions);
        Assert.Equal(1, version.VersionNumber);
        Assert.Equal(94.0m, version.Value);
        Assert.Equal(ResultState.Approved, version.State);
        Assert.Equal(before!.Commentary, version.Commentary);
        Assert.Equal(admin.UserId, version.ChangedById);
        Assert.Equal("Alex Morgan", version.ChangedByName);
        Assert.Equal(new DateTime(2026, 2, 3, 14, 30, 0, DateTimeKind.Utc), version.ChangedAt);
        Assert.Equal("The DVI survey was re-run for two sections.", version.Reason);

        var modified = Assert.Single(await world.AuditEntriesAsync(nameof(Result), after.Id), a => a.Action == "Modified");
        Assert.Equal("Alex Morgan", modified.UserName);
    }

    [Fact]
    public async Task A_second_correction_numbers_its_version_after_the_first()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var first = await world.LoadInputAsync("ROADS-A", 2024);
        first.Value = 94.6m;
        first.CorrectionReason = "Survey re-run";
        Assert.True((await world.Entry.CorrectAsync(admin, first)).Succeeded);
        var second = await world.LoadInputAsync("ROADS-A", 2024);
        second.Value = 94.7m;
        second.CorrectionReason = "Rounding";

        // Act
        var outcome = await world.Entry.CorrectAsync(admin, second);

        // Assert
        Assert.Equal(OutcomeKind.Saved, outcome.Kind);
        var versions = (await world.ResultAsync("ROADS-A", 2024))!.Versions.OrderBy(v => v.VersionNumber).ToList();
        Assert.Equal([(1, 94.0m, "Survey re-run"), (2, 94.6m, "Rounding")], versions.Select(v => (v.VersionNumber, v.Value!.Value, v.Reason!)));
    }

    [Fact]
    public async Task Two_corrections_from_the_same_loaded_version_the_second_is_a_conflict_and_keeps_no_version()
    {
        // Arrange: two administrators open the same approved result.
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var first = await world.LoadInputAsync("ROADS-A", 2024);
        var second = await world.LoadInputAsync("ROADS-A", 2024);
        first.Value = 94.6m;
        first.CorrectionReason = "Survey re-run";
        second.Value = 93.1m;
        second.CorrectionReason = "Different survey";
        Assert.True((await world.Entry.CorrectAsync(admin, first)).Succeeded);

        // Act
        var outcome = await world.Entry.CorrectAsync(admin, second);

        // Assert
        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Equal(94.6m, outcome.Current!.Value);
        var result = await world.ResultAsync("ROADS-A", 2024);
        Assert.Equal(94.6m, result!.Value);
        Assert.Equal("Survey re-run", Assert.Single(result.Versions).Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_correction_needs_a_reason(string? reason)
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var input = await world.LoadInputAsync("ROADS-A", 2024);
        input.Value = 94.6m;
        input.CorrectionReason = reason;

        // Act
        var outcome = await world.Entry.CorrectAsync(admin, input);

        // Assert
        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Equal([new FieldError(ResultInputValidator.Fields.CorrectionReason, "Say why the result is being corrected")], outcome.Errors);
        var result = await world.ResultAsync("ROADS-A", 2024);
        Assert.Equal(94.0m, result!.Value);
        Assert.Empty(result.Versions);
    }

    [Fact]
    public async Task Only_an_administrator_can_correct_and_only_an_approved_result()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var published = await world.LoadInputAsync("ROADS-A", 2024);
        published.Value = 99m;
        published.CorrectionReason = "I think it is higher";
        var submitted = await world.SubmitAsync(officer, "RECYCLING", 36.2m);
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var notApproved = await world.LoadInputAsync("RECYCLING", 2025);
        notApproved.CorrectionReason = "Typo";

        // Act
        var byOfficer = await world.Entry.CorrectAsync(officer, published);
        var ofSubmitted = await world.Entry.CorrectAsync(admin, notApproved);

        // Assert
        Assert.Equal(OutcomeKind.Refused, byOfficer.Kind);
        Assert.Equal(OutcomeKind.NotFound, ofSubmitted.Kind);
        Assert.Equal(94.0m, (await world.ResultAsync("ROADS-A", 2024))!.Value);
        Assert.Equal(ResultState.Submitted, (await world.ResultAsync("RECYCLING", 2025))!.State);
        Assert.Equal(submitted.Version, (await world.ResultAsync("RECYCLING", 2025))!.Version);
    }

    [Fact]
    public async Task An_administrator_approves_a_submitted_result()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var submitted = await world.SubmitAsync(officer, "RECYCLING", 36.2m);
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        world.Clock.Now = new DateTimeOffset(2026, 6, 9, 11, 0, 0, TimeSpan.Zero);

        // Act
        var outcome = await world.Entry.ApproveAsync(admin, submitted.Id, submitted.Version);

        // Assert
        Assert.Equal(OutcomeKind.Saved, outcome.Kind);
        var result = await world.ResultAsync("RECYCLING", 2025);
        Assert.Equal(ResultState.Approved, result!.State);
        Assert.Equal(DataStatus.Provisional, result.DataStatus); // sign-off does not change what the officer said of the data
        Assert.Equal(admin.UserId, result.ApprovedById);
        Assert.Equal("Alex Morgan", result.ApprovedByName);
        Assert.Equal(new DateTime(2026, 6, 9, 11, 0, 0, DateTimeKind.Utc), result.ApprovedAt);
    }

    [Theory]
    [InlineData(SeededServices.OfficerEmail)]
    [InlineData(SeededServices.ScrutinyEmail)]
    [InlineData(SeededServices.CabinetEmail)]
    public async Task Only_administrators_can_approve_or_return(string email)
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var submitted = await world.SubmitAsync(officer, "RECYCLING", 36.2m);
        var actor = await world.SignInAsync(email);

        // Act
        var approved = await world.Entry.ApproveAsync(actor, submitted.Id, submitted.Version);
        var returned = await world.Entry.ReturnAsync(actor, submitted.Id, submitted.Version, "Please check the tonnage");

        // Assert
        Assert.Equal(OutcomeKind.Refused, approved.Kind);
        Assert.Equal("Only the performance team can approve results.", approved.Message);
        Assert.Equal(OutcomeKind.Refused, returned.Kind);
        Assert.Equal("Only the performance team can return results.", returned.Message);
        var result = await world.ResultAsync("RECYCLING", 2025);
        Assert.Equal(ResultState.Submitted, result!.State);
        Assert.Null(result.ReturnComment);
    }

    [Theory]
    [InlineData(ResultState.Draft)]
    [InlineData(ResultState.Returned)]
    [InlineData(ResultState.Approved)]
    public async Task Only_a_submitted_result_can_be_approved_or_returned(ResultState state)
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var result = state switch
        {
            ResultState.Draft => (await world.Entry.SaveDraftAsync(officer, await world.NewInputAsync("RECYCLING", 2025, 36.2m))).Current!,
            _ => await world.SubmitAsync(officer, "RECYCLING", 36.2m),
        };
        if (state == ResultState.Returned)
        {
            Assert.True((await world.Entry.ReturnAsync(admin, result.Id, result.Version, "Check the tonnage")).Succeeded);
        }
        else if (state == ResultState.Approved)
        {
            await world.ApproveAsync(admin, result);
        }

        var current = await world.ResultAsync("RECYCLING", 2025);

        // Act
        var approved = await world.Entry.ApproveAsync(admin, current!.Id, current.Version);
        var returned = await world.Entry.ReturnAsync(admin, current.Id, current.Version, "Check again");

        // Assert
        Assert.Equal(OutcomeKind.Refused, approved.Kind);
        Assert.Equal("Only a submitted result can be approved.", approved.Message);
        Assert.Equal(OutcomeKind.Refused, returned.Kind);
        Assert.Equal("Only a submitted result can be returned.", returned.Message);
        Assert.Equal(state, (await world.ResultAsync("RECYCLING", 2025))!.State);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Returning_a_result_needs_a_comment(string comment)
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var submitted = await world.SubmitAsync(officer, "RECYCLING", 36.2m);
        var admin = await world.SignInAsync(SeededServices.AdminEmail);

        // Act
        var outcome = await world.Entry.ReturnAsync(admin, submitted.Id, submitted.Version, comment);

        // Assert
        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Equal([new FieldError("ReturnComment", "Say what the officer needs to change")], outcome.Errors);
        Assert.Equal(ResultState.Submitted, (await world.ResultAsync("RECYCLING", 2025))!.State);
    }

    [Fact]
    public async Task A_returned_results_comment_is_shown_to_the_officer_who_can_then_resubmit()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var submitted = await world.SubmitAsync(officer, "RECYCLING", 36.2m);
        var admin = await world.SignInAsync(SeededServices.AdminEmail);

        // Act
        var returned = await world.Entry.ReturnAsync(admin, submitted.Id, submitted.Version, "  The tonnage excludes the bring sites; please add them.  ");

        // Assert: the officer's next load of the form and of their list both carry the comment.
        Assert.Equal(OutcomeKind.Saved, returned.Kind);
        officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var context = await world.Entry.GetContextAsync(await world.KpiIdAsync("RECYCLING"), (await world.PeriodAsync(2025)).Id);
        Assert.Equal(ResultState.Returned, context!.Result!.State);
        Assert.Equal("The tonnage excludes the bring sites; please add them.", context.Result.ReturnComment);
        var row = (await world.Queries.ListEntriesAsync(context.Period.Id, officer.ServiceAreaId)).Single(r => r.Code == "RECYCLING");
        Assert.Equal(EntryStatus.Returned, row.Status);
        Assert.Equal("The tonnage excludes the bring sites; please add them.", row.ReturnComment);

        var input = ResultInput.From(context.Result);
        input.Value = 36.9m;
        var resubmitted = await world.Entry.SubmitAsync(officer, input);
        Assert.Equal(OutcomeKind.Saved, resubmitted.Kind);
        Assert.Equal(ResultState.Submitted, (await world.ResultAsync("RECYCLING", 2025))!.State);
    }

    [Fact]
    public async Task Two_editors_with_the_same_loaded_version_the_second_gets_a_conflict_and_nothing_of_theirs_is_saved()
    {
        // Arrange: both open the same draft.
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        Assert.True((await world.Entry.SaveDraftAsync(officer, await world.NewInputAsync("RECYCLING", 2025, 35m))).Succeeded);
        var first = await world.LoadInputAsync("RECYCLING", 2025);
        var second = await world.LoadInputAsync("RECYCLING", 2025);
        first.Value = 36.2m;
        second.Value = 41.7m;
        second.Commentary = "Second editor's words";
        second.Comparators[Comparator.England] = 41.1m;
        var firstSaved = await world.Entry.SaveDraftAsync(officer, first);
        var auditsBefore = (await world.AuditEntriesAsync(nameof(Result), firstSaved.Current!.Id)).Count;
        var admin = await world.SignInAsync(SeededServices.AdminEmail);

        // Act
        var outcome = await world.Entry.SubmitAsync(admin, second);

        // Assert
        Assert.Equal(OutcomeKind.Saved, firstSaved.Kind);
        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.StartsWith("Someone else changed this result", outcome.Message, StringComparison.Ordinal);
        Assert.NotNull(outcome.Current);
        Assert.Equal(36.2m, outcome.Current.Value);
        Assert.Equal(ResultState.Draft, outcome.Current.State);
        var stored = await world.ResultAsync("RECYCLING", 2025);
        Assert.Equal(36.2m, stored!.Value);
        Assert.Equal(ResultState.Draft, stored.State);
        Assert.Null(stored.Commentary);
        Assert.Empty(stored.Comparators);
        Assert.Equal("Olivia Okafor", stored.EnteredByName);
        Assert.Equal(auditsBefore, (await world.AuditEntriesAsync(nameof(Result), stored.Id)).Count);
    }

    [Fact]
    public async Task Two_editors_starting_the_same_new_result_the_second_gets_a_conflict_not_an_overwrite()
    {
        // Arrange: both open the empty form (no result yet, so no version); the first saves.
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var first = await world.NewInputAsync("RECYCLING", 2025, 36.2m);
        var second = await world.NewInputAsync("RECYCLING", 2025, 41.7m);
        Assert.True((await world.Entry.SaveDraftAsync(officer, first)).Succeeded);

        // Act: the second editor saves the form they opened before the first result existed.
        var outcome = await world.Entry.SaveDraftAsync(officer, second);

        // Assert: as for targets ("Someone else set this target"), a null version means "I saw no
        // result", which is stale once one exists.
        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Equal(36.2m, (await world.ResultAsync("RECYCLING", 2025))!.Value);
    }

    [Fact]
    public async Task An_approval_with_a_stale_version_is_a_conflict()
    {
        // Arrange: the officer changes the submitted result after the administrator loaded it.
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var submitted = await world.SubmitAsync(officer, "RECYCLING", 36.2m);
        var loadedVersion = submitted.Version;
        var edit = await world.LoadInputAsync("RECYCLING", 2025);
        edit.Value = 36.9m;
        Assert.True((await world.Entry.SubmitAsync(officer, edit)).Succeeded);
        var admin = await world.SignInAsync(SeededServices.AdminEmail);

        // Act
        var outcome = await world.Entry.ApproveAsync(admin, submitted.Id, loadedVersion);

        // Assert
        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Equal(36.9m, outcome.Current!.Value);
        Assert.Equal(ResultState.Submitted, (await world.ResultAsync("RECYCLING", 2025))!.State);
    }

    [Fact]
    public async Task A_rate_kpi_stores_the_rate_worked_out_from_numerator_and_denominator()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.OfficerOfAsync(ServiceAreas.ChildrensServices);
        var input = await world.NewInputAsync("CIC-RATE", 2025, value: 12m);
        input.Numerator = 672m;
        input.Denominator = 80_700m;

        // Act
        var outcome = await world.Entry.SubmitAsync(officer, input);

        // Assert: 672 / 80,700 × 10,000 = 83.271… → 83.3; the typed 12 is ignored.
        Assert.Equal(OutcomeKind.Saved, outcome.Kind);
        var result = await world.ResultAsync("CIC-RATE", 2025);
        Assert.Equal(83.3m, result!.Value);
        Assert.Equal(672m, result.Numerator);
        Assert.Equal(80_700m, result.Denominator);
    }

    [Fact]
    public async Task A_rate_per_100000_is_stored_worked_out()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.OfficerOfAsync(ServiceAreas.ChildrensServices);
        var input = await world.NewInputAsync("YJ-FTE", 2025);
        input.Numerator = 61m;
        input.Denominator = 34_500m;

        // Act
        var outcome = await world.Entry.SubmitAsync(officer, input);

        // Assert: 61 / 34,500 × 100,000 = 176.81… → 176.8.
        Assert.Equal(OutcomeKind.Saved, outcome.Kind);
        Assert.Equal(176.8m, (await world.ResultAsync("YJ-FTE", 2025))!.Value);
    }

    [Fact]
    public async Task A_red_result_needs_commentary_against_the_periods_target()
    {
        // Arrange: a 2025/26 target for ROADS-A of 96 with amber within 1.
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var set = await world.Targets.SetAsync(admin, await world.KpiIdAsync("ROADS-A"), (await world.PeriodAsync(2025)).Id, 96m, 1m, version: null);
        Assert.True(set.Succeeded, set.Message);
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var input = await world.NewInputAsync("ROADS-A", 2025, 93.5m);

        // Act
        var without = await world.Entry.SubmitAsync(officer, input);
        input.Commentary = "Winter damage; the resurfacing programme is catching up.";
        var with = await world.Entry.SubmitAsync(officer, input);

        // Assert
        Assert.Equal(OutcomeKind.Invalid, without.Kind);
        Assert.Equal([ResultInputValidator.Fields.Commentary], without.Errors.Select(e => e.Field));
        Assert.Equal(OutcomeKind.Saved, with.Kind);
    }

    [Fact]
    public async Task Invalid_input_saves_nothing()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var input = await world.NewInputAsync("ROADS-A", 2025, 100.5m);
        input.Comparators[Comparator.England] = 95m;
        (int Results, int Comparators, int Audits) Count()
        {
            using var context = world.Db.CreateContext();
            return (context.Results.Count(), context.Set<ComparatorValue>().Count(), context.AuditEntries.Count());
        }

        var before = Count();

        // Act
        var drafted = await world.Entry.SaveDraftAsync(officer, input);
        var submitted = await world.Entry.SubmitAsync(officer, input);

        // Assert
        Assert.Equal(OutcomeKind.Invalid, drafted.Kind);
        Assert.Equal(OutcomeKind.Invalid, submitted.Kind);
        Assert.Equal([ResultInputValidator.Fields.Value], submitted.Errors.Select(e => e.Field));
        Assert.Equal(before, Count());
    }

    [Fact]
    public async Task Invalid_input_on_an_existing_result_leaves_it_as_it_was()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        Assert.True((await world.Entry.SaveDraftAsync(officer, await world.NewInputAsync("CASUALTIES-PED", 2025, 120m))).Succeeded);
        var before = await world.ResultAsync("CASUALTIES-PED", 2025);
        var input = await world.LoadInputAsync("CASUALTIES-PED", 2025);
        input.Value = 118.5m;

        // Act
        var outcome = await world.Entry.SubmitAsync(officer, input);

        // Assert
        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        var after = await world.ResultAsync("CASUALTIES-PED", 2025);
        Assert.Equal((120m, ResultState.Draft, before!.Version), (after!.Value!.Value, after.State, after.Version));
    }

    [Fact]
    public async Task Breakdowns_are_stored_and_one_that_does_not_add_up_is_refused()
    {
        // Arrange: Human Resources enters sickness absence with the short/long-term split.
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.OfficerOfAsync(ServiceAreas.HumanResources);
        int shortTerm, longTerm;
        await using (var context = world.Db.CreateContext())
        {
            var categories = await context.Set<BreakdownCategory>()
                .Where(c => c.Dimension!.Kpi!.Code == "SICKNESS-ABSENCE" && c.Dimension.Name == "Absence length")
                .ToDictionaryAsync(c => c.Name, c => c.Id);
            (shortTerm, longTerm) = (categories["Short-term"], categories["Long-term"]);
        }

        var wrong = await world.NewInputAsync("SICKNESS-ABSENCE", 2025, 10.5m);
        wrong.Breakdowns[shortTerm] = 4m;
        wrong.Breakdowns[longTerm] = 7m;
        var right = await world.NewInputAsync("SICKNESS-ABSENCE", 2025, 10.5m);
        right.Breakdowns[shortTerm] = 4m;
        right.Breakdowns[longTerm] = 6.5m;

        // Act
        var refused = await world.Entry.SubmitAsync(officer, wrong);
        var saved = await world.Entry.SubmitAsync(officer, right);

        // Assert
        Assert.Equal(OutcomeKind.Invalid, refused.Kind);
        Assert.Contains("absence length", Assert.Single(refused.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(OutcomeKind.Saved, saved.Kind);
        var result = await world.ResultAsync("SICKNESS-ABSENCE", 2025);
        Assert.Equal([(shortTerm, 4m), (longTerm, 6.5m)], result!.Breakdowns.OrderBy(b => b.CategoryId).Select(b => (b.CategoryId, b.Value)));
    }
}
