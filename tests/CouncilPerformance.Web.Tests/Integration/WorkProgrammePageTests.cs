using System.Net;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Recommendations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>
/// The boards' work programmes, a static page: each open item's form posts on its own (its antiforgery token, the
/// version it was shown at, what was typed) as a browser does, signed in for real, and the answer is the programme
/// read again. Each test puts its own item on a board's programme, so they share one app.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class WorkProgrammePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Scrutiny = "scrutiny@example.org";
    private const string Path = "/scrutiny/work-programme";

    [Fact]
    public async Task The_board_is_chosen_with_a_get_form_and_the_page_starts_no_circuit()
    {
        var html = await (await app.SignedInClientAsync(Scrutiny)).GetStringAsync(new Uri(Path, UriKind.Relative));

        Assert.Matches("<form method=\"get\" action=\"/scrutiny/work-programme\"[^>]*data-drop-empty", html);
        Assert.Contains("<select id=\"wp-board\" name=\"board\"", html, StringComparison.Ordinal);
        Assert.Contains("data-static=\"/scrutiny/work-programme\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--Blazor:{", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chosen_board_stays_chosen_in_the_list_of_boards()
    {
        var client = await app.SignedInClientAsync(Scrutiny);
        int boardId;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            boardId = (await db.ScrutinyBoards.OrderBy(b => b.Number).LastAsync(b => b.Number != null)).Id;
        }

        var all = await client.GetStringAsync(new Uri(Path, UriKind.Relative));
        var chosen = await client.GetStringAsync(new Uri($"{Path}?board={boardId}", UriKind.Relative));

        Assert.Contains("<option value=\"\" selected>All boards</option>", all, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{boardId}\">", all, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{boardId}\" selected>", chosen, StringComparison.Ordinal);
        Assert.Contains("<option value=\"\">All boards</option>", chosen, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(chosen, "<option [^>]*selected"));
    }

    [Fact]
    public async Task Recording_what_the_board_did_saves_it_and_says_so_beside_the_item()
    {
        var (id, version) = await PutOnProgrammeAsync("WP-SAVE");
        var client = await app.SignedInClientAsync(Scrutiny);

        var html = await PostAsync(client, id, new() { ["Version"] = $"{version}", ["TakenOn"] = "14/01/2026", ["Outcome"] = "  The board heard the service.  " });

        Assert.Contains("Saved what the board recorded for WP-SAVE.", Html.MainText(html), StringComparison.Ordinal);
        var saved = await RecommendationAsync(id);
        Assert.Equal((new DateOnly(2026, 1, 14), "The board heard the service."), (saved.WorkProgrammeTakenOn, saved.WorkProgrammeOutcome));
        Assert.NotEqual(version, saved.Version);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_saves_nothing_and_keeps_what_was_typed()
    {
        var (id, version) = await PutOnProgrammeAsync("WP-DATE");
        var client = await app.SignedInClientAsync(Scrutiny);

        var html = await PostAsync(client, id, new() { ["Version"] = $"{version}", ["TakenOn"] = "31/02/2026", ["Outcome"] = "<b>Kept</b>" });

        Assert.Contains("Nothing was saved for WP-DATE", Html.MainText(html), StringComparison.Ordinal);
        Assert.Contains("Enter the date as day/month/year, for example 04/11/2025", Html.MainText(html), StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/2026\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Kept&lt;/b&gt;</textarea>", html, StringComparison.Ordinal);
        // The date field is marked invalid and described by its error, which the summary links to.
        Assert.Contains($"aria-describedby=\"wp-{id}-takenon-hint wp-{id}-takenon-error\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"field-error-text\" id=\"wp-{id}-takenon-error\">", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"#wp-{id}-takenon\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"aria-describedby=\"wp-{id}-outcome-hint wp-{id}-outcome-error\"", html, StringComparison.Ordinal);
        Assert.Null((await RecommendationAsync(id)).WorkProgrammeTakenOn);
    }

    [Fact]
    public async Task Saving_over_someone_elses_change_is_a_conflict_and_saves_nothing()
    {
        var (id, _) = await PutOnProgrammeAsync("WP-CONFLICT");
        var client = await app.SignedInClientAsync(Scrutiny);

        var html = await PostAsync(client, id, new() { ["Version"] = $"{Guid.NewGuid()}", ["TakenOn"] = "14/01/2026", ["Outcome"] = "Mine" });

        Assert.Contains("Nothing was saved for WP-CONFLICT", Html.MainText(html), StringComparison.Ordinal);
        Assert.Null((await RecommendationAsync(id)).WorkProgrammeOutcome);
    }

    [Fact]
    public async Task A_cabinet_member_has_no_form_to_post()
    {
        var (id, version) = await PutOnProgrammeAsync("WP-CABINET");
        var cabinet = await app.SignedInClientAsync("cabinet@example.org");
        var token = await Html.AntiforgeryTokenAsync(cabinet, Path);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = $"work-programme-{id}", ["__RequestVerificationToken"] = token, ["Version"] = $"{version}", ["TakenOn"] = "14/01/2026",
        });

        using var response = await cabinet.PostAsync(new Uri(Path, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await RecommendationAsync(id)).WorkProgrammeTakenOn);
    }

    [Fact]
    public async Task Every_items_form_carries_its_own_name_and_the_requests_one_antiforgery_token()
    {
        var (first, _) = await PutOnProgrammeAsync("WP-TOKEN-1");
        var (second, _) = await PutOnProgrammeAsync("WP-TOKEN-2");

        var html = await (await app.SignedInClientAsync(Scrutiny)).GetStringAsync(new Uri(Path, UriKind.Relative));

        // The sign-out form's token is written by the framework's AntiforgeryToken component: each item's form has the same.
        var token = Html.AntiforgeryToken(html);
        Assert.False(string.IsNullOrEmpty(token));
        var forms = System.Text.RegularExpressions.Regex.Matches(html, "<form method=\"post\".*?</form>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Value).Where(f => f.Contains("name=\"_handler\" value=\"work-programme-", StringComparison.Ordinal)).ToList();
        Assert.Contains(forms, f => f.Contains($"name=\"_handler\" value=\"work-programme-{first}\"", StringComparison.Ordinal));
        Assert.Contains(forms, f => f.Contains($"name=\"_handler\" value=\"work-programme-{second}\"", StringComparison.Ordinal));
        Assert.All(forms, f => Assert.Equal([token], Html.AntiforgeryTokens(f)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task A_post_without_a_valid_antiforgery_token_is_refused_and_saves_nothing(string? token)
    {
        var (id, version) = await PutOnProgrammeAsync($"WP-FORGED-{token ?? "NONE"}");
        var client = await app.SignedInClientAsync(Scrutiny);
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = $"work-programme-{id}", ["Version"] = $"{version}", ["TakenOn"] = "14/01/2026", ["Outcome"] = "Forged",
        };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        using var form = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri(Path, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var saved = await RecommendationAsync(id);
        Assert.Equal((null, null, version), (saved.WorkProgrammeTakenOn, saved.WorkProgrammeOutcome, saved.Version));
    }

    private static async Task<string> PostAsync(HttpClient client, int id, Dictionary<string, string> fields)
    {
        fields["_handler"] = $"work-programme-{id}";
        fields["__RequestVerificationToken"] = await Html.AntiforgeryTokenAsync(client, Path);
        using var form = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri(Path, UriKind.Relative), form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {Path} answered {(int)response.StatusCode}: {Html.MainText(html)}");
        return html;
    }

    /// <summary>An item on a numbered board's programme, as the committee leaves it (written straight to the file, as set-up).</summary>
    private async Task<(int Id, Guid Version)> PutOnProgrammeAsync(string reference)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var board = await db.ScrutinyBoards.FirstAsync(b => b.Number != null);
        var recommendation = new Recommendation
        {
            Reference = reference,
            Title = $"Work for the board ({reference})",
            Wording = "Illustrative: look again at the hot streets.",
            AddressedTo = RecommendationAddressee.ScrutinyBoard,
            ScrutinyBoardId = board.Id,
            Status = RecommendationStatus.InProgress,
            SortOrder = -1,
        };
        db.Recommendations.Add(recommendation);
        await db.SaveChangesAsync();
        return (recommendation.Id, recommendation.Version);
    }

    private async Task<Recommendation> RecommendationAsync(int id)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Recommendations.AsNoTracking().SingleAsync(r => r.Id == id);
    }
}
