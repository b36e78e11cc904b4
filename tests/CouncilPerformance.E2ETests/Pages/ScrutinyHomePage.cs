using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>A scrutiny member's home page: the red and amber KPIs by priority, then the deep dives.</summary>
public sealed partial class ScrutinyHomePage(IPage page) : AppShell(page)
{
    public const string Title = "KPIs that missed their targets";

    public ILocator PriorityHeading(string priority) =>
        Main.GetByRole(AriaRole.Heading, new() { Name = priority, Exact = true, Level = 2 });

    public ILocator DeepDivesHeading => Main.GetByRole(AriaRole.Heading, new() { NameRegex = DeepDive() }).First;

    public ILocator RecommendationsHeading => Main.GetByRole(AriaRole.Heading, new() { NameRegex = Recommendation() }).First;

    // Playwright .NET 1.64 drops RegexOptions.IgnoreCase when it sends a pattern to the browser.
    [GeneratedRegex("[Dd]eep[- ][Dd]ive")]
    private static partial Regex DeepDive();

    [GeneratedRegex("[Rr]ecommendation")]
    private static partial Regex Recommendation();
}
