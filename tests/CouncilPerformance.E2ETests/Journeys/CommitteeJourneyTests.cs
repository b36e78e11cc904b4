using CouncilPerformance.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Journeys;

/// <summary>The committee journey decides and closes recommendations, so it has an app and database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class CommitteeAppCollectionDefinition : ICollectionFixture<AppFixture>
{
    public const string Name = "Committee journeys";
}

/// <summary>
/// What Cabinet does not decide, from "awaiting decision" to closed: the committee decides its own
/// recommendations at a meeting, puts a board's work onto that board's work programme, the board
/// records when it took the item and what came of it, and the committee closes it at the report-back.
/// The browser runs in US English, and every date is still typed and shown the UK way. The decisions
/// are illustrative: what the committee resolved on 30 October 2025 is not in the source documents.
/// </summary>
[Collection(CommitteeAppCollectionDefinition.Name)]
public sealed class CommitteeJourneyTests(AppFixture app) : ResultsJourneyTest(app)
{
    private const string HotStreets = "Hot-Streets Analysis";
    private const string Board4 = "Communities and Neighbourhoods Scrutiny Board (4)";

    protected override string BrowserLocale => "en-US";

    [Fact]
    public async Task The_committee_decides_its_own_recommendation_and_closes_a_boards_work_programme_item()
    {
        var shell = await SignInAsync(DemoAccounts.Scrutiny);
        Assert.Equal("en-US", await Page.EvaluateAsync<string>("() => navigator.language"));

        // SCRUCO 1–3 were put to the committee on 30 October 2025; it records what it decided.
        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "Committee's decisions" }).ClickAsync();
        var decisions = new CommitteeDecisionsPage(Page);
        await decisions.ExpectPathAsync(CommitteeDecisionsPage.Path);
        await decisions.WaitForInteractiveAsync();
        await decisions.ExpectHeadingAsync(CommitteeDecisionsPage.Title);
        await Expect(decisions.Row("SCRUCO 3")).ToContainTextAsync("Response due: 30 December 2025");
        await decisions.MeetingDate.FillAsync("30/10/2025");
        await decisions.Outcome("SCRUCO 3", "Agreed").CheckAsync();
        await Expect(decisions.MeetingDate).ToHaveValueAsync("30/10/2025");
        await decisions.Field("Decision on SCRUCO 3, as the minutes record it").FillAsync("Illustrative: the committee agreed that each scrutiny body reviews its KPIs every year.");
        await decisions.SaveButton.ClickAsync();
        await Expect(decisions.ErrorSummary).ToContainTextAsync("Recommendation SCRUCO 3: Enter the lead member");
        await CheckPageAsync("committee-decisions-problems", docsName: "committee-decisions");

        await decisions.Field("Lead member for SCRUCO 3").FillAsync("Councillor G Lloyd");
        await CheckPageAsync("committee-decisions-form");
        await decisions.SaveButton.ClickAsync();
        await Expect(decisions.SavedMessage).ToContainTextAsync("1 decision saved.");
        await Expect(decisions.Row("SCRUCO 3")).ToHaveCountAsync(0);
        await CheckPageAsync("committee-decisions-saved");

        // Section 17.2 is work for board 4: the committee puts it on the board's work programme.
        var committee = new CommitteePage(Page);
        await committee.GotoAsync(CommitteePage.Path);
        await committee.WaitForInteractiveAsync();
        await committee.ExpectHeadingAsync(CommitteePage.Title);
        await committee.Choose("programme-date", "17.2").CheckAsync();
        await committee.Date("Date put on the work programme").FillAsync("20/11/2025");
        await committee.Button("Put the chosen on their boards' work programmes").ClickAsync();
        await Expect(committee.Done).ToContainTextAsync("(17.2) put on their boards' work programmes");
        await CheckPageAsync("committee-put-on-programme");

        // The board records when it took the item and what came of it.
        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "Boards' work programmes" }).ClickAsync();
        var programme = new WorkProgrammePage(Page);
        await programme.ExpectPathAsync(WorkProgrammePage.Path);
        await programme.WaitForInteractiveAsync();
        await programme.ExpectHeadingAsync(WorkProgrammePage.Title);
        await programme.Board.SelectOptionAsync(new SelectOptionValue { Label = Board4 });
        await programme.ShowButton.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/scrutiny/work-programme\?board=\d+$"));
        // The address changes before the board's programme is swapped in: wait for the page at it before typing.
        await programme.WaitForInteractiveAsync();
        var item = programme.Item("17.2", HotStreets);
        await Expect(item).ToContainTextAsync("20 November 2025");
        await Expect(programme.Field("Date the board took 17.2")).ToHaveValueAsync("20/11/2025");
        await programme.Field("Date the board took 17.2").FillAsync("14/01/2026");
        await programme.Field("What came of 17.2").FillAsync("<script>alert(1)</script>");
        await item.GetByRole(AriaRole.Button, new() { Name = "Save what the board recorded for 17.2" }).ClickAsync();
        await Expect(item.GetByRole(AriaRole.Alert, new() { Name = "Nothing was saved for 17.2" })).ToContainTextAsync("What came of it must be plain text");
        await programme.Field("What came of 17.2").FillAsync("Illustrative: the board heard why Ball Hill stays a hot street and asked for a follow-up in six months.");
        await item.GetByRole(AriaRole.Button, new() { Name = "Save what the board recorded for 17.2" }).ClickAsync();
        await Expect(item.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved what the board recorded for 17.2.");
        await Expect(item).ToContainTextAsync("14 January 2026");
        await CheckPageAsync("committee-work-programme", docsName: "committee-work-programme", scrollTo: item);

        // Only the committee closes it, at the report-back.
        await item.GetByRole(AriaRole.Link, new() { Name = "Close it at the report-back" }).ClickAsync();
        var report = new ReportBackPage(Page);
        await report.ExpectHeadingAsync("12-month report-back: One Coventry Plan Deep Dive 2024/25");
        await report.WaitForInteractiveAsync();
        await Expect(report.Row("17.2")).ToContainTextAsync($"{Board4}: taken on 14 January 2026");
        await report.View("17.2", "Accept as implemented and close").CheckAsync();
        await report.Row("17.2").GetByLabel("Date of the committee's meeting (17.2)", new() { Exact = true }).FillAsync("26/11/2026");
        await CheckPageAsync("committee-report-back-board-item", docsName: "committee-report-back-board-item", scrollTo: report.Row("17.2"));
        await report.RecordButton("17.2").ClickAsync();
        await Expect(report.Row("17.2")).ToContainTextAsync("closed 26 November 2026");
        await Expect(report.RecordButton("17.2")).ToHaveCountAsync(0);

        // The committee's own decision is on the report-back too, ready to be closed in the same way.
        await Expect(report.Row("SCRUCO 3")).ToContainTextAsync("Agreed on 30 October 2025");
        await Expect(report.RecordButton("SCRUCO 3")).ToBeVisibleAsync();
        await CheckPageAsync("committee-report-back-closed");

        await programme.GotoAsync(WorkProgrammePage.Path);
        await programme.WaitForInteractiveAsync();
        await Expect(programme.Item("17.2", HotStreets)).ToContainTextAsync("Closed by the committee on 26 November 2026");
        await CheckPageAsync("committee-work-programme-closed");
    }

    [Fact]
    public async Task A_scrutiny_member_closes_a_deep_dive_and_reopens_it()
    {
        var shell = await SignInAsync(DemoAccounts.Scrutiny);
        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "Deep dives" }).ClickAsync();
        await shell.WaitForInteractiveAsync();
        await shell.Main.GetByRole(AriaRole.Link, new() { Name = "One Coventry Plan Deep Dive 2024/25", Exact = true }).ClickAsync();
        await shell.ExpectHeadingAsync("One Coventry Plan Deep Dive 2024/25");
        await shell.WaitForInteractiveAsync();
        await shell.Main.GetByRole(AriaRole.Link, new() { Name = "Edit the deep dive" }).ClickAsync();
        await shell.WaitForInteractiveAsync();
        await shell.Main.GetByLabel("Closed on", new() { Exact = true }).FillAsync("30/11/2026");
        await shell.Main.GetByLabel("Closed on", new() { Exact = true }).PressAsync("Tab");
        await shell.Main.GetByRole(AriaRole.Button, new() { Name = "Close the deep dive" }).ClickAsync();

        await shell.ExpectHeadingAsync("One Coventry Plan Deep Dive 2024/25");
        await Expect(shell.Main.GetByText("Closed on 30 November 2026.")).ToBeVisibleAsync();
        await Expect(shell.Main.GetByRole(AriaRole.Link, new() { Name = "Add a session" })).ToHaveCountAsync(0);
        await shell.WaitForInteractiveAsync();
        await CheckPageAsync("committee-deep-dive-closed");

        await shell.Main.GetByRole(AriaRole.Button, new() { Name = "Reopen the deep dive" }).ClickAsync();
        await Expect(shell.Main.GetByRole(AriaRole.Link, new() { Name = "Add a session" })).ToBeVisibleAsync();
        await Expect(shell.Main.GetByText("Closed on 30 November 2026.")).ToHaveCountAsync(0);
        await CheckPageAsync("committee-deep-dive-reopened");
    }

    [Fact]
    public async Task A_Cabinet_member_reads_the_work_programmes_but_may_not_record_the_committees_decisions()
    {
        var shell = await SignInAsync(DemoAccounts.Cabinet);

        await shell.GotoAsync(WorkProgrammePage.Path);
        await shell.WaitForInteractiveAsync();
        await shell.ExpectHeadingAsync(WorkProgrammePage.Title);
        // The board's Show is the only button: no item has a form to record what the board did.
        await Expect(shell.Main.GetByRole(AriaRole.Button)).ToHaveTextAsync(["Show"]);
        await Expect(shell.Main.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
        await CheckPageAsync("committee-work-programme-cabinet");

        await Page.GotoAsync(CommitteeDecisionsPage.Path);
        await new AccessDeniedPage(Page).ExpectHeadingAsync(AccessDeniedPage.Title);
    }
}
