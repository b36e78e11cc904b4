using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>An officer's home page: the KPIs of their own service area.</summary>
public sealed class OfficerHomePage(IPage page) : AppShell(page)
{
    public const string Title = "My KPIs";

    public ILocator Text(string text) => Main.GetByText(text).First;
}
