using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Journeys;

/// <summary>What a resident, a journalist or a councillor does on the public site, signed out.</summary>
public sealed class PublicSiteJourneyTests(AppFixture app) : JourneyTest(app)
{
    private const string CouncilTax = "Council tax collection rate";

    [Fact]
    public async Task A_visitor_reads_the_2024_25_headline_then_opens_a_KPI_and_its_data_table()
    {
        var site = new PublicSitePage(Page);
        await site.GotoAsync("/");
        await site.ExpectHeadingAsync("One Coventry Plan performance");
        await Expect(site.Main).ToContainTextAsync("2024/25 at a glance");
        await Expect(site.Main).ToContainTextAsync("In 2024/25 the council plan was measured by");
        await Expect(site.Table("Against target, 2024/25")).ToBeVisibleAsync();
        await Expect(site.Main.GetByRole(AriaRole.Heading, new() { Name = "Targets achieved" })).ToBeVisibleAsync();
        await CheckPageAsync("publicsite-home");

        await site.Link("Every indicator in 2024/25, by priority").ClickAsync();
        await site.ExpectHeadingAsync("Performance in 2024/25");
        await Expect(site.Table("Continued Financial sustainability: every indicator in 2024/25")).ToBeVisibleAsync();
        await CheckPageAsync("publicsite-year");

        await site.Link(CouncilTax).ClickAsync();
        await site.ExpectHeadingAsync(CouncilTax);
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/performance/2024-25/COUNCIL-TAX$"));
        await Expect(site.Main.Locator("figure.trend-chart svg")).ToBeVisibleAsync();
        var table = $"{CouncilTax}: results by year";
        await Expect(site.Row(table, "2024/25")).ToBeVisibleAsync();
        await Expect(site.Row(table, "2023/24")).ToBeVisibleAsync();
        await Expect(site.Row(table, "2022/23")).ToBeVisibleAsync();
        await CheckPageAsync("publicsite-kpi");
    }

    [Fact]
    public async Task A_journalist_downloads_the_results_as_CSV_from_the_open_data_page()
    {
        var site = new PublicSitePage(Page);
        await site.GotoAsync("/");
        await site.MenuLink("Open data").ClickAsync();
        await site.ExpectHeadingAsync("Open data");
        await CheckPageAsync("publicsite-open-data");

        var download = await Page.RunAndWaitForDownloadAsync(() =>
            site.Link("Published results, with targets, status, direction and comparators (CSV)").ClickAsync());
        var path = await download.PathAsync();
        var lines = await File.ReadAllLinesAsync(path);

        Assert.Equal("coventry-results.csv", download.SuggestedFilename);
        Assert.StartsWith("kpi_code,kpi_name,priority,year,year_start,value", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("COUNCIL-TAX,", StringComparison.Ordinal) && l.Contains(",2024/25,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_councillor_reads_a_recommendations_decision_on_the_scrutiny_page()
    {
        await App.RecordDecisionAsync("SCRUCO 1", DecisionOutcome.Agreed,
            "The Committee approved the recommendations to Cabinet set out in the report.", new DateOnly(2025, 10, 30), "Scrutiny Co-ordination Committee");
        var site = new PublicSitePage(Page);
        await site.GotoAsync("/");

        await site.MenuLink("Scrutiny").ClickAsync();

        await site.ExpectHeadingAsync("Scrutiny's recommendations and Cabinet's decisions");
        var recommendation = Page.Locator("#recommendation-scruco-1");
        await Expect(recommendation.GetByRole(AriaRole.Heading)).ToContainTextAsync("Recommendation SCRUCO 1");
        await Expect(recommendation).ToContainTextAsync("Agreed");
        await Expect(recommendation).ToContainTextAsync("on 30 October 2025 by Scrutiny Co-ordination Committee");
        await Expect(recommendation).ToContainTextAsync("The Committee approved the recommendations to Cabinet set out in the report.");
        await Expect(Page.Locator("#recommendation-cabinet-1")).ToContainTextAsync("Not yet decided");
        await CheckPageAsync("publicsite-scrutiny");
        // The whole page is long; the user guide shows its top and the decision itself.
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.OutputDirectory, "publicsite-scrutiny-top.png") });
        await recommendation.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.OutputDirectory, "publicsite-scrutiny-decision.png") });
    }

    [Fact]
    public async Task The_accessibility_statement_and_a_not_found_page_pass_axe()
    {
        var site = new PublicSitePage(Page);
        await site.GotoAsync("/accessibility");
        await site.ExpectHeadingAsync("Accessibility statement for council plan performance");
        await CheckPageAsync("publicsite-accessibility");

        var response = await Page.GotoAsync("/performance/2031-32");
        Assert.Equal(404, response!.Status);
        await site.ExpectHeadingAsync("No published results for that year");
        await CheckPageAsync("publicsite-not-found");

        await site.GotoAsync("/performance");
        await site.ExpectHeadingAsync("Performance by year");
        await CheckPageAsync("publicsite-years");
    }

    [Fact]
    public async Task With_JavaScript_off_a_visitor_still_reads_the_headline_follows_the_links_and_opens_the_data_table()
    {
        await using var context = await App.NewContextWithoutJavaScriptAsync();
        var page = await context.NewPageAsync();
        var site = new PublicSitePage(page);

        await site.GotoAsync("/");
        await Expect(site.Main).ToContainTextAsync("2024/25 at a glance");
        await site.MenuLink("Performance").ClickAsync();
        await site.ExpectHeadingAsync("Performance by year");
        await site.Link("2024/25").ClickAsync();
        await site.ExpectHeadingAsync("Performance in 2024/25");
        await site.Link(CouncilTax).ClickAsync();
        await site.ExpectHeadingAsync(CouncilTax);
        await Expect(site.Row($"{CouncilTax}: results by year", "2024/25")).ToBeVisibleAsync();
        await site.MenuLink("Scrutiny").ClickAsync();
        await Expect(page.Locator("#recommendation-cabinet-9")).ToBeVisibleAsync();
        await site.MenuLink("Open data").ClickAsync();
        await site.ExpectHeadingAsync("Open data");

        // The deep-dive sessions sit in a details element, which opens without JavaScript.
        await page.GotoAsync("/scrutiny");
        var sessions = page.Locator("details.govuk-details").First;
        await sessions.Locator("summary").ClickAsync();
        await Expect(sessions.Locator(".govuk-details__text")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "publicsite-no-javascript-scrutiny");
    }
}
