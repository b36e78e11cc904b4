using CouncilPerformance.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Journeys;

/// <summary>The targets journey changes a published year's target, so it runs on an app and database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class TargetsAppCollectionDefinition : ICollectionFixture<AppFixture>
{
    public const string Name = "Targets journeys";
}

/// <summary>
/// The performance team sets a comparator target, "below (better than) the national average", for
/// NEET in 2024/25, and the KPI page rates the result against its own England comparator.
/// </summary>
[Collection(TargetsAppCollectionDefinition.Name)]
public sealed class TargetsJourneyTests(AppFixture app) : JourneyTest(app)
{
    private const string Neet = "16-17-year-olds not in education, employment, or training (NEET) including not knowns";

    [Fact]
    public async Task Administrator_sets_a_comparator_target_and_the_KPI_shows_the_status_it_gives()
    {
        await SignInAsAsync(DemoAccounts.Administrator);

        // Before: a number target of 4.5% that the 2024/25 figure (5.3%) misses.
        var kpi = new KpiDetailPage(Page);
        await Page.GotoAsync(KpiDetailPage.PathFor("NEET-16-17"));
        await kpi.WaitForInteractiveAsync();
        await Expect(kpi.StatusWords).ToHaveTextAsync("Off target");

        await Page.GotoAsync(TargetsPage.PathFor(2024));
        var targets = new TargetsPage(Page);
        await targets.WaitForInteractiveAsync();
        await targets.ExpectHeadingAsync(TargetsPage.TitleFor("2024/25"));
        await targets.FindAsync("NEET");
        await targets.SetComparatorAsync(Neet, "National average", "0");
        await Expect(targets.Row(Neet)).ToContainTextAsync("Below (better than) the national average");
        await CheckPageAsync("targets-comparator-set");

        // After: 5.3% against England's 5.6% is better than the national average, so on target.
        await Page.GotoAsync(KpiDetailPage.PathFor("NEET-16-17"));
        await kpi.WaitForInteractiveAsync();
        await Expect(kpi.StatusWords).ToHaveTextAsync("On target");
        await Expect(kpi.TargetRow("2024/25")).ToContainTextAsync("Below (better than) the national average");
        await Expect(kpi.TargetRow("2023/24")).ToContainTextAsync("Below (better than) the national average and statistical neighbours");
        await CheckPageAsync("targets-kpi-comparator-status");
    }
}
