using System.Text.RegularExpressions;
using CouncilPerformance.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Journeys;

public sealed class AnonymousJourneyTests(AppFixture app) : JourneyTest(app)
{
    [Fact]
    public async Task Visitor_sees_the_public_landing_page_and_goes_to_sign_in_where_the_demo_accounts_are_listed()
    {
        await Page.GotoAsync("/");
        var landing = new LandingPage(Page);
        await landing.ExpectShownAsync();
        await CheckPageAsync("anonymous-landing");

        var login = await landing.GoToSignInAsync();

        await Expect(login.DemoAccounts).ToBeVisibleAsync();
        await Expect(login.DemoAccounts).ToContainTextAsync("Demo accounts");
        await Expect(login.DemoAccounts).ToContainTextAsync(DemoAccounts.Officer);
        await CheckPageAsync("sign-in");
    }

    [Fact]
    public async Task Visitor_opening_the_KPI_list_is_sent_to_sign_in_and_comes_back_after_signing_in()
    {
        await Page.GotoAsync(KpiListPage.Path);

        var login = new LoginPage(Page);
        await Expect(Page).ToHaveURLAsync(new Regex(@"/Account/Login\?[Rr]eturn[Uu]rl=%2Fkpis$"));
        await login.ExpectShownAsync();
        await CheckPageAsync("anonymous-kpis-redirected-to-sign-in");

        await login.SubmitAsync(DemoAccounts.Scrutiny, Core.Data.Seed.DemoUsers.Password);

        var kpis = new KpiListPage(Page);
        await kpis.ExpectPathAsync(KpiListPage.Path);
        await kpis.WaitForInteractiveAsync();
        await kpis.ExpectHeadingAsync(KpiListPage.Title);
    }

    [Fact]
    public async Task Signing_in_with_an_unknown_account_shows_an_error_and_stays_on_the_sign_in_page()
    {
        var login = new LoginPage(Page);
        await login.GotoAsync();

        await login.SubmitAsync("nobody@example.org", "Not-the-password-1");

        await Expect(login.Error).ToBeVisibleAsync();
        await login.ExpectShownAsync();
        await CheckPageAsync("sign-in-error");
    }
}
