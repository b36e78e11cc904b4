using System.Globalization;
using System.Text.RegularExpressions;
using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Results.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CouncilPerformance.Core.Tests.Results.Import.ImportTestBed;

namespace CouncilPerformance.Core.Tests.Results.Import;

/// <summary>
/// The commit writes new results with prepared inserts rather than through the change tracker: the
/// rows and their audit entries must come out as a save would write them, on both providers.
/// </summary>
public class ImportInsertTests
{
    [Fact]
    public async Task A_new_results_audit_entry_is_the_one_the_interceptor_writes_when_the_same_result_is_saved()
    {
        // Arrange: a result imported with a comparator and commentary that JSON must escape.
        await using var bed = await CreateAsync();
        var outcome = await bed.Import.CommitAsync(bed.Officer, bed.OpenPeriodId,
            Csv(Header, Row("ROADS-A", "94.5", commentary: "Checked \"twice\" – £5", england: "95")), "a.csv", submit: false);
        Assert.True(outcome.Succeeded, outcome.Message);
        var imported = (await bed.ResultAsync("ROADS-A"))!;
        var key = imported.Id.ToString(CultureInfo.InvariantCulture);
        await using var db = bed.CreateContext();
        var fromImport = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == nameof(Result) && a.EntityId == key);

        // Act: the same result saved through the change tracker (and the interceptor), then rolled back.
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Set<ComparatorValue>().Where(c => c.ResultId == imported.Id).ExecuteDeleteAsync();
        await db.Results.Where(r => r.Id == imported.Id).ExecuteDeleteAsync();
        var copy = new Result();
        db.Results.Add(copy);
        db.Entry(copy).CurrentValues.SetValues(imported);
        copy.EnteredAt = DateTime.SpecifyKind(imported.EnteredAt!.Value, DateTimeKind.Utc); // as it was in memory when imported
        await db.SaveChangesAsync();
        var fromSave = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(Result) && a.EntityId == key).OrderBy(a => a.Id).LastAsync();
        await transaction.RollbackAsync();

        // Assert
        Assert.NotEqual(fromImport.Id, fromSave.Id);
        Assert.Equal((fromSave.UserId, fromSave.UserName, fromSave.EntityType, fromSave.EntityId, fromSave.Action),
            (fromImport.UserId, fromImport.UserName, fromImport.EntityType, fromImport.EntityId, fromImport.Action));
        Assert.Equal(fromSave.Changes, fromImport.Changes);
        Assert.Contains("\"Commentary\":{\"before\":null,\"after\":\"Checked \\u0022twice\\u0022", fromImport.Changes, StringComparison.Ordinal);
        Assert.Equal(95m, Assert.Single(imported.Comparators).Value);
    }

    [Fact]
    public async Task An_imported_result_is_stored_as_a_save_stores_it_so_a_later_edit_checks_its_version()
    {
        // Arrange
        await using var bed = await CreateAsync();
        var outcome = await bed.Import.CommitAsync(bed.Officer, bed.OpenPeriodId, Csv(Header, Row("RECYCLING", "38", england: "41.5")), "a.csv", submit: false);
        Assert.True(outcome.Succeeded, outcome.Message);
        await using var stale = bed.CreateContext();
        var seen = await stale.Results.SingleAsync(r => r.Kpi!.Code == "RECYCLING" && r.ReportingPeriodId == bed.OpenPeriodId);

        // Act: one edit goes in against the imported version; a second made from the same reading is refused.
        await bed.UpdateResultAsync("RECYCLING", r => r.Commentary = "First edit");
        seen.Commentary = "Second edit, from a stale copy";

        // Assert
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync());
        var saved = (await bed.ResultAsync("RECYCLING"))!;
        Assert.Equal(("First edit", 38m, 41.5m, DataStatus.Provisional, ResultState.Draft),
            (saved.Commentary, saved.Value, Assert.Single(saved.Comparators).Value, saved.DataStatus, saved.State));
    }

    [Fact]
    public async Task The_inserts_return_the_new_key_with_RETURNING_on_SQLite_and_OUTPUT_on_SQL_Server()
    {
        // Arrange
        await using var bed = await CreateAsync();
        await using var sqlite = bed.CreateContext();
        using var scope = SqlServerTranslation.SqlServerScope();
        var sqlServer = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        // Act
        var onSqlite = ResultImportService.NewResultStatements(sqlite);
        var onSqlServer = ResultImportService.NewResultStatements(sqlServer);

        // Assert: results return their key; the rest (comparators, breakdowns, audit entries) do not need it.
        Assert.Matches(@"^INSERT INTO ""Results"" \(""[^()]+""\) VALUES \(@p0(, @p\d+)+\) RETURNING ""Id""$", onSqlite[0]);
        Assert.Matches(@"^INSERT INTO \[Results\] \(\[[^()]+\]\) OUTPUT INSERTED\.\[Id\] VALUES \(@p0(, @p\d+)+\)$", onSqlServer[0]);
        foreach (var statement in onSqlite.Concat(onSqlServer))
        {
            var columns = Regex.Match(statement, @"^INSERT INTO \S+ \(([^()]+)\)").Groups[1].Value.Split(", ");
            var parameters = Regex.Match(statement, @"VALUES \(([^()]+)\)").Groups[1].Value.Split(", ");
            Assert.Equal(columns.Length, parameters.Length);
            Assert.DoesNotContain(columns, c => c.Trim('"', '[', ']') == "Id");
        }

        Assert.All(onSqlite.Skip(1), s => Assert.DoesNotContain("RETURNING", s, StringComparison.Ordinal));
        Assert.All(onSqlServer.Skip(1), s => Assert.DoesNotContain("OUTPUT", s, StringComparison.Ordinal));
        Assert.StartsWith($"INSERT INTO [{sqlServer.Model.FindEntityType(typeof(AuditEntry))!.GetTableName()}] (", onSqlServer[3], StringComparison.Ordinal);
    }
}
