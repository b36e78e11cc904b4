using CouncilPerformance.Core.Implementation;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.ReportBack;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Tests.Decisions;
using CouncilPerformance.Core.Tests.Results.Rules;

namespace CouncilPerformance.Core.Tests.ReportBack;

/// <summary>The 12-month report-back and the committee's view, on the seeded database.</summary>
public class ReportBackServiceTests
{
    private static async Task<SeededServices> WorldAsync()
    {
        var world = await SeededServices.CreateAsync();
        world.Clock.Now = CabinetServices.BeforeTheDueDate;
        await world.DecideAsync(("b", DecisionOutcome.Agreed), ("c", DecisionOutcome.Agreed), ("Cabinet 4", DecisionOutcome.NotAgreed));
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var outcome = await world.Implementation().AddUpdateAsync(officer, new UpdateInput
        {
            RecommendationId = (await world.RecommendationAsync("b")).Id,
            UpdateDate = new DateOnly(2025, 11, 30),
            Text = "Done.",
            Status = ImplementationStatus.Implemented,
        });
        Assert.True(outcome.Succeeded, outcome.Message);
        return world;
    }

    private static async Task<CommitteeViewInput> ViewAsync(SeededServices world, string reference, CommitteeViewKind kind, string? note = null)
    {
        var r = await world.RecommendationAsync(reference);
        return new CommitteeViewInput { RecommendationId = r.Id, Version = r.Version, Kind = kind, MeetingOn = new DateOnly(2025, 12, 1), Note = note };
    }

    [Fact]
    public async Task The_report_flags_no_update_for_three_months_overdue_and_reported_implemented()
    {
        await using var world = await WorldAsync();
        world.Clock.Now = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
        var seriesId = (await world.RecommendationAsync("b")).DeepDiveSeriesId!.Value;

        var report = await world.ReportBack().ReportAsync(seriesId);

        Assert.NotNull(report);
        // Cabinet 1–9 and a–p, and SCRUCO 1–3 awaiting the committee; section 17 is still only endorsed.
        Assert.Equal(28, report.Rows.Count);
        Assert.Equal(new DateOnly(2026, 11, 4), report.DueOn);
        var b = report.Rows.Single(r => r.Reference == "b");
        var c = report.Rows.Single(r => r.Reference == "c");
        var notAgreed = report.Rows.Single(r => r.Reference == "Cabinet 4");
        Assert.True(b.ReportedImplemented);
        Assert.Equal("Done.", b.LatestUpdate);
        Assert.True(c.NoUpdateFor3Months);
        Assert.True(c.Overdue);
        Assert.False(notAgreed.Overdue);
        Assert.False(notAgreed.NoUpdateFor3Months);
    }

    [Fact]
    public async Task The_committee_accepts_as_implemented_which_closes_it()
    {
        await using var world = await WorldAsync();
        var scrutiny = await world.SignInAsync(SeededServices.ScrutinyEmail);

        var outcome = await world.ReportBack().RecordViewAsync(scrutiny, await ViewAsync(world, "b", CommitteeViewKind.AcceptAsImplemented));

        Assert.True(outcome.Succeeded, outcome.Message);
        var b = await world.RecommendationAsync("b");
        Assert.Equal(RecommendationStatus.Implemented, b.Status);
        Assert.Equal(new DateOnly(2025, 12, 1), b.ClosedOn);
        Assert.Single(b.CommitteeViews);
        Assert.Equal(OutcomeKind.Invalid, (await world.ReportBack().RecordViewAsync(scrutiny, await ViewAsync(world, "b", CommitteeViewKind.KeepOpen, "Again"))).Kind);
    }

    [Fact]
    public async Task Not_agreed_is_closed_by_accepting_the_response_and_cannot_be_accepted_as_implemented()
    {
        await using var world = await WorldAsync();
        var scrutiny = await world.SignInAsync(SeededServices.ScrutinyEmail);

        var wrong = await world.ReportBack().RecordViewAsync(scrutiny, await ViewAsync(world, "Cabinet 4", CommitteeViewKind.AcceptAsImplemented));
        var right = await world.ReportBack().RecordViewAsync(scrutiny, await ViewAsync(world, "Cabinet 4", CommitteeViewKind.AcceptResponseAndClose));

        Assert.Equal(OutcomeKind.Invalid, wrong.Kind);
        Assert.True(right.Succeeded);
        var closed = await world.RecommendationAsync("Cabinet 4");
        Assert.Equal(RecommendationStatus.NotAgreed, closed.Status);
        Assert.NotNull(closed.ClosedOn);
    }

    [Theory]
    [InlineData(SeededServices.CabinetEmail)]
    [InlineData(SeededServices.OfficerEmail)]
    public async Task Only_the_committee_closes_a_recommendation(string email)
    {
        await using var world = await WorldAsync();
        var actor = await world.SignInAsync(email);

        var outcome = await world.ReportBack().RecordViewAsync(actor, await ViewAsync(world, "b", CommitteeViewKind.AcceptAsImplemented));

        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        Assert.Null((await world.RecommendationAsync("b")).ClosedOn);
    }

    [Fact]
    public async Task Keeping_open_or_escalating_needs_a_note_and_a_stale_page_is_refused()
    {
        await using var world = await WorldAsync();
        var scrutiny = await world.SignInAsync(SeededServices.ScrutinyEmail);
        var stale = await ViewAsync(world, "c", CommitteeViewKind.KeepOpen, "Report in March.");

        var noNote = await world.ReportBack().RecordViewAsync(scrutiny, await ViewAsync(world, "c", CommitteeViewKind.Escalate));
        var kept = await world.ReportBack().RecordViewAsync(scrutiny, await ViewAsync(world, "c", CommitteeViewKind.KeepOpen, "Report in March."));
        var again = await world.ReportBack().RecordViewAsync(scrutiny, stale);

        Assert.Contains(noNote.Errors, e => e.Field == ReportBackService.Fields.Note);
        Assert.True(kept.Succeeded);
        Assert.Equal(OutcomeKind.Refused, again.Kind);
        Assert.Single((await world.RecommendationAsync("c")).CommitteeViews);
    }
}
