using CouncilPerformance.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Journeys;

/// <summary>A scrutiny member prepares for the committee with the year's performance review.</summary>
public sealed class ReviewJourneyTests(AppFixture app) : JourneyTest(app)
{
    private const string FlyTips = "Fly-tips reported in the city";

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
