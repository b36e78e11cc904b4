using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CouncilPerformance.Web.Tests.Integration.PublicSite;

/// <summary>The open data files through the real app: stable addresses, content types, conditional requests and bad addresses.</summary>
[Collection(OneAppAtATime.Name)]
public sealed class OpenDataTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string, string, string> Files => new()
    {
        { "/open-data/kpis.csv", "text/csv", "code,name,definition," },
        { "/open-data/results.csv", "text/csv", "kpi_code,kpi_name,priority,year," },
        { "/open-data/recommendations.csv", "text/csv", "reference,title,wording," },
        { "/open-data/kpis.json", "application/json", "{\"dataset\":\"kpis\"" },
        { "/open-data/results.json", "application/json", "{\"dataset\":\"results\"" },
        { "/open-data/recommendations.json", "application/json", "{\"dataset\":\"recommendations\"" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Each_file_opens_without_signing_in_with_its_type_validators_and_content(string path, string mediaType, string start)
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.StartsWith(start, body, StringComparison.Ordinal);
        if (mediaType == "application/json")
        {
            using var document = JsonDocument.Parse(body);
            Assert.True(document.RootElement.GetProperty("rows").GetArrayLength() > 0);
            Assert.Equal("Open Government Licence v3.0", document.RootElement.GetProperty("licence").GetString());
        }
        else
        {
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        }
    }

    [Fact]
    public async Task The_results_file_holds_every_published_year_and_no_other()
    {
        using var client = app.CreateBrowserLikeClient();

        var csv = await client.GetStringAsync(new Uri("/open-data/results.csv", UriKind.Relative));
        var years = csv.Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(c => c.FirstOrDefault(x => x.Length == 7 && x[4] == '/')).Distinct().ToList();

        Assert.Contains("2024/25", years);
        Assert.Contains("2022/23", years);
        Assert.DoesNotContain("2025/26", years);
    }

    [Fact]
    public async Task Asking_again_with_the_ETag_or_the_date_answers_304_without_a_body()
    {
        using var client = app.CreateBrowserLikeClient();
        using var first = await client.GetAsync(new Uri("/open-data/results.csv", UriKind.Relative));

        using var byTag = new HttpRequestMessage(HttpMethod.Get, new Uri("/open-data/results.csv", UriKind.Relative));
        byTag.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var tagged = await client.SendAsync(byTag);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, new Uri("/open-data/results.csv", UriKind.Relative));
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        using var dated = await client.SendAsync(byDate);
        using var stale = new HttpRequestMessage(HttpMethod.Get, new Uri("/open-data/results.csv", UriKind.Relative));
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"results-csv-v1-0\""));
        using var changed = await client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.NotModified, tagged.StatusCode);
        Assert.Empty(await tagged.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, tagged.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, dated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task A_HEAD_request_gives_the_headers_and_no_body()
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/open-data/kpis.json", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/open-data/results.xml", HttpStatusCode.BadRequest, "That format is not available")]
    [InlineData("/open-data/results.CSV", HttpStatusCode.BadRequest, "That format is not available")]
    [InlineData("/open-data/budgets.csv", HttpStatusCode.NotFound, "Data set not found")]
    [InlineData("/open-data/%3Cscript%3E.json", HttpStatusCode.NotFound, "Data set not found")]
    public async Task A_malformed_or_unknown_file_address_answers_400_or_404_with_a_clear_page(string path, HttpStatusCode expected, string heading)
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal([heading], Html.H1s(html));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_open_data_page_lists_each_data_set_with_its_addresses_dictionary_licence_and_last_change()
    {
        using var client = app.CreateBrowserLikeClient();

        var html = await client.GetStringAsync(new Uri("/open-data", UriKind.Relative));
        var text = Html.MainText(html);

        foreach (var name in new[] { "kpis", "results", "recommendations" })
        {
            Assert.Contains($"href=\"/open-data/{name}.csv\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"/open-data/{name}.json\"", html, StringComparison.Ordinal);
            Assert.Contains($"Data dictionary: the", text, StringComparison.Ordinal);
        }

        Assert.Contains("statistical_neighbours", text, StringComparison.Ordinal);
        Assert.Contains("Open Government Licence v3.0", text, StringComparison.Ordinal);
        Assert.Contains("Last changed", text, StringComparison.Ordinal);
    }
}
