using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Journeys;

public sealed class AdministratorJourneyTests(AppFixture app) : JourneyTest(app)
{
    [Fact]
    public async Task Administrator_signs_in_and_sees_the_council_plan_with_all_its_parts()
    {
        await SignInAsAsync(DemoAccounts.Administrator);

        var home = new PlanAdminPage(Page);
        await home.ExpectHeadingAsync(PlanAdminPage.Title);
        foreach (var part in new[] { "priorities", "portfolios", "service areas", "boards" })
        {
            await Expect(home.Section(part)).ToBeVisibleAsync();
        }

        await Expect(home.Main).ToContainTextAsync("KPIs");

        await CheckPageAsync("admin-home");
    }

    [Fact]
    public async Task Administrator_opens_Users_from_the_menu_and_sees_every_demo_user()
    {
        var shell = await SignInAsAsync(DemoAccounts.Administrator);

        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();

        var users = new UsersAdminPage(Page);
        await users.ExpectPathAsync(UsersAdminPage.Path);
        await users.WaitForInteractiveAsync();
        await users.ExpectHeadingAsync(UsersAdminPage.Title);
        foreach (var demo in DemoUsers.All)
        {
            await Expect(users.User(demo.Email)).ToBeVisibleAsync();
        }

        await CheckPageAsync("admin-users");
    }
}
