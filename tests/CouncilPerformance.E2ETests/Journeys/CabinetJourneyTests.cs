using CouncilPerformance.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Journeys;

public sealed class CabinetJourneyTests(AppFixture app) : JourneyTest(app)
{
    [Fact]
    public async Task Cabinet_member_signs_in_and_sees_the_recommendations_awaiting_decision()
    {
        await SignInAsAsync(DemoAccounts.Cabinet);

        var home = new CabinetHomePage(Page);
        await home.ExpectHeadingAsync(CabinetHomePage.Title);
        await Expect(home.Text("That KPI's are measurable and/or can demonstrate service improvements.")).ToBeVisibleAsync();
        await Expect(home.Text("Awaiting decision")).ToBeVisibleAsync();
        await CheckPageAsync("cabinet-home");
    }

    [Fact]
    public async Task Signing_out_from_the_app_bar_returns_to_the_public_landing_page()
    {
        var shell = await SignInAsAsync(DemoAccounts.Cabinet);

        var landing = await shell.SignOutAsync();

        await landing.ExpectShownAsync();
        await Expect(landing.SignOutButton).ToHaveCountAsync(0);
        await CheckPageAsync("signed-out-landing");
    }
}
