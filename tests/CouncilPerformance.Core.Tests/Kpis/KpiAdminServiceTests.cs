using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Kpis.Admin;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Tests.Results.Rules;
using Microsoft.EntityFrameworkCore;
using Fields = CouncilPerformance.Core.Kpis.Admin.KpiInputValidator.Fields;

namespace CouncilPerformance.Core.Tests.Kpis;

/// <summary>The KPI writes on the seeded plan, on real SQLite: each write, each refusal by role, audit and concurrency.</summary>
public sealed class KpiAdminServiceTests
{
    private static KpiAdminService Service(SeededServices s) => new(s.Factory, s.Clock);

    private static async Task<KpiInput> NewInputAsync(SeededServices s, string code)
    {
        await using var db = s.Db.CreateContext();
        return new KpiInput
        {
            Code = code,
            Name = "Re-offences per young re-offender",
            Definition = "Average number of proven re-offences per young re-offender within twelve months.",
            Unit = KpiUnit.Score,
            Polarity = Polarity.LowerIsBetter,
            Designation = KpiDesignation.National,
            DataSource = "Proven reoffending statistics (Ministry of Justice)",
            PriorityId = await db.Priorities.Select(p => p.Id).FirstAsync(),
            PortfolioId = await db.Portfolios.Select(p => p.Id).FirstAsync(),
            ServiceAreaId = await db.ServiceAreas.Select(a => a.Id).FirstAsync(),
            StrategyIds = [await db.Strategies.Select(x => x.Id).FirstAsync()],
            Conflicts = [new() { KpiId = await s.KpiIdAsync("YJ-FTE"), Note = "Diversion shrinks the cohort." }],
        };
    }

    [Theory]
    [InlineData(SeededServices.OfficerEmail)]
    [InlineData(SeededServices.ScrutinyEmail)]
    [InlineData(SeededServices.CabinetEmail)]
    public async Task Only_an_administrator_writes_a_KPI_whatever_the_page_did(string email)
    {
        await using var s = await SeededServices.CreateAsync();
        var service = Service(s);
        var actor = await s.SignInAsync(email);
        var editor = (await service.GetEditorAsync("CIC-NEET"))!;

        var outcomes = new[]
        {
            await service.CreateAsync(actor, await NewInputAsync(s, "YJ-REOFFENCES")),
            await service.UpdateAsync(actor, editor.Id, editor.Input, editor.Version),
            await service.ChangeStatusAsync(actor, editor.Id, KpiStatus.Active, editor.Version),
            await service.RedefineAsync(actor, editor.Id, new RedefinitionInput { NewDefinition = "x", EffectiveFromPeriodId = 1, Reason = "y" }, editor.Version),
            await service.ReplaceAsync(actor, editor.Id, new ReplacementInput { ReplacementKpiId = await s.KpiIdAsync("NEET-16-17"), Reason = "y" }, editor.Version),
        };

        Assert.All(outcomes, o => Assert.Equal(OutcomeKind.Refused, o.Kind));
        Assert.Equal(KpiStatus.Proposed, (await service.GetEditorAsync("CIC-NEET"))!.Status);
        await using var db = s.Db.CreateContext();
        Assert.False(await db.Kpis.AnyAsync(k => k.Code == "YJ-REOFFENCES"));
    }

    [Fact]
    public async Task An_administrator_adds_a_KPI_with_all_its_metadata_and_a_code_is_never_reused()
    {
        await using var s = await SeededServices.CreateAsync();
        var service = Service(s);
        var admin = await s.SignInAsync(SeededServices.AdminEmail);

        var added = await service.CreateAsync(admin, await NewInputAsync(s, "yj-reoffences"));
        var again = await service.CreateAsync(admin, await NewInputAsync(s, "YJ-REOFFENCES"));
        var seededCode = await service.CreateAsync(admin, await NewInputAsync(s, "fly-tips"));

        Assert.True(added.Succeeded, added.Message);
        Assert.Contains(again.Errors, e => e.Field == Fields.Code && e.Message.Contains("already a KPI", StringComparison.Ordinal));
        Assert.Contains(seededCode.Errors, e => e.Field == Fields.Code);
        var detail = (await s.Kpis.GetAsync("YJ-REOFFENCES"))!;
        Assert.Equal(KpiStatus.Proposed, detail.Kpi.Status);
        Assert.Equal(Polarity.LowerIsBetter, detail.Kpi.Polarity);
        Assert.Single(detail.Kpi.Strategies);
        Assert.Contains(detail.Conflicts, c => c.Code == "YJ-FTE");
        Assert.Contains((await s.Kpis.GetAsync("YJ-FTE"))!.Conflicts, c => c.Code == "YJ-REOFFENCES");
        Assert.NotEmpty(await s.AuditEntriesAsync(nameof(Kpi), added.Id!.Value));
    }

    [Fact]
    public async Task An_edit_keeps_the_code_and_definition_and_a_stale_edit_is_refused_with_a_conflict()
    {
        await using var s = await SeededServices.CreateAsync();
        var service = Service(s);
        var admin = await s.SignInAsync(SeededServices.AdminEmail);
        var first = (await service.GetEditorAsync("CIC-NEET"))!;
        var second = (await service.GetEditorAsync("CIC-NEET"))!;
        first.Input.Name = "Children in care aged 16 to 17 who are NEET";
        first.Input.Code = "SOMETHING-ELSE";
        first.Input.Definition = "Changed behind the redefinition's back";
        first.Input.ExpectedReleaseMonth = 11;
        second.Input.ExpectedReleaseMonth = 3;

        var saved = await service.UpdateAsync(admin, first.Id, first.Input, first.Version);
        var stale = await service.UpdateAsync(admin, second.Id, second.Input, second.Version);

        Assert.True(saved.Succeeded, saved.Message);
        Assert.Equal(OutcomeKind.Conflict, stale.Kind);
        Assert.Contains("Someone else changed this KPI", stale.Message, StringComparison.Ordinal);
        var now = (await service.GetEditorAsync("CIC-NEET"))!;
        Assert.Equal("Children in care aged 16 to 17 who are NEET", now.Name);
        Assert.Equal(second.Definition, now.Definition);
        Assert.Equal(11, now.Input.ExpectedReleaseMonth);
        Assert.Contains(await s.AuditEntriesAsync(nameof(Kpi), now.Id), a => a.Changes.Contains("Children in care aged 16 to 17", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Activating_the_proposed_NEET_KPI_is_saved_and_retired_stays_retired()
    {
        await using var s = await SeededServices.CreateAsync();
        var service = Service(s);
        var admin = await s.SignInAsync(SeededServices.AdminEmail);
        var neet = (await service.GetEditorAsync("CIC-NEET"))!;

        var wrongMove = await service.ChangeStatusAsync(admin, neet.Id, KpiStatus.UnderReview, neet.Version);
        var activated = await service.ChangeStatusAsync(admin, neet.Id, KpiStatus.Active, neet.Version);
        var staleToken = await service.ChangeStatusAsync(admin, neet.Id, KpiStatus.Retired, neet.Version);
        var active = (await service.GetEditorAsync("CIC-NEET"))!;
        var retired = await service.ChangeStatusAsync(admin, active.Id, KpiStatus.Retired, active.Version);
        var back = await service.ChangeStatusAsync(admin, active.Id, KpiStatus.Active, (await service.GetEditorAsync("CIC-NEET"))!.Version);

        Assert.Equal(KpiStatus.Proposed, neet.Status);
        Assert.Equal(OutcomeKind.Invalid, wrongMove.Kind);
        Assert.True(activated.Succeeded, activated.Message);
        Assert.Equal(OutcomeKind.Conflict, staleToken.Kind);
        Assert.Equal(KpiStatus.Active, active.Status);
        Assert.True(retired.Succeeded);
        Assert.Contains("stays retired", back.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redefining_fly_tipping_from_2025_26_keeps_the_old_definition_with_who_and_when_and_marks_the_trend()
    {
        await using var s = await SeededServices.CreateAsync();
        var service = Service(s);
        var admin = await s.SignInAsync(SeededServices.AdminEmail);
        var fly = (await service.GetEditorAsync("FLY-TIPS"))!;
        var period = await s.PeriodAsync(2025);
        var input = new RedefinitionInput
        {
            NewDefinition = "Fly-tips reported, with enforcement actions and those not enforced against.",
            EffectiveFromPeriodId = period.Id,
            Reason = "Recommendation a).",
        };

        var saved = await service.RedefineAsync(admin, fly.Id, input, fly.Version);
        var stale = await service.RedefineAsync(admin, fly.Id, input, fly.Version);
        var after = (await service.GetEditorAsync("FLY-TIPS"))!;
        input.NewDefinition = "Yet another way";
        var samePeriod = await service.RedefineAsync(admin, fly.Id, input, after.Version);

        Assert.True(saved.Succeeded, saved.Message);
        Assert.Equal(OutcomeKind.Conflict, stale.Kind);
        Assert.Contains(samePeriod.Errors, e => e.Field == Fields.EffectiveFromPeriodId && e.Message.Contains("later period", StringComparison.Ordinal));
        var detail = (await s.Kpis.GetAsync("FLY-TIPS"))!;
        var change = Assert.Single(detail.Kpi.DefinitionChanges);
        Assert.Equal(fly.Definition, change.PreviousDefinition);
        Assert.Equal("Fly-tips reported, with enforcement actions and those not enforced against.", change.NewDefinition);
        Assert.Equal("Recommendation a).", change.Description);
        Assert.Equal(admin.Name, change.RecordedByName);
        Assert.Equal(s.Clock.GetUtcNow().UtcDateTime, change.RecordedAt);
        Assert.Equal(change.NewDefinition, detail.Kpi.Definition);
        Assert.True(detail.Periods.Single(p => p.PeriodId == period.Id).DefinitionChangedHere);
        Assert.NotEmpty(await s.AuditEntriesAsync(nameof(KpiDefinitionChange), change.Id));
    }

    [Fact]
    public async Task Replacing_a_KPI_links_both_ways_retires_the_old_one_and_each_shows_the_others_trend()
    {
        await using var s = await SeededServices.CreateAsync();
        var service = Service(s);
        var admin = await s.SignInAsync(SeededServices.AdminEmail);
        var added = await service.CreateAsync(admin, await NewInputAsync(s, "HOMELESS-PREVENTED-SHARE"), KpiStatus.Active);
        var old = (await s.Kpis.GetAsync("FLY-TIPS"))!.Kpi;

        var itself = await service.ReplaceAsync(admin, old.Id, new ReplacementInput { ReplacementKpiId = old.Id, Reason = "x" }, old.Version);
        var noReason = await service.ReplaceAsync(admin, old.Id, new ReplacementInput { ReplacementKpiId = added.Id }, old.Version);
        var replaced = await service.ReplaceAsync(admin, old.Id, new ReplacementInput { ReplacementKpiId = added.Id, Reason = "Recommendation i)." }, old.Version);
        var newKpi = (await service.GetEditorAsync("HOMELESS-PREVENTED-SHARE"))!;
        var loop = await service.ReplaceAsync(admin, newKpi.Id, new ReplacementInput { ReplacementKpiId = old.Id, Reason = "x" }, newKpi.Version);

        Assert.Contains(itself.Errors, e => e.Field == Fields.ReplacementKpiId);
        Assert.Contains(noReason.Errors, e => e.Field == Fields.Reason);
        Assert.True(replaced.Succeeded, replaced.Message);
        Assert.Contains(loop.Errors, e => e.Field == Fields.ReplacementKpiId);
        var lineages = new KpiLineageQueries(s.Factory);
        var oldSide = await lineages.GetAsync("FLY-TIPS");
        var newSide = await lineages.GetAsync("HOMELESS-PREVENTED-SHARE");
        Assert.Equal("HOMELESS-PREVENTED-SHARE", oldSide.ReplacedBy!.Code);
        Assert.Equal(admin.Name, oldSide.ReplacedBy.RecordedBy);
        Assert.Equal("FLY-TIPS", Assert.Single(newSide.Replaces).Code);
        Assert.NotEmpty(newSide.Replaces[0].Trend);
        Assert.Equal("Recommendation i).", newSide.Replaces[0].Reason);
        Assert.Equal(KpiStatus.Retired, (await s.Kpis.GetAsync("FLY-TIPS"))!.Kpi.Status);
    }
}
