using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>The performance team's targets for a period at <c>/admin/targets/{year}</c>: kind, target, amber tolerance and similar band per KPI.</summary>
public sealed class TargetsPage(IPage page) : AppShell(page)
{
    public static string PathFor(int startYear) => $"/admin/targets/{startYear}";

    public static string TitleFor(string periodLabel) => $"Targets for {periodLabel}";

    public ILocator Search => Main.GetByLabel("Find a KPI");

    public ILocator RollForwardButton => Main.GetByRole(AriaRole.Button, new() { Name = "Roll forward last year's targets" });

    public ILocator Target(string kpiName) => Main.GetByLabel($"Target for {kpiName}", new() { Exact = true });

    public ILocator AmberTolerance(string kpiName) => Main.GetByLabel($"Amber tolerance for {kpiName}", new() { Exact = true });

    public ILocator Kind(string kpiName) => Main.GetByLabel($"Kind of target for {kpiName}", new() { Exact = true });

    public ILocator Comparators(string kpiName) => Main.GetByLabel($"Comparators for {kpiName}", new() { Exact = true });

    public ILocator SimilarBand(string kpiName) => Main.GetByLabel($"Similar band for {kpiName}", new() { Exact = true });

    public ILocator SaveButton(string kpiName) => Main.GetByRole(AriaRole.Button, new() { Name = $"Save the target for {kpiName}", Exact = true });

    /// <summary>The KPI's row in the table, by the link with its name.</summary>
    public ILocator Row(string kpiName) =>
        Main.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = kpiName, Exact = true }) });

    /// <summary>The rows of KPIs (not the heading row).</summary>
    public ILocator KpiRows => Main.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Link) });

    /// <summary>
    /// Narrows the table to KPIs whose name contains the text, and waits until the (debounced) search
    /// has run: a field typed into before then would be re-rendered under the typing.
    /// </summary>
    public async Task FindAsync(string nameText)
    {
        await Search.FillAsync(nameText);
        await Expect(KpiRows.Filter(new() { HasNotTextRegex = new Regex(Regex.Escape(nameText), RegexOptions.IgnoreCase) })).ToHaveCountAsync(0);
        await Expect(KpiRows).Not.ToHaveCountAsync(0);
    }

    /// <summary>Sets a KPI's target and tolerance, saves the row and waits for "Saved".</summary>
    public async Task SetAsync(string kpiName, string target, string tolerance)
    {
        await Target(kpiName).FillAsync(target);
        await Target(kpiName).PressAsync("Tab");
        await AmberTolerance(kpiName).FillAsync(tolerance);
        await AmberTolerance(kpiName).PressAsync("Tab");
        await SaveButton(kpiName).ClickAsync();
        await Expect(Row(kpiName).GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved");
    }

    /// <summary>Sets a comparator target ("better than" the chosen comparators), saves the row and waits for "Saved".</summary>
    public async Task SetComparatorAsync(string kpiName, string comparatorsLabel, string tolerance)
    {
        await Kind(kpiName).SelectOptionAsync(new SelectOptionValue { Label = "Against comparators" });
        await Comparators(kpiName).SelectOptionAsync(new SelectOptionValue { Label = comparatorsLabel });
        await AmberTolerance(kpiName).FillAsync(tolerance);
        await AmberTolerance(kpiName).PressAsync("Tab");
        await SaveButton(kpiName).ClickAsync();
        await Expect(Row(kpiName).GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved");
    }
}
