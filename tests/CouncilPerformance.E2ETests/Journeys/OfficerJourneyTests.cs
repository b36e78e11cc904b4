using CouncilPerformance.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Journeys;

public sealed class OfficerJourneyTests(AppFixture app) : JourneyTest(app)
{
    [Fact]
    public async Task Officer_signs_in_and_sees_the_KPIs_of_their_service_area()
    {
        await SignInAsAsync(DemoAccounts.Officer);

        var home = new OfficerHomePage(Page);
        await home.ExpectHeadingAsync(OfficerHomePage.Title);
        await Expect(home.Text("Highways, Transport and Waste")).ToBeVisibleAsync();
        await Expect(home.Text("Principal roads (A roads) in a good/acceptable condition")).ToBeVisibleAsync();
        await CheckPageAsync("officer-home");
    }
}
