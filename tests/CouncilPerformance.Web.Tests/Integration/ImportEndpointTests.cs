using System.Net;
using System.Text;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>
/// The results template download and the import page, through the whole app: who may have them,
/// and what comes back.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class ImportEndpointTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Officer = "officer@example.org";
    private const string Scrutiny = "scrutiny@example.org";
    private const string Admin = "admin@example.org";
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task An_officer_downloads_the_excel_template_of_their_service_area()
    {
        var client = await app.SignedInClientAsync(Officer);

        using var response = await client.GetAsync(new Uri("/results/import/template?year=2025&format=xlsx", UriKind.Relative));
        var content = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("results-2025-26-highways-transport-and-waste.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("PK\u0003\u0004", Encoding.ASCII.GetString(content, 0, 4));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_downloads_the_csv_template_with_only_their_own_kpis()
    {
        var client = await app.SignedInClientAsync(Officer);

        using var response = await client.GetAsync(new Uri("/results/import/template?year=2025&format=csv", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("results-2025-26-highways-transport-and-waste.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.StartsWith("KPI code,KPI name,Unit,Target,Value,Numerator,Denominator,Data status", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("ROADS-A", text, StringComparison.Ordinal);
        Assert.DoesNotContain("COUNCIL-TAX", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_performance_team_downloads_every_service_areas_kpis()
    {
        var client = await app.SignedInClientAsync(Admin);

        using var response = await client.GetAsync(new Uri("/results/import/template?year=2025&format=csv", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ROADS-A", text, StringComparison.Ordinal);
        Assert.Contains("COUNCIL-TAX", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/results/import/template?year=2040&format=csv", HttpStatusCode.NotFound, "There is no reporting period 2040/41.")]
    [InlineData("/results/import/template?year=2025&format=pdf", HttpStatusCode.BadRequest, "Ask for the template as format=xlsx (Excel) or format=csv.")]
    public async Task A_template_that_cannot_be_made_says_why(string path, HttpStatusCode status, string message)
    {
        var client = await app.SignedInClientAsync(Officer);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(message, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/results/import/template?year=2025&format=xlsx")]
    [InlineData("/results/import")]
    public async Task A_scrutiny_member_is_sent_to_the_access_denied_page(string path)
    {
        var client = await app.SignedInClientAsync(Scrutiny);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("/Account/AccessDenied", Redirects.PathOf(response));
    }

    [Theory]
    [InlineData("/results/import/template?year=2025&format=csv")]
    [InlineData("/results/import")]
    public async Task An_anonymous_visitor_is_asked_to_sign_in_first(string path)
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("/Account/Login", Redirects.PathOf(response));
        Assert.Equal(path, Redirects.ReturnUrlOf(response));
    }

    [Fact]
    public async Task The_import_page_offers_both_templates_and_the_upload()
    {
        var client = await app.SignedInClientAsync(Officer);

        using var response = await client.GetAsync(new Uri("/results/import", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Import results"], Html.H1s(html));
        var text = Html.MainText(html);
        Assert.Contains("Download the template (Excel)", text, StringComparison.Ordinal);
        Assert.Contains("Download the template (CSV)", text, StringComparison.Ordinal);
        Assert.Contains("Spreadsheet to import", text, StringComparison.Ordinal);
        Assert.Contains("href=\"/results/import/template?year=2025&amp;format=csv\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"import-file\"", html, StringComparison.Ordinal);
    }
}
