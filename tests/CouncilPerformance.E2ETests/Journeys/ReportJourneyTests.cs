using CouncilPerformance.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Journeys;

/// <summary>
/// Signed-in people open the committee reports, read them on screen, and print them: each print
/// view is screenshotted as the printer would lay it out (print media), to be looked at.
/// </summary>
public sealed class ReportJourneyTests(AppFixture app) : JourneyTest(app)
{
    [Fact]
    public async Task A_scrutiny_member_opens_the_deep_dive_report_from_the_menu_and_prints_it()
    {
        var shell = await SignInAsAsync(DemoAccounts.Scrutiny);
        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).ClickAsync();
        await shell.ExpectHeadingAsync("Reports");
        await CheckPageAsync("reports-index");

        await shell.Main.GetByRole(AriaRole.Link, new() { Name = "One Coventry Plan Deep Dive", Exact = false }).First.ClickAsync();

        var report = Page.GetByRole(AriaRole.Main);
        await Expect(report.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Recommendations");
        await Expect(report).ToContainTextAsync("Cabinet is recommended to agree:-");
        await Expect(report.GetByRole(AriaRole.Table, new() { Name = "Session 1: indicators reviewed" })).ToBeVisibleAsync();
        await CheckPageAsync("reports-deep-dive");
        await PrintPreviewAsync("reports-deep-dive-print");
    }

    [Fact]
    public async Task An_officer_prints_the_annual_report_and_a_cabinet_member_filters_the_tracker()
    {
        await SignInAsAsync(DemoAccounts.Officer);
        await Page.GotoAsync("/reports/annual/2024-25");
        var report = Page.GetByRole(AriaRole.Main);
        await Expect(report.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Annual performance report 2024/25");
        await Expect(report.GetByRole(AriaRole.Table, new() { Name = "Headline, 2024/25" })).ToBeVisibleAsync();
        await CheckPageAsync("reports-annual");
        await PrintPreviewAsync("reports-annual-print");
    }

    [Fact]
    public async Task A_cabinet_member_filters_the_tracker_to_what_awaits_a_decision()
    {
        await SignInAsAsync(DemoAccounts.Cabinet);
        await Page.GotoAsync("/reports/tracker");
        await Page.GetByLabel("Put to").SelectOptionAsync(new SelectOptionValue { Label = "Cabinet" });
        await Page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Awaiting decision" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("body=Cabinet&status=AwaitingDecision"));
        var table = Page.GetByRole(AriaRole.Table, new() { Name = "Recommendations tracker" });
        await Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Cabinet 1" })).ToBeVisibleAsync();
        await Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "17.2" })).ToHaveCountAsync(0);
        await CheckPageAsync("reports-tracker");
        await PrintPreviewAsync("reports-tracker-print");
    }

    private async Task PrintPreviewAsync(string name)
    {
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Page.SetViewportSizeAsync(794, 1123); // A4 at 96 dpi
        await Screenshots.SaveAsync(Page, name);
        // The first sheet on its own, at a size that can be read when looked at.
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.OutputDirectory, name + "-page-1.png"), FullPage = false });
        await Page.EmulateMediaAsync(new() { Media = Media.Screen });
    }
}
