using System.Net;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>
/// The Cabinet, implementation, report-back and reminder pages through the whole app on real SQLite
/// with real sign-in: who may open each, and what the prerendered page shows of the seeded data.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class DecisionPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Anonymous = "anonymous";

    private static readonly Dictionary<string, string> _emails = new()
    {
        ["officer"] = "officer@example.org",
        ["scrutiny"] = "scrutiny@example.org",
        ["cabinet"] = "cabinet@example.org",
        ["admin"] = "admin@example.org",
    };

    [Theory]
    [InlineData("/cabinet", Anonymous, null)]
    [InlineData("/cabinet", "officer", HttpStatusCode.OK)]
    [InlineData("/cabinet", "scrutiny", HttpStatusCode.OK)]
    [InlineData("/cabinet/meeting", Anonymous, null)]
    [InlineData("/cabinet/meeting", "officer", HttpStatusCode.Redirect)]
    [InlineData("/cabinet/meeting", "scrutiny", HttpStatusCode.Redirect)]
    [InlineData("/cabinet/meeting", "cabinet", HttpStatusCode.OK)]
    [InlineData("/cabinet/meeting", "admin", HttpStatusCode.OK)]
    [InlineData("/recommendations/1/decision/correct", "officer", HttpStatusCode.Redirect)]
    [InlineData("/recommendations/1/decision/correct", "cabinet", HttpStatusCode.OK)]
    [InlineData("/report-back", Anonymous, null)]
    [InlineData("/report-back", "officer", HttpStatusCode.OK)]
    [InlineData("/reminders", Anonymous, null)]
    [InlineData("/reminders", "cabinet", HttpStatusCode.OK)]
    [InlineData("/scrutiny/decisions", Anonymous, null)]
    [InlineData("/scrutiny/decisions", "officer", HttpStatusCode.Redirect)]
    [InlineData("/scrutiny/decisions", "cabinet", HttpStatusCode.Redirect)]
    [InlineData("/scrutiny/decisions", "scrutiny", HttpStatusCode.OK)]
    [InlineData("/scrutiny/decisions", "admin", HttpStatusCode.OK)]
    [InlineData("/scrutiny/work-programme", Anonymous, null)]
    [InlineData("/scrutiny/work-programme", "officer", HttpStatusCode.OK)]
    [InlineData("/scrutiny/work-programme", "cabinet", HttpStatusCode.OK)]
    [InlineData("/scrutiny/work-programme", "scrutiny", HttpStatusCode.OK)]
    public async Task Each_page_answers_each_role_as_its_policy_says(string route, string who, HttpStatusCode? expected)
    {
        var client = await ClientAsync(who);

        using var response = await client.GetAsync(new Uri(route, UriKind.Relative));

        if (expected is null)
        {
            Assert.Equal("/Account/Login", Redirects.PathOf(response));
        }
        else if (expected == HttpStatusCode.Redirect)
        {
            Assert.Equal("/Account/AccessDenied", Redirects.PathOf(response));
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Recommendations_to_Cabinet_show_each_due_date_and_how_overdue_it_is()
    {
        var client = await ClientAsync("cabinet");

        using var response = await client.GetAsync(new Uri("/cabinet", UriKind.Relative));
        var text = Html.MainText(await response.Content.ReadAsStringAsync());

        Assert.Contains("30 December 2025", text, StringComparison.Ordinal);
        Assert.Contains("Overdue by", text, StringComparison.Ordinal);
        Assert.Contains("Record a meeting's decisions", text, StringComparison.OrdinalIgnoreCase);
        // The response clock, read on the static page itself.
        Assert.Matches(@"Cabinet's responses \d+ overdue \d+ due within 14 days \d+ awaiting a decision", text);
    }

    [Fact]
    public async Task Each_recommendation_to_Cabinet_is_a_row_linking_to_it_with_its_due_date_and_clock()
    {
        var client = await ClientAsync("cabinet");

        var html = await client.GetStringAsync(new Uri("/cabinet", UriKind.Relative));

        var rows = Html.TableRows(html);
        Assert.Equal(["Ref.", "Recommendation", "Response due", "Clock", "Status"], rows[0]);
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(Html.MainText(html), @"of (\d+) recommendations put to Cabinet").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(total, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal(5, r.Count));
        var row = Assert.Single(rows, r => r[0] == "Cabinet 2");
        Assert.Equal("30 December 2025", row[2]);
        Assert.StartsWith("Overdue by", row[3], StringComparison.Ordinal);
        Assert.Matches("<td data-label=\"Ref.\"[^>]*><a href=\"/recommendations/\\d+\" class=\"mud-typography mud-link[^\"]*\">Cabinet 2</a></td>", html);
    }

    [Fact]
    public async Task The_committees_meeting_form_lists_SCRUCOs_own_recommendations_and_not_Cabinets()
    {
        var client = await ClientAsync("scrutiny");

        using var response = await client.GetAsync(new Uri("/scrutiny/decisions", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(["Record the committee's decisions"], Html.H1s(html));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(html, "What the committee decided on SCRUCO "));
        Assert.DoesNotContain("What Cabinet decided on", html, StringComparison.Ordinal);
        Assert.Contains("Response due: 30 December 2025", Html.MainText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_meeting_form_lists_every_recommendation_awaiting_a_decision_twenty_a_page()
    {
        var client = await ClientAsync("cabinet");

        using var response = await client.GetAsync(new Uri("/cabinet/meeting", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var second = await client.GetStringAsync(new Uri("/cabinet/meeting?page=2", UriKind.Relative));

        Assert.Equal(["Record a meeting's decisions"], Html.H1s(html));
        // The seed's 25 awaiting Cabinet's decision: 20 on the first page, 5 on the second.
        Assert.Equal(20, System.Text.RegularExpressions.Regex.Count(html, "What Cabinet decided on "));
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Count(second, "What Cabinet decided on "));
        Assert.Contains("25 recommendations await Cabinet's decision; this is page 1 of 2, showing 1–20.", Html.MainText(html), StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Pages of recommendations awaiting a decision\"", html, StringComparison.Ordinal);
        Assert.Contains("What Cabinet decided on p", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scrutiny_home_shows_the_response_clock()
    {
        var client = await ClientAsync("scrutiny");

        using var response = await client.GetAsync(new Uri("/home", UriKind.Relative));
        var text = Html.MainText(await response.Content.ReadAsStringAsync());

        Assert.Contains("Cabinet's responses to scrutiny", text, StringComparison.Ordinal);
        Assert.Contains("overdue", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_back_lists_the_deep_dive()
    {
        var client = await ClientAsync("scrutiny");

        using var response = await client.GetAsync(new Uri("/report-back", UriKind.Relative));
        var text = Html.MainText(await response.Content.ReadAsStringAsync());

        Assert.Contains("One Coventry Plan Deep Dive 2024/25", text, StringComparison.Ordinal);
        Assert.Contains("no decision recorded yet", text, StringComparison.Ordinal);
    }

    private async Task<HttpClient> ClientAsync(string who) =>
        who == Anonymous ? app.CreateBrowserLikeClient() : await app.SignedInClientAsync(_emails[who]);
}
