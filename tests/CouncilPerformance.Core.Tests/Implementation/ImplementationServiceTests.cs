using CouncilPerformance.Core.Implementation;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Tests.Decisions;
using CouncilPerformance.Core.Tests.Results.Rules;

namespace CouncilPerformance.Core.Tests.Implementation;

/// <summary>Implementation updates on the seeded database: who may add them, what they need, the KPI link.</summary>
public class ImplementationServiceTests
{
    private static async Task<SeededServices> WorldWithBAgreedAsync()
    {
        var world = await SeededServices.CreateAsync();
        world.Clock.Now = CabinetServices.BeforeTheDueDate;
        await world.DecideAsync(("b", DecisionOutcome.Agreed), ("Cabinet 4", DecisionOutcome.NotAgreed));
        return world;
    }

    private static async Task<UpdateInput> RedefinitionAsync(SeededServices world) => new()
    {
        RecommendationId = (await world.RecommendationAsync("b")).Id,
        UpdateDate = new DateOnly(2025, 11, 30),
        Text = "The metric now follows the DVI method.",
        Status = ImplementationStatus.OnTrack,
        EvidenceReference = "https://www.coventry.gov.uk/performance",
        PlanChange = PlanChangeKind.KpiRedefined,
        KpiId = await world.KpiIdAsync("PAVEMENTS"),
        ChangedFromPeriodId = (await world.PeriodAsync(2025)).Id,
    };

    [Fact]
    public async Task The_implementing_areas_officer_adds_an_update_that_links_the_redefined_KPI()
    {
        await using var world = await WorldWithBAgreedAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);

        var outcome = await world.Implementation().AddUpdateAsync(officer, await RedefinitionAsync(world));

        Assert.Equal(OutcomeKind.Saved, outcome.Kind);
        var b = await world.RecommendationAsync("b");
        Assert.Equal(RecommendationStatus.InProgress, b.Status);
        var update = Assert.Single(b.ProgressUpdates);
        Assert.Equal("Olivia Okafor", update.RecordedByName);
        var changes = await world.Implementation().ChangesForKpiAsync(await world.KpiIdAsync("PAVEMENTS"));
        Assert.Equal("b", Assert.Single(changes).Reference);
        Assert.Equal("2025/26", changes[0].FromPeriod);
        Assert.NotEmpty(await world.AuditEntriesAsync(nameof(ProgressUpdate), update.Id));
    }

    [Fact]
    public async Task An_officer_of_another_service_area_is_refused()
    {
        await using var world = await WorldWithBAgreedAsync();
        var finance = await world.SignInAsync(SeededServices.FinanceOfficerEmail);

        var outcome = await world.Implementation().AddUpdateAsync(finance, await RedefinitionAsync(world));

        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        Assert.Empty((await world.RecommendationAsync("b")).ProgressUpdates);
    }

    [Theory]
    [InlineData(SeededServices.CabinetEmail)]
    [InlineData(SeededServices.ScrutinyEmail)]
    public async Task Cabinet_and_scrutiny_members_cannot_add_updates(string email)
    {
        await using var world = await WorldWithBAgreedAsync();
        var actor = await world.SignInAsync(email);

        Assert.Equal(OutcomeKind.Refused, (await world.Implementation().AddUpdateAsync(actor, await RedefinitionAsync(world))).Kind);
    }

    [Fact]
    public async Task Updates_need_an_agreed_recommendation()
    {
        await using var world = await WorldWithBAgreedAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var input = await RedefinitionAsync(world);
        input.RecommendationId = (await world.RecommendationAsync("Cabinet 4")).Id;
        input.PlanChange = PlanChangeKind.None;
        var awaiting = await RedefinitionAsync(world);
        awaiting.RecommendationId = (await world.RecommendationAsync("a")).Id;

        Assert.Equal(OutcomeKind.Refused, (await world.Implementation().AddUpdateAsync(admin, input)).Kind);
        Assert.Equal(OutcomeKind.Refused, (await world.Implementation().AddUpdateAsync(admin, awaiting)).Kind);
    }

    [Fact]
    public async Task Each_missing_or_invalid_field_has_its_own_message()
    {
        await using var world = await WorldWithBAgreedAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var input = await RedefinitionAsync(world);
        input.UpdateDate = new DateOnly(2026, 1, 1);
        input.Text = "<b>done</b>";
        input.Status = null;
        input.EvidenceReference = "javascript://alert(1)";
        input.KpiId = null;
        input.ChangedFromPeriodId = null;

        var outcome = await world.Implementation().AddUpdateAsync(officer, input);

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Equal(
            new[] { ImplementationService.Fields.UpdateDate, ImplementationService.Fields.Text, ImplementationService.Fields.Status, ImplementationService.Fields.EvidenceReference, ImplementationService.Fields.KpiId, ImplementationService.Fields.ChangedFromPeriodId },
            outcome.Errors.Select(e => e.Field));
        Assert.Empty((await world.RecommendationAsync("b")).ProgressUpdates);
    }

    [Fact]
    public async Task Only_KPI_specific_recommendations_record_a_plan_change()
    {
        await using var world = await SeededServices.CreateAsync();
        world.Clock.Now = CabinetServices.BeforeTheDueDate;
        await world.DecideAsync(("Cabinet 1", DecisionOutcome.Agreed));
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var input = await RedefinitionAsync(world);
        input.RecommendationId = (await world.RecommendationAsync("Cabinet 1")).Id;

        var outcome = await world.Implementation().AddUpdateAsync(admin, input);

        Assert.Contains(outcome.Errors, e => e.Field == ImplementationService.Fields.PlanChange);
    }
}
