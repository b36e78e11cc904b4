using System.Net;
using System.Text.RegularExpressions;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>
/// The pages show the seeded One Coventry Plan content in their first (prerendered) HTML, so the
/// content is there before the interactive circuit starts and for anyone without JavaScript.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed partial class ContentTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_officer_home_lists_the_KPIs_of_the_officers_own_service_area_only()
    {
        var text = Html.MainText(await GetAsync("officer@example.org", "/home"));

        Assert.Contains("Principal roads (A roads) in a good/acceptable condition", text);
        Assert.DoesNotContain("Council tax collection rate", text);
    }

    [Fact]
    public async Task The_finance_officer_home_lists_the_finance_KPIs()
    {
        var text = Html.MainText(await GetAsync("officer.finance@example.org", "/home"));

        Assert.Contains("Council tax collection rate", text);
        Assert.DoesNotContain("Principal roads (A roads) in a good/acceptable condition", text);
    }

    [Fact]
    public async Task The_scrutiny_home_lists_the_KPIs_that_missed_their_targets_and_no_green_one()
    {
        var html = await GetAsync("scrutiny@example.org", "/home");
        var greenCodes = await GreenKpiCodesAsync();

        Assert.Contains("Household waste recycled and composted", Html.MainText(html));
        Assert.NotEmpty(greenCodes);
        Assert.All(greenCodes, code => Assert.DoesNotContain($"href=\"/kpis/{Uri.EscapeDataString(code)}\"", html));
    }

    [Fact]
    public async Task The_cabinet_home_lists_the_recommendations_put_to_cabinet()
    {
        var text = Html.MainText(await GetAsync("cabinet@example.org", "/home"));

        Assert.Contains("That KPI's are measurable and/or can demonstrate service improvements.", text);
    }

    [Fact]
    public async Task A_KPI_page_shows_the_KPI_its_figure_and_that_the_figures_are_illustrative()
    {
        var text = Html.MainText(await GetAsync("scrutiny@example.org", "/kpis/SICKNESS-ABSENCE"));

        Assert.Contains("Council staff sickness absence (rolling twelve-month period)", text);
        Assert.Contains("illustrative", text, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(Thirteen(), text);
    }

    [Fact]
    public async Task The_recommendations_page_lists_recommendation_a_in_the_reports_words()
    {
        var rows = Html.TableRows(await GetAsync("officer@example.org", "/recommendations"));

        var row = Assert.Single(rows, r => r.Any(c => c.Contains("Review and propose changes to the fly tipping metric", StringComparison.Ordinal)));
        Assert.Equal("a", row[0]);
    }

    [Fact]
    public async Task The_deep_dives_page_lists_the_five_sessions()
    {
        var text = Html.MainText(await GetAsync("scrutiny@example.org", "/deep-dives"));

        Assert.All(Enumerable.Range(1, 5), n => Assert.Matches($@"\bSession {n}\b", text));
    }

    [Fact]
    public async Task The_users_page_lists_every_demo_account()
    {
        var text = Html.MainText(await GetAsync("admin@example.org", "/admin/users"));

        Assert.All(DemoUsers.All, u => Assert.Contains(u.Email, text));
    }

    [Fact]
    public async Task An_app_page_links_the_councils_theme_once_after_the_style_sheets_it_overrides_and_writes_none_of_it_inline()
    {
        var html = await GetAsync("scrutiny@example.org", "/reminders");

        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        var link = Assert.Single(ThemeLink().Matches(html));
        Assert.Contains(link.Value, head, StringComparison.Ordinal);
        // After MudBlazor's style sheet and the app's, so the theme's variables win as before.
        Assert.True(head.IndexOf(link.Value, StringComparison.Ordinal) > head.IndexOf("app.", StringComparison.Ordinal));
        Assert.DoesNotContain("mud-theme-provider", html, StringComparison.Ordinal);
        Assert.DoesNotContain("--mud-palette-primary", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_theme_at_the_address_a_page_links_is_the_councils_colours_and_may_be_kept_for_a_year()
    {
        var version = ThemeLink().Match(await GetAsync("scrutiny@example.org", "/reminders")).Groups["version"].Value;
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/theme.css?v={version}", UriKind.Relative));
        var css = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("--mud-palette-primary: rgba(29,79,145,1);", css, StringComparison.Ordinal);
        Assert.Contains("--mud-typography-default-family: Arial, Helvetica, sans-serif;", css, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", css, StringComparison.Ordinal);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal($"\"{version}\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task The_theme_at_any_other_address_is_checked_again_and_an_unchanged_one_answers_not_modified()
    {
        var version = ThemeLink().Match(await GetAsync("scrutiny@example.org", "/reminders")).Groups["version"].Value;
        using var client = app.CreateClient();

        using var stale = await client.GetAsync(new Uri("/theme.css?v=an-old-one", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/theme.css?v={version}", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(new($"\"{version}\""));
        using var unchanged = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.True(stale.Headers.CacheControl?.NoCache);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
    }

    private async Task<string> GetAsync(string email, string path)
    {
        var client = await app.SignedInClientAsync(email);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} as {email} answered {(int)response.StatusCode}.");
        return html;
    }

    /// <summary>
    /// The KPIs rated green in the latest published year, worked out here from the database with
    /// the shared RAG rule rather than through the page's own query.
    /// </summary>
    private async Task<IReadOnlyList<string>> GreenKpiCodesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var period = await db.ReportingPeriods
            .Where(p => p.State == PeriodState.Published)
            .OrderByDescending(p => p.StartYear)
            .FirstAsync();
        var kpis = await db.Kpis.AsNoTracking()
            .Include(k => k.Results.Where(r => r.ReportingPeriodId == period.Id && r.State == ResultState.Approved)).ThenInclude(r => r.Comparators)
            .Include(k => k.Targets.Where(t => t.ReportingPeriodId == period.Id))
            .ToListAsync();
        return [.. kpis
            .Where(k => RagRating.Rate(k, k.Targets.SingleOrDefault(), k.Results.SingleOrDefault(), previous: null).Rag == RagStatus.Green)
            .Select(k => k.Code)];
    }

    // "13" on its own (13 days, 13.1), not inside another number such as 2013.
    [GeneratedRegex(@"(?<![\d.])13(?!\d)")]
    private static partial Regex Thirteen();

    [GeneratedRegex(@"<link rel=""stylesheet"" href=""theme\.css\?v=(?<version>[0-9a-f]{12})"" />")]
    private static partial Regex ThemeLink();
}
