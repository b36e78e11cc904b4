using System.Text;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Results.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Core.Tests.Results.Import;

/// <summary>
/// The real migrated and seeded SQLite database (2025/26 open, its targets not yet set, and only the
/// seed's signed-off results in other service areas than the officer's), the import
/// services made as the app makes them, and the actors who use them.
/// </summary>
public sealed class ImportTestBed : IAsyncDisposable
{
    public const string Header = "KPI code,KPI name,Unit,Target,Value,Numerator,Denominator,Data status,Reason not available,Expected date,England,West Midlands,Statistical neighbours,Commentary";

    private ImportTestBed(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public ResultImportService Import { get; private set; } = null!;

    public ResultTemplate Template { get; private set; } = null!;

    public ResultEntryService Entry { get; private set; } = null!;

    /// <summary>Olivia Okafor, officer for Highways, Transport and Waste (ROADS-A, RECYCLING, CASUALTIES-PED...).</summary>
    public Actor Officer { get; private set; } = null!;

    public Actor Administrator { get; private set; } = null!;

    public Actor ScrutinyMember { get; private set; } = null!;

    /// <summary>2025/26: open; no results in Highways, Transport and Waste.</summary>
    public int OpenPeriodId { get; private set; }

    /// <summary>2024/25: published, with approved results.</summary>
    public int PublishedPeriodId { get; private set; }

    public static async Task<ImportTestBed> CreateAsync()
    {
        var bed = new ImportTestBed(await TestDatabase.CreateAsync(seed: true));
        // Imports are tested from a year whose targets are not set yet; a test sets the ones it needs.
        await bed.Database.ClearOpenYearTargetsAsync();
        var services = bed.Database.Services.CreateScope().ServiceProvider;
        bed.Import = ActivatorUtilities.CreateInstance<ResultImportService>(services);
        bed.Template = ActivatorUtilities.CreateInstance<ResultTemplate>(services);
        bed.Entry = ActivatorUtilities.CreateInstance<ResultEntryService>(services);

        await using var db = bed.Database.CreateContext();
        var highways = await db.ServiceAreas.Where(a => a.Name == ServiceAreas.HighwaysTransportAndWaste).Select(a => a.Id).SingleAsync();
        var officerId = await db.Users.Where(u => u.Email == "officer@example.org").Select(u => u.Id).SingleAsync();
        var adminId = await db.Users.Where(u => u.Email == "admin@example.org").Select(u => u.Id).SingleAsync();
        bed.Officer = new Actor(officerId, "Olivia Okafor", new HashSet<string> { Roles.Officer }, highways);
        bed.Administrator = new Actor(adminId, "Alex Morgan", new HashSet<string> { Roles.Administrator }, null);
        bed.ScrutinyMember = new Actor("scrutiny", "Councillor Sam Carter", new HashSet<string> { Roles.Scrutiny }, null);
        bed.OpenPeriodId = await db.ReportingPeriods.Where(p => p.StartYear == 2025).Select(p => p.Id).SingleAsync();
        bed.PublishedPeriodId = await db.ReportingPeriods.Where(p => p.StartYear == 2024).Select(p => p.Id).SingleAsync();
        return bed;
    }

    /// <summary>A CSV file from lines, as Excel writes "CSV UTF-8".</summary>
    public static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));

    /// <summary>A template row: code, then Value, Data status and Commentary; the other columns empty.</summary>
    public static string Row(string code, string? value, string? status = null, string? commentary = null, string? england = null) =>
        $"{code},,,,{value},,,{status},,,{england},,,{Quote(commentary)}";

    public static string Quote(string? text) => text is null ? "" : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public Task<ImportPreview> PreviewAsync(Actor actor, Stream file, string fileName = "results.csv", int? periodId = null) =>
        Import.PreviewAsync(actor, periodId ?? OpenPeriodId, file, fileName);

    public Task<ImportPreview> PreviewCsvAsync(params string[] lines) => PreviewAsync(Officer, Csv(lines));

    public async Task<int> KpiIdAsync(string code)
    {
        await using var db = Database.CreateContext();
        return await db.Kpis.Where(k => k.Code == code).Select(k => k.Id).SingleAsync();
    }

    public async Task<(int Results, int Comparators, int Audit)> CountsAsync()
    {
        await using var db = Database.CreateContext();
        return (await db.Results.CountAsync(), await db.Set<ComparatorValue>().CountAsync(), await db.AuditEntries.CountAsync());
    }

    public async Task<Result?> ResultAsync(string code, int? periodId = null)
    {
        await using var db = Database.CreateContext();
        var period = periodId ?? OpenPeriodId;
        return await db.Results.AsNoTracking().Include(r => r.Comparators).Include(r => r.Breakdowns)
            .SingleOrDefaultAsync(r => r.Kpi!.Code == code && r.ReportingPeriodId == period);
    }

    /// <summary>Sets a KPI's 2025/26 target as a number.</summary>
    public async Task SetTargetAsync(string code, decimal value, decimal tolerance)
    {
        await using var db = Database.CreateContext();
        var kpiId = await db.Kpis.Where(k => k.Code == code).Select(k => k.Id).SingleAsync();
        var target = await db.Targets.SingleOrDefaultAsync(t => t.KpiId == kpiId && t.ReportingPeriodId == OpenPeriodId);
        if (target is null)
        {
            target = new Target { KpiId = kpiId, ReportingPeriodId = OpenPeriodId };
            db.Targets.Add(target);
        }

        (target.Kind, target.Value, target.UpperValue, target.Comparators, target.AmberTolerance) = (TargetKind.Value, value, null, null, tolerance);
        await db.SaveChangesAsync();
    }

    public async Task UpdateResultAsync(string code, Action<Result> change)
    {
        await using var db = Database.CreateContext();
        var result = await db.Results.SingleAsync(r => r.Kpi!.Code == code && r.ReportingPeriodId == OpenPeriodId);
        change(result);
        await db.SaveChangesAsync();
    }

    public async Task ExecuteSqlAsync(string sql)
    {
        await using var db = Database.CreateContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    public AppDbContext CreateContext() => Database.CreateContext();

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
