using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>
/// The public home page at <c>/</c>, the same for everyone: the latest published year at a glance.
/// It is plain server-rendered HTML on the public layout, with no circuit to wait for.
/// </summary>
public sealed class LandingPage(IPage page) : AppShell(page)
{
    public const string Title = "One Coventry Plan performance";

    public ILocator SignInLink => Page.GetByRole(AriaRole.Link, new() { Name = "Staff and councillor sign in", Exact = true });

    public async Task ExpectShownAsync()
    {
        await ExpectPathAsync("/");
        await Expect(Heading).ToHaveTextAsync(Title);
        await Expect(SignInLink).ToBeVisibleAsync();
    }

    public async Task<LoginPage> GoToSignInAsync()
    {
        await SignInLink.ClickAsync();
        var login = new LoginPage(Page);
        await login.ExpectShownAsync();
        return login;
    }
}
