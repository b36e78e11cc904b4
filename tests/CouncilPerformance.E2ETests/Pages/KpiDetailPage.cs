using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>One KPI at <c>/kpis/{code}</c>: definition, targets, results and trend.</summary>
public sealed class KpiDetailPage(IPage page) : AppShell(page)
{
    public static string PathFor(string code) => "/kpis/" + code;

    public ILocator SectionHeading(string name) => Main.GetByRole(AriaRole.Heading, new() { Name = name }).First;

    /// <summary>The note (role "note") that figures generated for the demo are not the council's.</summary>
    public ILocator IllustrativeNote => Main.GetByRole(AriaRole.Note).Filter(new() { HasText = "illustrative" }).First;
}
