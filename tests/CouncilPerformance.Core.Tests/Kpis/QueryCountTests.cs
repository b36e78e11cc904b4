using System.Data.Common;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Core.Tests.Kpis;

/// <summary>
/// The list pages must run the same number of queries however many KPIs there are (no N+1).
/// Counted on real SQLite with the seeded plan, then again after adding 200 more KPIs with results.
/// </summary>
public sealed class QueryCountTests
{
    [Fact]
    public async Task Kpi_list_runs_the_same_number_of_queries_for_200_more_kpis()
    {
        await using var db = await TestDatabase.CreateAsync(seed: true);
        var (factory, counter) = CountedFactory(db);
        var queries = new KpiQueries(factory);

        var before = await CountAsync(counter, () => queries.ListAsync(new KpiFilter()));
        await AddKpisAsync(db, 200);
        var rows = 0;
        var after = await CountAsync(counter, async () => rows = (await queries.ListAsync(new KpiFilter())).Count);

        Assert.True(rows > 200, $"expected the added KPIs to be listed, got {rows}");
        Assert.Equal(before, after);
        Assert.InRange(after, 1, 6);
    }

    [Fact]
    public async Task Kpi_page_runs_the_same_number_of_queries_for_ten_more_years_of_history()
    {
        await using var db = await TestDatabase.CreateAsync(seed: true);
        var (factory, counter) = CountedFactory(db);
        var queries = new KpiQueries(factory);

        var threeYears = await CountAsync(counter, () => queries.GetAsync("SICKNESS-ABSENCE"));
        await AddHistoryAsync(db, "SICKNESS-ABSENCE", years: 10);
        KpiDetail? detail = null;
        var thirteenYears = await CountAsync(counter, async () => detail = await queries.GetAsync("SICKNESS-ABSENCE"));

        Assert.Equal(13, detail!.Periods.Count(p => p.Result is not null));
        Assert.Equal(threeYears, thirteenYears);
    }

    [Fact]
    public async Task Recommendation_list_and_plan_overview_run_a_fixed_number_of_queries()
    {
        await using var db = await TestDatabase.CreateAsync(seed: true);
        var (factory, counter) = CountedFactory(db);
        var recommendations = new RecommendationQueries(factory);
        var plan = new PlanQueries(factory);

        var listed = 0;
        var listQueries = await CountAsync(counter, async () => listed = (await recommendations.ListAsync(new RecommendationFilter())).Count);
        var planQueries = await CountAsync(counter, () => plan.GetOverviewAsync());

        Assert.True(listed >= 30, $"expected the seeded recommendations, got {listed}");
        Assert.Equal(1, listQueries);
        Assert.InRange(planQueries, 1, 8);
    }

    private static (IDbContextFactory<AppDbContext> Factory, QueryCounter Counter) CountedFactory(TestDatabase db)
    {
        var counter = new QueryCounter();
        var services = new ServiceCollection();
        services.AddLogging();

        // The app's Identity schema version: EF caches one model per provider, and a context built
        // without it would leave the Version 1 model for every later SQLite context in this run.
        services.AddIdentityCore<ApplicationUser>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>();
        services.AddDbContextFactory<AppDbContext>(o => o
            .UseSqlite(db.ConnectionString, x => x.MigrationsAssembly("CouncilPerformance.Migrations.Sqlite"))
            .AddInterceptors(counter));
        return (services.BuildServiceProvider().GetRequiredService<IDbContextFactory<AppDbContext>>(), counter);
    }

    private static async Task<int> CountAsync(QueryCounter counter, Func<Task> action)
    {
        counter.Reset();
        await action();
        return counter.Count;
    }

    private static async Task AddKpisAsync(TestDatabase db, int count)
    {
        await using var context = db.CreateContext();
        var template = await context.Kpis.AsNoTracking().FirstAsync(k => k.Code == "ROADS-A");
        var periods = await context.ReportingPeriods.Where(p => p.State == PeriodState.Published).ToListAsync();
        for (var i = 0; i < count; i++)
        {
            var kpi = new Kpi
            {
                Code = $"BULK-{i:0000}",
                Name = $"Bulk KPI {i:0000}",
                Unit = KpiUnit.Percentage,
                Polarity = Polarity.HigherIsBetter,
                PriorityId = template.PriorityId,
                PortfolioId = template.PortfolioId,
                ServiceAreaId = template.ServiceAreaId,
            };
            foreach (var period in periods)
            {
                kpi.Targets.Add(new Target { ReportingPeriodId = period.Id, Value = 50, AmberTolerance = 5, IsIllustrative = true });
                kpi.Results.Add(new Result { ReportingPeriodId = period.Id, Value = 40 + i % 20, State = ResultState.Approved, DataStatus = DataStatus.Final, IsIllustrative = true });
            }

            context.Kpis.Add(kpi);
        }

        await context.SaveChangesAsync();
    }

    private static async Task AddHistoryAsync(TestDatabase db, string code, int years)
    {
        await using var context = db.CreateContext();
        var kpi = await context.Kpis.FirstAsync(k => k.Code == code);
        var earliest = await context.ReportingPeriods.MinAsync(p => p.StartYear);
        for (var year = earliest - years; year < earliest; year++)
        {
            var period = ReportingPeriod.ForFinancialYear(year);
            period.State = PeriodState.Published;
            context.ReportingPeriods.Add(period);
            context.Targets.Add(new Target { Kpi = kpi, ReportingPeriod = period, Value = 10, AmberTolerance = 1, IsIllustrative = true });
            context.Results.Add(new Result { Kpi = kpi, ReportingPeriod = period, Value = 10 + year % 3, State = ResultState.Approved, DataStatus = DataStatus.Final, IsIllustrative = true });
        }

        await context.SaveChangesAsync();
    }

    private sealed class QueryCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public void Reset() => _count = 0;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
