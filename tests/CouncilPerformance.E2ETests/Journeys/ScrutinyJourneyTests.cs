using CouncilPerformance.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Journeys;

public sealed class ScrutinyJourneyTests(AppFixture app) : JourneyTest(app)
{
    [Fact]
    public async Task Scrutiny_member_signs_in_and_sees_the_missed_targets_by_priority_and_the_deep_dives()
    {
        await SignInAsAsync(DemoAccounts.Scrutiny);

        var home = new ScrutinyHomePage(Page);
        await home.ExpectHeadingAsync(ScrutinyHomePage.Title);
        await Expect(home.PriorityHeading("Climate Change")).ToBeVisibleAsync();
        await Expect(home.DeepDivesHeading).ToBeVisibleAsync();
        await Expect(home.RecommendationsHeading).ToBeVisibleAsync();
        await CheckPageAsync("scrutiny-home");
    }
}
