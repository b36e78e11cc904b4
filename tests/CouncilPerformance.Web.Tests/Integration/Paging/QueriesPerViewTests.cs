namespace CouncilPerformance.Web.Tests.Integration.Paging;

/// <summary>
/// Every list view sends the same number of SQL commands however much data there is, and hands
/// what it read to the live circuit in the page (persisted component state), so the circuit does
/// not read it again. Counted per request path on real SQLite through the real app.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class QueriesPerViewTests(CountingAppFactory app) : IClassFixture<CountingAppFactory>
{
    private const string Scrutiny = "scrutiny@example.org";
    private const string Admin = "admin@example.org";

    public static TheoryData<string, string> Views => new()
    {
        { "/kpis", Scrutiny },
        { "/home", Scrutiny },
        { "/recommendations", Scrutiny },
        { "/admin/progress", Admin },
        { "/admin/audit", Admin },
        { "/cabinet", Scrutiny },
        { "/report-back", Scrutiny },
        { "/deep-dives", Scrutiny },
        { "/scrutiny/work-programme", Scrutiny },
        { "/scrutiny/decisions", Scrutiny },
        { "/scrutiny/board-reviews", Scrutiny },
        { "/admin/plan/service-areas", Admin },
        { "/admin/users", Admin },
        { "/review/2024", Scrutiny },
        { "/review/2024/health", Scrutiny },
    };

    // Static pages have no circuit to hand their data to (StaticListPagesTests).
    private static readonly HashSet<string> Static = ["/recommendations", "/cabinet", "/report-back", "/deep-dives"];

    public static TheoryData<string, string> InteractiveViews
    {
        get
        {
            var views = new TheoryData<string, string>();
            foreach (var (path, email) in Views.Select(v => ((string)v[0], (string)v[1])).Where(v => !Static.Contains(v.Item1)))
            {
                views.Add(path, email);
            }

            return views;
        }
    }

    [Fact]
    public async Task Each_list_view_sends_as_many_commands_with_150_more_KPIs_and_recommendations_as_without()
    {
        var before = new Dictionary<string, int>();
        foreach (var (path, email) in Views.Select(v => ((string)v[0], (string)v[1])))
        {
            before[path] = await CountGetAsync(path, email);
        }

        await app.AddDataAsync(kpis: 150, recommendations: 150);

        foreach (var (path, email) in Views.Select(v => ((string)v[0], (string)v[1])))
        {
            var after = await CountGetAsync(path, email);
            Assert.True(before[path] == after, $"{path} sent {before[path]} commands before and {after} after adding 150 KPIs and recommendations.");
            Assert.InRange(after, 1, 25);
        }
    }

    [Fact]
    public async Task The_KPI_page_sends_as_many_commands_with_150_more_KPIs_and_recommendations_as_without()
    {
        const string path = "/kpis/ROADS-A";
        var before = await CountGetAsync(path, Scrutiny);

        await app.AddDataAsync(kpis: 150, recommendations: 150);

        var after = await CountGetAsync(path, Scrutiny);
        Assert.True(before == after, $"{path} sent {before} commands before and {after} after adding 150 KPIs and recommendations.");
        // The layout's two, then its KPI, definition changes, breakdowns, targets, results with their comparators,
        // breakdown figures, corrections, conflicts, recommendations, deep dives, board reviews, target history and
        // plan changes. Its health check is worked out from these, and a KPI with no replacement reads no lineage.
        Assert.InRange(after, 1, 15);
    }

    [Fact]
    public async Task The_KPI_page_hands_its_data_to_the_circuit_in_the_page()
    {
        var client = await app.SignedInClientAsync(Scrutiny);

        var html = await client.GetStringAsync(new Uri("/kpis/ROADS-A", UriKind.Relative));

        Assert.Contains("<!--Blazor-Server-Component-State:", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InteractiveViews))]
    public async Task Each_list_view_hands_its_data_to_the_circuit_in_the_page(string path, string email)
    {
        var client = await app.SignedInClientAsync(email);

        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));

        // The circuit restores this instead of querying again (the page keys it by address).
        Assert.Contains("<!--Blazor-Server-Component-State:", html, StringComparison.Ordinal);
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
}
