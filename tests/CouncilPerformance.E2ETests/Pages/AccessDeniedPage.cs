using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>
/// What a signed-in user sees on a page their role may not open: either the static
/// <c>/Account/AccessDenied</c> page or the router's in-place message; both have this h1.
/// </summary>
public sealed class AccessDeniedPage(IPage page) : AppShell(page)
{
    public const string Title = "Access denied";
}
