using System.Net;
using DocumentFormat.OpenXml.Packaging;

namespace CouncilPerformance.Web.Tests.Integration.Reports;

/// <summary>
/// The reports through the real app with real sign-in: who may open each (annual report and
/// tracker: anyone signed in; deep-dive report: scrutiny and administrators), the print views as
/// static HTML, the Word and Excel downloads, and clear 400/404s.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class ReportPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Officer = "officer@example.org";
    private const string Scrutiny = "scrutiny@example.org";
    private const string Cabinet = "cabinet@example.org";

    [Theory]
    [InlineData("/reports", Officer, HttpStatusCode.OK)]
    [InlineData("/reports/annual/2024-25", Officer, HttpStatusCode.OK)]
    [InlineData("/reports/annual/2024-25/download.docx", Cabinet, HttpStatusCode.OK)]
    [InlineData("/reports/annual/2024-25/download.xlsx", Officer, HttpStatusCode.OK)]
    [InlineData("/reports/tracker", Cabinet, HttpStatusCode.OK)]
    [InlineData("/reports/tracker/download.docx", Officer, HttpStatusCode.OK)]
    [InlineData("/reports/tracker/download.xlsx?status=AwaitingDecision", Cabinet, HttpStatusCode.OK)]
    [InlineData("/reports/deep-dive/1", Scrutiny, HttpStatusCode.OK)]
    [InlineData("/reports/deep-dive/1/download.docx", Scrutiny, HttpStatusCode.OK)]
    [InlineData("/reports/deep-dive/1/download.xlsx", Scrutiny, HttpStatusCode.OK)]
    [InlineData("/reports/deep-dive/1", Officer, HttpStatusCode.Redirect)]
    [InlineData("/reports/deep-dive/1/download.docx", Cabinet, HttpStatusCode.Redirect)]
    public async Task Each_report_answers_each_role_as_its_policy_says(string path, string email, HttpStatusCode expected)
    {
        var client = await app.SignedInClientAsync(email);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.Equal("/Account/AccessDenied", Redirects.PathOf(response));
        }
    }

    [Theory]
    [InlineData("/reports")]
    [InlineData("/reports/annual/2024-25")]
    [InlineData("/reports/annual/2024-25/download.docx")]
    [InlineData("/reports/tracker")]
    [InlineData("/reports/tracker/download.xlsx")]
    [InlineData("/reports/deep-dive/1")]
    [InlineData("/reports/deep-dive/1/download.xlsx")]
    public async Task Reports_are_for_signed_in_people_only(string path)
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("/Account/Login", Redirects.PathOf(response));
    }

    [Fact]
    public async Task A_print_view_is_static_html_on_the_report_stylesheet_with_links_to_its_downloads()
    {
        var client = await app.SignedInClientAsync(Scrutiny);

        var html = await client.GetStringAsync(new Uri("/reports/deep-dive/1", UriKind.Relative));

        Assert.Contains("reports.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("blazor.web", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/reports/deep-dive/1/download.docx\"", html, StringComparison.Ordinal);
        var text = Html.MainText(html);
        Assert.Contains("Cabinet is recommended to agree:-", text, StringComparison.Ordinal);
        Assert.Contains("Session 1 reviewed the following Key Performance Indicators", text, StringComparison.Ordinal);
        Assert.Contains("Recommendation a):", text, StringComparison.Ordinal);
        Assert.Contains("Recommendations to Scrutiny", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Word_download_is_a_Word_document_named_for_the_report()
    {
        var client = await app.SignedInClientAsync(Officer);

        using var response = await client.GetAsync(new Uri("/reports/annual/2024-25/download.docx", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("annual-performance-report-2024-25.docx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Contains("Annual performance report 2024/25", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reports/annual/2024/download.docx", HttpStatusCode.BadRequest)]
    [InlineData("/reports/annual/2024-25/download.pdf", HttpStatusCode.BadRequest)]
    [InlineData("/reports/annual/2025-26/download.docx", HttpStatusCode.NotFound)]
    [InlineData("/reports/tracker/download.docx?status=Sleeping", HttpStatusCode.BadRequest)]
    [InlineData("/reports/deep-dive/999/download.xlsx", HttpStatusCode.NotFound)]
    [InlineData("/reports/annual/not-a-year", HttpStatusCode.BadRequest)]
    [InlineData("/reports/annual/2025-26", HttpStatusCode.NotFound)]
    [InlineData("/reports/deep-dive/999", HttpStatusCode.NotFound)]
    [InlineData("/reports/tracker?body=Council", HttpStatusCode.BadRequest)]
    public async Task A_report_that_does_not_exist_or_a_malformed_address_answers_404_or_400(string path, HttpStatusCode expected)
    {
        var client = await app.SignedInClientAsync(Scrutiny);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }
}
