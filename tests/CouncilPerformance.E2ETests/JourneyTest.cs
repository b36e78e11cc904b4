using CouncilPerformance.E2ETests.Pages;
using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests;

/// <summary>The demo accounts the journeys sign in as (all with <c>DemoUsers.Password</c>).</summary>
public static class DemoAccounts
{
    public const string Officer = "officer@example.org";
    public const string FinanceOfficer = "officer.finance@example.org";
    public const string Scrutiny = "scrutiny@example.org";
    public const string Cabinet = "cabinet@example.org";
    public const string Administrator = "admin@example.org";

    /// <summary>A short name for screenshots: the part before the @.</summary>
    public static string ShortName(string email) => email.Split('@')[0];
}

/// <summary>
/// Base for journey tests: each test gets a fresh browser context (no cookies) on the shared app,
/// signs in through the real form, and checks each page it visits with axe and a screenshot.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public abstract class JourneyTest(AppFixture app) : IAsyncLifetime
{
    private readonly List<string> _policyViolations = [];
    private IBrowserContext? _context;
    private IPage? _page;

    protected AppFixture App { get; } = app;

    protected IPage Page => _page ?? throw new InvalidOperationException("The test has not started.");

    /// <summary>The browser's language; a journey may choose another to show the app does not depend on it.</summary>
    protected virtual string BrowserLocale => "en-GB";

    public async Task InitializeAsync()
    {
        _context = await App.NewContextAsync(BrowserLocale);
        _page = await _context.NewPageAsync();

        // Chromium reports what the Content-Security-Policy refused as console errors.
        _page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _policyViolations.Add(message.Text);
            }
        };
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    /// <summary>Signs in through the sign-in form and returns once the home page is interactive.</summary>
    protected async Task<AppShell> SignInAsAsync(string email)
    {
        var login = new LoginPage(Page);
        await login.GotoAsync();
        return await login.SignInAsync(email);
    }

    /// <summary>
    /// Saves a full-page screenshot (first, so there is one to look at if axe fails), runs axe, and
    /// checks the Content-Security-Policy has refused nothing the page needed.
    /// </summary>
    protected async Task CheckPageAsync(string screenshotName)
    {
        await Screenshots.SaveAsync(Page, screenshotName);
        await Accessibility.AssertNoViolationsAsync(Page);
        Assert.True(_policyViolations.Count == 0, "The Content-Security-Policy refused: " + string.Join(Environment.NewLine, _policyViolations));
    }
}
