using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Scrutiny;
using CouncilPerformance.Core.Tests.Results.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CouncilPerformance.Core.Tests.Scrutiny;

/// <summary>Drafting, endorsing and putting recommendations to their body, on real SQLite, by role.</summary>
public sealed class RecommendationDraftingTests
{
    private static RecommendationDrafting Service(SeededServices s) => new(s.Factory, Options.Create(new RecommendationOptions()));

    private static async Task<SessionKpi> FlyTipsFindingAsync(SeededServices s)
    {
        await using var db = s.Db.CreateContext();
        return await db.Set<SessionKpi>().AsNoTracking().SingleAsync(k => k.Kpi!.Code == "FLY-TIPS" && k.Session!.Number == 1);
    }

    private static async Task<Recommendation> LoadAsync(SeededServices s, int id)
    {
        await using var db = s.Db.CreateContext();
        return await db.Recommendations.AsNoTracking().Include(r => r.Kpis).SingleAsync(r => r.Id == id);
    }

    private static async Task<int> DraftFromFindingAsync(SeededServices s, string reference = "q", RecommendationAddressee to = RecommendationAddressee.Cabinet, int? boardId = null)
    {
        var member = await s.SignInAsync(SeededServices.ScrutinyEmail);
        var editor = await Service(s).GetEditorAsync(null, (await FlyTipsFindingAsync(s)).Id);
        var input = editor!.Input;
        input.Reference = reference;
        input.Title = "Hot streets";
        input.Wording = "That the Cabinet Member for City Services reports which hot streets remain persistent fly-tipping problems.";
        input.KpiChange = KpiChangeKind.AddBreakdown;
        input.AddressedTo = to;
        input.ScrutinyBoardId = boardId;
        var outcome = await Service(s).CreateAsync(member, input);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        return outcome.Id!.Value;
    }

    [Fact]
    public async Task A_draft_from_a_finding_rests_on_it_is_about_its_KPI_and_belongs_to_its_deep_dive()
    {
        await using var s = await SeededServices.CreateAsync();
        var finding = await FlyTipsFindingAsync(s);

        var saved = await LoadAsync(s, await DraftFromFindingAsync(s));

        Assert.Equal(RecommendationStatus.Draft, saved.Status);
        Assert.Equal(finding.Id, saved.SessionKpiId);
        Assert.Equal(finding.SessionId, saved.DeepDiveSessionId);
        Assert.NotNull(saved.DeepDiveSeriesId);
        Assert.Equal(finding.KpiId, Assert.Single(saved.Kpis).Id);
        Assert.Equal(finding.Finding, saved.Finding);
        Assert.NotEmpty(await s.AuditEntriesAsync(nameof(Recommendation), saved.Id));
    }

    [Theory]
    [InlineData(SeededServices.CabinetEmail)]
    [InlineData(SeededServices.OfficerEmail)]
    public async Task Cabinet_members_and_officers_cannot_draft(string email)
    {
        await using var s = await SeededServices.CreateAsync();

        var outcome = await Service(s).CreateAsync(await s.SignInAsync(email), new RecommendationInput { Reference = "q", Title = "t", Wording = "w" });

        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
    }

    [Fact]
    public async Task Every_field_is_checked_with_its_own_message()
    {
        await using var s = await SeededServices.CreateAsync();
        var member = await s.SignInAsync(SeededServices.ScrutinyEmail);
        var editor = await Service(s).GetEditorAsync(null, (await FlyTipsFindingAsync(s)).Id);
        var input = editor!.Input;
        input.Reference = "a"; // taken by Appendix 1 a) in the seeded deep dive
        input.Title = new string('t', RecommendationInput.MaxTitleLength + 1);
        input.Wording = "<img src=x onerror=alert(1)>";
        input.AddressedTo = RecommendationAddressee.ScrutinyBoard;

        var outcome = await Service(s).CreateAsync(member, input);

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Contains(outcome.Errors, e => e.Field == RecommendationDrafting.Fields.Reference && e.Message.Contains("already has", StringComparison.Ordinal));
        Assert.Contains(outcome.Errors, e => e.Field == RecommendationDrafting.Fields.Title && e.Message.Contains("400", StringComparison.Ordinal));
        Assert.Contains(outcome.Errors, e => e.Field == RecommendationDrafting.Fields.Wording && e.Message.Contains("plain text", StringComparison.Ordinal));
        Assert.Contains(outcome.Errors, e => e.Field == RecommendationDrafting.Fields.ScrutinyBoardId);
    }

    [Fact]
    public async Task Two_members_editing_one_draft_the_second_is_told_and_nothing_of_theirs_is_saved()
    {
        await using var s = await SeededServices.CreateAsync();
        var member = await s.SignInAsync(SeededServices.ScrutinyEmail);
        var id = await DraftFromFindingAsync(s);
        var loaded = await Service(s).GetEditorAsync(id, null);

        loaded!.Input.Title = "First";
        var first = await Service(s).UpdateAsync(member, id, loaded.Input, loaded.Version!.Value);
        loaded.Input.Title = "Second";
        var second = await Service(s).UpdateAsync(member, id, loaded.Input, loaded.Version!.Value);

        Assert.True(first.Succeeded, first.Message);
        Assert.Equal(OutcomeKind.Conflict, second.Kind);
        Assert.Equal("First", (await LoadAsync(s, id)).Title);
    }

    [Fact]
    public async Task The_committee_endorses_a_set_at_a_meeting_and_puts_it_to_Cabinet_which_starts_the_clock()
    {
        await using var s = await SeededServices.CreateAsync();
        var member = await s.SignInAsync(SeededServices.ScrutinyEmail);
        var q = await DraftFromFindingAsync(s, "q");
        var r = await DraftFromFindingAsync(s, "r");
        var service = Service(s);

        var endorsed = await service.EndorseAsync(member, new Dictionary<int, Guid> { [q] = (await LoadAsync(s, q)).Version, [r] = (await LoadAsync(s, r)).Version }, new DateOnly(2026, 12, 10));
        Assert.True(endorsed.Succeeded, endorsed.Message);
        var referred = await service.ReferAsync(member, new Dictionary<int, Guid> { [q] = (await LoadAsync(s, q)).Version, [r] = (await LoadAsync(s, r)).Version }, new DateOnly(2026, 12, 15));

        Assert.True(referred.Succeeded, referred.Message);
        var saved = await LoadAsync(s, q);
        Assert.Equal(RecommendationStatus.AwaitingDecision, saved.Status);
        Assert.Equal(new DateOnly(2026, 12, 10), saved.EndorsedOn);
        Assert.Equal(new DateOnly(2026, 12, 15), saved.ReferredOn);
        Assert.Equal(new DateOnly(2027, 2, 15), saved.ResponseDueOn);
        Assert.Equal(RecommendationStatus.AwaitingDecision, (await LoadAsync(s, r)).Status);
    }

    [Fact]
    public async Task A_set_with_one_draft_that_cannot_move_changes_nothing()
    {
        await using var s = await SeededServices.CreateAsync();
        var member = await s.SignInAsync(SeededServices.ScrutinyEmail);
        var q = await DraftFromFindingAsync(s, "q");
        int seededImplemented;
        await using (var db = s.Db.CreateContext())
        {
            seededImplemented = await db.Recommendations.Where(x => x.Status != RecommendationStatus.Draft).Select(x => x.Id).FirstAsync();
        }

        var outcome = await Service(s).EndorseAsync(member, new Dictionary<int, Guid>
        {
            [q] = (await LoadAsync(s, q)).Version,
            [seededImplemented] = (await LoadAsync(s, seededImplemented)).Version,
        }, new DateOnly(2026, 12, 10));

        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        Assert.Equal(RecommendationStatus.Draft, (await LoadAsync(s, q)).Status);
        Assert.Null((await LoadAsync(s, q)).EndorsedOn);
    }

    [Fact]
    public async Task Board_work_goes_onto_the_boards_programme_not_to_Cabinet_and_the_board_records_what_came_of_it()
    {
        await using var s = await SeededServices.CreateAsync();
        var member = await s.SignInAsync(SeededServices.ScrutinyEmail);
        int boardId;
        await using (var db = s.Db.CreateContext())
        {
            boardId = await db.ScrutinyBoards.Where(b => b.Number == 4).Select(b => b.Id).SingleAsync();
        }

        var id = await DraftFromFindingAsync(s, "17.15", RecommendationAddressee.ScrutinyBoard, boardId);
        var service = Service(s);
        await service.EndorseAsync(member, new Dictionary<int, Guid> { [id] = (await LoadAsync(s, id)).Version }, new DateOnly(2026, 12, 10));

        var toCabinet = await service.ReferAsync(member, new Dictionary<int, Guid> { [id] = (await LoadAsync(s, id)).Version }, new DateOnly(2026, 12, 15));
        var onProgramme = await service.PutOnWorkProgrammeAsync(member, new Dictionary<int, Guid> { [id] = (await LoadAsync(s, id)).Version }, new DateOnly(2026, 12, 15));
        var recorded = await service.RecordWorkProgrammeAsync(member, id, new DateOnly(2027, 1, 20), "Report received; hot streets mapped.", (await LoadAsync(s, id)).Version);

        Assert.Equal(OutcomeKind.Refused, toCabinet.Kind);
        Assert.Contains("work programme", toCabinet.Message, StringComparison.Ordinal);
        Assert.True(onProgramme.Succeeded, onProgramme.Message);
        Assert.True(recorded.Succeeded, recorded.Message);
        var saved = await LoadAsync(s, id);
        Assert.Equal(RecommendationStatus.InProgress, saved.Status);
        Assert.Equal(new DateOnly(2027, 1, 20), saved.WorkProgrammeTakenOn);
        Assert.Equal("Report received; hot streets mapped.", saved.WorkProgrammeOutcome);
    }

    [Fact]
    public async Task A_draft_is_withdrawn_with_a_reason_and_then_cannot_be_endorsed()
    {
        await using var s = await SeededServices.CreateAsync();
        var member = await s.SignInAsync(SeededServices.ScrutinyEmail);
        var id = await DraftFromFindingAsync(s);
        var service = Service(s);

        var noReason = await service.WithdrawAsync(member, id, " ", (await LoadAsync(s, id)).Version);
        var withdrawn = await service.WithdrawAsync(member, id, "Covered by recommendation 1.", (await LoadAsync(s, id)).Version);
        var endorse = await service.EndorseAsync(member, new Dictionary<int, Guid> { [id] = (await LoadAsync(s, id)).Version }, new DateOnly(2026, 12, 10));

        Assert.Equal(OutcomeKind.Invalid, noReason.Kind);
        Assert.True(withdrawn.Succeeded, withdrawn.Message);
        Assert.Equal(OutcomeKind.Refused, endorse.Kind);
        Assert.Equal("Covered by recommendation 1.", (await LoadAsync(s, id)).WithdrawnReason);
    }
}
