using System.Text.RegularExpressions;
using CouncilPerformance.Core.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>The sign-in page (a static Identity page: no circuit, so nothing to wait for before typing).</summary>
public sealed partial class LoginPage(IPage page) : AppShell(page)
{
    public const string Path = "/Account/Login";

    public ILocator Email => Page.GetByLabel("E-mail address");

    public ILocator Password => Page.GetByLabel("Password", new() { Exact = true });

    public ILocator SignInButton => Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true });

    public ILocator DemoAccounts => Page.GetByRole(AriaRole.Region, new() { Name = "Demo accounts" });

    public ILocator Error => Main.GetByText("Invalid login attempt");

    public async Task GotoAsync()
    {
        await Page.GotoAsync(Path);
        await ExpectShownAsync();
    }

    public async Task ExpectShownAsync()
    {
        await Expect(Page).ToHaveURLAsync(LoginUrl());
        await ExpectHeadingAsync("Sign in");
    }

    public async Task SubmitAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await SignInButton.ClickAsync();
    }

    /// <summary>Signs in through the form and waits for the person's home page (<c>/home</c>) to become interactive.</summary>
    public async Task<AppShell> SignInAsync(string email, string password = DemoUsers.Password)
    {
        await SubmitAsync(email, password);
        var shell = new AppShell(Page);
        await shell.ExpectPathAsync("/home");
        await shell.WaitForInteractiveAsync();
        return shell;
    }

    [GeneratedRegex(@"^https?://[^/]+/Account/Login(\?.*)?$")]
    public static partial Regex LoginUrl();
}
