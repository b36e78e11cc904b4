using CouncilPerformance.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Journeys;

/// <summary>
/// The menu button works the same on a static page (the KPI list, the home: no circuit) and on an
/// interactive one, on a wide screen and a narrow one; the browser does it (layout.js).
/// </summary>
public sealed class MenuJourneyTests(AppFixture app) : JourneyTest(app)
{
    private ILocator MenuButton => Page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the menu" });

    [Theory]
    [InlineData(KpiListPage.Path)]
    [InlineData("/results")]
    public async Task On_a_wide_screen_the_menu_is_shown_and_the_button_hides_it_until_asked_for_again(string path)
    {
        var shell = await SignInAsAsync(DemoAccounts.Officer);
        await shell.GotoAsync(path);
        await Expect(shell.Menu).ToBeVisibleAsync();
        await Expect(MenuButton).ToHaveAttributeAsync("aria-expanded", "true");

        await MenuButton.ClickAsync();

        await Expect(shell.Menu).Not.ToBeInViewportAsync();
        await Expect(MenuButton).ToHaveAttributeAsync("aria-expanded", "false");

        // The choice is kept for the tab: the next page opens with the menu hidden too.
        await shell.GotoAsync("/home");
        await Expect(MenuButton).ToHaveAttributeAsync("aria-expanded", "false");
        await MenuButton.ClickAsync();
        await Expect(shell.Menu).ToBeInViewportAsync();
        await Expect(MenuButton).ToHaveAttributeAsync("aria-expanded", "true");
    }

    [Fact]
    public async Task On_a_narrow_screen_the_menu_is_hidden_until_the_button_shows_it_and_closes_when_a_link_is_followed()
    {
        await Page.SetViewportSizeAsync(400, 800);
        var shell = await SignInAsAsync(DemoAccounts.Scrutiny);
        await shell.GotoAsync("/home");
        await Expect(shell.Menu).ToBeHiddenAsync();
        await Expect(MenuButton).ToHaveAttributeAsync("aria-expanded", "false");

        await MenuButton.ClickAsync();
        await Expect(shell.Menu).ToBeInViewportAsync();
        await Expect(MenuButton).ToHaveAttributeAsync("aria-expanded", "true");

        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "KPIs", Exact = true }).ClickAsync();
        var kpis = new KpiListPage(Page);
        await kpis.ExpectPathAsync(KpiListPage.Path);
        await kpis.ExpectHeadingAsync(KpiListPage.Title);
        await Expect(shell.Menu).ToBeHiddenAsync();
        await CheckPageAsync("kpis-narrow");
    }
}
