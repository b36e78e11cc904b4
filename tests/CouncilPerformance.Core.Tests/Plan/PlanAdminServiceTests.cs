using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Tests.Results.Rules;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Tests.Plan;

/// <summary>The plan's structure on the seeded plan, on real SQLite: each write, each refusal, audit and concurrency.</summary>
public sealed class PlanAdminServiceTests
{
    private static PlanAdminService Service(SeededServices s) => new(s.Factory, s.Clock);

    private static async Task<int> IdAsync(SeededServices s, PlanPart part, string name)
    {
        var page = await Service(s).ListAsync(part, null, includeRetired: true, 0, 100);
        return page.Rows.Single(r => r.Name == name).Id;
    }

    [Fact]
    public async Task Non_administrators_are_refused_every_write()
    {
        await using var s = await SeededServices.CreateAsync();
        var service = Service(s);
        var scrutiny = await s.SignInAsync(SeededServices.ScrutinyEmail);
        var area = (await service.GetAsync(PlanPart.ServiceArea, await IdAsync(s, PlanPart.ServiceArea, "Finance")))!;

        var outcomes = new[]
        {
            await service.SaveAsync(scrutiny, PlanPart.Strategy, null, new PlanPartInput { Name = "Digital Strategy" }, null),
            await service.SaveAsync(scrutiny, PlanPart.ServiceArea, area.Id, area.Input, area.Version),
            await service.SetRetiredAsync(scrutiny, PlanPart.ServiceArea, area.Id, true, area.Version),
            await service.DeleteAsync(scrutiny, PlanPart.ServiceArea, area.Id, area.Version),
            await service.RecordHolderAsync(scrutiny, await IdAsync(s, PlanPart.Portfolio, "City Services"), "Councillor X", new DateOnly(2026, 5, 1), Guid.NewGuid()),
            await service.AddMemberAsync(scrutiny, await IdAsync(s, PlanPart.ScrutinyBoard, "Finance and Corporate Services Scrutiny Board (1)"), "Councillor Y", BoardMemberRole.Member),
        };

        Assert.All(outcomes, o => Assert.Equal(OutcomeKind.Refused, o.Kind));
        await using var db = s.Db.CreateContext();
        Assert.False(await db.Strategies.AnyAsync(x => x.Name == "Digital Strategy"));
    }

    [Fact]
    public async Task A_part_is_added_edited_retired_and_reinstated_with_messages_audit_and_a_conflict_for_a_stale_edit()
    {
        await using var s = await SeededServices.CreateAsync();
        var service = Service(s);
        var admin = await s.SignInAsync(SeededServices.AdminEmail);

        var blank = await service.SaveAsync(admin, PlanPart.ScrutinyBoard, null, new PlanPartInput { Number = 0 }, null);
        var added = await service.SaveAsync(admin, PlanPart.Strategy, null, new PlanPartInput { Name = "Digital Strategy", Note = "One Coventry digital inclusion." }, null);
        var duplicate = await service.SaveAsync(admin, PlanPart.Strategy, null, new PlanPartInput { Name = "Digital Strategy" }, null);
        var loaded = (await service.GetAsync(PlanPart.Strategy, added.Id!.Value))!;
        loaded.Input.Note = "Digital inclusion and connectivity (Appendix 1, 15 and 16).";
        var edited = await service.SaveAsync(admin, PlanPart.Strategy, loaded.Id, loaded.Input, loaded.Version);
        var stale = await service.SaveAsync(admin, PlanPart.Strategy, loaded.Id, loaded.Input, loaded.Version);
        var current = (await service.GetAsync(PlanPart.Strategy, loaded.Id))!;
        var retired = await service.SetRetiredAsync(admin, PlanPart.Strategy, loaded.Id, true, current.Version);

        Assert.Contains(blank.Errors, e => e.Field == PlanAdminService.Fields.Name);
        Assert.Contains(blank.Errors, e => e.Field == PlanAdminService.Fields.Note);
        Assert.Contains(blank.Errors, e => e.Field == PlanAdminService.Fields.Number);
        Assert.True(added.Succeeded, added.Message);
        Assert.Contains(duplicate.Errors, e => e.Message.Contains("already a strategy called Digital Strategy", StringComparison.Ordinal));
        Assert.True(edited.Succeeded, edited.Message);
        Assert.Equal(OutcomeKind.Conflict, stale.Kind);
        Assert.True(retired.Succeeded);
        Assert.Equal(s.Clock.GetUtcNow().Date, (await service.GetAsync(PlanPart.Strategy, loaded.Id))!.RetiredOn!.Value.ToDateTime(TimeOnly.MinValue));
        Assert.DoesNotContain((await service.ListAsync(PlanPart.Strategy, null, false, 0, 25)).Rows, r => r.Id == loaded.Id);
        Assert.Contains((await service.ListAsync(PlanPart.Strategy, null, true, 0, 25)).Rows, r => r.Id == loaded.Id);
        Assert.True((await s.AuditEntriesAsync(nameof(CouncilStrategy), loaded.Id)).Count >= 3);
    }

    [Fact]
    public async Task A_part_in_use_cannot_be_deleted_and_the_refusal_says_what_uses_it_while_an_unused_one_can()
    {
        await using var s = await SeededServices.CreateAsync();
        var service = Service(s);
        var admin = await s.SignInAsync(SeededServices.AdminEmail);
        var finance = (await service.GetAsync(PlanPart.ServiceArea, await IdAsync(s, PlanPart.ServiceArea, "Finance")))!;
        var portfolio = (await service.GetAsync(PlanPart.Portfolio, await IdAsync(s, PlanPart.Portfolio, "City Services")))!;
        var board = (await service.GetAsync(PlanPart.ScrutinyBoard, await IdAsync(s, PlanPart.ScrutinyBoard, "Scrutiny Co-ordination Committee")))!;
        var unused = await service.SaveAsync(admin, PlanPart.Priority, null, new PlanPartInput { Name = "A priority nobody uses" }, null);

        var areaRefused = await service.DeleteAsync(admin, PlanPart.ServiceArea, finance.Id, finance.Version);
        var portfolioRefused = await service.DeleteAsync(admin, PlanPart.Portfolio, portfolio.Id, portfolio.Version);
        var boardRefused = await service.DeleteAsync(admin, PlanPart.ScrutinyBoard, board.Id, board.Version);
        var priority = (await service.GetAsync(PlanPart.Priority, unused.Id!.Value))!;
        var deleted = await service.DeleteAsync(admin, PlanPart.Priority, priority.Id, priority.Version);

        Assert.Equal(OutcomeKind.Refused, areaRefused.Kind);
        Assert.Matches(@"still used by .*\d+ KPIs?\b", areaRefused.Message);
        Assert.Contains("user", areaRefused.Message, StringComparison.Ordinal);
        Assert.Contains("Retire it instead", areaRefused.Message, StringComparison.Ordinal);
        Assert.Contains("KPIs", portfolioRefused.Message, StringComparison.Ordinal);
        Assert.Contains("deep", boardRefused.Message, StringComparison.Ordinal);
        Assert.True(deleted.Succeeded, deleted.Message);
        Assert.Null(await service.GetAsync(PlanPart.Priority, priority.Id));
        Assert.NotNull(await service.GetAsync(PlanPart.ServiceArea, finance.Id));
    }

    [Fact]
    public async Task A_new_Cabinet_Member_ends_the_last_term_and_a_past_date_keeps_the_member_of_its_time()
    {
        await using var s = await SeededServices.CreateAsync();
        var service = Service(s);
        var admin = await s.SignInAsync(SeededServices.AdminEmail);
        var id = await IdAsync(s, PlanPart.Portfolio, "Strategic Finance and Resources");
        var portfolio = (await service.GetAsync(PlanPart.Portfolio, id))!;

        var recorded = await service.RecordHolderAsync(admin, id, "Councillor A Example", new DateOnly(2026, 4, 1), portfolio.Version);
        var stale = await service.RecordHolderAsync(admin, id, "Councillor B Late", new DateOnly(2026, 9, 1), portfolio.Version);
        var now = (await service.GetAsync(PlanPart.Portfolio, id))!;
        var earlier = await service.RecordHolderAsync(admin, id, "Councillor C Early", new DateOnly(2026, 3, 1), now.Version);

        Assert.True(recorded.Succeeded, recorded.Message);
        Assert.Equal(OutcomeKind.Conflict, stale.Kind);
        Assert.Contains(earlier.Errors, e => e.Field == PlanAdminService.Fields.HeldFrom);
        Assert.Equal("Councillor A Example", now.CabinetMember);
        var brown = now.Holders.Single(h => h.Name == "Councillor R Brown");
        Assert.True(brown.StartNotRecorded);
        Assert.Equal(new DateOnly(2026, 3, 31), brown.HeldUntil);
        await using var db = s.Db.CreateContext();
        var holders = await db.PortfolioHolders.Where(h => h.PortfolioId == id).ToListAsync();
        Assert.Equal("Councillor R Brown", PortfolioHolder.On(holders, new DateOnly(2025, 8, 21), now.CabinetMember));
        Assert.NotEmpty(await s.AuditEntriesAsync(nameof(PortfolioHolder), holders.Single(h => h.Name == "Councillor A Example").Id));
    }

    [Fact]
    public async Task A_board_member_is_added_once_a_second_chair_is_refused_and_leaving_keeps_the_record()
    {
        await using var s = await SeededServices.CreateAsync();
        var service = Service(s);
        var admin = await s.SignInAsync(SeededServices.AdminEmail);
        var board = await IdAsync(s, PlanPart.ScrutinyBoard, "Scrutiny Co-ordination Committee");

        var chair = await service.AddMemberAsync(admin, board, "Councillor G Lloyd", BoardMemberRole.Chair);
        var twice = await service.AddMemberAsync(admin, board, "Councillor G Lloyd", BoardMemberRole.Member);
        var secondChair = await service.AddMemberAsync(admin, board, "Councillor Z Other", BoardMemberRole.Chair);
        var member = (await service.GetAsync(PlanPart.ScrutinyBoard, board))!.Members.Single();
        var noDate = await service.EndMembershipAsync(admin, member.Id, null, member.Version);
        var left = await service.EndMembershipAsync(admin, member.Id, new DateOnly(2026, 5, 20), member.Version);

        Assert.True(chair.Succeeded, chair.Message);
        Assert.Contains(twice.Errors, e => e.Field == PlanAdminService.Fields.MemberName);
        Assert.Contains(secondChair.Errors, e => e.Message.Contains("already has a chair", StringComparison.Ordinal));
        Assert.Contains(noDate.Errors, e => e.Field == PlanAdminService.Fields.LeftOn);
        Assert.True(left.Succeeded, left.Message);
        Assert.Equal(new DateOnly(2026, 5, 20), (await service.GetAsync(PlanPart.ScrutinyBoard, board))!.Members.Single().LeftOn);
    }
}
