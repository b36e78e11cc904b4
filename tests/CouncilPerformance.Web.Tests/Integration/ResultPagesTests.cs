using System.Net;
using System.Text.RegularExpressions;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>
/// The officers' results pages in their first (prerendered) HTML: who may open them, what the list
/// holds, and which form each person gets. Typing and saving happen in the interactive circuit,
/// which these requests do not start; the service behind them is tested in Core.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed partial class ResultPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Officer = "officer@example.org";
    private const string FinanceOfficer = "officer.finance@example.org";
    private const string Admin = "admin@example.org";
    private const string RoadsA = "Principal roads (A roads) in a good/acceptable condition";
    private const string CouncilTax = "Council tax collection rate";

    [Fact]
    public async Task An_officers_results_list_the_current_periods_KPIs_of_their_own_service_area_only()
    {
        var html = await GetAsync(Officer, "/results");
        var text = Html.MainText(html);

        Assert.Equal(["My results for 2025/26"], Html.H1s(html));
        Assert.Contains(RoadsA, text);
        Assert.DoesNotContain(CouncilTax, text);
        Assert.Contains("href=\"/results/ROADS-A/2025\"", html);
        Assert.Contains(SeedDates.OpenYearDeadline, text);
        Assert.Contains("Import a spreadsheet", text);
        Assert.Contains("Reporting period", Labels(html));
    }

    [Fact]
    public async Task A_KPI_with_no_result_yet_is_due()
    {
        var rows = Html.TableRows(await GetAsync(Officer, "/results"));

        var row = Assert.Single(rows, r => r.Count > 0 && r[0].Contains("Unclassified roads", StringComparison.Ordinal));
        Assert.Equal("Due", row[1]);
    }

    [Fact]
    public async Task The_year_in_the_query_picks_the_period()
    {
        var html = await GetAsync(Officer, "/results?year=2024");
        var rows = Html.TableRows(html);

        Assert.Equal(["My results for 2024/25"], Html.H1s(html));
        var row = Assert.Single(rows, r => r.Count > 0 && r[0].Contains(RoadsA, StringComparison.Ordinal));
        Assert.Equal("Approved", row[1]);
    }

    [Fact]
    public async Task A_year_with_no_period_says_so()
    {
        var text = Html.MainText(await GetAsync(Officer, "/results?year=2040"));

        Assert.Contains("There is no reporting period 2040/41", text);
    }

    [Fact]
    public async Task The_performance_team_without_a_service_area_sees_every_area()
    {
        var text = Html.MainText(await GetAsync(Admin, "/results"));

        Assert.Contains(RoadsA, text);
        Assert.Contains(CouncilTax, text);
    }

    [Theory]
    [InlineData("scrutiny@example.org", "/results")]
    [InlineData("cabinet@example.org", "/results")]
    [InlineData("scrutiny@example.org", "/results/ROADS-A/2025")]
    [InlineData("cabinet@example.org", "/results/ROADS-A/2025")]
    public async Task Scrutiny_and_cabinet_are_denied(string email, string path)
    {
        var client = await app.SignedInClientAsync(email);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("/Account/AccessDenied", Redirects.PathOf(response));
        Assert.Equal(path, Redirects.ReturnUrlOf(response));
    }

    [Theory]
    [InlineData("/results")]
    [InlineData("/results/ROADS-A/2025")]
    public async Task Anonymous_visitors_are_asked_to_sign_in(string path)
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("/Account/Login", Redirects.PathOf(response));
        Assert.Equal(path, Redirects.ReturnUrlOf(response));
    }

    [Fact]
    public async Task An_officer_gets_the_entry_form_for_their_own_KPI_with_a_label_on_every_field()
    {
        var html = await GetAsync(Officer, "/results/ROADS-A/2025");
        var labels = Labels(html);
        var text = Html.MainText(html);

        Assert.Equal([RoadsA], Html.H1s(html));
        Assert.Contains("Result for 2025/26", text);
        Assert.All(["Value (%)", "Provisional", "Final", "Not available", "England", "West Midlands", "Statistical neighbours", "Commentary"],
            label => Assert.Contains(label, labels));
        Assert.Contains("Data status", text);
        Assert.Contains("a percentage from 0 to 100", text);
        Assert.Contains("Save draft", text);
        Assert.Contains("Submit for sign-off", text);
        Assert.Contains("This result would be", text);
        Assert.DoesNotContain("Reason for the correction", labels);
    }

    [Fact]
    public async Task A_KPI_with_breakdowns_has_a_field_for_each_category()
    {
        var labels = Labels(await GetAsync(Officer, "/results/CASUALTIES-PED/2025"));

        Assert.All(["Pedestrian", "Cyclist", "Motorcyclist", "Car occupant", "Other"], label => Assert.Contains(label, labels));
    }

    [Fact]
    public async Task A_rate_KPI_asks_for_numerator_and_denominator()
    {
        var html = await GetAsync(Admin, "/results/CIC-RATE/2025");
        var labels = Labels(html);

        Assert.Contains("Numerator", labels);
        Assert.Contains("Denominator", labels);
        Assert.DoesNotContain(labels, l => l.StartsWith("Value", StringComparison.Ordinal));
        Assert.Contains("the rate per 10,000 is worked out", Html.MainText(html));
    }

    [Fact]
    public async Task An_officer_opening_another_service_areas_KPI_is_told_they_can_enter_only_their_own()
    {
        var html = await GetAsync(Officer, "/results/COUNCIL-TAX/2025");
        var text = Html.MainText(html);

        Assert.Contains("You can enter results only for your own service area's KPIs.", text);
        Assert.DoesNotContain("Save draft", text);
        Assert.DoesNotContain("Commentary", Labels(html));
    }

    [Fact]
    public async Task An_officer_sees_a_closed_periods_result_read_only_with_the_reason()
    {
        var text = Html.MainText(await GetAsync(Officer, "/results/ROADS-A/2024"));

        Assert.Contains("2024/25 is not open for data entry", text);
        Assert.DoesNotContain("Save draft", text);
        Assert.DoesNotContain("Submit for sign-off", text);
    }

    [Fact]
    public async Task The_performance_team_corrects_an_approved_published_result_with_a_reason()
    {
        var html = await GetAsync(Admin, "/results/ROADS-A/2024");
        var text = Html.MainText(html);

        Assert.Contains("Reason for the correction", Labels(html));
        Assert.Contains("Save correction", text);
        Assert.DoesNotContain("Submit for sign-off", text);
    }

    [Fact]
    public async Task A_returned_result_shows_the_performance_teams_comment_in_the_list_and_on_the_form()
    {
        const string comment = "Use the 2025/26 survey, not last year's.";
        await SubmitAndReturnAsync("PAVEMENTS", 2025, comment);

        var list = Html.TableRows(await GetAsync(Officer, "/results"));
        var form = Html.MainText(await GetAsync(Officer, "/results/PAVEMENTS/2025"));

        var row = Assert.Single(list, r => r.Count > 0 && r[0].Contains("Pavements", StringComparison.Ordinal));
        Assert.Contains(comment, row[0]);
        Assert.Equal("Returned", row[1]);
        Assert.Contains("The performance team returned this result", form);
        Assert.Contains(comment, form);
    }

    [Fact]
    public async Task An_unknown_KPI_code_says_the_KPI_was_not_found()
    {
        var html = await GetAsync(FinanceOfficer, "/results/NO-SUCH-KPI/2025");

        Assert.Equal(["KPI not found"], Html.H1s(html));
    }

    /// <summary>Submits a result as the KPI's officer and returns it as the performance team, through the real service.</summary>
    private async Task SubmitAndReturnAsync(string code, int year, string comment)
    {
        var (entry, officer, kpiId, periodId) = await EntryAsAsync(code, year);
        var admin = new Actor("admin-test", "Test Admin", new HashSet<string> { Roles.Administrator }, null);
        var submitted = await entry.SubmitAsync(officer, new ResultInput
        {
            KpiId = kpiId,
            ReportingPeriodId = periodId,
            Value = 80m,
            DataStatus = DataStatus.Provisional,
            Commentary = "Survey results in.",
        });
        Assert.True(submitted.Succeeded, string.Join("; ", submitted.Errors.Select(e => e.Message)));

        var returned = await entry.ReturnAsync(admin, submitted.Current!.Id, submitted.Current.Version, comment);
        Assert.True(returned.Succeeded, string.Join("; ", returned.Errors.Select(e => e.Message)));
    }

    /// <summary>The app's entry service, an officer of the KPI's service area, and the KPI's and period's ids.</summary>
    private async Task<(ResultEntryService Entry, Actor Officer, int KpiId, int PeriodId)> EntryAsAsync(string code, int year)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var kpi = await db.Kpis.SingleAsync(k => k.Code == code);
        var period = await db.ReportingPeriods.SingleAsync(p => p.StartYear == year);
        var officer = new Actor("officer-test", "Test Officer", new HashSet<string> { Roles.Officer }, kpi.ServiceAreaId);
        return (ActivatorUtilities.CreateInstance<ResultEntryService>(app.Services), officer, kpi.Id, period.Id);
    }

    private async Task<string> GetAsync(string email, string path)
    {
        var client = await app.SignedInClientAsync(email);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} as {email} answered {(int)response.StatusCode}.");
        return html;
    }

    /// <summary>The text of every <c>&lt;label&gt;</c> in the page, so a field is found by its visible label.</summary>
    private static List<string> Labels(string html) =>
        [.. LabelElement().Matches(html).Select(m => Whitespace().Replace(WebUtility.HtmlDecode(Tag().Replace(m.Groups["content"].Value, " ")), " ").Trim())];

    [GeneratedRegex(@"<label\b[^>]*>(?<content>.*?)</label>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex LabelElement();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
