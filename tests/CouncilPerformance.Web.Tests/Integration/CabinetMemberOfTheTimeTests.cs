using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>
/// A portfolio's Cabinet Member changes: a past year's published page keeps the member who held the
/// portfolio then, while the KPI page of today names today's. Real SQLite, real sign-in.
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class CabinetMemberOfTheTimeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_new_Cabinet_Member_is_named_today_and_a_past_years_page_keeps_the_member_of_its_time()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var plan = scope.ServiceProvider.GetRequiredService<PlanAdminService>();
            var portfolio = await db.Portfolios.AsNoTracking().SingleAsync(p => p.Name == "Strategic Finance and Resources");
            Assert.Equal("Councillor R Brown", portfolio.CabinetMember);
            var admin = new Actor("admin-id", "Performance Team", new HashSet<string> { Roles.Administrator }, null);
            var recorded = await plan.RecordHolderAsync(admin, portfolio.Id, "Councillor A Example", DateOnly.FromDateTime(DateTime.UtcNow), portfolio.Version);
            Assert.True(recorded.Succeeded, recorded.Message);
        }

        var scrutiny = await app.SignedInClientAsync("scrutiny@example.org");
        var today = Html.MainText(await scrutiny.GetStringAsync(new Uri("/kpis/COUNCIL-TAX", UriKind.Relative)));
        var past = Html.MainText(await app.CreateBrowserLikeClient().GetStringAsync(new Uri("/performance/2024-25/COUNCIL-TAX", UriKind.Relative)));

        Assert.Contains("(Councillor A Example)", today, StringComparison.Ordinal);
        Assert.Contains("(Councillor R Brown)", past, StringComparison.Ordinal);
        Assert.DoesNotContain("Councillor A Example", past, StringComparison.Ordinal);
    }
}
