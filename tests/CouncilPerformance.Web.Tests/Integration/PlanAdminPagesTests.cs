using System.Net;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis.Admin;
using CouncilPerformance.Core.Plan;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>
/// The plan's administration pages through the whole app on real SQLite with real sign-in: only
/// administrators open them, the KPI page offers the actions only to them, and a redefinition
/// made through the app's own service is marked on the signed-in and the public trend.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class PlanAdminPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Anonymous = "anonymous";

    private static readonly Dictionary<string, string> _emails = new()
    {
        ["officer"] = "officer@example.org",
        ["scrutiny"] = "scrutiny@example.org",
        ["cabinet"] = "cabinet@example.org",
        ["admin"] = "admin@example.org",
    };

    public static TheoryData<string, string, HttpStatusCode?> Routes()
    {
        var data = new TheoryData<string, string, HttpStatusCode?>();
        foreach (var route in new[] { "/admin/kpis/new", "/admin/kpis/FLY-TIPS/edit", "/admin/kpis/FLY-TIPS/redefine", "/admin/kpis/FLY-TIPS/replace",
                     "/admin/plan/portfolios", "/admin/plan/scrutiny-boards/new", "/admin/plan/service-areas/1" })
        {
            data.Add(route, Anonymous, null);
            data.Add(route, "officer", HttpStatusCode.Redirect);
            data.Add(route, "scrutiny", HttpStatusCode.Redirect);
            data.Add(route, "cabinet", HttpStatusCode.Redirect);
            data.Add(route, "admin", HttpStatusCode.OK);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Only_administrators_open_the_plan_administration_pages(string route, string who, HttpStatusCode? expected)
    {
        var client = who == Anonymous ? app.CreateBrowserLikeClient() : await app.SignedInClientAsync(_emails[who]);

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
    public async Task The_KPI_page_offers_edit_redefine_replace_and_activate_to_administrators_only()
    {
        var admin = await app.SignedInClientAsync(_emails["admin"]);
        var scrutiny = await app.SignedInClientAsync(_emails["scrutiny"]);

        var asAdmin = Html.MainText(await admin.GetStringAsync(new Uri("/kpis/CIC-NEET", UriKind.Relative)));
        var asScrutiny = Html.MainText(await scrutiny.GetStringAsync(new Uri("/kpis/CIC-NEET", UriKind.Relative)));

        foreach (var action in new[] { "Edit the KPI", "Redefine", "Replace", "Activate" })
        {
            Assert.Contains(action, asAdmin, StringComparison.Ordinal);
            Assert.DoesNotContain(action, asScrutiny, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_plan_lists_page_in_the_database_and_the_form_shows_the_seeded_Cabinet_Member()
    {
        var admin = await app.SignedInClientAsync(_emails["admin"]);

        var list = await admin.GetStringAsync(new Uri("/admin/plan/portfolios", UriKind.Relative));
        var areas = await admin.GetStringAsync(new Uri("/admin/plan/service-areas?q=Fin", UriKind.Relative));

        Assert.Equal(["Cabinet portfolios"], Html.H1s(list));
        Assert.Contains("Councillor R Brown", Html.MainText(list), StringComparison.Ordinal);
        Assert.Matches(@"Showing 1 to \d+ of \d+", Html.MainText(list));
        Assert.Contains("Finance", Html.MainText(areas), StringComparison.Ordinal);
        Assert.DoesNotContain("Public Health", Html.MainText(areas), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_list_is_a_static_page_whose_search_applies_with_the_Show_button_and_stays_in_its_field()
    {
        var admin = await app.SignedInClientAsync(_emails["admin"]);

        var html = await admin.GetStringAsync(new Uri("/admin/plan/service-areas?q=Fin", UriKind.Relative));

        // Rendered once per request: the layout marks it static, and there is no server component for a circuit to start.
        Assert.Contains("data-static=\"/admin/plan/service-areas?q=Fin\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--Blazor:{", html, StringComparison.Ordinal);
        var form = System.Text.RegularExpressions.Regex.Match(html, "<form[^>]*action=\"/admin/plan/service-areas\"[^>]*>.*?</form>",
            System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Matches("^<form method=\"get\"[^>]* data-enhance[^>]* data-drop-empty", form);
        Assert.Contains("<label for=\"plan-search\">Search by name</label>", form, StringComparison.Ordinal);
        Assert.Matches("<input id=\"plan-search\" name=\"q\"[^>]*value=\"Fin\"", form);
        Assert.Matches("<input id=\"plan-retired\" name=\"retired\" type=\"checkbox\" value=\"true\" />", form);
        Assert.Matches("<button type=\"submit\"[^>]*>Show</button>", form);
        // The rows are the service areas whose names contain the search, each linked to its own (interactive) page.
        var rows = Html.TableRows(html).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("fin", r[0], StringComparison.OrdinalIgnoreCase));
        Assert.Matches("href=\"/admin/plan/service-areas/\\d+\"", html);
    }

    [Fact]
    public async Task Including_retired_parts_is_kept_in_the_checkbox_and_the_pager_and_an_address_edited_by_hand_shows_the_first_page()
    {
        var admin = await app.SignedInClientAsync(_emails["admin"]);

        var all = await admin.GetStringAsync(new Uri("/admin/plan/service-areas?retired=true", UriKind.Relative));
        var inUse = await admin.GetStringAsync(new Uri("/admin/plan/service-areas", UriKind.Relative));
        var edited = await admin.GetStringAsync(new Uri("/admin/plan/service-areas?page=two&retired=maybe", UriKind.Relative));

        Assert.Matches("<input id=\"plan-retired\" name=\"retired\" type=\"checkbox\" value=\"true\" checked", all);
        Assert.Matches(@"Showing 1 to \d+ of \d+", Html.MainText(edited));
        Assert.Equal(Html.TableRows(inUse), Html.TableRows(edited));
        Assert.All(Html.TableRows(inUse).Skip(1), r => Assert.Equal("In use", r[3]));
    }

    [Fact]
    public async Task A_redefinition_from_a_published_year_is_marked_on_the_signed_in_and_the_public_trend_with_who_and_when()
    {
        using (var scope = app.Services.CreateScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<KpiAdminService>();
            var editor = (await service.GetEditorAsync("RECYCLING"))!;
            var options = await service.GetFormOptionsAsync();
            var admin = new Actor("admin-id", "Performance Team", new HashSet<string> { Roles.Administrator }, null);
            var outcome = await service.RedefineAsync(admin, editor.Id,
                new RedefinitionInput { NewDefinition = "Household waste reused, recycled and composted, by weight.", EffectiveFromPeriodId = options.Periods.Single(p => p.Name == "2024/25").Id, Reason = "The national definition changed." },
                editor.Version);
            Assert.True(outcome.Succeeded, outcome.Message);
        }

        var scrutiny = await app.SignedInClientAsync(_emails["scrutiny"]);
        var signedIn = await scrutiny.GetStringAsync(new Uri("/kpis/RECYCLING", UriKind.Relative));
        var publicPage = await app.CreateBrowserLikeClient().GetStringAsync(new Uri("/performance/2024-25/RECYCLING", UriKind.Relative));

        Assert.Contains("trend-chart__change", signedIn, StringComparison.Ordinal);
        Assert.Contains("Recorded by Performance Team", Html.MainText(signedIn), StringComparison.Ordinal);
        Assert.Contains("The national definition changed.", Html.MainText(signedIn), StringComparison.Ordinal);
        Assert.Contains("trend-chart__change", publicPage, StringComparison.Ordinal);
        Assert.Contains("Definition changed", Html.MainText(publicPage), StringComparison.Ordinal);
    }
}
