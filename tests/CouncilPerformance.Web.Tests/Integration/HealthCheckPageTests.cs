using System.Text.RegularExpressions;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>
/// The KPI health check, a static page: its filters are a GET form whose fields are named as the address's
/// query, so a filtered view is an address, and the page answers it without a circuit.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed partial class HealthCheckPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Scrutiny = "scrutiny@example.org";

    [Fact]
    public async Task The_filters_are_a_get_form_of_labelled_fields_named_as_the_address_query_with_a_button()
    {
        var html = await GetAsync("/review/2024/health");

        var form = Form().Match(html).Value;
        Assert.Contains("method=\"get\"", form, StringComparison.Ordinal);
        Assert.Contains("data-drop-empty", form, StringComparison.Ordinal);
        foreach (var (id, name, label) in new[] { ("health-board", "board", "Scrutiny board"), ("health-priority", "priority", "Priority"), ("health-failing", "show", "Show") })
        {
            Assert.Contains($"<label for=\"{id}\">{label}</label>", form, StringComparison.Ordinal);
            Assert.Matches($"<select id=\"{id}\" name=\"{name}\"", form);
        }

        Assert.Contains("<button type=\"submit\" class=\"native-button\">Apply filters</button>", form, StringComparison.Ordinal);
        // No circuit: the page is answered whole, with the static marker for its address.
        Assert.DoesNotContain("<!--Blazor:{\"type\":\"server\"", html, StringComparison.Ordinal);
        Assert.Contains("data-static=\"/review/2024/health\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_failing_shows_just_the_KPIs_that_fail_a_criterion_with_the_choice_kept_in_the_form()
    {
        var failing = await GetAsync("/review/2024/health?show=failing");

        Assert.Contains("<option value=\"failing\" selected", failing, StringComparison.Ordinal);
        var rows = KpiRows(failing);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("✗ No", r.Skip(1)));
    }

    [Fact]
    public async Task A_board_shows_only_its_KPIs_with_the_board_chosen_in_the_form()
    {
        var every = await GetAsync("/review/2024/health");
        var option = BoardOption().Match(every);
        var (id, board) = (option.Groups["id"].Value, System.Net.WebUtility.HtmlDecode(option.Groups["name"].Value));

        var html = await GetAsync($"/review/2024/health?board={id}");

        Assert.Matches($"<option value=\"{id}\" selected", html);
        var rows = KpiRows(html);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.EndsWith($"· {board}", r[0], StringComparison.Ordinal));
        Assert.True(Shown(html) < Shown(every), $"{Shown(html)} of {board}'s KPIs shown, {Shown(every)} in all");
    }

    private async Task<string> GetAsync(string path)
    {
        var client = await app.SignedInClientAsync(Scrutiny);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    // The body's rows: a KPI's name, then a word per criterion (the head's two rows are the criteria and the counts).
    private static List<IReadOnlyList<string>> KpiRows(string html) =>
        [.. Html.TableRows(Tbody().Match(html).Value)];

    private static int Shown(string html) => int.Parse(ShownText().Match(Html.MainText(html)).Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<form[^>]*action=\"/review/2024/health\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Form();

    [GeneratedRegex("<select id=\"health-board\"[^>]*>\\s*<option value[^>]*>Any board</option>\\s*<option value=\"(?<id>\\d+)\">(?<name>[^<]+)</option>")]
    private static partial Regex BoardOption();

    [GeneratedRegex("<tbody>.*?</tbody>", RegexOptions.Singleline)]
    private static partial Regex Tbody();

    [GeneratedRegex(@"(?<n>\d+) KPIs? shown of \d+")]
    private static partial Regex ShownText();
}
