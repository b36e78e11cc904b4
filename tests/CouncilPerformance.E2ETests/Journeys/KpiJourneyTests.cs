using CouncilPerformance.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Journeys;

public sealed class KpiJourneyTests(AppFixture app) : JourneyTest(app)
{
    private const string SicknessAbsence = "Council staff sickness absence (rolling twelve-month period)";
    private const string SicknessAbsenceCode = "SICKNESS-ABSENCE";
    private const string PrincipalRoads = "Principal roads (A roads) in a good/acceptable condition";

    [Theory]
    [InlineData(DemoAccounts.Officer)]
    [InlineData(DemoAccounts.Scrutiny)]
    [InlineData(DemoAccounts.Cabinet)]
    [InlineData(DemoAccounts.Administrator)]
    public async Task Every_role_opens_the_KPI_list_from_the_menu(string email)
    {
        var shell = await SignInAsAsync(email);

        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "KPIs", Exact = true }).ClickAsync();

        var kpis = new KpiListPage(Page);
        await kpis.ExpectPathAsync(KpiListPage.Path);
        await kpis.WaitForInteractiveAsync();
        await kpis.ExpectHeadingAsync(KpiListPage.Title);
        await Expect(kpis.Search).ToBeVisibleAsync();
        await CheckPageAsync($"kpis-{DemoAccounts.ShortName(email)}");
    }

    [Fact]
    public async Task Applying_a_status_filters_the_list_keeps_only_it_in_the_address_and_all_clears_it()
    {
        await SignInAsAsync(DemoAccounts.Scrutiny);
        var kpis = new KpiListPage(Page);
        await kpis.GotoAsync(KpiListPage.Path);
        await kpis.ExpectHeadingAsync(KpiListPage.Title);

        await kpis.ChooseAsync("Status", "Red – Off target");

        await kpis.ExpectPathAsync(KpiListPage.Path + "?status=red");
        await Expect(kpis.StatusCells.First).ToBeVisibleAsync();
        Assert.All(await kpis.StatusCells.AllTextContentsAsync(), s => Assert.Equal("Red", s.Trim()));

        // A full load of the address shows the same choice.
        await kpis.GotoAsync(KpiListPage.Path + "?status=red");
        await Expect(kpis.Filter("Status")).ToHaveValueAsync("red");
        await CheckPageAsync("kpis-status-red");

        await kpis.ChooseAsync("Status", "All");

        await kpis.ExpectPathAsync(KpiListPage.Path);
        await Expect(kpis.Filter("Status")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task Searching_for_absence_narrows_the_list_and_opens_the_KPI_with_its_targets_and_results()
    {
        await SignInAsAsync(DemoAccounts.FinanceOfficer);
        var kpis = new KpiListPage(Page);
        await kpis.GotoAsync(KpiListPage.Path);
        await kpis.ExpectHeadingAsync(KpiListPage.Title);
        await Expect(kpis.Kpi(PrincipalRoads)).ToBeVisibleAsync();

        await kpis.SearchAsync("absence");

        await Expect(kpis.Kpi(SicknessAbsence)).ToBeVisibleAsync();
        await Expect(kpis.KpiEntries(PrincipalRoads)).ToHaveCountAsync(0);
        await CheckPageAsync("kpis-search-absence");

        var detail = await kpis.OpenAsync(SicknessAbsence);

        await detail.ExpectPathAsync(KpiDetailPage.PathFor(SicknessAbsenceCode));
        await detail.WaitForInteractiveAsync();
        await detail.ExpectHeadingAsync(SicknessAbsence);
        await Expect(detail.SectionHeading("Targets")).ToBeVisibleAsync();
        await Expect(detail.SectionHeading("Results")).ToBeVisibleAsync();
        if (await App.HasIllustrativeFiguresAsync(SicknessAbsenceCode))
        {
            await Expect(detail.IllustrativeNote).ToBeVisibleAsync();
        }

        await CheckPageAsync("kpi-sickness-absence");
    }
}
