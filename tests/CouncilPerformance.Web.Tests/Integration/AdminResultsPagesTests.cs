using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>
/// The performance team's pages for running a year's data collection (reporting periods, targets,
/// the progress board and the audit log), as their first (prerendered) HTML shows them.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class AdminResultsPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Admin = "admin@example.org";

    public static TheoryData<string, string> PagesAndHeadings => new()
    {
        { "/admin/periods", "Reporting periods" },
        { "/admin/targets/2025", "Targets for 2025/26" },
        { "/admin/progress", "Progress for 2025/26" },
        { "/admin/progress/2025", "Progress for 2025/26" },
        { "/admin/progress/2024", "Progress for 2024/25" },
        { "/admin/audit", "Audit log" },
    };

    public static TheoryData<string, string> PagesAndOtherRoles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var page in new[] { "/admin/periods", "/admin/targets/2025", "/admin/progress", "/admin/progress/2025", "/admin/audit" })
            {
                foreach (var email in new[] { "officer@example.org", "officer.finance@example.org", "scrutiny@example.org", "cabinet@example.org" })
                {
                    data.Add(page, email);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(PagesAndHeadings))]
    public async Task An_administrator_gets_each_page_with_its_heading(string path, string heading)
    {
        var html = await GetAsync(path);

        Assert.Equal([heading], Html.H1s(html));
    }

    [Theory]
    [MemberData(nameof(PagesAndOtherRoles))]
    public async Task Other_roles_are_sent_to_the_access_denied_page(string path, string email)
    {
        var client = await app.SignedInClientAsync(email);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("/Account/AccessDenied", Redirects.PathOf(response));
        Assert.Equal(path, Redirects.ReturnUrlOf(response));
    }

    [Theory]
    [InlineData("/admin/periods")]
    [InlineData("/admin/targets/2025")]
    [InlineData("/admin/progress")]
    [InlineData("/admin/audit")]
    public async Task Anonymous_visitors_are_asked_to_sign_in_first(string path)
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("/Account/Login", Redirects.PathOf(response));
        Assert.Equal(path, Redirects.ReturnUrlOf(response));
    }

    [Fact]
    public async Task The_periods_page_lists_the_seeded_years_with_their_state_in_words()
    {
        var rows = Html.TableRows(await GetAsync("/admin/periods"));

        foreach (var label in new[] { "2022/23", "2023/24", "2024/25" })
        {
            var row = Assert.Single(rows, r => r.Count > 0 && r[0] == label);
            Assert.Equal("Published", row[1]);
        }

        var open = Assert.Single(rows, r => r.Count > 0 && r[0] == "2025/26");
        Assert.Equal("Open for entry", open[1]);
        Assert.StartsWith(SeedDates.OpenYearDeadline, open[2], StringComparison.Ordinal);
        Assert.DoesNotContain("passed", open[2], StringComparison.Ordinal);
        Assert.Equal("Not published", open[3]);
        Assert.Contains("Close", open[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_periods_page_links_each_year_to_its_targets_and_progress()
    {
        var html = await GetAsync("/admin/periods");

        Assert.Contains("href=\"/admin/targets/2025\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/progress/2025\"", html, StringComparison.Ordinal);
        Assert.Contains("Add the next year", Html.MainText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_targets_page_lists_the_KPIs_with_last_years_target_and_labelled_fields()
    {
        var html = await GetAsync("/admin/targets/2025");

        var row = Assert.Single(Html.TableRows(html), r => r.Count > 0 && r[0].StartsWith("Council tax collection rate", StringComparison.Ordinal));
        // Coventry's published 2024/25 target, with the demo's amber tolerance.
        Assert.Equal("94% tolerance 0.5", row[1]);
        Assert.Contains("aria-label=\"Target for Council tax collection rate\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Amber tolerance for Council tax collection rate\"", html, StringComparison.Ordinal);
        Assert.Contains("Roll forward last year's targets", Html.MainText(html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/targets/1999")]
    [InlineData("/admin/progress/1999")]
    public async Task A_year_without_a_period_says_so(string path)
    {
        var html = await GetAsync(path);

        Assert.Equal(["Reporting period not found"], Html.H1s(html));
    }

    [Theory]
    [InlineData(ServiceAreas.Finance)]
    [InlineData(ServiceAreas.HighwaysTransportAndWaste)]
    public async Task The_progress_board_counts_every_reported_KPI_of_an_area_as_missing_but_not_yet_overdue_for_2025_26(string area)
    {
        var reported = await ReportedKpiCountAsync(area);

        var html = await GetAsync("/admin/progress");
        var rows = Html.TableRows(html);

        // The seed enters no 2025/26 results in these areas, and its deadline lies ahead of the seed date.
        var row = Assert.Single(rows, r => r.Count > 0 && r[0] == area);
        Assert.True(reported > 0);
        Assert.Equal([area, $"{reported}", "0", "0", "0", "0", "0"], row);
        Assert.DoesNotContain("has passed", Html.MainText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_progress_board_has_nothing_waiting_for_sign_off_when_nothing_is_submitted()
    {
        var text = Html.MainText(await GetAsync("/admin/progress"));

        Assert.Contains("Waiting for sign-off (0)", text, StringComparison.Ordinal);
        Assert.Contains("No results are waiting for sign-off.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_shows_the_seed_as_changes_by_system_newest_first()
    {
        var rows = Html.TableRows(await GetAsync("/admin/audit"));

        Assert.Equal(["When (UTC)", "Who", "What", "Action", "Changes"], rows[0]);
        Assert.Equal(AuditLogPageSize, rows.Count(r => r.Count == 5 && r[1] == "system"));
    }

    [Fact]
    public async Task An_audit_log_address_past_the_last_page_shows_the_last_page_and_counts_it_truly()
    {
        var first = Html.MainText(await GetAsync("/admin/audit"));
        var total = int.Parse(Regex.Match(first, @"([\d,]+) entries; showing 1 to").Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var lastPage = ((total - 1) / AuditLogPageSize) + 1;

        var html = await GetAsync("/admin/audit?page=99999");
        var text = Html.MainText(html);
        var rows = Html.TableRows(html).Skip(1).ToList();

        Assert.Contains($"{total:N0} entries; showing {((lastPage - 1) * AuditLogPageSize) + 1:N0} to {total:N0}, newest first.", text, StringComparison.Ordinal);
        Assert.Equal(total - ((lastPage - 1) * AuditLogPageSize), rows.Count);
        Assert.Contains($"aria-label=\"Current page {lastPage}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_offers_no_way_to_edit_or_delete_an_entry()
    {
        var html = await GetAsync("/admin/audit");

        // The only controls are the filters and the pager: no button edits, deletes or removes anything.
        var buttons = Regex.Matches(html, @"<button\b.*?</button>", RegexOptions.Singleline).Select(m => m.Value).ToList();
        Assert.NotEmpty(buttons);
        Assert.All(buttons, b => Assert.DoesNotMatch(new Regex("edit|delete|remove|undo", RegexOptions.IgnoreCase), b));
    }

    [Fact]
    public async Task The_audit_logs_filters_are_a_get_form_of_labelled_fields_named_as_the_address_query()
    {
        var html = await GetAsync("/admin/audit");

        var form = Regex.Match(html, "<form[^>]*action=\"/admin/audit\"[^>]*>.*?</form>", RegexOptions.Singleline).Value;
        Assert.Contains("method=\"get\"", form, StringComparison.Ordinal);
        foreach (var (id, name, label) in new[]
        {
            ("audit-type", "type", "Record type"), ("audit-record-id", "id", "Record id"), ("audit-user", "user", "Changed by"),
            ("audit-from", "from", "From"), ("audit-to", "to", "To"),
        })
        {
            Assert.Contains($"<label for=\"{id}\">{label}</label>", form, StringComparison.Ordinal);
            Assert.Matches($"<(input|select) id=\"{id}\" name=\"{name}\"", form);
        }

        Assert.Matches("<input id=\"audit-from\"[^>]*type=\"date\"", form);
        // Every kind of record the log can hold is offered, after "All".
        Assert.Matches("<option value(=\"\")?( selected)?>All</option>", form);
        Assert.Contains("<option value=\"ReportingPeriod\">Reporting period</option>", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_shows_only_the_entries_the_addresss_filters_ask_for_and_keeps_them_in_the_fields()
    {
        var periods = await GetAsync("/admin/audit?type=ReportingPeriod&user=system");
        var nobody = await GetAsync("/admin/audit?user=nobody-changed-this");
        var future = await GetAsync("/admin/audit?from=2999-01-01&to=2999-12-31");

        var rows = Html.TableRows(periods).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.StartsWith("Reporting period", r[2], StringComparison.Ordinal));
        Assert.Matches("<option value=\"ReportingPeriod\" selected", periods);
        Assert.Contains("No entries match.", Html.MainText(nobody), StringComparison.Ordinal);
        Assert.Matches("<input id=\"audit-user\"[^>]*value=\"nobody-changed-this\"", nobody);
        Assert.Contains("No entries match.", Html.MainText(future), StringComparison.Ordinal);
        Assert.Matches("<input id=\"audit-from\"[^>]*value=\"2999-01-01\"", future);
        Assert.Contains("Clear the filters", Html.MainText(future), StringComparison.Ordinal);
        Assert.DoesNotContain("Clear the filters", Html.MainText(await GetAsync("/admin/audit")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_is_a_static_page_whose_filters_apply_with_the_Show_button()
    {
        var html = await GetAsync("/admin/audit?type=Result");

        // Rendered once per request: the layout marks it static, and there is no server component for a circuit to start.
        Assert.Contains("data-static=\"/admin/audit?type=Result\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--Blazor:{", html, StringComparison.Ordinal);
        var formTag = Regex.Match(html, "<form[^>]*action=\"/admin/audit\"[^>]*>").Value;
        Assert.Contains(" data-enhance", formTag, StringComparison.Ordinal);
        Assert.Contains(" data-drop-empty", formTag, StringComparison.Ordinal);
        var form = Regex.Match(html, "<form[^>]*action=\"/admin/audit\"[^>]*>.*?</form>", RegexOptions.Singleline).Value;
        Assert.Matches("<button type=\"submit\"[^>]*>Show</button>", form);
        Assert.Matches("<option value=\"Result\" selected", form);
    }

    [Fact]
    public async Task A_filtered_address_shows_only_the_changes_of_that_record_type_by_that_person()
    {
        var html = await GetAsync("/admin/audit?type=Kpi&user=syst");

        var rows = Html.TableRows(html).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.StartsWith("Kpi ", r[2], StringComparison.Ordinal);
            Assert.Equal("system", r[1]);
        });
        // A KPI's entry names its code (read with the page in one command), e.g. "Kpi 12 ROADS-A".
        Assert.All(rows, r => Assert.Matches(@"^Kpi \d+ \S+$", r[2]));
        Assert.Matches("<input id=\"audit-user\"[^>]*value=\"syst\"", html);
    }

    [Theory]
    [InlineData("/admin/audit?from=2025-02-30", "audit-from", "The \u201cFrom\u201d date must be a real date, for example 2025-04-01 (\u201c2025-02-30\u201d is not)")]
    [InlineData("/admin/audit?to=yesterday", "audit-to", "The \u201cTo\u201d date must be a real date, for example 2025-04-01 (\u201cyesterday\u201d is not)")]
    [InlineData("/admin/audit?from=2025-06-01&to=2025-05-01", "audit-to",
        "The \u201cTo\u201d date (1 May 2025) must be on or after the \u201cFrom\u201d date (1 June 2025)")]
    public async Task A_date_that_cannot_filter_the_log_is_said_on_the_page_and_no_entries_are_shown(string path, string field, string message)
    {
        using var response = await (await app.SignedInClientAsync(Admin)).GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alert = Regex.Match(html, "<div class=\"error-summary\" role=\"alert\">.*?</div>", RegexOptions.Singleline).Value;
        Assert.Contains("The log was not filtered", alert, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#{field}\">{message}</a>", System.Net.WebUtility.HtmlDecode(alert), StringComparison.Ordinal);
        Assert.Matches($"<input id=\"{field}\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"{field}-error\"", html);
        Assert.Empty(Html.TableRows(html));
        Assert.DoesNotContain("entries;", Html.MainText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_number_that_is_not_a_number_shows_the_first_page()
    {
        var html = await GetAsync("/admin/audit?page=two");

        Assert.Contains("showing 1 to 50", Html.MainText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_logs_pages_are_links_in_the_address_and_the_second_follows_the_first()
    {
        var first = await GetAsync("/admin/audit");
        var second = await GetAsync("/admin/audit?page=2");

        var total = int.Parse(Regex.Match(Html.MainText(first), @"([\d,]+) entries;").Groups[1].Value, System.Globalization.NumberStyles.AllowThousands,
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > AuditLogPageSize, $"expected more than a page of entries, got {total}");
        Assert.Contains("/admin/audit?page=2\"", first, StringComparison.Ordinal);
        Assert.Contains($"showing 51 to {Math.Min(total, 100):N0}", Html.MainText(second), StringComparison.Ordinal);
        // Newest first across the pages: page 2 starts no later than page 1 ends, and its first entry is not on page 1.
        var onFirst = Html.TableRows(first).Skip(1).Select(r => string.Join("|", r)).ToList();
        var onSecond = Html.TableRows(second).Skip(1).Select(r => string.Join("|", r)).ToList();
        Assert.Equal(AuditLogPageSize, onFirst.Count);
        Assert.DoesNotContain(onSecond[0], onFirst);
    }

    private const int AuditLogPageSize = 50;

    private async Task<string> GetAsync(string path)
    {
        var client = await app.SignedInClientAsync(Admin);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}.");
        return html;
    }

    private async Task<int> ReportedKpiCountAsync(string area)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Kpis.CountAsync(k => k.ServiceArea!.Name == area && (k.Status == KpiStatus.Active || k.Status == KpiStatus.UnderReview));
    }
}

/// <summary>
/// Changes made after the seed show in the audit log and on the pages. Its own app, because these
/// tests change the data the read-only tests above rely on.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class AdminResultsChangesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly Actor _admin = new("admin-id", "Performance team", new HashSet<string> { Roles.Administrator }, null);

    [Fact]
    public async Task A_change_after_the_seed_is_the_newest_entry_in_the_audit_log_with_its_before_and_after()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var periods = scope.ServiceProvider.GetRequiredService<PeriodService>();
        var open = (await periods.ListAsync()).Single(p => p.StartYear == 2025);
        var outcome = await periods.OpenAsync(_admin, open.Id, open.Version, new DateOnly(2099, 6, 30));
        Assert.True(outcome.Succeeded, outcome.Message);

        var client = await app.SignedInClientAsync("admin@example.org");
        using var response = await client.GetAsync(new Uri("/admin/audit", UriKind.Relative));
        var rows = Html.TableRows(await response.Content.ReadAsStringAsync());

        var newest = rows[1];
        Assert.Equal($"Reporting period {open.Id} 2025/26", newest[2]); // the record and what it is about
        Assert.Equal("Changed", newest[3]);
        // Html.TableRows puts a space where each tag was; the page reads "Entry deadline: <the seed's deadline> → 30 June 2099".
        Assert.Equal($"Entry deadline: {SeedDates.OpenYearDeadline} → 30 June 2099", newest[4].Replace(" :", ":", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_seeds_rolled_forward_targets_show_on_the_targets_page_as_this_years_and_rolling_forward_again_copies_none()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var period = (await scope.ServiceProvider.GetRequiredService<PeriodService>().ListAsync()).Single(p => p.StartYear == 2025);
        // The seed rolled every reported KPI's 2024/25 target forward; a KPI's own target is never overwritten.
        var copied = await scope.ServiceProvider.GetRequiredService<TargetService>().RollForwardAsync(_admin, period.Id);
        Assert.Equal(0, copied);

        var client = await app.SignedInClientAsync("admin@example.org");
        using var response = await client.GetAsync(new Uri("/admin/targets/2025", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        // The target field now holds last year's 94 (Coventry's published 2024/25 target) for council tax.
        var input = Regex.Match(html, "<input[^>]*aria-label=\"Target for Council tax collection rate\"[^>]*>").Value;
        Assert.Contains("value=\"94\"", input, StringComparison.Ordinal);
    }
}
