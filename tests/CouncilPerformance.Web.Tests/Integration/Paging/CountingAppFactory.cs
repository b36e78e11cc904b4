using System.Collections.Concurrent;
using System.Data.Common;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Scrutiny;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration.Paging;

/// <summary>
/// The app as <see cref="AppFactory"/> starts it, with every SQL command the app sends counted
/// against the request path that sent it (so background jobs and other requests do not count).
/// </summary>
public sealed class CountingAppFactory : AppFactory
{
    public CommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Commands);
            services.AddSingleton<IInterceptor>(sp =>
            {
                Commands.Http = sp.GetRequiredService<IHttpContextAccessor>();
                return Commands;
            });
        });
    }

    /// <summary>Runs <paramref name="request"/> and returns how many SQL commands it sent for <paramref name="path"/>.</summary>
    public async Task<int> CountAsync(string path, Func<Task> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Commands.Reset();
        await request();
        return Commands.For(path);
    }

    /// <summary>
    /// Adds <paramref name="kpis"/> reported KPIs, each with an approved result and a target in the latest
    /// published year (a third met, a third just missed, a third well missed) and a submitted result in the
    /// open year, and <paramref name="recommendations"/> recommendations. Written straight to the file, as
    /// set-up.
    /// </summary>
    public async Task AddDataAsync(int kpis, int recommendations)
    {
        string connection;
        using (var scope = Services.CreateScope())
        {
            connection = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString()!;
        }

        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection).Options);
        var priority = await db.Priorities.OrderBy(p => p.SortOrder).Select(p => p.Id).FirstAsync();
        var portfolio = await db.Portfolios.Select(p => p.Id).FirstAsync();
        var area = await db.ServiceAreas.Select(a => a.Id).FirstAsync();
        var latest = await db.ReportingPeriods.Where(p => p.State == PeriodState.Published).OrderByDescending(p => p.StartYear).FirstAsync();
        var open = await db.ReportingPeriods.FirstAsync(p => p.State == PeriodState.Open);
        var start = await db.Kpis.CountAsync(k => k.Code.StartsWith("PAGING-"));
        for (var i = start + 1; i <= start + kpis; i++)
        {
            var value = (i % 3) switch { 0 => 51m, 1 => 49m, _ => 40m };
            db.Kpis.Add(new Kpi
            {
                Code = $"PAGING-{i:0000}",
                Name = $"Paging indicator {i:0000}",
                Unit = KpiUnit.Percentage,
                Polarity = Polarity.HigherIsBetter,
                PriorityId = priority,
                PortfolioId = portfolio,
                ServiceAreaId = area,
                Targets = [new Target { ReportingPeriodId = latest.Id, Value = 50m, AmberTolerance = 2m }],
                Results =
                [
                    new Result { ReportingPeriodId = latest.Id, Value = value, DataStatus = DataStatus.Final, State = ResultState.Approved },
                    new Result { ReportingPeriodId = open.Id, Value = value, DataStatus = DataStatus.Provisional, State = ResultState.Submitted, EnteredByName = "Test" },
                ],
            });
        }

        var recommendationStart = await db.Recommendations.CountAsync(r => r.Reference.StartsWith("PG"));
        for (var i = recommendationStart + 1; i <= recommendationStart + recommendations; i++)
        {
            db.Recommendations.Add(new Recommendation
            {
                Reference = $"PG{i}",
                Title = $"Paging recommendation {i}",
                Wording = $"Paging recommendation {i}.",
                AddressedTo = RecommendationAddressee.ScrutinyCoordinationCommittee,
                Status = RecommendationStatus.Draft,
                SortOrder = 10_000 + i,
            });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Adds the feature lists' rows, <paramref name="rows"/> of each: numbered scrutiny boards (each
    /// with a review of the latest published year), service areas, deep dives of two sessions,
    /// work-programme items (each from its deep dive, so the report-back lists the deep dive),
    /// recommendations awaiting the committee's decision and officers' accounts.
    /// Written straight to the file, as set-up.
    /// </summary>
    public async Task AddFeatureRowsAsync(int rows)
    {
        string connection;
        using (var scope = Services.CreateScope())
        {
            connection = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString()!;
        }

        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection).Options);
        var latest = await db.ReportingPeriods.Where(p => p.State == PeriodState.Published).OrderByDescending(p => p.StartYear).FirstAsync();
        var kpi = await db.Kpis.Select(k => k.Id).FirstAsync();
        var officer = await db.Roles.Where(r => r.Name == Roles.Officer).Select(r => r.Id).FirstAsync();
        var start = await db.ScrutinyBoards.CountAsync(b => b.Name.StartsWith("Paging board"));
        for (var i = start + 1; i <= start + rows; i++)
        {
            var board = new ScrutinyBoard { Name = $"Paging board {i:000}", Number = 1000 + i };
            var area = new ServiceArea { Name = $"Paging service area {i:000}" };
            var series = new DeepDiveSeries
            {
                Title = $"Paging deep dive {i:000}",
                ScrutinyBoard = board,
                ReportingPeriodId = latest.Id,
                AgreedOn = new DateOnly(2020, 1, 1).AddDays(i),
                Sessions =
                [
                    new DeepDiveSession { Number = 1, Kpis = [new SessionKpi { KpiId = kpi }], Attendees = [new SessionAttendee { Name = $"Paging attendee {i}" }] },
                    new DeepDiveSession { Number = 2 },
                ],
            };
            db.AddRange(board, area, series);
            db.BoardReviews.Add(new BoardReview { ScrutinyBoard = board, ReportingPeriodId = latest.Id, ReviewedOn = new DateOnly(2025, 6, 1), Kpis = [new BoardReviewKpi { KpiId = kpi }] });
            db.Recommendations.Add(new Recommendation
            {
                Reference = $"PW{i}",
                Title = $"Paging work-programme item {i}",
                Wording = $"Paging work-programme item {i}.",
                AddressedTo = RecommendationAddressee.ScrutinyBoard,
                ScrutinyBoard = board,
                DeepDiveSeries = series,
                Status = RecommendationStatus.InProgress,
                SortOrder = 20_000 + i,
            });
            db.Recommendations.Add(new Recommendation
            {
                Reference = $"PC{i}",
                Title = $"Paging committee recommendation {i}",
                Wording = $"Paging committee recommendation {i}.",
                AddressedTo = RecommendationAddressee.ScrutinyCoordinationCommittee,
                Status = RecommendationStatus.AwaitingDecision,
                SortOrder = 30_000 + i,
            });
            var email = $"paging.user{i:000}@example.org";
            var user = new ApplicationUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                SecurityStamp = Guid.NewGuid().ToString("N"), DisplayName = $"Paging Person {i:000}", ServiceArea = area,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = officer });
        }

        await db.SaveChangesAsync();
    }
}

/// <summary>Counts the SQL commands EF sends, per request path.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<string, int> _byPath = new(StringComparer.Ordinal);

    public IHttpContextAccessor? Http { get; set; }

    public void Reset() => _byPath.Clear();

    public int For(string path) => _byPath.GetValueOrDefault(path);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private void Count()
    {
        if (Http?.HttpContext?.Request.Path.Value is { } path)
        {
            _byPath.AddOrUpdate(path, 1, (_, n) => n + 1);
        }
    }
}
