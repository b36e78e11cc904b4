using System.Text.RegularExpressions;
using CouncilPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration.People;

/// <summary>
/// The administrator's users page as its first (prerendered) HTML shows it: a table that stacks on a narrow
/// screen, and the new-account form's native labelled fields.
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
    public async Task The_new_account_form_has_a_labelled_native_field_for_each_value_with_the_hint_read_out()
    {
        var html = await GetAsync();

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
    public async Task The_role_and_the_officers_service_area_are_native_choices_of_every_role_and_area()
    {
        var html = await GetAsync();

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

    private async Task<string> GetAsync()
    {
        var client = await app.SignedInClientAsync("admin@example.org");
        return await client.GetStringAsync(new Uri("/admin/users", UriKind.Relative));
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
