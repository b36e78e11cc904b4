using System.Net;
using System.Net.Http.Headers;

namespace CouncilPerformance.Web.Tests.Integration.PublicSite;

/// <summary>
/// The public pages as a visitor without an account gets them: plain server-rendered HTML on the
/// GOV.UK Frontend layout, no Blazor script, no cookie, served from the output cache, and a clear
/// 404 or 400 (never a 500) for an address that names nothing published.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class PublicPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "One Coventry Plan performance" },
        { "/performance", "Performance by year" },
        { "/performance/2024-25", "Performance in 2024/25" },
        { "/performance/2024-25/COUNCIL-TAX", "Council tax collection rate" },
        { "/scrutiny", "Scrutiny's recommendations and Cabinet's decisions" },
        { "/accessibility", "Accessibility statement for council plan performance" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_public_page_opens_without_signing_in_as_plain_html_on_the_public_layout(string path, string heading)
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([heading], Html.H1s(html));
        Assert.Contains("lib/govuk-frontend/govuk-frontend.min", html, StringComparison.Ordinal);
        Assert.Contains("Coventry City Council", html, StringComparison.Ordinal);
        // No interactive connection per visitor and nothing MudBlazor, which needs one.
        Assert.DoesNotContain("blazor.web", html, StringComparison.Ordinal);
        Assert.DoesNotContain("MudBlazor", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} set a cookie, which keeps it out of the cache.");
        // No crown, no GOV.UK logotype, no GDS Transport.
        Assert.DoesNotContain("govuk-header__logotype", html, StringComparison.Ordinal);
        Assert.DoesNotContain("crest", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_public_page_is_served_from_the_output_cache_the_second_time(string path, string heading)
    {
        _ = heading;
        using var client = app.CreateBrowserLikeClient();

        using var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var second = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        // The output cache adds Age to what it serves from the store.
        Assert.True(second.Headers.Age is not null, $"{path} was rendered again instead of coming from the cache.");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_signed_in_person_gets_a_fresh_page_never_the_cached_one()
    {
        var client = await app.SignedInClientAsync("scrutiny@example.org");

        using var first = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
        Assert.Contains("Your council work", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/performance/2024", HttpStatusCode.BadRequest, "This address is not a year")]
    [InlineData("/performance/2024-27", HttpStatusCode.BadRequest, "This address is not a year")]
    [InlineData("/performance/next-year", HttpStatusCode.BadRequest, "This address is not a year")]
    [InlineData("/performance/next-year/COUNCIL-TAX", HttpStatusCode.BadRequest, "This address is not a year")]
    [InlineData("/performance/2025-26", HttpStatusCode.NotFound, "No published results for that year")]
    [InlineData("/performance/2031-32", HttpStatusCode.NotFound, "No published results for that year")]
    [InlineData("/performance/2025-26/COUNCIL-TAX", HttpStatusCode.NotFound, "No published results for that year")]
    [InlineData("/performance/2024-25/NO-SUCH-KPI", HttpStatusCode.NotFound, "Indicator not found")]
    [InlineData("/performance/2024-25/%3Cscript%3E", HttpStatusCode.NotFound, "Indicator not found")]
    public async Task An_address_that_names_nothing_published_answers_400_or_404_with_a_clear_page(string path, HttpStatusCode expected, string heading)
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal([heading], Html.H1s(html));
        Assert.Contains("lib/govuk-frontend/govuk-frontend.min", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);

        // An error is never kept in the cache: asked again, it is rendered again with the same status.
        using var again = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(expected, again.StatusCode);
        Assert.Null(again.Headers.Age);
    }

    [Fact]
    public async Task The_home_page_gives_the_latest_published_years_headline_in_the_councils_words()
    {
        var text = await TextAsync("/");

        Assert.Contains("2024/25 at a glance", text, StringComparison.Ordinal);
        Assert.Contains("In 2024/25 the council plan was measured by", text, StringComparison.Ordinal);
        foreach (var word in new[] { "On target", "Off target", "No target set", "Improved", "Similar", "Got worse", "Can't say", "Not available", "Targets achieved" })
        {
            Assert.Contains(word, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_year_lists_every_reported_indicator_by_priority_with_links_to_each()
    {
        using var client = app.CreateBrowserLikeClient();
        var html = await client.GetStringAsync(new Uri("/performance/2024-25", UriKind.Relative));

        Assert.Contains("href=\"/performance/2024-25/COUNCIL-TAX\"", html, StringComparison.Ordinal);
        Assert.Contains("Reducing Inequalities", Html.MainText(html), StringComparison.Ordinal);
        Assert.Contains("Continued Financial sustainability", Html.MainText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_KPI_page_has_the_trend_as_a_chart_and_as_a_data_table_of_every_published_year()
    {
        using var client = app.CreateBrowserLikeClient();
        var html = await client.GetStringAsync(new Uri("/performance/2024-25/COUNCIL-TAX", UriKind.Relative));
        var rows = Html.TableRows(html);

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains(rows, r => r.Count == 6 && r[0] == "2022/23");
        Assert.Contains(rows, r => r.Count == 6 && r[0] == "2023/24");
        Assert.Contains(rows, r => r.Count == 6 && r[0] == "2024/25");
        Assert.DoesNotContain(rows, r => r.Count > 0 && r[0] == "2025/26");
        Assert.Contains("Compared with other areas", Html.MainText(html), StringComparison.Ordinal);
        Assert.Contains("About this indicator", Html.MainText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scrutiny_page_lists_the_deep_dive_and_its_recommendations_with_where_each_has_got()
    {
        var text = await TextAsync("/scrutiny");

        Assert.Contains("Recommendation Cabinet 1", text, StringComparison.Ordinal);
        Assert.Contains("Recommendation a:", text, StringComparison.Ordinal);
        Assert.Contains("Recommendation 17.2", text, StringComparison.Ordinal);
        Assert.Contains("Not yet decided; to be considered on 4 November 2025", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_accessibility_statement_has_the_sections_the_2018_regulations_expect()
    {
        var text = await TextAsync("/accessibility");

        foreach (var section in new[]
        {
            "How accessible this website is", "Feedback and contact information", "Reporting accessibility problems with this website",
            "Enforcement procedure", "Technical information about this website's accessibility", "Compliance status",
            "Non-accessible content", "Preparation of this accessibility statement",
        })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }

        Assert.Contains("Equality and Human Rights Commission", text, StringComparison.Ordinal);
        Assert.Contains("Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018", text, StringComparison.Ordinal);
        Assert.Contains("partially compliant", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_without_a_page_to_return_to_lands_on_the_persons_home_not_the_public_site()
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await SignIn.PostAsync(client, "cabinet@example.org", Core.Data.Seed.DemoUsers.Password);

        Assert.Equal("/home", Redirects.PathOf(response));
    }

    private async Task<string> TextAsync(string path)
    {
        using var client = app.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return Html.MainText(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
    }
}
