using System.Globalization;
using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Core.Tests.Results.Rules;

/// <summary>A clock the test moves by hand, so deadlines and "now" are exact.</summary>
internal sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>The signed-in user the audit interceptor records; the test "signs in" as a demo user.</summary>
internal sealed class SwitchableCurrentUser : ICurrentUser
{
    public string? Id { get; private set; }

    public string Name { get; private set; } = "system";

    public void SignIn(string? id, string name)
    {
        Id = id;
        Name = name;
    }
}

/// <summary>
/// A seeded database (real SQLite file, real migrations, the Coventry seed and demo users) with the
/// results services on a fake clock, and lookups by the seed's names.
/// </summary>
internal sealed class SeededServices : IAsyncDisposable
{
    /// <summary>Mid-April 2026: 2025/26 is open and its deadline, 29 May 2026 for a database seeded that day, is still ahead.</summary>
    public static readonly DateTimeOffset DuringEntry = new(2026, 4, 15, 9, 0, 0, TimeSpan.Zero);

    public const string OfficerEmail = "officer@example.org";
    public const string FinanceOfficerEmail = "officer.finance@example.org";
    public const string ScrutinyEmail = "scrutiny@example.org";
    public const string CabinetEmail = "cabinet@example.org";
    public const string AdminEmail = "admin@example.org";

    private readonly SwitchableCurrentUser _user;

    private SeededServices(TestDatabase db, SwitchableCurrentUser user, FakeClock clock)
    {
        Db = db;
        _user = user;
        Clock = clock;
    }

    public TestDatabase Db { get; }

    public FakeClock Clock { get; }

    public IDbContextFactory<AppDbContext> Factory => Db.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    public ResultEntryService Entry => new(Factory, Clock);

    public PeriodService Periods => new(Factory, Clock);

    public TargetService Targets => new(Factory);

    public ResultQueries Queries => new(Factory, Clock);

    public KpiQueries Kpis => new(Factory);

    public static async Task<SeededServices> CreateAsync()
    {
        var user = new SwitchableCurrentUser();
        // Seeded on the same day, so the open year's deadline is the one a seed in mid-April gives.
        var db = await TestDatabase.CreateAsync(seed: true, user: user, seedClock: new FakeClock(DuringEntry));
        // The entry and target rules are tested from a year whose targets are not set yet; a test sets the ones it needs.
        await db.ClearOpenYearTargetsAsync();
        return new SeededServices(db, user, new FakeClock(DuringEntry));
    }

    /// <summary>
    /// Signs in as a demo user: the audit log records them from now on, and the returned actor is
    /// what the web host would build from their claims.
    /// </summary>
    public async Task<Actor> SignInAsync(string email)
    {
        await using var context = Db.CreateContext();
        var user = await context.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var role = DemoUsers.All.Single(d => d.Email == email).Role;
        _user.SignIn(user.Id, user.DisplayName);
        return new Actor(user.Id, user.DisplayName, new HashSet<string> { role }, user.ServiceAreaId);
    }

    /// <summary>An officer of a service area that has no demo account (e.g. Children's Services).</summary>
    public async Task<Actor> OfficerOfAsync(string serviceArea)
    {
        var areaId = await AreaIdAsync(serviceArea);
        var name = $"Officer, {serviceArea}";
        _user.SignIn($"officer-{areaId.ToString(CultureInfo.InvariantCulture)}", name);
        return new Actor(_user.Id, name, new HashSet<string> { Roles.Officer }, areaId);
    }

    public async Task<int> AreaIdAsync(string name)
    {
        await using var context = Db.CreateContext();
        return await context.ServiceAreas.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();
    }

    public async Task<int> KpiIdAsync(string code)
    {
        await using var context = Db.CreateContext();
        return await context.Kpis.Where(k => k.Code == code).Select(k => k.Id).SingleAsync();
    }

    public async Task<ReportingPeriod> PeriodAsync(int startYear)
    {
        await using var context = Db.CreateContext();
        return await context.ReportingPeriods.AsNoTracking().SingleAsync(p => p.StartYear == startYear);
    }

    public async Task<Result?> ResultAsync(string code, int startYear)
    {
        await using var context = Db.CreateContext();
        return await context.Results.AsNoTracking()
            .Include(r => r.Comparators).Include(r => r.Breakdowns).Include(r => r.Versions)
            .SingleOrDefaultAsync(r => r.Kpi!.Code == code && r.ReportingPeriod!.StartYear == startYear);
    }

    public async Task<Target?> TargetAsync(string code, int startYear)
    {
        await using var context = Db.CreateContext();
        return await context.Targets.AsNoTracking()
            .SingleOrDefaultAsync(t => t.Kpi!.Code == code && t.ReportingPeriod!.StartYear == startYear);
    }

    public async Task<List<AuditEntry>> AuditEntriesAsync(string entityType, int entityId)
    {
        var id = entityId.ToString(CultureInfo.InvariantCulture);
        await using var context = Db.CreateContext();
        return await context.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == id)
            .OrderBy(a => a.Id)
            .ToListAsync();
    }

    /// <summary>A result input for the KPI in the period, as a blank form would start it.</summary>
    public async Task<ResultInput> NewInputAsync(string code, int startYear, decimal? value = null) => new()
    {
        KpiId = await KpiIdAsync(code),
        ReportingPeriodId = (await PeriodAsync(startYear)).Id,
        Value = value,
    };

    /// <summary>The KPI's current result as an editor would load it into the form.</summary>
    public async Task<ResultInput> LoadInputAsync(string code, int startYear)
    {
        var context = await Entry.GetContextAsync(await KpiIdAsync(code), (await PeriodAsync(startYear)).Id);
        return ResultInput.From(context!.Result!);
    }

    /// <summary>Enters and submits a plain value for 2025/26, failing the test if it is not saved.</summary>
    public async Task<Result> SubmitAsync(Actor officer, string code, decimal value)
    {
        var outcome = await Entry.SubmitAsync(officer, await NewInputAsync(code, 2025, value));
        Assert.True(outcome.Succeeded, $"Submitting {code} failed: {string.Join("; ", outcome.Errors.Select(e => e.Message))}");
        return outcome.Current!;
    }

    /// <summary>Approves a submitted result, failing the test if it is not saved.</summary>
    public async Task ApproveAsync(Actor admin, Result submitted)
    {
        var outcome = await Entry.ApproveAsync(admin, submitted.Id, submitted.Version);
        Assert.True(outcome.Succeeded, outcome.Message);
    }

    public async ValueTask DisposeAsync() => await Db.DisposeAsync();
}
