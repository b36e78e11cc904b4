using System.Net;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>
/// Signing off on the progress board, a static page: each Approve or Return posts the board's sign-off form
/// (antiforgery token, the result and the version it was shown at) as a browser does, signed in for real, and the
/// answer is the board as it now stands. Each test submits its own KPI's result, so they share one app.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class ProgressSignOffTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Admin = "admin@example.org";
    private const string Board = "/admin/progress/2025";

    [Fact]
    public async Task Approving_signs_the_result_off_and_the_board_says_so_with_it_gone_from_the_list()
    {
        var (id, version) = await SubmitAsync("ROADS-A", 95m);
        var client = await app.SignedInClientAsync(Admin);

        var html = await PostAsync(client, new() { ["Input.Approve"] = $"{id}:{version}" });

        Assert.Contains("Principal roads (A roads) in a good/acceptable condition is approved.", Html.MainText(html), StringComparison.Ordinal);
        Assert.Equal(ResultState.Approved, (await ResultAsync(id)).State);
        Assert.DoesNotContain($"value=\"{id}:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Returning_without_a_comment_saves_nothing_and_asks_for_one_beside_the_result()
    {
        var (id, version) = await SubmitAsync("RECYCLING", 36.2m);
        var client = await app.SignedInClientAsync(Admin);

        var html = await PostAsync(client, new() { ["Input.Return"] = $"{id}:{version}", [$"Input.Comments[{id}]"] = "   " });

        Assert.Equal(ResultState.Submitted, (await ResultAsync(id)).State);
        Assert.Contains("was not returned. Say what the officer needs to change", Html.MainText(html), StringComparison.Ordinal);
        Assert.Contains($"id=\"return-comment-{id}-error\"", html, StringComparison.Ordinal);
        Assert.Contains("<details class=\"sign-off-return\" open", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Returning_with_a_comment_sends_it_back_to_the_officer_with_the_comment_trimmed()
    {
        var (id, version) = await SubmitAsync("PAVEMENTS", 74m);
        var client = await app.SignedInClientAsync(Admin);

        var html = await PostAsync(client, new()
        {
            ["Input.Return"] = $"{id}:{version}",
            [$"Input.Comments[{id}]"] = "  Please add the survey's date.  ",
            // Another row's comment in the same form is not this row's.
            ["Input.Comments[999999]"] = "Not this one",
        });

        var result = await ResultAsync(id);
        Assert.Equal((ResultState.Returned, "Please add the survey's date."), (result.State, result.ReturnComment));
        Assert.Contains("is returned to the officer with your comment.", Html.MainText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_off_a_result_someone_changed_since_the_page_loaded_is_a_conflict_and_saves_nothing()
    {
        var (id, _) = await SubmitAsync("CASUALTIES-PED", 118m);
        var client = await app.SignedInClientAsync(Admin);

        var html = await PostAsync(client, new() { ["Input.Approve"] = $"{id}:{Guid.NewGuid()}" });

        Assert.Contains("Nothing was saved: someone else changed the result", Html.MainText(html), StringComparison.Ordinal);
        Assert.Equal(ResultState.Submitted, (await ResultAsync(id)).State);
    }

    [Fact]
    public async Task Each_save_is_audited_as_the_person_who_made_it_though_the_apps_contexts_are_pooled_and_shared()
    {
        var (approved, version) = await SubmitAsync("FLY-TIPS", 6100m);
        var client = await app.SignedInClientAsync(Admin);

        await PostAsync(client, new() { ["Input.Approve"] = $"{approved}:{version}" });
        // The next save, on a context the pool may hand out again, is not the administrator's.
        var (later, _) = await SubmitAsync("BUSINESS-RATES", 97m);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var approval = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Result) && a.EntityId == approved.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == "Modified")
            .OrderByDescending(a => a.Id).FirstAsync();
        var submission = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Result) && a.EntityId == later.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal(Admin, approval.UserName);
        Assert.NotNull(approval.UserId);
        Assert.Equal(("system", null), (submission.UserName, submission.UserId));
    }

    [Fact]
    public async Task A_post_without_the_forms_antiforgery_token_is_refused_and_saves_nothing()
    {
        var (id, version) = await SubmitAsync("COUNCIL-TAX", 95.8m);
        var client = await app.SignedInClientAsync(Admin);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "sign-off", ["Input.Approve"] = $"{id}:{version}" });

        using var response = await client.PostAsync(new Uri(Board, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ResultState.Submitted, (await ResultAsync(id)).State);
    }

    [Fact]
    public async Task An_officer_cannot_post_the_sign_off_form()
    {
        var (id, version) = await SubmitAsync("ROADS-UNCLASS", 20m);
        var officer = await app.SignedInClientAsync("officer@example.org");
        var token = await Html.AntiforgeryTokenAsync(officer, "/reminders");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-off", ["__RequestVerificationToken"] = token, ["Input.Approve"] = $"{id}:{version}",
        });

        using var response = await officer.PostAsync(new Uri(Board, UriKind.Relative), form);

        Assert.Equal("/Account/AccessDenied", Redirects.PathOf(response));
        Assert.Equal(ResultState.Submitted, (await ResultAsync(id)).State);
    }

    /// <summary>Posts the board's sign-off form with the page's own token, as the browser does, and returns the answer's HTML.</summary>
    private static async Task<string> PostAsync(HttpClient client, Dictionary<string, string> fields)
    {
        fields["_handler"] = "sign-off";
        fields["__RequestVerificationToken"] = await Html.AntiforgeryTokenAsync(client, Board);
        using var form = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri(Board, UriKind.Relative), form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {Board} answered {(int)response.StatusCode}: {Html.MainText(html)}");
        return html;
    }

    /// <summary>Submits a 2025/26 result for the KPI as its service area's officer, through the real service.</summary>
    private async Task<(int Id, Guid Version)> SubmitAsync(string code, decimal value)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var kpi = await db.Kpis.SingleAsync(k => k.Code == code);
        var period = await db.ReportingPeriods.SingleAsync(p => p.StartYear == 2025);
        var officer = new Actor("officer-test", "Test Officer", new HashSet<string> { Roles.Officer }, kpi.ServiceAreaId);
        var entry = ActivatorUtilities.CreateInstance<ResultEntryService>(app.Services);
        var submitted = await entry.SubmitAsync(officer, new ResultInput
        {
            KpiId = kpi.Id,
            ReportingPeriodId = period.Id,
            Value = value,
            DataStatus = DataStatus.Provisional,
            Commentary = "Survey results in; the service explains the shortfall in its report.",
        });
        Assert.True(submitted.Succeeded, string.Join("; ", submitted.Errors.Select(e => e.Message)));
        return (submitted.Current!.Id, submitted.Current.Version);
    }

    private async Task<Result> ResultAsync(int id)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Results.AsNoTracking().SingleAsync(r => r.Id == id);
    }
}
