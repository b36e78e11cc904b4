using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>The year's performance review at <c>/review/{year}</c>: headline, off target, gaps, achieved targets.</summary>
public sealed class ReviewPage(IPage page) : AppShell(page)
{
    public static string PathFor(int year) => $"/review/{year}";

    public static string TitleFor(string label) => $"Performance review {label}";

    public ILocator Headline => Main.Locator("section.review-headline");

    public ILocator SectionHeading(string startsWith) =>
        Main.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^" + Regex.Escape(startsWith)), Level = 2 });

    public ILocator Section(string startsWith) => Main.Locator("section").Filter(new()
    {
        Has = Page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^" + Regex.Escape(startsWith)), Level = 2 }),
    });

    public ILocator KpiLink(string name) => Main.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator ChooseBox(string kpiName) => Main.GetByRole(AriaRole.Checkbox, new() { Name = $"Choose {kpiName} for a deep dive", Exact = true });

    public ILocator TakeIntoDeepDiveButton => Main.GetByRole(AriaRole.Button, new() { Name = "Take the chosen KPIs into a deep dive" });

    /// <summary>Opens a MudSelect by its label and picks an option by its text.</summary>
    public async Task FilterAsync(string label, string option)
    {
        await WaitForInteractiveAsync();
        await Main.GetByLabel(label, new() { Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }
}
