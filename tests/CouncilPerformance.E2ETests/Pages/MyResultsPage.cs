using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>An officer's results for a reporting period at <c>/results</c>: one row per KPI with its status.</summary>
public sealed class MyResultsPage(IPage page) : AppShell(page)
{
    public const string Path = "/results";

    /// <summary>The page's heading for a period, e.g. "My results for 2025/26".</summary>
    public static string TitleFor(string periodLabel) => $"My results for {periodLabel}";

    /// <summary>The table of the period's KPIs (a region named "Results for 2025/26").</summary>
    public ILocator Table(string periodLabel) => Main.GetByRole(AriaRole.Region, new() { Name = $"Results for {periodLabel}", Exact = true });

    /// <summary>The counts line above the table, e.g. "5 KPIs: 4 due, 1 submitted.".</summary>
    public ILocator Counts => Main.GetByRole(AriaRole.Status).Filter(new() { HasText = "KPIs:" });

    public ILocator ImportLink => Main.GetByRole(AriaRole.Link, new() { Name = "Import a spreadsheet" });

    /// <summary>A KPI's row, found by the link with its name.</summary>
    public ILocator Row(string kpiName) =>
        Main.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = kpiName, Exact = true }) });

    /// <summary>The Status cell of a KPI's row ("Due", "Draft", "Submitted", "Returned", "Approved").</summary>
    public ILocator Status(string kpiName) => Row(kpiName).Locator("td[data-label='Status']");

    public async Task ExpectStatusAsync(string kpiName, string status) =>
        await Expect(Status(kpiName)).ToHaveTextAsync(status);

    /// <summary>Opens a KPI's result by its link and waits for the entry page to become interactive.</summary>
    public async Task<ResultEntryPage> OpenAsync(string kpiName)
    {
        await Row(kpiName).GetByRole(AriaRole.Link, new() { Name = kpiName, Exact = true }).ClickAsync();
        var entry = new ResultEntryPage(Page);
        await entry.ExpectHeadingAsync(kpiName);
        await entry.WaitForInteractiveAsync();
        return entry;
    }
}
