using CouncilPerformance.E2ETests.Pages;

namespace CouncilPerformance.E2ETests.Journeys;

public sealed class AccessDeniedJourneyTests(AppFixture app) : JourneyTest(app)
{
    [Theory]
    [InlineData(DemoAccounts.Officer)]
    [InlineData(DemoAccounts.Scrutiny)]
    [InlineData(DemoAccounts.Cabinet)]
    public async Task Non_administrators_opening_the_admin_pages_by_address_are_told_access_is_denied(string email)
    {
        await SignInAsAsync(email);
        var denied = new AccessDeniedPage(Page);

        foreach (var path in new[] { PlanAdminPage.Path, UsersAdminPage.Path })
        {
            await Page.GotoAsync(path);

            await denied.ExpectHeadingAsync(AccessDeniedPage.Title);
            await CheckPageAsync($"access-denied-{DemoAccounts.ShortName(email)}{path.Replace('/', '-')}");
        }
    }
}
