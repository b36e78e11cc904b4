namespace CouncilPerformance.Web.Tests.Integration.Paging;

/// <summary>
/// The lists that only list, filter and link are static pages: each request renders one page of rows
/// once, and nothing is kept on the server while the page is open, so the page starts no circuit.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class StaticListPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/recommendations", "scrutiny@example.org" },
        { "/recommendations?status=draft&to=cabinet", "officer@example.org" },
        { "/cabinet", "cabinet@example.org" },
        { "/cabinet", "scrutiny@example.org" },
        { "/report-back", "scrutiny@example.org" },
        { "/report-back?page=1", "officer@example.org" },
        { "/deep-dives", "scrutiny@example.org" },
        { "/deep-dives?page=1", "cabinet@example.org" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_list_is_a_static_page_with_no_circuit(string path, string email)
    {
        var client = await app.SignedInClientAsync(email);

        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));

        // The layout marks a static page with its own address; an interactive one has a server component's descriptor.
        Assert.Contains($"data-static=\"{path.Replace("&", "&amp;", StringComparison.Ordinal)}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"type\":\"server\"", html, StringComparison.Ordinal);
    }
}
