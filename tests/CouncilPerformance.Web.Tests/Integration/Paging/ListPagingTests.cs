using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration.Paging;

/// <summary>
/// The list pages read one page of rows from the database, filtered and sorted there, and say which
/// rows of how many they show. With 180 KPIs and 150 recommendations added to the seed, so there are pages.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class ListPagingTests(CountingAppFactory app) : IClassFixture<CountingAppFactory>, IAsyncLifetime
{
    private const string Scrutiny = "scrutiny@example.org";

    public async Task InitializeAsync()
    {
        if (!await HasDataAsync())
        {
            await app.AddDataAsync(kpis: 180, recommendations: 150);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_KPI_list_shows_fifty_rows_the_count_and_a_named_pager()
    {
        var all = await AllKpisAsync();
        var html = await GetAsync("/kpis");

        Assert.Equal(KpiQueries.DefaultPageSize, KpiLinks(html).Count);
        Assert.Contains($"{all.Count} KPIs, showing 1–50", Html.MainText(html), StringComparison.Ordinal);
        Assert.Contains("aria-label=\"KPI pages\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_page_of_KPIs_is_the_next_fifty_in_the_plans_order()
    {
        var all = await AllKpisAsync();

        var links = KpiLinks(await GetAsync("/kpis?page=2"));

        Assert.Equal(all.Skip(50).Take(50).Select(k => k.Code), links);
    }

    [Fact]
    public async Task Sorting_by_code_lists_the_first_fifty_codes_in_order()
    {
        var all = await AllKpisAsync();

        var links = KpiLinks(await GetAsync("/kpis?sort=code"));

        Assert.Equal(all.Select(k => k.Code).Order(StringComparer.Ordinal).Take(50), links);
    }

    [Fact]
    public async Task Filtering_by_status_lists_only_KPIs_the_rating_rule_rates_so()
    {
        var red = (await AllKpisAsync()).Where(k => k.Rag == RagStatus.Red).Select(k => k.Code).ToList();

        var html = await GetAsync("/kpis?status=red");

        Assert.True(red.Count > 50, $"expected more than a page of red KPIs, got {red.Count}");
        Assert.Equal(red.Take(50), KpiLinks(html));
        Assert.Contains($"{red.Count} KPIs, showing 1–50", Html.MainText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searching_narrows_the_list_in_the_database()
    {
        var html = await GetAsync("/kpis?q=Paging%20indicator%200007");

        Assert.Equal(["PAGING-0007"], KpiLinks(html));
        Assert.DoesNotContain("aria-label=\"KPI pages\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filters_are_a_get_form_whose_fields_carry_the_addresss_names_and_choices()
    {
        using var scope = app.Services.CreateScope();
        var board = (await scope.ServiceProvider.GetRequiredService<KpiQueries>().GetFilterOptionsAsync()).ScrutinyBoards[^1];

        var html = await GetAsync($"/kpis?q=Paging&board={board.Id}&all=true&status=red");

        var form = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("form[aria-label='Filters']");
        Assert.NotNull(form);
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/kpis", form.GetAttribute("action"));
        Assert.Equal(["q", "priority", "portfolio", "board", "status", "type", "sort", "all"],
            form.QuerySelectorAll("[name]").Select(f => f.GetAttribute("name")));
        Assert.Equal("Paging", form.QuerySelector("input[name='q']")?.GetAttribute("value"));
        Assert.Equal("Search KPIs", form.QuerySelector("label[for='kpi-search']")?.TextContent);
        Assert.True(form.QuerySelector("input[name='all']")?.HasAttribute("checked"));
        Assert.Equal("Include proposed and retired KPIs", form.QuerySelector("label[for='kpi-all']")?.TextContent);
        var chosen = Assert.Single(form.QuerySelectorAll("select[name='board'] option[selected]"));
        Assert.Equal(board.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), chosen.GetAttribute("value"));
        Assert.Equal(board.Name, chosen.TextContent);
        Assert.Equal("All", form.QuerySelector("select[name='priority'] option[selected]")?.TextContent);
        Assert.NotNull(form.QuerySelector("button[type='submit']"));
    }

    [Fact]
    public async Task The_form_sent_without_the_circuit_shows_the_same_list_as_the_filters_address()
    {
        var fromLink = KpiLinks(await GetAsync("/kpis?status=red"));

        // What a browser sends for the form with only Status chosen: every field, the others empty.
        var fromForm = KpiLinks(await GetAsync("/kpis?q=&priority=&portfolio=&board=&status=red&type=&sort=priority"));

        Assert.NotEmpty(fromLink);
        Assert.Equal(fromLink, fromForm);
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page()
    {
        var all = await AllKpisAsync();
        var last = (all.Count - 1) / 50;

        var links = KpiLinks(await GetAsync("/kpis?page=999"));

        Assert.Equal(all.Skip(last * 50).Select(k => k.Code), links);
    }

    [Fact]
    public async Task The_scrutiny_home_shows_one_page_of_red_and_amber_KPIs_and_one_of_recommendations()
    {
        var offTarget = (await AllKpisAsync()).Where(k => k.Rag is RagStatus.Red or RagStatus.Amber).ToList();

        var html = await GetAsync("/home");

        Assert.Equal(offTarget.Take(50).Select(k => k.Code), KpiLinks(html));
        Assert.Contains($"{offTarget.Count} red and amber KPIs", Html.MainText(html), StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Red and amber KPI pages\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Recommendation pages\"", html, StringComparison.Ordinal);
        Assert.True(RecommendationLinks(html).Count <= 50);
    }

    [Fact]
    public async Task The_recommendations_list_pages_in_the_reports_order()
    {
        var first = RecommendationLinks(await GetAsync("/recommendations"));
        var second = RecommendationLinks(await GetAsync("/recommendations?page=2"));

        Assert.Equal(50, first.Count);
        Assert.NotEmpty(second);
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public async Task The_recommendations_list_filters_by_status_in_the_database()
    {
        var html = await GetAsync("/recommendations?status=draft&q=Paging%20recommendation%2012");

        // "12" matches 12 and 120–129.
        Assert.Equal(11, RecommendationLinks(html).Count);
        Assert.Contains("11 recommendations", Html.MainText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_recommendations_list_addressed_to_the_committee_lists_only_the_committees()
    {
        // The address the form sends with only "Addressed to" chosen.
        var html = await GetAsync("/recommendations?to=scrutinycoordinationcommittee");

        var table = Html.TableRows(html);
        Assert.Equal(["Ref.", "Recommendation", "To", "Status"], table[0]);
        var rows = table.Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("Scrutiny Co-ordination Committee", r[2]));
        // Counted in the database: fewer than all of them, and at least the rows shown.
        var filtered = Total(html);
        Assert.InRange(filtered, rows.Count, Total(await GetAsync("/recommendations")) - 1);
    }

    private static int Total(string html) => int.Parse(
        System.Text.RegularExpressions.Regex.Match(Html.MainText(html), @"(\d+) recommendations?\b").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_recommendations_filters_are_a_GET_form_of_labelled_native_fields_holding_the_address()
    {
        var html = await GetAsync("/recommendations?q=Paging%20recommendation&to=scrutinycoordinationcommittee&status=draft");

        // The filters' form, not the layout's sign-out form.
        var form = System.Text.RegularExpressions.Regex.Match(html, "<form (?<open>[^>]*action=\"/recommendations\"[^>]*)>(?<body>.*?)</form>",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(form.Success, "the filters are in a form that sends to /recommendations");
        Assert.Contains("method=\"get\"", form.Groups["open"].Value, StringComparison.Ordinal);
        // Sent by its button, swapped in by enhanced navigation, with only the chosen filters in the address.
        Assert.Contains("data-enhance", form.Groups["open"].Value, StringComparison.Ordinal);
        Assert.Contains("data-drop-empty", form.Groups["open"].Value, StringComparison.Ordinal);
        var body = form.Groups["body"].Value;
        Assert.Matches("<label [^>]*for=\"recommendation-search\"[^>]*>Search recommendations</label>", body);
        Assert.Matches("<input [^>]*id=\"recommendation-search\"[^>]*name=\"q\"[^>]*value=\"Paging recommendation\"", body);
        Assert.Matches("<label [^>]*for=\"recommendation-to\"[^>]*>Addressed to</label>", body);
        Assert.Matches("<select [^>]*id=\"recommendation-to\"[^>]*name=\"to\"", body);
        Assert.Matches("<option value=\"scrutinycoordinationcommittee\" selected", body);
        Assert.Matches("<label [^>]*for=\"recommendation-status\"[^>]*>Status</label>", body);
        Assert.Matches("<select [^>]*id=\"recommendation-status\"[^>]*name=\"status\"", body);
        Assert.Matches("<option value=\"draft\" selected", body);
        Assert.Matches("<button type=\"submit\"[^>]*>\\s*<span class=\"mud-button-label\">Filter recommendations</span>", body);
        // No MudBlazor input in the filters: they were a component tree each.
        Assert.DoesNotContain("mud-input", body, StringComparison.Ordinal);
        Assert.DoesNotContain("mud-select", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filter_form_as_a_browser_submits_it_with_blanks_filters_as_the_address_does()
    {
        var submitted = await GetAsync("/recommendations?q=Paging+recommendation+12&to=&status=draft");
        var address = await GetAsync("/recommendations?status=draft&q=Paging%20recommendation%2012");

        Assert.Equal(11, RecommendationLinks(submitted).Count);
        Assert.Equal(RecommendationLinks(address), RecommendationLinks(submitted));
    }

    [Fact]
    public async Task The_recommendations_pager_is_links_that_keep_the_filters()
    {
        var html = await GetAsync("/recommendations?status=draft");

        Assert.True(RecommendationLinks(html).Count <= 50);
        Assert.Contains("aria-label=\"Recommendation pages\"", html, StringComparison.Ordinal);
        Assert.Matches("<a [^>]*aria-label=\"Page 2\" href=\"[^\"]*/recommendations\\?status=draft&amp;page=2\"", html);
    }

    private async Task<string> GetAsync(string path)
    {
        var client = await app.SignedInClientAsync(Scrutiny);
        return await client.GetStringAsync(new Uri(path, UriKind.Relative));
    }

    private async Task<IReadOnlyList<KpiRow>> AllKpisAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<KpiQueries>().ListAsync(new KpiFilter());
    }

    private async Task<bool> HasDataAsync() => (await AllKpisAsync()).Any(k => k.Code.StartsWith("PAGING-", StringComparison.Ordinal));

    // The KPI links of the page's tables, in order (the layout's own links are not KPI pages).
    private static List<string> KpiLinks(string html) =>
    [
        .. System.Text.RegularExpressions.Regex.Matches(html, "<td class=\"mud-table-cell\" data-label=\"KPI\">\\s*<a [^>]*href=\"/kpis/([^\"]+)\"")
            .Select(m => Uri.UnescapeDataString(m.Groups[1].Value)),
    ];

    private static List<string> RecommendationLinks(string html) =>
    [
        .. System.Text.RegularExpressions.Regex.Matches(html, "data-label=\"Ref.\"[^>]*><a [^>]*href=\"/recommendations/(\\d+)\"")
            .Select(m => m.Groups[1].Value),
    ];
}
