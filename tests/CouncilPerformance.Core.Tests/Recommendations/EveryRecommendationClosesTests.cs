using CouncilPerformance.Core.Decisions;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.ReportBack;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Scrutiny;
using CouncilPerformance.Core.Tests.Decisions;
using CouncilPerformance.Core.Tests.Results.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CouncilPerformance.Core.Tests.Recommendations;

/// <summary>
/// Every seeded recommendation goes from its seeded state to closed through the right people only:
/// Cabinet decides what is put to Cabinet, the committee decides its own, boards take section 17's
/// work onto their programmes, and only the committee closes. Real SQLite, seeded, fake clock.
/// </summary>
public sealed class EveryRecommendationClosesTests
{
    private static readonly DateOnly _committeeMeeting = new(2025, 10, 30);
    private static readonly DateOnly _reportBackMeeting = new(2026, 11, 26);

    private static async Task<SeededServices> WorldAsync()
    {
        var world = await SeededServices.CreateAsync();
        world.Clock.Now = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        return world;
    }

    private static RecommendationDrafting Drafting(SeededServices s) => new(s.Factory, Options.Create(new RecommendationOptions()));

    private static async Task<List<Recommendation>> AllAsync(SeededServices s)
    {
        await using var db = s.Db.CreateContext();
        return await db.Recommendations.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
    }

    private static async Task<Recommendation> OneAsync(SeededServices s, string reference)
    {
        await using var db = s.Db.CreateContext();
        return await db.Recommendations.AsNoTracking().SingleAsync(r => r.Reference == reference);
    }

    private static DecisionInput Agreed(Recommendation r, string lead) => new()
    {
        RecommendationId = r.Id, Version = r.Version, Outcome = DecisionOutcome.Agreed, DecisionText = $"Agreed {r.Reference} (test).",
        LeadCabinetMember = lead, ServiceAreaId = r.ServiceAreaId,
    };

    private static async Task<DecisionOutcomeResult> MeetingAsync(SeededServices s, Actor actor, DateOnly on, IEnumerable<Recommendation> set, string lead) =>
        await s.Decisions().RecordMeetingAsync(actor, new MeetingDecisions { MeetingOn = on, Decisions = set.Select(r => Agreed(r, lead)).ToList() });

    [Fact]
    public async Task SCRUCOs_own_recommendations_are_put_to_its_meeting_of_30_October_2025_with_a_response_date()
    {
        await using var world = await WorldAsync();

        var scruco = (await AllAsync(world)).Where(r => r.ParentId == null && r.AddressedTo == RecommendationAddressee.ScrutinyCoordinationCommittee).ToList();

        Assert.Equal(3, scruco.Count);
        Assert.All(scruco, r => Assert.Equal((RecommendationStatus.AwaitingDecision, _committeeMeeting, new DateOnly(2025, 12, 30)), (r.Status, r.ReferredOn!.Value, r.ResponseDueOn!.Value)));
        Assert.All(scruco, r => Assert.Null(r.DecisionOutcome));
    }

    [Fact]
    public async Task A_scrutiny_member_records_the_committees_decisions_and_a_Cabinet_member_may_not()
    {
        await using var world = await WorldAsync();
        var cabinet = await world.SignInAsync(SeededServices.CabinetEmail);
        var member = await world.SignInAsync(SeededServices.ScrutinyEmail);
        var scruco1 = await OneAsync(world, "SCRUCO 1");

        var refused = await MeetingAsync(world, cabinet, _committeeMeeting, [scruco1], "Councillor G Lloyd");
        var saved = await MeetingAsync(world, member, _committeeMeeting, [scruco1], "Councillor G Lloyd");

        Assert.Equal(OutcomeKind.Refused, refused.Kind);
        Assert.Equal("You may not record decisions on recommendation SCRUCO 1.", refused.Message);
        Assert.True(saved.Succeeded, saved.Message);
        var decided = await OneAsync(world, "SCRUCO 1");
        Assert.Equal((RecommendationStatus.Agreed, "Scrutiny Co-ordination Committee", _committeeMeeting.AddMonths(12)),
            (decided.Status, decided.DecidedByName, decided.ProgressReportDueOn!.Value));
    }

    [Fact]
    public async Task A_scrutiny_member_may_not_record_Cabinets_decision()
    {
        await using var world = await WorldAsync();
        var member = await world.SignInAsync(SeededServices.ScrutinyEmail);

        var result = await MeetingAsync(world, member, new DateOnly(2025, 11, 4), [await OneAsync(world, "Cabinet 1")], "Councillor G Duggins");

        Assert.Equal(OutcomeKind.Refused, result.Kind);
        Assert.Equal(RecommendationStatus.AwaitingDecision, (await OneAsync(world, "Cabinet 1")).Status);
    }

    [Fact]
    public async Task The_committees_decision_speaks_of_the_committee_when_something_is_missing()
    {
        await using var world = await WorldAsync();
        var member = await world.SignInAsync(SeededServices.ScrutinyEmail);
        var input = Agreed(await OneAsync(world, "SCRUCO 3"), "");
        input.Outcome = DecisionOutcome.NotAgreed;

        var result = await world.Decisions().RecordMeetingAsync(member, new MeetingDecisions { MeetingOn = new DateOnly(2025, 10, 29), Decisions = [input] });

        Assert.Equal(OutcomeKind.Invalid, result.Kind);
        var messages = Assert.Single(result.RowErrors).Value.Select(e => e.Message).ToList();
        Assert.Contains("Enter the committee's reasons for not agreeing", messages);
        Assert.Contains("Enter the lead member", messages);
        Assert.Contains("Recommendation SCRUCO 3 was put to the Scrutiny Co-ordination Committee on 30 October 2025, after this meeting", messages);
    }

    [Fact]
    public async Task Board_work_goes_on_the_boards_programme_is_recorded_by_the_board_and_closed_only_by_the_committee()
    {
        await using var world = await WorldAsync();
        var member = await world.SignInAsync(SeededServices.ScrutinyEmail);
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var item = await OneAsync(world, "17.2");
        var drafting = Drafting(world);

        Assert.True((await drafting.PutOnWorkProgrammeAsync(member, new Dictionary<int, Guid> { [item.Id] = item.Version }, new DateOnly(2025, 11, 20))).Succeeded);
        var listed = Assert.Single(await new WorkProgrammeQueries(world.Factory).ListAsync(item.ScrutinyBoardId));
        Assert.Equal(("17.2", "Communities and Neighbourhoods Scrutiny Board (4)", new DateOnly(2025, 11, 20)), (listed.Reference, listed.Board, listed.TakenOn!.Value));
        var recorded = await drafting.RecordWorkProgrammeAsync(member, item.Id, new DateOnly(2026, 1, 14), "The board heard from Streetpride on Ball Hill.", listed.Version);
        Assert.True(recorded.Succeeded);

        var report = await world.ReportBack().ReportAsync(item.DeepDiveSeriesId!.Value);
        var row = Assert.Single(report!.Rows, r => r.Reference == "17.2");
        Assert.Equal((RecommendationAddressee.ScrutinyBoard, "The board heard from Streetpride on Ball Hill."), (row.AddressedTo, row.WorkProgrammeOutcome));
        var view = new CommitteeViewInput { RecommendationId = item.Id, Version = row.Version, Kind = CommitteeViewKind.AcceptAsImplemented, MeetingOn = _reportBackMeeting };
        Assert.Equal(OutcomeKind.Refused, (await world.ReportBack().RecordViewAsync(officer, view)).Kind);
        Assert.True((await world.ReportBack().RecordViewAsync(member, view)).Succeeded);

        var closed = await OneAsync(world, "17.2");
        Assert.Equal((RecommendationStatus.Implemented, _reportBackMeeting), (closed.Status, closed.ClosedOn!.Value));
        Assert.NotNull((await new WorkProgrammeQueries(world.Factory).ListAsync(item.ScrutinyBoardId)).Single().ClosedOn);
    }

    [Fact]
    public async Task Every_seeded_recommendation_can_be_taken_to_closed_by_the_right_people()
    {
        await using var world = await WorldAsync();
        var cabinet = await world.SignInAsync(SeededServices.CabinetEmail);
        var member = await world.SignInAsync(SeededServices.ScrutinyEmail);
        var drafting = Drafting(world);
        var all = await AllAsync(world);
        Assert.Equal(34, all.Count);

        // The committee puts section 17's endorsed work to itself or onto the boards' programmes.
        var endorsed = all.Where(r => r.Status == RecommendationStatus.Endorsed).ToList();
        var toBoards = endorsed.Where(r => r.AddressedTo == RecommendationAddressee.ScrutinyBoard).ToDictionary(r => r.Id, r => r.Version);
        var toCommittee = endorsed.Where(r => r.AddressedTo != RecommendationAddressee.ScrutinyBoard).ToDictionary(r => r.Id, r => r.Version);
        Assert.Equal((3, 3), (toBoards.Count, toCommittee.Count));
        Assert.True((await drafting.PutOnWorkProgrammeAsync(member, toBoards, new DateOnly(2025, 11, 20))).Succeeded);
        Assert.True((await drafting.ReferAsync(member, toCommittee, new DateOnly(2025, 11, 20))).Succeeded);

        // Cabinet decides what is put to it; the committee decides its own at a later meeting.
        all = await AllAsync(world);
        var saved = await MeetingAsync(world, cabinet, new DateOnly(2025, 11, 4), all.Where(r => r.AddressedTo == RecommendationAddressee.Cabinet), "Councillor G Duggins");
        Assert.True(saved.Succeeded, saved.Message);
        saved = await MeetingAsync(world, member, new DateOnly(2025, 12, 4),
            all.Where(r => r.AddressedTo == RecommendationAddressee.ScrutinyCoordinationCommittee), "Councillor G Lloyd");
        Assert.True(saved.Succeeded, saved.Message + string.Join("; ", saved.RowErrors.SelectMany(e => e.Value).Select(e => e.Message)));

        // Twelve months on, the committee accepts each as implemented at the report-back.
        var seriesId = all.Select(r => r.DeepDiveSeriesId).Distinct().Single()!.Value;
        var report = await world.ReportBack().ReportAsync(seriesId);
        Assert.Equal(34, report!.Rows.Count);
        foreach (var row in report.Rows)
        {
            var view = new CommitteeViewInput { RecommendationId = row.Id, Version = row.Version, Kind = CommitteeViewKind.AcceptAsImplemented, MeetingOn = _reportBackMeeting };
            var outcome = await world.ReportBack().RecordViewAsync(member, view);
            Assert.True(outcome.Succeeded, $"{row.Reference}: {string.Join("; ", outcome.Errors.Select(e => e.Message))}");
        }

        Assert.All(await AllAsync(world), r => Assert.Equal((RecommendationStatus.Implemented, _reportBackMeeting), (r.Status, r.ClosedOn!.Value)));
    }
}
