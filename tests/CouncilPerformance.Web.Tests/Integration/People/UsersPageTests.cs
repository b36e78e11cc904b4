using System.Text.RegularExpressions;
using CouncilPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration.People;

/// <summary>
/// The administrator's users pages as their first HTML shows them: the list, a static page with a table that
/// stacks on a narrow screen, a GET search and a link to the new-account page; and that page's form of native
/// labelled fields (prerendered for the circuit).
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed partial class UsersPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] _columns = ["Name", "E-mail", "Role", "Service area or board", "Locked out", "Status", "Two-factor"];

    [Fact]
    public async Task Each_cell_of_the_users_table_carries_its_columns_name_so_the_rows_stack_on_a_narrow_screen()
    {
        var html = await GetAsync();

        var table = UsersTable().Match(html).Value;
        // mud-sm-table: below 960px MudBlazor's CSS shows each row as its cells, each under its data-label, so nothing scrolls sideways.
        Assert.Contains("mud-sm-table", table, StringComparison.Ordinal);
        var rows = Regex.Matches(table, "<tr class=\"mud-table-row\">(.*?)</tr>", RegexOptions.Singleline).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal(_columns, Regex.Matches(row.Value, "<td class=\"mud-table-cell\" data-label=\"([^\"]+)\"").Select(m => m.Groups[1].Value)));
        Assert.Equal(_columns, Html.TableRows(table)[0]);
    }

    [Fact]
    public async Task The_users_list_is_a_static_page_with_a_search_that_gets_the_list_and_a_link_to_a_new_account()
    {
        var html = await GetAsync();

        // No circuit (no server component marker to start one), and no form to create an account here.
        Assert.DoesNotContain("\"type\":\"server\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("new-user-email", html, StringComparison.Ordinal);
        var form = Regex.Match(html, "<form [^>]*action=\"/admin/users\"[^>]*>.*?</form>", RegexOptions.Singleline).Value;
        Assert.Matches("^<form method=\"get\"", form);
        Assert.Contains("data-enhance", form, StringComparison.Ordinal);
        Assert.Contains("data-drop-empty", form, StringComparison.Ordinal);
        Assert.Contains("<label for=\"users-search\">Search by name or e-mail</label>", form, StringComparison.Ordinal);
        Assert.Matches("<input id=\"users-search\" name=\"q\" type=\"search\"", form);
        Assert.Matches("<button type=\"submit\"[^>]*>Show</button>", form);
        Assert.Matches("<a href=\"/admin/users/new\"[^>]*><span class=\"mud-button-label\">New account</span></a>", html);
    }

    [Fact]
    public async Task The_search_is_kept_in_its_field_and_narrows_the_list()
    {
        var html = await GetAsync("/admin/users?q=example.org");

        Assert.Matches("<input id=\"users-search\" name=\"q\" type=\"search\" class=\"native-input\" value=\"example.org\"", html);
        Assert.Contains("Showing 1 to", Html.MainText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Back_from_creating_an_account_the_list_says_so_only_when_the_account_is_there()
    {
        var created = await GetAsync("/admin/users?q=officer%40example.org&created=true");
        var typedByHand = await GetAsync("/admin/users?q=nobody.here%40example.org&created=true");
        var searched = await GetAsync("/admin/users?q=officer%40example.org");

        var status = Regex.Match(created, "<div role=\"status\" id=\"account-created\".*?</div>\\s*</div>\\s*</div>", RegexOptions.Singleline).Value;
        Assert.Contains("Account created for officer@example.org.", Html.MainText(status), StringComparison.Ordinal);
        Assert.Contains("they must change it when they first sign in", status, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(created, "href=\"/admin/users/(?!new\")[^\"]+\""));
        Assert.DoesNotContain("account-created", typedByHand, StringComparison.Ordinal);
        Assert.DoesNotContain("account-created", searched, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_account_form_has_a_labelled_native_field_for_each_value_with_the_hint_read_out()
    {
        var html = await GetAsync(NewAccount);

        foreach (var (id, label, type) in new[] { ("new-user-name", "Name", "text"), ("new-user-email", "E-mail address", "email"), ("new-user-password", "First password", "password") })
        {
            Assert.Contains($"<label for=\"{id}\">{label}</label>", html, StringComparison.Ordinal);
            Assert.Matches($"<input id=\"{id}\" type=\"{type}\"", html);
        }

        Assert.Matches("<input id=\"new-user-password\"[^>]*autocomplete=\"new-password\"[^>]*aria-describedby=\"new-user-password-hint\"", html);
        Assert.Contains("id=\"new-user-password-hint\"", html, StringComparison.Ordinal);
        // Nothing is marked wrong before the first try.
        Assert.DoesNotContain("aria-invalid", html, StringComparison.Ordinal);
        Assert.Contains("Create account", Html.MainText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_account_form_posts_and_its_button_waits_for_the_circuit_so_nothing_goes_in_the_address()
    {
        var html = await GetAsync(NewAccount);

        var form = Regex.Match(html, "<form(?:(?!</form>).)*new-user-email.*?</form>", RegexOptions.Singleline).Value;
        Assert.Matches("<form[^>]* method=\"post\"", form);
        Assert.Matches("<button type=\"submit\"[^>]* disabled[^>]*><span class=\"mud-button-label\">Create account</span></button>", form);
        // The fields have no names: even a form sent some other way carries none of them, the password least of all.
        Assert.DoesNotMatch("<(input|select)(?![^>]*type=\"hidden\")[^>]* name=", form);
        Assert.Contains("\"type\":\"server\"", html, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"mud-typography mud-typography-h1 page-title\">New account</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_role_and_the_officers_service_area_are_native_choices_of_every_role_and_area()
    {
        var html = await GetAsync(NewAccount);

        var roles = Regex.Match(html, "<select id=\"new-user-role\".*?</select>", RegexOptions.Singleline).Value;
        Assert.Equal(["Officer", "Scrutiny", "Cabinet", "Administrator"], Regex.Matches(roles, "<option value=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("<label for=\"new-user-role\">Role</label>", html, StringComparison.Ordinal);

        // A new account starts as an officer's, so the service areas are offered, by name.
        var areas = Regex.Match(html, "<select id=\"new-user-area\".*?</select>", RegexOptions.Singleline).Value;
        Assert.Contains("<label for=\"new-user-area\">Service area</label>", html, StringComparison.Ordinal);
        var offered = Regex.Matches(areas, "<option value=\"\\d+\">([^<]+)</option>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(await AreaNamesAsync(), offered);
        Assert.Matches("<option value(=\"\")?( selected)?>Choose(…|&#x2026;)</option>", areas);
    }

    private const string NewAccount = "/admin/users/new";

    private async Task<string> GetAsync(string path = "/admin/users")
    {
        var client = await app.SignedInClientAsync("admin@example.org");
        return await client.GetStringAsync(new Uri(path, UriKind.Relative));
    }

    private async Task<List<string>> AreaNamesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.ServiceAreas.OrderBy(a => a.Name).Select(a => a.Name).ToListAsync();
    }

    [GeneratedRegex("<div role=\"region\" aria-label=\"Users\".*?</table>", RegexOptions.Singleline)]
    private static partial Regex UsersTable();
}
