using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>The public landing page at <c>/</c> for visitors who are not signed in.</summary>
public sealed class LandingPage(IPage page) : AppShell(page)
{
    public const string Title = "One Coventry Plan performance";

    public ILocator SignInLink => Page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).First;

    public async Task ExpectShownAsync()
    {
        await WaitForInteractiveAsync();
        await ExpectHeadingAsync(Title);
        await Expect(SignInLink).ToBeVisibleAsync();
    }

    public async Task<LoginPage> GoToSignInAsync()
    {
        await WaitForInteractiveAsync();
        await SignInLink.ClickAsync();
        var login = new LoginPage(Page);
        await login.ExpectShownAsync();
        return login;
    }
}
