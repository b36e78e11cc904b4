using System.Text.RegularExpressions;

namespace CouncilPerformance.Web.Tests.Integration.Paging;

/// <summary>
/// The feature lists (deep dives, the report-back, work programmes, the committee's decisions, the
/// board-review tracker, the plan's service areas, the users) read one page from the database and send as many
/// SQL commands however many boards, deep dives, items, reviews, areas and accounts there are.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed partial class FeatureListPagingTests(CountingAppFactory app) : IClassFixture<CountingAppFactory>
{
    private const string Scrutiny = "scrutiny@example.org";
    private const string Admin = "admin@example.org";
    private const string Cabinet = "cabinet@example.org";
    private const int Added = 60;

    public static TheoryData<string, string> Views => new()
    {
        { "/deep-dives", Scrutiny },
        { "/report-back", Scrutiny },
        { "/scrutiny/work-programme", Scrutiny },
        { "/scrutiny/decisions", Scrutiny },
        { "/scrutiny/board-reviews", Scrutiny },
        { "/admin/plan/service-areas", Admin },
        { "/admin/users", Admin },
    };

    [Fact]
    public async Task Each_feature_list_sends_as_many_commands_with_60_more_of_each_row_as_without()
    {
        var before = new Dictionary<string, int>();
        foreach (var (path, email) in Views.Select(v => ((string)v[0], (string)v[1])))
        {
            before[path] = await CountGetAsync(path, email);
        }

        await app.AddFeatureRowsAsync(Added);

        foreach (var (path, email) in Views.Select(v => ((string)v[0], (string)v[1])))
        {
            var after = await CountGetAsync(path, email);
            Assert.True(before[path] == after, $"{path} sent {before[path]} commands before and {after} after adding {Added} of each feature row.");
            Assert.InRange(after, 1, 12);
        }
    }

    [Fact]
    public async Task The_users_page_shows_fifty_accounts_and_the_next_page_the_rest()
    {
        await EnsureRowsAsync();
        var client = await app.SignedInClientAsync(Admin);

        var first = await client.GetStringAsync(new Uri("/admin/users", UriKind.Relative));
        var second = await client.GetStringAsync(new Uri("/admin/users?page=2", UriKind.Relative));

        var total = int.Parse(ShowingOf().Match(Html.MainText(first)).Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 50, $"expected more than a page of accounts, got {total}");
        Assert.Equal(50, UserLinks().Count(first));
        Assert.Equal(Math.Min(50, total - 50), UserLinks().Count(second));
        Assert.Contains("Next page", Html.MainText(first), StringComparison.Ordinal);
        Assert.Contains("Previous page", Html.MainText(second), StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Pages of users\"", first, StringComparison.Ordinal);
        // Pages do not overlap: the first row of page 2 is not on page 1.
        var firstOfSecond = UserLinks().Match(second).Value;
        Assert.DoesNotContain(firstOfSecond, first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searching_the_users_narrows_the_list_in_the_database()
    {
        await EnsureRowsAsync();
        var client = await app.SignedInClientAsync(Admin);

        var html = await client.GetStringAsync(new Uri("/admin/users?q=paging.user007", UriKind.Relative));

        Assert.Single(UserLinks().Matches(html));
        Assert.Contains("paging.user007@example.org", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Next page", Html.MainText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_deep_dives_work_programme_and_tracker_show_one_page_and_a_pager()
    {
        await EnsureRowsAsync();
        var client = await app.SignedInClientAsync(Scrutiny);

        var deepDives = await client.GetStringAsync(new Uri("/deep-dives", UriKind.Relative));
        var programme = await client.GetStringAsync(new Uri("/scrutiny/work-programme", UriKind.Relative));
        var programme2 = await client.GetStringAsync(new Uri("/scrutiny/work-programme?page=2", UriKind.Relative));
        var tracker = await client.GetStringAsync(new Uri("/scrutiny/board-reviews", UriKind.Relative));

        Assert.Equal(20, DeepDiveTitles().Count(deepDives));
        Assert.Contains("aria-label=\"Pages of deep dives\"", deepDives, StringComparison.Ordinal);
        Assert.Equal(20, WorkProgrammeItems().Count(programme));
        Assert.Contains("aria-label=\"Pages of the work programme\"", programme, StringComparison.Ordinal);
        Assert.Contains("Page 2 of", Html.MainText(programme2), StringComparison.Ordinal);
        Assert.Equal(50, TrackerRows().Count(tracker));
        Assert.Contains("aria-label=\"Pages of the tracker\"", tracker, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_deep_dives_pager_is_links_and_the_second_page_the_next_twenty()
    {
        await EnsureRowsAsync();
        var client = await app.SignedInClientAsync(Scrutiny);

        var first = await client.GetStringAsync(new Uri("/deep-dives", UriKind.Relative));
        var second = await client.GetStringAsync(new Uri("/deep-dives?page=2", UriKind.Relative));

        Assert.Contains("<a class=\"mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body1\" href=\"/deep-dives?page=2\">Next page</a>", first, StringComparison.Ordinal);
        Assert.Contains("Page 2 of", Html.MainText(second), StringComparison.Ordinal);
        var firstIds = DeepDiveIds().Matches(first).Select(m => m.Groups["id"].Value).ToList();
        var secondIds = DeepDiveIds().Matches(second).Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(20, secondIds.Count);
        Assert.Empty(firstIds.Intersect(secondIds));
    }

    [Fact]
    public async Task The_report_back_lists_fifty_deep_dives_by_title_and_the_next_page_the_rest()
    {
        await EnsureRowsAsync();
        var client = await app.SignedInClientAsync(Scrutiny);

        var first = await client.GetStringAsync(new Uri("/report-back", UriKind.Relative));
        var second = await client.GetStringAsync(new Uri("/report-back?page=2", UriKind.Relative));

        var total = int.Parse(DeepDivesWithReferred().Match(Html.MainText(first)).Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 50, $"expected more than a page of deep dives, got {total}");
        var firstLinks = ReportBackLinks(first);
        var secondLinks = ReportBackLinks(second);
        Assert.Equal(50, firstLinks.Count);
        Assert.Equal(Math.Min(50, total - 50), secondLinks.Count);
        Assert.Empty(firstLinks.Select(l => l.Id).Intersect(secondLinks.Select(l => l.Id)));
        Assert.Equal([.. firstLinks.Select(l => l.Title).Order(StringComparer.Ordinal)], firstLinks.Select(l => l.Title));
        Assert.Contains("aria-label=\"Pages of the report-back\"", first, StringComparison.Ordinal);
        Assert.Contains("Page 2 of", Html.MainText(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_back_past_its_last_page_shows_the_last_page()
    {
        await EnsureRowsAsync();
        var client = await app.SignedInClientAsync(Scrutiny);

        var first = await client.GetStringAsync(new Uri("/report-back", UriKind.Relative));
        var total = int.Parse(DeepDivesWithReferred().Match(Html.MainText(first)).Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var pages = (total + 49) / 50;
        var last = await client.GetStringAsync(new Uri($"/report-back?page={pages}", UriKind.Relative));
        var past = await client.GetStringAsync(new Uri("/report-back?page=999", UriKind.Relative));

        Assert.True(pages > 1, $"expected more than a page of deep dives, got {total}");
        Assert.Equal(total - (50 * (pages - 1)), ReportBackLinks(past).Count);
        Assert.Equal(ReportBackLinks(last), ReportBackLinks(past));
        Assert.Contains($"Page {pages} of {pages}.", Html.MainText(past), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_work_programme_past_its_last_page_shows_the_last_page()
    {
        await EnsureRowsAsync();
        var client = await app.SignedInClientAsync(Scrutiny);

        var first = await client.GetStringAsync(new Uri("/scrutiny/work-programme", UriKind.Relative));
        var total = int.Parse(WorkProgrammeTotal().Match(Html.MainText(first)).Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var pages = (total + 19) / 20;
        var last = await client.GetStringAsync(new Uri($"/scrutiny/work-programme?page={pages}", UriKind.Relative));
        var past = await client.GetStringAsync(new Uri("/scrutiny/work-programme?page=999", UriKind.Relative));

        Assert.True(pages > 1, $"expected more than a page of work-programme items, got {total}");
        Assert.Equal(total - (20 * (pages - 1)), WorkProgrammeItems().Count(past));
        Assert.Equal(WorkProgrammeItems().Matches(last).Select(m => m.Value), WorkProgrammeItems().Matches(past).Select(m => m.Value));
        Assert.Contains($"Page {pages} of {pages}.", Html.MainText(past), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scrutiny_member_gets_a_form_of_labelled_native_fields_for_each_open_item_and_a_Cabinet_member_none()
    {
        await EnsureRowsAsync();

        var scrutiny = await (await app.SignedInClientAsync(Scrutiny)).GetStringAsync(new Uri("/scrutiny/work-programme", UriKind.Relative));
        var cabinet = await (await app.SignedInClientAsync(Cabinet)).GetStringAsync(new Uri("/scrutiny/work-programme", UriKind.Relative));

        var forms = SaveButtons().Count(scrutiny);
        Assert.InRange(forms, 1, 20);
        Assert.Equal(forms, TakenOnLabels().Count(scrutiny));
        Assert.Equal(forms, OutcomeLabels().Count(scrutiny));
        Assert.Equal(forms, System.Text.RegularExpressions.Regex.Count(scrutiny, "<textarea id=\"wp-\\d+-outcome\""));
        // Native inputs, not MudBlazor's date picker and text field (a component tree each).
        Assert.DoesNotContain("mud-picker", scrutiny, StringComparison.Ordinal);
        Assert.DoesNotContain("mud-input-control", MainOf(scrutiny), StringComparison.Ordinal);
        Assert.Equal(20, WorkProgrammeItems().Count(cabinet));
        Assert.Equal(0, SaveButtons().Count(cabinet));
    }

    [Fact]
    public async Task The_tracker_offers_the_review_link_to_scrutiny_members_only()
    {
        await EnsureRowsAsync();

        var scrutiny = await (await app.SignedInClientAsync(Scrutiny)).GetStringAsync(new Uri("/scrutiny/board-reviews", UriKind.Relative));
        var cabinet = await (await app.SignedInClientAsync(Cabinet)).GetStringAsync(new Uri("/scrutiny/board-reviews", UriKind.Relative));

        Assert.Equal(50, TrackerRows().Count(scrutiny));
        Assert.Equal(0, TrackerRows().Count(cabinet));
        // The same 50 boards, in the same table, for both.
        Assert.Equal(Html.TableRows(scrutiny).Select(r => r.Take(4)).SelectMany(c => c), Html.TableRows(cabinet).Select(r => r.Take(4)).SelectMany(c => c));
        Assert.Equal(51, Html.TableRows(cabinet).Count);
    }

    [Fact]
    public async Task The_trackers_second_page_follows_the_first_and_a_page_that_is_not_a_number_shows_the_first()
    {
        await EnsureRowsAsync();
        var client = await app.SignedInClientAsync(Scrutiny);

        var first = await client.GetStringAsync(new Uri("/scrutiny/board-reviews", UriKind.Relative));
        var second = await client.GetStringAsync(new Uri("/scrutiny/board-reviews?page=2", UriKind.Relative));
        var edited = await client.GetStringAsync(new Uri("/scrutiny/board-reviews?page=two", UriKind.Relative));

        Assert.Contains("Showing 51 to", Html.MainText(second), StringComparison.Ordinal);
        Assert.Contains("href=\"/scrutiny/board-reviews?page=1\"", second, StringComparison.Ordinal);
        var onFirst = TrackerRows().Matches(first).Select(m => m.Value).ToList();
        Assert.Equal(50, onFirst.Count);
        Assert.Empty(onFirst.Intersect(TrackerRows().Matches(second).Select(m => m.Value)));
        Assert.Equal(Html.TableRows(first), Html.TableRows(edited));
    }

    private static string MainOf(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "<main[^>]*>.*</main>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;

    private static List<(string Id, string Title)> ReportBackLinks(string html) =>
        [.. ReportBackLink().Matches(html).Select(m => (m.Groups["id"].Value, System.Net.WebUtility.HtmlDecode(m.Groups["title"].Value)))];

    private async Task EnsureRowsAsync()
    {
        var client = await app.SignedInClientAsync(Admin);
        var html = await client.GetStringAsync(new Uri("/admin/users?q=paging.user001", UriKind.Relative));
        if (!html.Contains("paging.user001@example.org", StringComparison.Ordinal))
        {
            await app.AddFeatureRowsAsync(Added);
        }
    }

    private async Task<int> CountGetAsync(string path, string email)
    {
        var client = await app.SignedInClientAsync(email);
        return await app.CountAsync(path, async () =>
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            _ = await response.Content.ReadAsStringAsync();
        });
    }

    // An account's page; not the "New account" link to /admin/users/new.
    [GeneratedRegex("""href="/admin/users/(?!new")[^"?]+" """)]
    private static partial Regex UserLinks();

    [GeneratedRegex(@"Showing \d+ to \d+ of (?<total>\d+)")]
    private static partial Regex ShowingOf();

    [GeneratedRegex("""<h2 class="section-title"><a href="/deep-dives/\d+" """)]
    private static partial Regex DeepDiveTitles();

    [GeneratedRegex("""<h2 class="section-title"><a href="/deep-dives/(?<id>\d+)" """)]
    private static partial Regex DeepDiveIds();

    [GeneratedRegex(@"(?<total>\d+) items: \d+ open, \d+ closed\.")]
    private static partial Regex WorkProgrammeTotal();

    [GeneratedRegex("""<section class="meeting-row" id="wp-\d+" aria-labelledby="wp-title-""")]
    private static partial Regex WorkProgrammeItems();

    [GeneratedRegex("""href="/scrutiny/board-reviews/\d+/\d+" """)]
    private static partial Regex TrackerRows();

    [GeneratedRegex(@"(?<total>\d+) deep dives have recommendations put to their body")]
    private static partial Regex DeepDivesWithReferred();

    [GeneratedRegex("""href="/report-back/(?<id>\d+)">(?<title>[^<]+)</a>""")]
    private static partial Regex ReportBackLink();

    [GeneratedRegex("""<button type="submit" class="native-button primary">Save what the board recorded for """)]
    private static partial Regex SaveButtons();

    [GeneratedRegex("""<label for="wp-\d+-takenon">Date the board took """)]
    private static partial Regex TakenOnLabels();

    [GeneratedRegex("""<label for="wp-\d+-outcome">What came of """)]
    private static partial Regex OutcomeLabels();
}
