using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>The searchable, filterable list of all KPIs at <c>/kpis</c>.</summary>
public sealed class KpiListPage(IPage page) : AppShell(page)
{
    public const string Path = "/kpis";
    public const string Title = "KPIs";

    public ILocator Search => Main.GetByLabel("Search KPIs");

    /// <summary>A filter or the sort, by its label ("Status", "Sort by").</summary>
    public ILocator Filter(string label) => Main.GetByLabel(label, new() { Exact = true });

    /// <summary>The status cell of every row shown (its colour word first).</summary>
    public ILocator StatusCells => Main.Locator("td[data-label='Status'] .rag");

    /// <summary>
    /// Every element naming the KPI: a link to it, or its name in a clickable row. Use
    /// <see cref="Kpi"/> to click one and this to count them.
    /// </summary>
    public ILocator KpiEntries(string name) =>
        Main.GetByRole(AriaRole.Link, new() { Name = name }).Or(Main.GetByText(name));

    public ILocator Kpi(string name) => KpiEntries(name).First;

    /// <summary>The filter form's button: the list is a static page, so a choice applies when it is sent.</summary>
    public ILocator ApplyFilters => Main.GetByRole(AriaRole.Button, new() { Name = "Apply filters" });

    /// <summary>Chooses an option of a filter or the sort by its label, and applies it.</summary>
    public async Task ChooseAsync(string filter, string option)
    {
        await Filter(filter).SelectOptionAsync(new SelectOptionValue { Label = option });
        await ApplyFilters.ClickAsync();
    }

    /// <summary>Types into the search box and presses Enter, which sends the filter form.</summary>
    public async Task SearchAsync(string text)
    {
        await WaitForInteractiveAsync();
        await Search.FillAsync(text);
        await Search.PressAsync("Enter");
    }

    public async Task<KpiDetailPage> OpenAsync(string name)
    {
        await WaitForInteractiveAsync();
        await Kpi(name).ClickAsync();
        return new KpiDetailPage(Page);
    }
}
