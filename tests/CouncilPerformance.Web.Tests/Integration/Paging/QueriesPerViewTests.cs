namespace CouncilPerformance.Web.Tests.Integration.Paging;

/// <summary>
/// Every list view sends the same number of SQL commands however much data there is. An interactive one hands
/// what it read to the live circuit in the page (persisted component state), so the circuit does not read it
/// again; a static one starts no circuit. Counted per request path on real SQLite through the real app.
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

    /// <summary>The views that are static pages: rendered once per request, with no circuit to hand anything to.</summary>
    private static readonly HashSet<string> _static =
    [
        "/kpis", "/home", "/recommendations", "/admin/progress", "/admin/audit", "/cabinet", "/report-back", "/deep-dives",
        "/scrutiny/work-programme", "/scrutiny/board-reviews", "/admin/plan/service-areas", "/admin/users", "/review/2024/health",
    ];

    public static TheoryData<string, string> InteractiveViews => ViewsWhere(path => !_static.Contains(path));

    public static TheoryData<string, string> StaticViews => ViewsWhere(_static.Contains);

    private static TheoryData<string, string> ViewsWhere(Func<string, bool> keep)
    {
        var views = new TheoryData<string, string>();
        foreach (var (path, email) in Views.Select(v => ((string)v[0], (string)v[1])).Where(v => keep(v.Item1)))
        {
            views.Add(path, email);
        }

        return views;
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

        // A circuit starts from the page's server component, and restores the state instead of querying again (the page
        // keys it by address). A static page carries a state comment too (the antiforgery token), so the component is what tells them apart.
        Assert.Contains("<!--Blazor:{\"type\":\"server\"", html, StringComparison.Ordinal);
        Assert.Contains("<!--Blazor-Server-Component-State:", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StaticViews))]
    public async Task Each_static_list_view_is_rendered_once_with_no_circuit_to_start(string path, string email)
    {
        var client = await app.SignedInClientAsync(email);

        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));

        // The layout marks a static page with its address, and there is no server component (a circuit's
        // descriptor, <!--Blazor:{"type":"server",...}-->) for the browser to start a circuit with.
        Assert.Contains($"data-static=\"{path}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--Blazor:{", html, StringComparison.Ordinal);
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
