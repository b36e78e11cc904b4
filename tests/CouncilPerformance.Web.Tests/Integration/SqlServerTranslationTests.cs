using System.Net;
using CouncilPerformance.Core.Tests;

namespace CouncilPerformance.Web.Tests.Integration;

public sealed class SqlServerTranslationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_pages_queries_go_through_the_SQL_Server_check()
    {
        var client = await app.SignedInClientAsync("scrutiny@example.org");
        var before = SqlServerTranslation.Instance.Seen;

        using var response = await client.GetAsync(new Uri("/kpis", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(SqlServerTranslation.Instance.Seen > before, "The KPI list's queries did not go through the SQL Server check.");
    }
}
