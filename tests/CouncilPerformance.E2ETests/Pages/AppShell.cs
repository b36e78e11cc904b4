using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>What every page has: the app bar, the main menu, the main region and its one h1.</summary>
public class AppShell(IPage page)
{
    protected IPage Page { get; } = page;

    public ILocator Main => Page.GetByRole(AriaRole.Main);

    public ILocator Heading => Main.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Menu => Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    public ILocator SignOutButton => Page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true });

    /// <summary>Shown by Blazor when the circuit hits an unhandled error.</summary>
    public ILocator BlazorErrorUi => Page.Locator("#blazor-error-ui");

    /// <summary>
    /// Prerendered HTML appears before the SignalR circuit takes over, and clicks made before then do
    /// nothing; the layout flips this marker once the page is interactive. A static page (a list, the
    /// home) is ready as it arrives: its marker names its address, so the page before it, still shown
    /// while enhanced navigation fetches the next, is not taken for it.
    /// </summary>
    public Task WaitForInteractiveAsync() =>
        Page.WaitForFunctionAsync("""
            () => {
                const marker = document.getElementById('interactive-marker');
                return marker !== null && (marker.dataset.interactive === 'true'
                    || marker.dataset.static === location.pathname + location.search);
            }
            """);

    public async Task ExpectHeadingAsync(string text)
    {
        await Expect(Heading).ToHaveTextAsync(text);
        await Expect(BlazorErrorUi).ToBeHiddenAsync();
    }

    /// <summary>
    /// Waits for the address, then for the page at it: enhanced navigation changes the address before it swaps the
    /// new page in, so a static page is only there once its marker names the address (a page without the
    /// signed-in layout has no marker).
    /// </summary>
    public async Task ExpectPathAsync(string path)
    {
        await Expect(Page).ToHaveURLAsync(new Regex("^https?://[^/]+" + Regex.Escape(path) + "$"));
        await Page.WaitForFunctionAsync("""
            () => {
                const marker = document.getElementById('interactive-marker');
                return marker === null || marker.dataset.interactive === 'true'
                    || marker.dataset.static === location.pathname + location.search;
            }
            """);
    }

    /// <summary>Opens a page by its address (a full page load) and waits for the circuit.</summary>
    public async Task GotoAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitForInteractiveAsync();
    }

    /// <summary>Signs out with the app bar button; the app returns to the public home page at <c>/</c>.</summary>
    public async Task<LandingPage> SignOutAsync()
    {
        await WaitForInteractiveAsync();
        await SignOutButton.ClickAsync();
        var landing = new LandingPage(Page);
        await landing.ExpectPathAsync("/");
        return landing;
    }
}
