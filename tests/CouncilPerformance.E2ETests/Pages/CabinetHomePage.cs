using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>A Cabinet member's home page: the recommendations put to Cabinet and their decisions.</summary>
public sealed class CabinetHomePage(IPage page) : AppShell(page)
{
    public const string Title = "Recommendations to Cabinet";

    public ILocator Text(string text) => Main.GetByText(text).First;
}
