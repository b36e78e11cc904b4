using CouncilPerformance.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Journeys;

/// <summary>A scrutiny member prepares for the committee with the year's performance review.</summary>
public sealed class ReviewJourneyTests(AppFixture app) : JourneyTest(app)
{
    private const string FlyTips = "Fly-tips reported in the city";
    private const string RoadsA = "Principal roads (A roads) in a good/acceptable condition";

    [Fact]
    public async Task Scrutiny_member_opens_the_2024_25_review_filters_by_board_and_sees_the_achieved_targets()
    {
        var shell = await SignInAsAsync(DemoAccounts.Scrutiny);
        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "Performance review" }).ClickAsync();

        var review = new ReviewPage(Page);
        await review.ExpectPathAsync("/review");
        await review.WaitForInteractiveAsync();
        await review.ExpectHeadingAsync(ReviewPage.TitleFor("2024/25"));
        await Expect(review.Headline).ToContainTextAsync("On target");
        await Expect(review.Headline).ToContainTextAsync("improved or stayed the same");
        await Expect(review.SectionHeading("Off target")).ToBeVisibleAsync();
        await Expect(review.SectionHeading("Achieved targets")).ToBeVisibleAsync();
        await Expect(review.Section("Achieved targets")).ToContainTextAsync("met or beat");
        await CheckPageAsync("scrutiny-review-2024");

        await review.FilterAsync("Scrutiny board", "Communities and Neighbourhoods Scrutiny Board (4)");

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("board=\\d+"));
        await Expect(review.Headline).ToContainTextAsync("(filtered)");
        await Expect(review.Section("Off target")).ToContainTextAsync(FlyTips);
        await CheckPageAsync("scrutiny-review-2024-board");

        await review.Main.GetByRole(AriaRole.Link, new() { Name = "Run the KPI health check" }).ClickAsync();
        await review.ExpectHeadingAsync("KPI health check 2024/25");
        await Expect(review.Main.GetByRole(AriaRole.Table)).ToContainTextAsync("Reviewed by its scrutiny board this year");
        await Expect(review.Main.GetByRole(AriaRole.Row, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Proportion of neighbourhoods amongst") }).First).ToContainTextAsync("Not due");
        await CheckPageAsync("scrutiny-health-check-2024");
    }

    [Fact]
    public async Task Scrutiny_member_takes_two_off_target_KPIs_into_a_new_deep_dive_session_with_a_finding()
    {
        await SignInAsAsync(DemoAccounts.Scrutiny);
        var review = new ReviewPage(Page);
        await review.GotoAsync(ReviewPage.PathFor(2024));
        await review.ExpectHeadingAsync(ReviewPage.TitleFor("2024/25"));

        await review.ChooseBox(FlyTips).CheckAsync();
        await review.ChooseBox(RoadsA).CheckAsync();
        await Expect(review.Main.GetByRole(AriaRole.Status).First).ToContainTextAsync("2 KPIs chosen");
        await review.TakeIntoDeepDiveButton.ClickAsync();

        var start = new StartSessionPage(Page);
        await start.ExpectHeadingAsync(StartSessionPage.Title);
        await start.WaitForInteractiveAsync();
        await CheckPageAsync("scrutiny-take-into-deep-dive");
        await start.StartNewButton.ClickAsync();

        var seriesForm = new SeriesFormPage(Page);
        await seriesForm.ExpectHeadingAsync(SeriesFormPage.NewTitle);
        await seriesForm.WaitForInteractiveAsync();
        await seriesForm.TitleBox.FillAsync("Deep dive 2024/25: street scene follow-up");
        await CheckPageAsync("scrutiny-deep-dive-new");
        await seriesForm.SaveButton.ClickAsync();

        var session = new SessionFormPage(Page);
        await session.ExpectHeadingAsync(SessionFormPage.NewTitle);
        await session.WaitForInteractiveAsync();
        await session.Finding(FlyTips).FillAsync("Hot streets remain persistent problems; enforcement alone is not enough.");
        await session.Portfolio("City Services").CheckAsync();
        await session.AddAttendeeButton.ClickAsync();
        await session.AttendeeName(1).FillAsync("Councillor P Hetherton");
        await session.AttendeeTitle(1).FillAsync("Cabinet Member for City Services");
        await session.AttendeeRole(1).SelectOptionAsync("Cabinet Member");
        await CheckPageAsync("scrutiny-session-new");
        await session.SaveButton.ClickAsync();

        var detail = new DeepDiveDetailPage(Page);
        await detail.ExpectHeadingAsync("Deep dive 2024/25: street scene follow-up");
        await Expect(detail.Session(1)).ToContainTextAsync("Hot streets remain persistent problems");
        await Expect(detail.Session(1)).ToContainTextAsync(RoadsA);
        await Expect(detail.Session(1)).ToContainTextAsync("Councillor P Hetherton, Cabinet Member for City Services (Cabinet Member)");
        await CheckPageAsync("scrutiny-deep-dive-with-session");

        // Drafting from the finding, with the keyboard alone.
        await detail.DraftFromFinding(FlyTips).ClickAsync();
        var draft = new DraftFormPage(Page);
        await draft.ExpectHeadingAsync(DraftFormPage.Title);
        await draft.WaitForInteractiveAsync();
        await Expect(draft.Finding).ToHaveValueAsync("Hot streets remain persistent problems; enforcement alone is not enough.");
        await Expect(draft.ToCabinet).ToBeCheckedAsync();
        await draft.Reference.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(draft.ErrorSummary).ToContainTextAsync("Enter the reference");
        await Expect(draft.ErrorSummary).ToBeFocusedAsync();
        await CheckPageAsync("scrutiny-draft-errors");
        await draft.Reference.FocusAsync();
        await Page.Keyboard.TypeAsync("q");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(draft.ShortTitle).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("Persistent fly-tipping hot streets");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(draft.Wording).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("That the Cabinet Member for City Services reports which hot streets remain persistent fly-tipping problems and why.");
        await Page.Keyboard.PressAsync("Shift+Tab");
        await Expect(draft.ShortTitle).ToBeFocusedAsync();
        await CheckPageAsync("scrutiny-draft-filled");
        await Page.Keyboard.PressAsync("Enter");

        var recommendation = new RecommendationPage(Page);
        await recommendation.ExpectHeadingAsync("Recommendation q: Persistent fly-tipping hot streets");
        await Expect(recommendation.Fact("Draft")).ToBeVisibleAsync();
        await CheckPageAsync("scrutiny-draft-saved");

        // The committee endorses it at a meeting, then puts it to Cabinet.
        var committee = new CommitteePage(Page);
        await committee.GotoAsync(CommitteePage.Path);
        await committee.ExpectHeadingAsync(CommitteePage.Title);
        await committee.Choose("endorse-date", "q").CheckAsync();
        await committee.Date("Date of the meeting that endorsed them").FillAsync("10/12/2026");
        await committee.Button("Endorse the chosen drafts").ClickAsync();
        await Expect(committee.Done).ToContainTextAsync("(q) endorsed");
        await committee.Choose("refer-date", "q").CheckAsync();
        await committee.Date("Date put to the body (starts the response clock)").FillAsync("15/12/2026");
        await CheckPageAsync("scrutiny-committee-endorsed");
        await committee.Button("Put the chosen to their body").ClickAsync();
        await Expect(committee.Done).ToContainTextAsync("(q) put to their body");
        await CheckPageAsync("scrutiny-committee-referred");

        // The recommendations list is a static page: its filters apply with their button, and only
        // the filters chosen go in the address.
        await recommendation.GotoAsync("/recommendations");
        await recommendation.Main.GetByLabel("Addressed to", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Cabinet" });
        await recommendation.Main.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Awaiting decision" });
        await recommendation.Main.GetByLabel("Search recommendations").FillAsync("Persistent fly-tipping hot streets");
        await recommendation.Main.GetByRole(AriaRole.Button, new() { Name = "Filter recommendations" }).ClickAsync();
        await recommendation.ExpectPathAsync("/recommendations?q=Persistent+fly-tipping+hot+streets&to=cabinet&status=awaitingdecision");
        await recommendation.WaitForInteractiveAsync();
        await Expect(recommendation.Main.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 recommendation");
        await Page.GetByRole(AriaRole.Link, new() { Name = "q", Exact = true }).First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/recommendations/\d+$"));
        await recommendation.ExpectHeadingAsync("Recommendation q: Persistent fly-tipping hot streets");
        await Expect(recommendation.Fact("Endorsed by the committee on10 December 2026")).ToBeVisibleAsync();
        await Expect(recommendation.Fact("response due by 15 February 2027")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_board_records_its_annual_review_and_the_tracker_shows_it()
    {
        var shell = await SignInAsAsync(DemoAccounts.Scrutiny);
        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "Board annual reviews" }).ClickAsync();
        await shell.ExpectHeadingAsync("Board annual reviews 2024/25");
        await CheckPageAsync("scrutiny-board-reviews-tracker");

        const string Board = "Finance and Corporate Services Scrutiny Board (1)";
        await shell.Main.GetByRole(AriaRole.Link, new() { Name = $"Record the review by {Board}" }).ClickAsync();
        await shell.ExpectHeadingAsync($"Annual review of KPIs: {Board}, 2024/25");
        await shell.WaitForInteractiveAsync();
        await shell.Main.GetByLabel("Date of the meeting").FillAsync("08/10/2025");
        await shell.Main.GetByLabel("Reviewed: Council tax collection rate").CheckAsync();
        await shell.Main.GetByLabel("Comment on Council tax collection rate").FillAsync("In-year collection fell to 93.4% against a 94% target.");
        await shell.Main.GetByLabel("What the board asks for").FillAsync("A report on third-party collection agencies' performance.");
        await CheckPageAsync("scrutiny-board-review-form");
        await shell.Main.GetByRole(AriaRole.Button, new() { Name = "Save the review" }).ClickAsync();

        await shell.ExpectHeadingAsync("Board annual reviews 2024/25");
        await Expect(shell.Main.GetByRole(AriaRole.Row, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Finance and Corporate") })).ToContainTextAsync("Reviewed on 8 October 2025");
    }

    [Fact]
    public async Task A_year_that_is_not_published_has_no_review()
    {
        await SignInAsAsync(DemoAccounts.Cabinet);
        var review = new ReviewPage(Page);
        await review.GotoAsync(ReviewPage.PathFor(2025));

        await review.ExpectHeadingAsync("Performance review");
        await Expect(review.Main).ToContainTextAsync("has not been published");
        await CheckPageAsync("cabinet-review-unpublished");
    }
}
