using System.Globalization;
using System.Text.RegularExpressions;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Recommendations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration.Paging;

/// <summary>
/// The committee's meeting form reads one page of what awaits its decision from the database (filtered
/// by the deep dive the meeting took), and the scrutiny home shows a few recent deep dives, however
/// many recommendations and deep dives there are.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed partial class MeetingAndHomePagingTests(CountingAppFactory app) : IClassFixture<CountingAppFactory>
{
    private const string Scrutiny = "scrutiny@example.org";
    private const string SeedDeepDive = "One Coventry Plan Deep Dive 2024/25";
    private const int Added = 60;
    private const int PageSize = 20;

    [Fact]
    public async Task The_committees_meeting_form_shows_twenty_recommendations_a_page_and_pager_links()
    {
        await EnsureRowsAsync();
        var total = await AwaitingCommitteeAsync();
        var pages = (total + PageSize - 1) / PageSize;
        Assert.True(total > 2 * PageSize, $"expected more than two pages awaiting the committee, got {total}");

        var first = await GetAsync("/scrutiny/decisions");
        var second = await GetAsync("/scrutiny/decisions?page=2");
        var last = await GetAsync($"/scrutiny/decisions?page={pages}");

        Assert.Equal(PageSize, Rows(first).Count);
        Assert.Equal(PageSize, Rows(second).Count);
        Assert.Equal(total - (PageSize * (pages - 1)), Rows(last).Count);
        Assert.Empty(Rows(first).Intersect(Rows(second)));
        Assert.Contains($"{total} recommendations await the committee's decision; this is page 1 of {pages}, showing 1–20.", Html.MainText(first), StringComparison.Ordinal);
        Assert.Contains($"this is page 2 of {pages}, showing 21–40.", Html.MainText(second), StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Pages of recommendations awaiting a decision\"", first, StringComparison.Ordinal);
        Assert.Contains("/scrutiny/decisions?page=2\"", first, StringComparison.Ordinal);
        // The seed's SCRUCO recommendations have a response due; the added ones none, so they come after.
        Assert.Equal(["SCRUCO 1", "SCRUCO 2", "SCRUCO 3"], Rows(first).Take(3));
        Assert.Contains("Saving saves the decisions entered on this page", Html.MainText(first), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_the_last_shows_the_last_page()
    {
        await EnsureRowsAsync();
        var total = await AwaitingCommitteeAsync();
        var pages = (total + PageSize - 1) / PageSize;

        var html = await GetAsync("/scrutiny/decisions?page=999");

        Assert.Equal(total - (PageSize * (pages - 1)), Rows(html).Count);
        Assert.Contains($"this is page {pages} of {pages}", Html.MainText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_the_deep_dive_the_meeting_took_lists_only_its_recommendations()
    {
        await EnsureRowsAsync();
        var seriesId = await SeedDeepDiveIdAsync();

        var all = await GetAsync("/scrutiny/decisions");
        var html = await GetAsync($"/scrutiny/decisions?deepDive={seriesId}");

        Assert.Contains($"<option value=\"{seriesId}\">{SeedDeepDive}, ", all, StringComparison.Ordinal);
        Assert.Contains("(3 awaiting)", all, StringComparison.Ordinal);
        Assert.Equal(["SCRUCO 1", "SCRUCO 2", "SCRUCO 3"], Rows(html));
        Assert.Contains($"3 recommendations await the committee's decision from {SeedDeepDive}.", Html.MainText(html), StringComparison.Ordinal);
        Assert.DoesNotContain("aria-label=\"Pages of recommendations awaiting a decision\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_meeting_form_sends_as_many_commands_on_any_page_or_deep_dive_and_with_60_more_awaiting()
    {
        var before = await CountGetAsync("/scrutiny/decisions", "/scrutiny/decisions");
        await app.AddFeatureRowsAsync(Added);
        var seriesId = await SeedDeepDiveIdAsync();

        var after = await CountGetAsync("/scrutiny/decisions", "/scrutiny/decisions");
        var second = await CountGetAsync("/scrutiny/decisions", "/scrutiny/decisions?page=2");
        var filtered = await CountGetAsync("/scrutiny/decisions", $"/scrutiny/decisions?deepDive={seriesId}");

        Assert.Equal(before, after);
        Assert.Equal(after, second);
        Assert.Equal(after, filtered);
        // The deep dives to choose from, the count and the page (the service areas wait for an outcome to be chosen).
        Assert.InRange(after, 1, 6);
    }

    [Fact]
    public async Task The_scrutiny_home_shows_the_five_most_recent_deep_dives_and_links_to_all()
    {
        await EnsureRowsAsync();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var total = await db.DeepDiveSeries.CountAsync();
        var newest = await db.DeepDiveSeries.OrderByDescending(s => s.ReportingPeriod!.StartYear).ThenByDescending(s => s.AgreedOn).ThenByDescending(s => s.Id)
            .Take(5).Select(s => s.Id).ToListAsync();
        Assert.True(total > 5, $"expected more than five deep dives, got {total}");

        var html = await GetAsync("/home");

        Assert.Equal(newest, [.. DeepDiveHeadings().Matches(html).Select(m => int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture))]);
        var text = Html.MainText(html);
        Assert.Contains($"The 5 most recent of {total} deep dives, newest reporting year first", text, StringComparison.Ordinal);
        Assert.Contains($"See all {total} deep dives", text, StringComparison.Ordinal);
        Assert.Contains("href=\"/deep-dives\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scrutiny_home_sends_as_many_commands_with_60_more_deep_dives()
    {
        var before = await CountGetAsync("/home", "/home");

        await app.AddFeatureRowsAsync(Added);

        Assert.Equal(before, await CountGetAsync("/home", "/home"));
    }

    private async Task EnsureRowsAsync()
    {
        if (await AwaitingCommitteeAsync() <= 2 * PageSize)
        {
            await app.AddFeatureRowsAsync(Added);
        }
    }

    private async Task<int> AwaitingCommitteeAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Recommendations
            .CountAsync(r => r.AddressedTo == RecommendationAddressee.ScrutinyCoordinationCommittee && r.Status == RecommendationStatus.AwaitingDecision);
    }

    private async Task<int> SeedDeepDiveIdAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().DeepDiveSeries.Where(s => s.Title == SeedDeepDive).Select(s => s.Id).SingleAsync();
    }

    private async Task<string> GetAsync(string path)
    {
        var client = await app.SignedInClientAsync(Scrutiny);
        return await client.GetStringAsync(new Uri(path, UriKind.Relative));
    }

    private async Task<int> CountGetAsync(string path, string address)
    {
        var client = await app.SignedInClientAsync(Scrutiny);
        return await app.CountAsync(path, async () =>
        {
            using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            _ = await response.Content.ReadAsStringAsync();
        });
    }

    // The references of the rows on the form, from each row's heading.
    private static List<string> Rows(string html) => [.. RowHeading().Matches(html).Select(m => m.Groups["reference"].Value)];

    [GeneratedRegex("""<h2 class="section-title" id="row-title-\d+">Recommendation (?<reference>[^<]+)</h2>""")]
    private static partial Regex RowHeading();

    [GeneratedRegex("""<h3 class="subsection-title"><a [^>]*href="/deep-dives/(?<id>\d+)">""")]
    private static partial Regex DeepDiveHeadings();
}
