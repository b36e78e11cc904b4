using System.Net;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>
/// Scrutiny's pages on the first (prerendered) request, real SQLite and real sign-in: who may open
/// each, and what it says. Writes happen in the circuit; the services behind them are tested in Core.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class ScrutinyPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Officer = "officer@example.org";
    private const string Scrutiny = "scrutiny@example.org";
    private const string Cabinet = "cabinet@example.org";
    private const string Admin = "admin@example.org";

    [Theory]
    [InlineData("/review/2024", Officer, HttpStatusCode.Redirect)]
    [InlineData("/review/2024", Scrutiny, HttpStatusCode.OK)]
    [InlineData("/review/2024", Cabinet, HttpStatusCode.OK)]
    [InlineData("/review/2024", Admin, HttpStatusCode.OK)]
    [InlineData("/review", Officer, HttpStatusCode.Redirect)]
    [InlineData("/deep-dives/new", Scrutiny, HttpStatusCode.OK)]
    [InlineData("/deep-dives/new", Admin, HttpStatusCode.OK)]
    [InlineData("/deep-dives/new", Cabinet, HttpStatusCode.Redirect)]
    [InlineData("/deep-dives/new", Officer, HttpStatusCode.Redirect)]
    [InlineData("/deep-dives/1/sessions/new", Scrutiny, HttpStatusCode.OK)]
    [InlineData("/deep-dives/1/sessions/new", Cabinet, HttpStatusCode.Redirect)]
    [InlineData("/deep-dives/sessions/1/edit", Scrutiny, HttpStatusCode.OK)]
    [InlineData("/deep-dives/sessions/1/edit", Officer, HttpStatusCode.Redirect)]
    [InlineData("/recommendations/draft", Scrutiny, HttpStatusCode.OK)]
    [InlineData("/recommendations/draft", Cabinet, HttpStatusCode.Redirect)]
    [InlineData("/recommendations/draft", Officer, HttpStatusCode.Redirect)]
    [InlineData("/scrutiny/recommendations", Scrutiny, HttpStatusCode.OK)]
    [InlineData("/scrutiny/recommendations", Cabinet, HttpStatusCode.Redirect)]
    [InlineData("/scrutiny/recommendations", Officer, HttpStatusCode.Redirect)]
    public async Task Each_role_gets_what_the_access_rules_say(string path, string email, HttpStatusCode expected)
    {
        var client = await app.SignedInClientAsync(email);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.Equal("/Account/AccessDenied", Redirects.PathOf(response));
        }
    }

    [Fact]
    public async Task Anonymous_visitors_are_asked_to_sign_in_for_the_review()
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/review/2024", UriKind.Relative));

        Assert.Equal("/Account/Login", Redirects.PathOf(response));
    }

    [Fact]
    public async Task The_review_opens_with_the_headline_then_off_target_then_gaps_then_achieved_targets()
    {
        var text = await TextAsync(Scrutiny, "/review/2024");

        Assert.Contains("Performance review 2024/25", text);
        Assert.Contains("2024/25 at a glance", text);
        Assert.Contains("of the directional indicators improved or stayed the same", text);
        var off = text.IndexOf("Off target (", StringComparison.Ordinal);
        var gaps = text.IndexOf("No data or no target (", StringComparison.Ordinal);
        var achieved = text.IndexOf("Achieved targets (", StringComparison.Ordinal);
        Assert.True(off > 0 && gaps > off && achieved > gaps, "sections out of order");
        Assert.Contains("met or beat", text);
    }

    [Fact]
    public async Task An_unpublished_year_has_no_review()
    {
        var text = await TextAsync(Cabinet, "/review/2025");

        Assert.Contains("2025/26 has not been published", text);
        Assert.DoesNotContain("at a glance", text);
    }

    [Fact]
    public async Task The_seeded_session_opens_for_editing_with_its_KPIs_and_findings()
    {
        var text = await TextAsync(Scrutiny, "/deep-dives/sessions/1/edit");

        Assert.Contains("Edit session 1", text);
        Assert.Contains("Finding on Fly-tips reported in the city", await HtmlAsync(Scrutiny, "/deep-dives/sessions/1/edit"));
    }

    [Fact]
    public async Task A_draft_from_a_finding_starts_with_the_finding_and_its_KPI()
    {
        var html = await HtmlAsync(Scrutiny, "/recommendations/draft?finding=1");

        Assert.Contains("From the finding on", Html.MainText(html));
        Assert.Matches("id=\"about-kpi-\\d+\"[^>]*checked", html);
    }

    private async Task<string> HtmlAsync(string email, string path)
    {
        var client = await app.SignedInClientAsync(email);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> TextAsync(string email, string path)
    {
        var client = await app.SignedInClientAsync(email);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Html.MainText(await response.Content.ReadAsStringAsync());
    }
}
