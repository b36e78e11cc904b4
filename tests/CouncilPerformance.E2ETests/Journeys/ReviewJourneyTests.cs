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
