using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>One KPI at <c>/kpis/{code}</c>: definition, targets, results and trend.</summary>
public sealed class KpiDetailPage(IPage page) : AppShell(page)
{
    public static string PathFor(string code) => "/kpis/" + code;

    /// <summary>The latest published status in the council's words, beside the heading.</summary>
    public ILocator StatusWords => Main.Locator(".kpi-status-words");

    /// <summary>The row of the targets table for a year, e.g. "2024/25".</summary>
    public ILocator TargetRow(string periodLabel) =>
        Main.GetByRole(AriaRole.Table, new() { Name = "Targets by year" }).GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = periodLabel }) });

    public ILocator SectionHeading(string name) => Main.GetByRole(AriaRole.Heading, new() { Name = name }).First;

    /// <summary>The note (role "note") that figures generated for the demo are not the council's.</summary>
    public ILocator IllustrativeNote => Main.GetByRole(AriaRole.Note).Filter(new() { HasText = "illustrative" }).First;
}
