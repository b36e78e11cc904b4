using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Scrutiny;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration.Paging;

/// <summary>
/// The lists that only list, filter and link are static pages: each request renders one page of rows
/// once, and nothing is kept on the server while the page is open, so the page starts no circuit.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class StaticListPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/recommendations", "scrutiny@example.org" },
        { "/recommendations?status=draft&to=cabinet", "officer@example.org" },
        { "/cabinet", "cabinet@example.org" },
        { "/cabinet", "scrutiny@example.org" },
        { "/report-back", "scrutiny@example.org" },
        { "/report-back?page=1", "officer@example.org" },
        { "/deep-dives", "scrutiny@example.org" },
        { "/deep-dives?page=1", "cabinet@example.org" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_list_is_a_static_page_with_no_circuit(string path, string email)
    {
        var client = await app.SignedInClientAsync(email);

        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));

        // The layout marks a static page with its own address; an interactive one has a server component's descriptor.
        Assert.Contains($"data-static=\"{path.Replace("&", "&amp;", StringComparison.Ordinal)}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"type\":\"server\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deep_dive_title_with_markup_in_it_is_listed_as_text_and_never_becomes_markup()
    {
        // The list writes its rows as one encoded string by hand, so a title is the one thing a committee types that it shows.
        const string title = "<script>alert('deep dive')</script> & <b>bold</b>";
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            db.DeepDiveSeries.Add(new DeepDiveSeries
            {
                Title = title,
                ScrutinyBoardId = (await db.ScrutinyBoards.OrderBy(b => b.Id).FirstAsync()).Id,
                ReportingPeriodId = (await db.ReportingPeriods.Where(p => p.State == PeriodState.Published).OrderByDescending(p => p.StartYear).FirstAsync()).Id,
                AgreedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            });
            await db.SaveChangesAsync();
        }

        var client = await app.SignedInClientAsync("scrutiny@example.org");
        var html = await client.GetStringAsync(new Uri("/deep-dives", UriKind.Relative));

        Assert.Contains(title, Html.MainText(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
