using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CouncilPerformance.Core.Data.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>
/// The sign-in page (a static Identity page: no circuit, so nothing to wait for before typing). For
/// an account with two-factor sign-in whose key is known here (the demo administrator's is; a test
/// that sets up an authenticator registers its key with <see cref="UseAuthenticatorKey"/>), signing in
/// with the right password also fills in the code step with a code computed from the key.
/// </summary>
public sealed partial class LoginPage(IPage page) : AppShell(page)
{
    public const string Path = "/Account/Login";

    private static readonly ConcurrentDictionary<string, string> _authenticatorKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["admin@example.org"] = DemoUsers.AdministratorAuthenticatorKey,
    };

    /// <summary>Makes the page object answer the code step for <paramref name="email"/> with codes from <paramref name="base32Key"/>.</summary>
    public static void UseAuthenticatorKey(string email, string base32Key) => _authenticatorKeys[email] = base32Key;

    public ILocator CodeField => Page.GetByLabel("Code from the app");

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
        if (password == DemoUsers.Password && _authenticatorKeys.TryGetValue(email, out var key))
        {
            await SubmitCodeAsync(Core.Tests.Totp.Code(key));
        }
    }

    /// <summary>Answers the code step (after a right password for a two-factor account).</summary>
    public async Task SubmitCodeAsync(string code)
    {
        await Expect(Page).ToHaveURLAsync(TwoFactorUrl());
        await ExpectHeadingAsync("Enter the code from your authenticator app");
        await CodeField.FillAsync(code);
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

    [GeneratedRegex(@"^https?://[^/]+/Account/LoginWith2fa(\?.*)?$", RegexOptions.IgnoreCase)]
    public static partial Regex TwoFactorUrl();
}
