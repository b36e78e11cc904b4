using CouncilPerformance.Core.Decisions;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Tests.Results.Rules;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Tests.Decisions;

/// <summary>Recording Cabinet's decisions, on the seeded database (real SQLite) with a fake clock.</summary>
public class DecisionServiceTests
{
    private static async Task<SeededServices> WorldAsync()
    {
        var world = await SeededServices.CreateAsync();
        world.Clock.Now = CabinetServices.BeforeTheDueDate;
        return world;
    }

    [Fact]
    public async Task A_meeting_records_one_decision_of_each_outcome_in_one_save()
    {
        await using var world = await WorldAsync();

        await world.DecideAsync(
            ("Cabinet 1", DecisionOutcome.Agreed), ("Cabinet 2", DecisionOutcome.AgreedWithAmendment),
            ("Cabinet 3", DecisionOutcome.AcceptedInPrinciple), ("Cabinet 4", DecisionOutcome.NotAgreed));

        var agreed = await world.RecommendationAsync("Cabinet 1");
        var amended = await world.RecommendationAsync("Cabinet 2");
        var inPrinciple = await world.RecommendationAsync("Cabinet 3");
        var notAgreed = await world.RecommendationAsync("Cabinet 4");
        Assert.Equal(RecommendationStatus.Agreed, agreed.Status);
        Assert.Equal(new DateOnly(2026, 11, 4), agreed.ProgressReportDueOn);
        Assert.Equal("Councillor G Duggins", agreed.LeadCabinetMember);
        Assert.Equal(RecommendationStatus.AgreedWithAmendment, amended.Status);
        Assert.StartsWith("Amended: ", amended.AmendedWording, StringComparison.Ordinal);
        Assert.Equal(RecommendationStatus.AcceptedInPrinciple, inPrinciple.Status);
        Assert.Equal(new DateOnly(2026, 3, 31), inPrinciple.DecisionActionDueOn);
        Assert.Equal(RecommendationStatus.NotAgreed, notAgreed.Status);
        Assert.Null(notAgreed.ProgressReportDueOn);
        Assert.Equal("Covered by the annual refresh.", notAgreed.DecisionReasons);
        Assert.All([agreed, amended, inPrinciple, notAgreed], r => Assert.Single(r.Decisions));
        Assert.NotEmpty(await world.AuditEntriesAsync(nameof(Recommendation), agreed.Id));
    }

    [Fact]
    public async Task One_invalid_row_saves_nothing_and_names_the_row_and_field()
    {
        await using var world = await WorldAsync();
        var cabinet = await world.SignInAsync(SeededServices.CabinetEmail);
        var good = await world.DecisionForAsync("Cabinet 1", DecisionOutcome.Agreed);
        var bad = await world.DecisionForAsync("Cabinet 4", DecisionOutcome.NotAgreed);
        bad.Reasons = null;

        var result = await world.Decisions().RecordMeetingAsync(cabinet, new MeetingDecisions { MeetingOn = CabinetServices.CabinetMeeting, Decisions = [good, bad] });

        Assert.Equal(OutcomeKind.Invalid, result.Kind);
        var row = Assert.Single(result.RowErrors);
        Assert.Equal(bad.RecommendationId, row.Key);
        Assert.Equal(DecisionValidator.Fields.Reasons, Assert.Single(row.Value).Field);
        Assert.Equal(RecommendationStatus.AwaitingDecision, (await world.RecommendationAsync("Cabinet 1")).Status);
        Assert.Empty((await world.RecommendationAsync("Cabinet 1")).Decisions);
    }

    [Fact]
    public async Task A_stale_row_is_a_conflict_and_saves_nothing()
    {
        await using var world = await WorldAsync();
        var cabinet = await world.SignInAsync(SeededServices.CabinetEmail);
        var first = await world.DecisionForAsync("Cabinet 1", DecisionOutcome.Agreed);
        var stale = await world.DecisionForAsync("Cabinet 2", DecisionOutcome.Agreed);
        stale.Version = Guid.NewGuid();

        var result = await world.Decisions().RecordMeetingAsync(cabinet, new MeetingDecisions { MeetingOn = CabinetServices.CabinetMeeting, Decisions = [first, stale] });

        Assert.Equal(OutcomeKind.Conflict, result.Kind);
        Assert.Equal(RecommendationStatus.AwaitingDecision, (await world.RecommendationAsync("Cabinet 1")).Status);
    }

    [Theory]
    [InlineData(SeededServices.OfficerEmail)]
    [InlineData(SeededServices.ScrutinyEmail)]
    public async Task Officers_and_scrutiny_members_cannot_record_Cabinet_decisions(string email)
    {
        await using var world = await WorldAsync();
        var actor = await world.SignInAsync(email);
        var input = await world.DecisionForAsync("Cabinet 1", DecisionOutcome.Agreed);

        var result = await world.Decisions().RecordMeetingAsync(actor, new MeetingDecisions { MeetingOn = CabinetServices.CabinetMeeting, Decisions = [input] });

        Assert.Equal(OutcomeKind.Refused, result.Kind);
        Assert.Equal(RecommendationStatus.AwaitingDecision, (await world.RecommendationAsync("Cabinet 1")).Status);
    }

    [Fact]
    public async Task The_administrator_records_decisions_from_the_minutes()
    {
        await using var world = await WorldAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var input = await world.DecisionForAsync("a", DecisionOutcome.Agreed);

        var result = await world.Decisions().RecordMeetingAsync(admin, new MeetingDecisions { MeetingOn = CabinetServices.CabinetMeeting, Decisions = [input] });

        Assert.True(result.Succeeded);
        Assert.Equal("Alex Morgan", Assert.Single((await world.RecommendationAsync("a")).Decisions).RecordedByName);
    }

    [Fact]
    public async Task A_meeting_in_the_future_or_with_no_decisions_is_refused()
    {
        await using var world = await WorldAsync();
        var cabinet = await world.SignInAsync(SeededServices.CabinetEmail);
        var input = await world.DecisionForAsync("Cabinet 1", DecisionOutcome.Agreed);

        var future = await world.Decisions().RecordMeetingAsync(cabinet, new MeetingDecisions { MeetingOn = new DateOnly(2025, 12, 2), Decisions = [input] });
        var empty = await world.Decisions().RecordMeetingAsync(cabinet, new MeetingDecisions { MeetingOn = CabinetServices.CabinetMeeting });

        Assert.Contains(future.Errors, e => e.Field == DecisionValidator.Fields.MeetingOn);
        Assert.Equal(OutcomeKind.Invalid, empty.Kind);
    }

    [Fact]
    public async Task A_correction_needs_a_reason_and_keeps_the_old_decision_in_the_history()
    {
        await using var world = await WorldAsync();
        await world.DecideAsync(("Cabinet 4", DecisionOutcome.NotAgreed));
        var cabinet = await world.SignInAsync(SeededServices.CabinetEmail);
        var correction = await world.DecisionForAsync("Cabinet 4", DecisionOutcome.Agreed);

        var noReason = await world.Decisions().CorrectAsync(cabinet, correction, CabinetServices.CabinetMeeting, " ");
        var corrected = await world.Decisions().CorrectAsync(cabinet, correction, CabinetServices.CabinetMeeting, "The minutes were misread");

        Assert.Contains(noReason.Errors, e => e.Field == DecisionValidator.Fields.CorrectionReason);
        Assert.True(corrected.Succeeded, corrected.Message);
        var after = await world.RecommendationAsync("Cabinet 4");
        Assert.Equal(RecommendationStatus.Agreed, after.Status);
        Assert.Null(after.DecisionReasons);
        Assert.Equal(new DateOnly(2026, 11, 4), after.ProgressReportDueOn);
        var history = await world.Decisions().HistoryAsync(after.Id);
        Assert.Equal([DecisionOutcome.Agreed, DecisionOutcome.NotAgreed], history.Select(h => h.Outcome));
        Assert.Equal("The minutes were misread", history[0].CorrectionReason);
        Assert.Equal("Covered by the annual refresh.", history[1].Reasons);
    }

    [Fact]
    public async Task The_clock_lists_the_seeded_recommendations_as_due_and_a_decision_stops_it()
    {
        await using var world = await WorldAsync();
        await world.DecideAsync(("Cabinet 1", DecisionOutcome.Agreed));

        var rows = (await world.DecisionQueries().ListForCabinetPageAsync(pageIndex: 0, pageSize: 100)).Rows;
        var summary = await world.DecisionQueries().SummaryAsync(RecommendationAddressee.Cabinet);

        Assert.Equal(25, rows.Count);
        var decided = rows.Single(r => r.Reference == "Cabinet 1");
        Assert.True(decided.Clock.IsStopped);
        var waiting = rows.Single(r => r.Reference == "Cabinet 2");
        Assert.Equal(new DateOnly(2025, 12, 30), waiting.Clock.DueOn);
        Assert.Equal(29, waiting.Clock.DaysLeft);
        Assert.Equal(24, summary.Awaiting);
        Assert.Equal(0, summary.Overdue);
        Assert.Equal(0, summary.DueSoon);

        world.Clock.Now = new DateTimeOffset(2025, 12, 20, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(24, (await world.DecisionQueries().SummaryAsync(RecommendationAddressee.Cabinet)).DueSoon);
        world.Clock.Now = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(24, (await world.DecisionQueries().SummaryAsync(RecommendationAddressee.Cabinet)).Overdue);
    }

    [Fact]
    public async Task The_meeting_form_reads_one_page_of_what_awaits_the_response_due_soonest_first_and_from_one_deep_dive()
    {
        await using var world = await WorldAsync();
        await world.DecideAsync(("Cabinet 1", DecisionOutcome.Agreed));
        int seriesId;
        await using (var db = await world.Factory.CreateDbContextAsync())
        {
            // p comes last in the report's order; due a day earlier, it comes first on the form.
            var p = await db.Recommendations.SingleAsync(r => r.Reference == "p" && r.AddressedTo == RecommendationAddressee.Cabinet);
            p.ResponseDueOn = p.ResponseDueOn!.Value.AddDays(-1);
            seriesId = p.DeepDiveSeriesId!.Value;
            await db.SaveChangesAsync();
        }

        var queries = world.DecisionQueries();
        var first = await queries.MeetingPageAsync(RecommendationAddressee.Cabinet, null, pageIndex: 0, pageSize: 10);
        var last = await queries.MeetingPageAsync(RecommendationAddressee.Cabinet, null, pageIndex: 9, pageSize: 10);
        var fromTheDeepDive = await queries.MeetingPageAsync(RecommendationAddressee.Cabinet, seriesId, pageIndex: 0, pageSize: 10);
        var fromNone = await queries.MeetingPageAsync(RecommendationAddressee.Cabinet, -1, pageIndex: 0, pageSize: 10);

        Assert.Equal((24, 3, 10), (first.Total, first.PageCount, first.Rows.Count));
        Assert.Equal(["p", "Cabinet 2", "Cabinet 3"], first.Rows.Take(3).Select(r => r.Reference));
        Assert.DoesNotContain(first.Rows, r => r.Reference == "Cabinet 1");
        Assert.Equal((2, 4), (last.PageIndex, last.Rows.Count));
        Assert.Equal("o", last.Rows[^1].Reference);
        var deepDive = Assert.Single(first.DeepDives);
        Assert.Equal((seriesId, 24), (deepDive.Id, deepDive.Awaiting));
        Assert.Equal(24, fromTheDeepDive.Total);
        Assert.Equal((0, 0), (fromNone.Total, fromNone.Rows.Count));
    }

    [Fact]
    public async Task The_Cabinet_list_is_paged_in_the_database_with_what_was_put_and_what_awaits_counted_over_every_page()
    {
        await using var world = await WorldAsync();
        await world.DecideAsync(("Cabinet 1", DecisionOutcome.Agreed));
        var everything = (await world.DecisionQueries().ListForCabinetPageAsync(pageIndex: 0, pageSize: 100)).Rows;

        var first = await world.DecisionQueries().ListForCabinetPageAsync(pageIndex: 0, pageSize: 10);
        var last = await world.DecisionQueries().ListForCabinetPageAsync(pageIndex: 2, pageSize: 10);
        var pastTheEnd = await world.DecisionQueries().ListForCabinetPageAsync(pageIndex: 7, pageSize: 10);

        Assert.Equal((25, 24, 3), (first.Total, first.Awaiting, first.PageCount));
        Assert.Equal(everything.Take(10).Select(r => r.Id), first.Rows.Select(r => r.Id));
        Assert.Equal(everything.Skip(20).Select(r => r.Id), last.Rows.Select(r => r.Id));
        Assert.Equal((2, 5), (pastTheEnd.PageIndex, pastTheEnd.Rows.Count));
        Assert.True(first.Rows.Single(r => r.Reference == "Cabinet 1").Clock.IsStopped);
    }
}
