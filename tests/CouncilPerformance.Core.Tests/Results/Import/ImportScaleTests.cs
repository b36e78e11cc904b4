using System.Text;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Results.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static CouncilPerformance.Core.Tests.Results.Import.ImportTestBed;

namespace CouncilPerformance.Core.Tests.Results.Import;

/// <summary>
/// What keeps a large import bounded: duplicate codes cost one short problem per row, the commit
/// saves in chunks yet stays one transaction, and every changed result keeps its audit entry.
/// </summary>
public class ImportScaleTests
{
    [Fact]
    public async Task Thousands_of_rows_of_one_code_give_one_short_problem_per_row()
    {
        // Arrange: the file the issue measured, scaled down: one KPI code on every row.
        await using var bed = await CreateAsync();
        const int rows = 3_000;
        var file = new StringBuilder(Header).Append("\r\n");
        for (var i = 0; i < rows; i++)
        {
            file.Append(Row(i % 2 == 0 ? "ROADS-A" : "roads-a", "94.5")).Append("\r\n");
        }

        // Act
        var preview = await bed.PreviewAsync(bed.Officer, new MemoryStream(Encoding.UTF8.GetBytes(file.ToString())));

        // Assert
        Assert.True(preview.HasErrors);
        Assert.Equal(rows, preview.Problems.Count);
        Assert.Equal(Enumerable.Range(2, rows), preview.Problems.Select(p => p.Row));
        Assert.All(preview.Problems, p => Assert.Equal(ImportColumns.KpiCode, p.Column));
        Assert.Equal("ROADS-A is in 3,000 rows (2, 3, 4, 5, 6 and 2,995 more). Keep one row per KPI.", preview.Problems[0].Message);
        Assert.Equal("roads-a is in 3,000 rows (2, 3, 4, 5, 6 and 2,995 more). Keep one row per KPI.", preview.Problems[1].Message);
        Assert.Equal(rows, preview.ErrorRowCount);
        Assert.False(preview.CanImport);
    }

    [Fact]
    public async Task A_code_in_a_few_rows_lists_them_all()
    {
        // Arrange
        await using var bed = await CreateAsync();

        // Act
        var preview = await bed.PreviewCsvAsync(Header, Row("ROADS-A", "94.5"), Row("RECYCLING", "38"), Row("ROADS-A", "90"), Row("ROADS-A", "91"));

        // Assert
        Assert.Equal(
            [(2, "ROADS-A is in rows 2, 4 and 5. Keep one row per KPI."), (4, "ROADS-A is in rows 2, 4 and 5. Keep one row per KPI."), (5, "ROADS-A is in rows 2, 4 and 5. Keep one row per KPI.")],
            preview.Problems.Select(p => (p.Row, p.Message)));
    }

    [Fact]
    public async Task Every_new_or_changed_result_gets_one_audit_entry_with_its_real_key_and_unchanged_ones_none()
    {
        // Arrange: two results already imported (the seed has audited results of its own before them).
        await using var bed = await CreateAsync();
        long seeded;
        await using (var seed = bed.CreateContext())
        {
            seeded = await seed.AuditEntries.MaxAsync(a => a.Id);
        }

        var first = await bed.Import.CommitAsync(bed.Officer, bed.OpenPeriodId, Csv(Header, Row("ROADS-A", "94.5"), Row("RECYCLING", "38")), "a.csv", submit: false);
        Assert.True(first.Succeeded, first.Message);

        // Act: one changed, one unchanged, one new.
        var second = await bed.Import.CommitAsync(bed.Officer, bed.OpenPeriodId,
            Csv(Header, Row("ROADS-A", "95"), Row("RECYCLING", "38"), Row("ROADS-UNCLASS", "83")), "b.csv", submit: false);

        // Assert
        Assert.True(second.Succeeded, second.Message);
        Assert.Equal((1, 1, 1), (second.Created, second.Updated, second.Unchanged));
        await using var db = bed.CreateContext();
        var ids = await db.Results.Where(r => r.ReportingPeriodId == bed.OpenPeriodId)
            .Select(r => new { r.Id, r.Kpi!.Code }).ToDictionaryAsync(r => r.Code, r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var audits = await db.AuditEntries.Where(a => a.Id > seeded && a.EntityType == nameof(Result)).OrderBy(a => a.Id)
            .Select(a => new { a.Action, a.EntityId, a.Changes }).ToListAsync();
        Assert.Equal(
            [("Added", ids["ROADS-A"]), ("Added", ids["RECYCLING"]), ("Modified", ids["ROADS-A"]), ("Added", ids["ROADS-UNCLASS"])],
            audits.Select(a => (a.Action, a.EntityId)));
        Assert.Contains("\"Value\":{\"before\":94.5", audits[2].Changes, StringComparison.Ordinal);
        Assert.Contains("\"after\":95", audits[2].Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_entries_are_in_the_import_transaction_so_a_refused_audit_row_saves_nothing()
    {
        // Arrange: the database refuses the audit entry of the last result, after the results are written.
        await using var bed = await CreateAsync();
        var casualties = await bed.KpiIdAsync("CASUALTIES-PED");
        await bed.ExecuteSqlAsync($"CREATE TRIGGER refuse_audit BEFORE INSERT ON AuditEntries WHEN NEW.EntityType = 'Result' AND NEW.EntityId = "
            + $"(SELECT CAST(Id AS TEXT) FROM Results WHERE KpiId = {casualties} AND ReportingPeriodId = {bed.OpenPeriodId}) BEGIN SELECT RAISE(ABORT, 'refused by test'); END;");
        var before = await bed.CountsAsync();

        // Act
        var outcome = await bed.Import.CommitAsync(bed.Officer, bed.OpenPeriodId,
            Csv(Header, Row("ROADS-A", "94.5", england: "95"), Row("RECYCLING", "38"), Row("CASUALTIES-PED", "120")), "a.csv", submit: false);

        // Assert
        Assert.Equal(ImportOutcomeKind.Failed, outcome.Kind);
        Assert.Equal(before, await bed.CountsAsync());
    }

    [Fact]
    public async Task A_file_longer_than_one_save_chunk_commits_every_row_or_none()
    {
        // Arrange: chunks of two rows, and the database refuses the last row, two chunks in.
        await using var bed = await CreateAsync();
        var import = ActivatorUtilities.CreateInstance<ResultImportService>(bed.Database.Services.CreateScope().ServiceProvider,
            Options.Create(new ResultImportOptions { SaveChunkRows = 2 }));
        var file = new[] { Header, Row("ROADS-A", "94.5", england: "95"), Row("ROADS-UNCLASS", "83"), Row("RECYCLING", "38"), Row("CASUALTIES-PED", "120"), Row("RECYCLING-B", "") };
        var before = await bed.CountsAsync();
        var casualties = await bed.KpiIdAsync("CASUALTIES-PED");
        await bed.ExecuteSqlAsync($"CREATE TRIGGER refuse_last BEFORE INSERT ON Results WHEN NEW.KpiId = {casualties} BEGIN SELECT RAISE(ABORT, 'refused by test'); END;");

        // Act
        var refused = await import.CommitAsync(bed.Officer, bed.OpenPeriodId, Csv(file[..5]), "a.csv", submit: false);
        await bed.ExecuteSqlAsync("DROP TRIGGER refuse_last;");
        var accepted = await import.CommitAsync(bed.Officer, bed.OpenPeriodId, Csv(file[..5]), "a.csv", submit: false);

        // Assert
        Assert.Equal(ImportOutcomeKind.Failed, refused.Kind);
        Assert.True(accepted.Succeeded, accepted.Message);
        Assert.Equal(4, accepted.Created);
        var after = await bed.CountsAsync();
        Assert.Equal((before.Results + 4, before.Comparators + 1, before.Audit + 4), after);
    }
}
