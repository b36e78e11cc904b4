using System.Net;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>
/// Who may open which page, on the first HTTP request: the endpoint authorization middleware
/// decides before any component renders, so a page cannot leak into the prerendered HTML.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class AccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Anonymous = "anonymous";
    private const string Officer = "officer";
    private const string Scrutiny = "scrutiny";
    private const string Cabinet = "cabinet";
    private const string Admin = "admin";

    private static readonly Dictionary<string, string> _emails = new()
    {
        [Officer] = "officer@example.org",
        [Scrutiny] = "scrutiny@example.org",
        [Cabinet] = "cabinet@example.org",
        [Admin] = "admin@example.org",
    };

    /// <summary>What the first request for a page gives.</summary>
    public enum Outcome
    {
        /// <summary>200: the page itself.</summary>
        Page,

        /// <summary>302 to the sign-in page, coming back to the page afterwards.</summary>
        SignInFirst,

        /// <summary>302 to the access-denied page (the cookie handler's form of a 403).</summary>
        AccessDenied,
    }

    [Theory]
    // Any signed-in role; anonymous visitors are asked to sign in.
    [InlineData("/kpis", Anonymous, Outcome.SignInFirst)]
    [InlineData("/kpis", Officer, Outcome.Page)]
    [InlineData("/kpis", Scrutiny, Outcome.Page)]
    [InlineData("/kpis", Cabinet, Outcome.Page)]
    [InlineData("/kpis", Admin, Outcome.Page)]
    [InlineData("/kpis/SICKNESS-ABSENCE", Anonymous, Outcome.SignInFirst)]
    [InlineData("/kpis/SICKNESS-ABSENCE", Officer, Outcome.Page)]
    [InlineData("/kpis/SICKNESS-ABSENCE", Scrutiny, Outcome.Page)]
    [InlineData("/kpis/SICKNESS-ABSENCE", Cabinet, Outcome.Page)]
    [InlineData("/kpis/SICKNESS-ABSENCE", Admin, Outcome.Page)]
    [InlineData("/recommendations", Anonymous, Outcome.SignInFirst)]
    [InlineData("/recommendations", Officer, Outcome.Page)]
    [InlineData("/recommendations", Scrutiny, Outcome.Page)]
    [InlineData("/recommendations", Cabinet, Outcome.Page)]
    [InlineData("/recommendations", Admin, Outcome.Page)]
    [InlineData("/deep-dives", Anonymous, Outcome.SignInFirst)]
    [InlineData("/deep-dives", Officer, Outcome.Page)]
    [InlineData("/deep-dives", Scrutiny, Outcome.Page)]
    [InlineData("/deep-dives", Cabinet, Outcome.Page)]
    [InlineData("/deep-dives", Admin, Outcome.Page)]
    // Administrators only.
    [InlineData("/admin", Anonymous, Outcome.SignInFirst)]
    [InlineData("/admin", Officer, Outcome.AccessDenied)]
    [InlineData("/admin", Scrutiny, Outcome.AccessDenied)]
    [InlineData("/admin", Cabinet, Outcome.AccessDenied)]
    [InlineData("/admin", Admin, Outcome.Page)]
    [InlineData("/admin/users", Anonymous, Outcome.SignInFirst)]
    [InlineData("/admin/users", Officer, Outcome.AccessDenied)]
    [InlineData("/admin/users", Scrutiny, Outcome.AccessDenied)]
    [InlineData("/admin/users", Cabinet, Outcome.AccessDenied)]
    [InlineData("/admin/users", Admin, Outcome.Page)]
    [InlineData("/admin/users/new", Anonymous, Outcome.SignInFirst)]
    [InlineData("/admin/users/new", Officer, Outcome.AccessDenied)]
    [InlineData("/admin/users/new", Scrutiny, Outcome.AccessDenied)]
    [InlineData("/admin/users/new", Cabinet, Outcome.AccessDenied)]
    [InlineData("/admin/users/new", Admin, Outcome.Page)]
    // Everyone.
    [InlineData("/", Anonymous, Outcome.Page)]
    [InlineData("/", Officer, Outcome.Page)]
    [InlineData("/", Scrutiny, Outcome.Page)]
    [InlineData("/", Cabinet, Outcome.Page)]
    [InlineData("/", Admin, Outcome.Page)]
    [InlineData("/home", Anonymous, Outcome.SignInFirst)]
    [InlineData("/home", Officer, Outcome.Page)]
    [InlineData("/home", Scrutiny, Outcome.Page)]
    [InlineData("/home", Cabinet, Outcome.Page)]
    [InlineData("/home", Admin, Outcome.Page)]
    [InlineData("/health", Anonymous, Outcome.Page)]
    [InlineData("/Account/AccessDenied", Anonymous, Outcome.Page)]
    [InlineData("/Account/AccessDenied", Officer, Outcome.Page)]
    public async Task Each_page_answers_each_role_as_the_access_rules_say(string route, string who, Outcome expected)
    {
        var client = await ClientAsync(who);

        using var response = await client.GetAsync(new Uri(route, UriKind.Relative));

        switch (expected)
        {
            case Outcome.Page:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                break;
            case Outcome.SignInFirst:
                Assert.Equal("/Account/Login", Redirects.PathOf(response));
                Assert.Equal(route, Redirects.ReturnUrlOf(response));
                break;
            case Outcome.AccessDenied:
                Assert.Equal("/Account/AccessDenied", Redirects.PathOf(response));
                Assert.Equal(route, Redirects.ReturnUrlOf(response));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(expected), expected, null);
        }
    }

    [Theory]
    [InlineData(Anonymous)]
    [InlineData(Officer)]
    [InlineData(Admin)]
    public async Task The_public_home_page_is_the_same_for_everyone(string who)
    {
        var client = await ClientAsync(who);

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["One Coventry Plan performance"], Html.H1s(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData(Officer, "My KPIs")]
    [InlineData(Scrutiny, "KPIs that missed their targets")]
    [InlineData(Cabinet, "Recommendations to Cabinet")]
    [InlineData(Admin, "The council plan")]
    public async Task The_home_page_is_each_roles_own(string who, string heading)
    {
        var client = await ClientAsync(who);

        using var response = await client.GetAsync(new Uri("/home", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([heading], Html.H1s(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_health_check_is_open_to_anyone_and_healthy()
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Officer)]
    [InlineData(Scrutiny)]
    public async Task Only_an_administrator_gets_the_new_account_form(string who)
    {
        var admin = await ClientAsync(Admin);
        var other = await ClientAsync(who);

        var form = await admin.GetStringAsync(new Uri("/admin/users/new", UriKind.Relative));
        using var refused = await other.GetAsync(new Uri("/admin/users/new", UriKind.Relative));
        using var landing = await other.GetAsync(refused.Headers.Location);
        var landed = await landing.Content.ReadAsStringAsync();

        Assert.Contains("id=\"new-user-email\"", form, StringComparison.Ordinal);
        Assert.Equal(["New account"], Html.H1s(form));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(["Access denied"], Html.H1s(landed));
        Assert.DoesNotContain("new-user-email", landed, StringComparison.Ordinal);
        Assert.DoesNotContain("Create account", landed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Anonymous)]
    [InlineData(Officer)]
    public async Task The_access_denied_page_says_so(string who)
    {
        var client = await ClientAsync(who);

        using var response = await client.GetAsync(new Uri("/Account/AccessDenied", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Access denied", Html.H1s(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_wrong_role_following_the_redirect_lands_on_the_access_denied_page()
    {
        var client = await ClientAsync(Cabinet);

        using var first = await client.GetAsync(new Uri("/admin/users", UriKind.Relative));
        using var landing = await client.GetAsync(first.Headers.Location);

        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        Assert.Contains("Access denied", Html.H1s(await landing.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_KPI_code_that_does_not_exist_says_the_KPI_was_not_found()
    {
        var client = await ClientAsync(Scrutiny);

        using var response = await client.GetAsync(new Uri("/kpis/NO-SUCH-KPI", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        // The page answers itself (200) with a "KPI not found" heading and the code it looked for.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["KPI not found"], Html.H1s(html));
        Assert.Contains("NO-SUCH-KPI", Html.MainText(html));
    }

    private async Task<HttpClient> ClientAsync(string who) =>
        who == Anonymous ? app.CreateBrowserLikeClient() : await app.SignedInClientAsync(_emails[who]);
}
