using System.Text.RegularExpressions;
using CouncilPerformance.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Journeys;

/// <summary>The decisions journey records decisions and closes a recommendation, so it has an app and database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class DecisionsAppCollectionDefinition : ICollectionFixture<AppFixture>
{
    public const string Name = "Decisions journeys";
}

/// <summary>
/// From "awaiting decision" to closed: Cabinet records a meeting's decisions (one of each outcome),
/// the implementing service area's officer adds an update that redefines the KPI, the 12-month
/// report-back shows it, and the committee accepts it as implemented. The decisions are illustrative:
/// the real Cabinet's decisions of 4 November 2025 are not in the source documents.
/// </summary>
[Collection(DecisionsAppCollectionDefinition.Name)]
public sealed class DecisionsJourneyTests(AppFixture app) : ResultsJourneyTest(app)
{
    private const string Pavements = "Pavements without defects present";

    [Fact]
    public async Task A_recommendation_goes_from_awaiting_decision_to_closed_in_the_browser()
    {
        await Cabinet_member_records_a_meetings_decisions_one_of_each_outcomeAsync();
        await SignOutAsync();

        await Officer_adds_an_update_that_redefines_the_KPI_and_the_KPI_page_shows_itAsync();
        await SignOutAsync();

        await Committee_sees_the_update_on_the_report_back_and_accepts_it_as_implementedAsync();
    }

    private async Task Cabinet_member_records_a_meetings_decisions_one_of_each_outcomeAsync()
    {
        var shell = await SignInAsync(DemoAccounts.Cabinet);
        var home = new CabinetHomePage(Page);
        await home.ExpectHeadingAsync(CabinetHomePage.Title);
        await Expect(home.Text("Overdue by")).ToBeVisibleAsync();
        await CheckPageAsync("decisions-cabinet-home", docsName: "decisions-cabinet-home");

        await InMain(shell).GetByRole(AriaRole.Link, new() { Name = "Record a meeting's decisions" }).ClickAsync();
        var meeting = new MeetingEntryPage(Page);
        await meeting.ExpectPathAsync(MeetingEntryPage.Path);
        await meeting.WaitForInteractiveAsync();
        await meeting.ExpectHeadingAsync(MeetingEntryPage.Title);

        await meeting.MeetingDate.FillAsync("04/11/2025");
        await meeting.DecideAsync("b", "Agreed", "Illustrative: Cabinet agreed the recommendation.", "Cabinet Member for City Services");
        await meeting.DecideAsync("Cabinet 2", "Agreed with amendment", "Illustrative: agreed as amended.", "Councillor G Duggins");
        await meeting.Field("Amended wording of Cabinet 2").FillAsync("That KPIs are measurable and show service improvement where they can.");
        await meeting.DecideAsync("Cabinet 3", "Accepted in principle", "Illustrative: accepted in principle.", "Councillor G Duggins");
        await meeting.Field("Action that will be taken on Cabinet 3").FillAsync("Officers mark each KPI national or local in the 2026/27 plan refresh.");
        await meeting.DecideAsync("Cabinet 4", "Not agreed", "Illustrative: not agreed.", "Councillor G Duggins");

        // Two decisions are incomplete: nothing is saved, and the summary names each row and field.
        await meeting.SaveButton.ClickAsync();
        await Expect(meeting.ErrorSummary).ToBeVisibleAsync();
        await Expect(meeting.ErrorSummary).ToContainTextAsync("Recommendation Cabinet 3: Enter the date by which the action will be taken");
        await Expect(meeting.ErrorSummary).ToContainTextAsync("Recommendation Cabinet 4: Enter Cabinet's reasons for not agreeing");
        await CheckPageAsync("decisions-meeting-problems", docsName: "decisions-meeting-problems");

        await meeting.Field("Action due by (Cabinet 3)").FillAsync("31/03/2026");
        await meeting.Field("Cabinet's reasons for not agreeing Cabinet 4").FillAsync("Illustrative: the annual plan refresh already covers this.");
        await meeting.SaveButton.ClickAsync();
        await Expect(meeting.SavedMessage).ToContainTextAsync("4 decisions saved.");
        await Expect(meeting.Row("b")).ToHaveCountAsync(0);
        await CheckPageAsync("decisions-meeting-saved");

        // 21 still await: the form's second page holds the last of them, and the deep dive lists them all from the first.
        await meeting.NextPage.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/cabinet/meeting\?page=2$"));
        await Expect(meeting.Row("p")).ToBeVisibleAsync();
        await Expect(meeting.Row("Cabinet 1")).ToHaveCountAsync(0);
        await Expect(meeting.Main).ToContainTextAsync("21 recommendations await Cabinet's decision; this is page 2 of 2, showing 21–21.");
        await meeting.DeepDive.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Expect(Page).ToHaveURLAsync(new Regex(@"/cabinet/meeting\?deepDive=\d+$"));
        await Expect(meeting.Row("Cabinet 1")).ToBeVisibleAsync();
        await Expect(meeting.Main).ToContainTextAsync("21 recommendations await Cabinet's decision from One Coventry Plan Deep Dive 2024/25; this is page 1 of 2");

        await meeting.GotoAsync("/cabinet");
        await Expect(home.Text("Agreed with amendment")).ToBeVisibleAsync();
        await InMain(shell).GetByRole(AriaRole.Link, new() { Name = "Cabinet 2", Exact = true }).ClickAsync();
        var recommendation = new RecommendationPage(Page);
        await recommendation.WaitForInteractiveAsync();
        await Expect(recommendation.Main.GetByText("As Cabinet amended it")).ToBeVisibleAsync();
        await Expect(recommendation.Main.GetByText("Original wording")).ToBeVisibleAsync();
        await CheckPageAsync("decisions-recommendation-amended", docsName: "decisions-recommendation-amended");

        // A correction needs a reason; the decision as it stood stays in the history.
        await recommendation.GotoAsync("/cabinet");
        await InMain(shell).GetByRole(AriaRole.Link, new() { Name = "Cabinet 4", Exact = true }).ClickAsync();
        await recommendation.WaitForInteractiveAsync();
        await InMain(shell).GetByRole(AriaRole.Link, new() { Name = "Correct this decision" }).ClickAsync();
        await recommendation.WaitForInteractiveAsync();
        await recommendation.ExpectHeadingAsync("Correct the decision on recommendation Cabinet 4");
        await recommendation.Field("Cabinet's reasons for not agreeing").FillAsync("Illustrative: the plan refresh and the annual review already cover this.");
        await InMain(shell).GetByRole(AriaRole.Button, new() { Name = "Save the correction" }).ClickAsync();
        await Expect(InMain(shell).GetByRole(AriaRole.Alert, new() { Name = "The correction was not saved" })).ToContainTextAsync("Say why the decision is being corrected");
        await recommendation.Field("Why the decision is being corrected").FillAsync("Illustrative: the reasons were copied from the wrong minute.");
        await InMain(shell).GetByRole(AriaRole.Button, new() { Name = "Save the correction" }).ClickAsync();
        await Expect(InMain(shell).GetByRole(AriaRole.List, new() { Name = "Earlier decisions" })).ToContainTextAsync("Illustrative: the annual plan refresh already covers this.");
        await Expect(InMain(shell).GetByRole(AriaRole.List, new() { Name = "Why the decision was corrected" })).ToContainTextAsync("copied from the wrong minute");
        await CheckPageAsync("decisions-corrected", docsName: "decisions-corrected", scrollTo: InMain(shell).GetByRole(AriaRole.Heading, new() { Name = "Decision", Exact = true }));

        // The reminder job ran when the app started: the overdue responses are in the Cabinet member's list.
        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "My reminders" }).ClickAsync();
        await shell.WaitForInteractiveAsync();
        await shell.ExpectHeadingAsync("My reminders");
        await Expect(InMain(shell).GetByText("Cabinet's response to recommendation Cabinet 1 is overdue")).ToBeVisibleAsync();
        await CheckPageAsync("decisions-my-reminders", docsName: "decisions-my-reminders");
    }

    private async Task Officer_adds_an_update_that_redefines_the_KPI_and_the_KPI_page_shows_itAsync()
    {
        var shell = await SignInAsync(DemoAccounts.Officer);
        await shell.GotoAsync("/cabinet");
        await InMain(shell).GetByRole(AriaRole.Link, new() { Name = "b", Exact = true }).ClickAsync();
        var page = new RecommendationPage(Page);
        await page.WaitForInteractiveAsync();
        await Expect(page.AddUpdateButton).ToBeVisibleAsync();

        await page.Field("What has been done").FillAsync("Illustrative: the metric now counts footway defects repaired within target time.");
        await page.ChooseAsync("Where implementation stands", "Implemented");
        await page.Field("Link or document reference (optional)").FillAsync("https://www.coventry.gov.uk/performance");
        await page.ChooseAsync("What changed in the plan", "KPI redefined");
        await page.ChooseAsync("KPI that changed", $"{Pavements} (PAVEMENTS)");
        await page.ChooseAsync("New definition from", "2025/26");
        await page.AddUpdateButton.ClickAsync();

        await Expect(page.UpdateSaved).ToBeVisibleAsync();
        await Expect(page.Updates).ToContainTextAsync("footway defects");
        await Expect(page.Updates).ToContainTextAsync("KPI redefined");
        await CheckPageAsync("decisions-officer-update", docsName: "decisions-officer-update", scrollTo: page.Main.GetByRole(AriaRole.Heading, new() { Name = "Implementation" }));

        await page.Updates.GetByRole(AriaRole.Link, new() { Name = Pavements }).ClickAsync();
        var kpi = new AppShell(Page);
        await kpi.WaitForInteractiveAsync();
        await kpi.ExpectHeadingAsync(Pavements);
        var changes = kpi.Main.GetByRole(AriaRole.List, new() { Name = "Recommendations that changed this KPI" });
        await Expect(changes).ToContainTextAsync("KPI redefined from 2025/26");
        await CheckPageAsync("decisions-kpi-changed-by", docsName: "decisions-kpi-changed-by", scrollTo: kpi.Main.GetByRole(AriaRole.Heading, new() { Name = "Changed by recommendations" }));
    }

    private async Task Committee_sees_the_update_on_the_report_back_and_accepts_it_as_implementedAsync()
    {
        var shell = await SignInAsync(DemoAccounts.Scrutiny);
        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "12-month report-back" }).ClickAsync();

        // Wait for the index itself: the home page also links to the deep dive (to its sessions).
        await shell.ExpectPathAsync("/report-back");
        await shell.ExpectHeadingAsync("12-month report-back");
        await InMain(shell).GetByRole(AriaRole.Link, new() { Name = "One Coventry Plan Deep Dive 2024/25", Exact = true }).ClickAsync();

        var report = new ReportBackPage(Page);
        await report.ExpectHeadingAsync("12-month report-back: One Coventry Plan Deep Dive 2024/25");
        await report.WaitForInteractiveAsync();
        await Expect(report.Row("b")).ToContainTextAsync("Reported implemented");
        await Expect(report.Row("b")).ToContainTextAsync("footway defects");
        await CheckPageAsync("decisions-report-back", docsName: "decisions-report-back", scrollTo: report.Row("b"));

        await report.View("b", "Accept as implemented and close").CheckAsync();
        await report.RecordButton("b").ClickAsync();
        await Expect(report.Row("b")).ToContainTextAsync("Accepted as implemented");
        await Expect(report.Row("b")).ToContainTextAsync("closed");
        await Expect(report.RecordButton("b")).ToHaveCountAsync(0);
        await CheckPageAsync("decisions-report-back-closed");
    }

    private static ILocator InMain(AppShell shell) => shell.Main;
}
