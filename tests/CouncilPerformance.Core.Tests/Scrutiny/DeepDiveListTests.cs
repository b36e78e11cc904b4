using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Scrutiny;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Core.Tests.Scrutiny;

/// <summary>The deep-dive list's page on real SQLite: its series newest agreed first, their sessions' portfolios and counts.</summary>
public sealed class DeepDiveListTests
{
    private static DeepDiveQueries Queries(TestDatabase db) => new(db.Services.GetRequiredService<IDbContextFactory<AppDbContext>>());

    [Fact]
    public async Task Each_session_lists_its_portfolios_in_name_order_with_the_KPIs_it_reviewed_and_the_recommendations_it_made()
    {
        await using var db = await TestDatabase.CreateAsync(seed: true);
        List<(int Id, string Portfolios, int Kpis, int Recommendations)> expected;
        await using (var context = db.CreateContext())
        {
            expected = (await context.DeepDiveSessions.OrderBy(x => x.SeriesId).ThenBy(x => x.Number)
                .Select(x => new
                {
                    x.Id,
                    Portfolios = x.Portfolios.OrderBy(p => p.Name).Select(p => p.Name).ToList(),
                    Kpis = x.Kpis.Count,
                    Recommendations = context.Recommendations.Count(r => r.DeepDiveSessionId == x.Id),
                })
                .ToListAsync())
                .Select(x => (x.Id, string.Join("; ", x.Portfolios), x.Kpis, x.Recommendations)).ToList();
        }

        var page = await Queries(db).ListPageAsync(0, 20);

        var sessions = page.Series.Single().Sessions;
        Assert.Equal(expected, sessions.Select(x => (x.Id, x.Portfolios, x.Kpis, x.Recommendations)));
        // The seed's sessions put questions to more than one portfolio and made recommendations, so the order and counts are tested.
        Assert.Contains(sessions, x => x.Portfolios.Contains("; ", StringComparison.Ordinal));
        Assert.Contains(sessions, x => x.Recommendations > 0);
        Assert.Equal(sessions.Select(x => x.Number).Order(), sessions.Select(x => x.Number));
    }

    [Fact]
    public async Task A_page_lists_the_most_recently_agreed_series_first_one_with_no_sessions_too_and_counts_them_all()
    {
        await using var db = await TestDatabase.CreateAsync(seed: true);
        int planned, withSession;
        await using (var context = db.CreateContext())
        {
            var seeded = await context.DeepDiveSeries.SingleAsync();
            var portfolios = await context.Portfolios.OrderByDescending(p => p.Name).Take(2).ToListAsync();
            var kpi = await context.Kpis.OrderBy(k => k.Id).FirstAsync();
            var empty = new DeepDiveSeries { Title = "Planned, no sessions yet", ScrutinyBoardId = seeded.ScrutinyBoardId, ReportingPeriodId = seeded.ReportingPeriodId, AgreedOn = new DateOnly(2099, 2, 1) };
            var held = new DeepDiveSeries { Title = "One session held", ScrutinyBoardId = seeded.ScrutinyBoardId, ReportingPeriodId = seeded.ReportingPeriodId, AgreedOn = new DateOnly(2099, 1, 1) };
            // Added in reverse name order: the list puts them in order.
            held.Sessions.Add(new DeepDiveSession { Number = 1, Portfolios = [.. portfolios], Kpis = [new SessionKpi { KpiId = kpi.Id }] });
            context.DeepDiveSeries.AddRange(empty, held);
            await context.SaveChangesAsync();
            (planned, withSession) = (empty.Id, held.Id);
        }

        string names;
        await using (var context = db.CreateContext())
        {
            names = string.Join("; ", (await context.Portfolios.OrderByDescending(p => p.Name).Take(2).Select(p => p.Name).ToListAsync()).Order(StringComparer.Ordinal));
        }

        var first = await Queries(db).ListPageAsync(0, 1);
        var second = await Queries(db).ListPageAsync(1, 1);
        var third = await Queries(db).ListPageAsync(2, 1);
        var beyond = await Queries(db).ListPageAsync(5, 1);

        Assert.Equal(3, first.Total);
        Assert.Equal(planned, first.Series.Single().Id);
        Assert.Empty(first.Series.Single().Sessions);
        var line = second.Series.Single();
        Assert.Equal(withSession, line.Id);
        Assert.Equal("One session held", line.Title);
        Assert.Equal(new DateOnly(2099, 1, 1), line.AgreedOn);
        var session = line.Sessions.Single();
        Assert.Equal((1, names, 1, 0), (session.Number, session.Portfolios, session.Kpis, session.Recommendations));
        Assert.Equal("One Coventry Plan Deep Dive 2024/25", third.Series.Single().Title);
        Assert.Empty(beyond.Series);
        Assert.Equal(3, beyond.Total);
    }
}
