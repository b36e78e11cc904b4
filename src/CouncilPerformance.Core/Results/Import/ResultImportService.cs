using System.Data.Common;
using CouncilPerformance.Core.Common;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CouncilPerformance.Core.Results.Import;

/// <summary>Settings of the results import.</summary>
public sealed class ResultImportOptions
{
    /// <summary>The largest file accepted, in bytes (5 MB unless configured).</summary>
    public long MaxFileBytes { get; set; } = ResultFileReader.DefaultMaxBytes;

    /// <summary>
    /// Rows saved per SaveChanges inside the import's one transaction (1,000 unless configured):
    /// enough to batch the inserts, few enough that change tracking stays cheap per row.
    /// </summary>
    public int SaveChunkRows { get; set; } = 1_000;
}

/// <summary>
/// Imports many results at once from a spreadsheet, in two steps. <see cref="PreviewAsync"/> reads
/// the file and says, row by row, what importing it would do and every problem found, saving
/// nothing. <see cref="CommitAsync(Actor, ImportPreview, bool, CancellationToken)"/> saves it: only a
/// file without problems, all rows in one transaction or none, as drafts (or submitted for
/// sign-off when asked and every row is complete). Rows identical to the saved result are not
/// written, so importing the same file twice changes nothing and audits nothing.
/// </summary>
/// <remarks>
/// Each row is checked by the same <see cref="ResultInputValidator"/> as the results form, and the
/// same <see cref="ResultEntryService.Refusal(Actor, EntryContext)"/> rules apply: officers import
/// only their own service area's KPIs, only into an open period, never over an approved result.
/// The database is read in a fixed number of queries whatever the length of the file.
/// </remarks>
public sealed partial class ResultImportService(
    IDbContextFactory<AppDbContext> dbFactory,
    TimeProvider clock,
    ILogger<ResultImportService> logger,
    IOptions<ResultImportOptions> options)
{
    /// <summary>The largest file accepted, in bytes; pages enforce it before reading an upload.</summary>
    public long MaxFileBytes => options.Value.MaxFileBytes;

    /// <summary>
    /// The statements the commit inserts new results with on <paramref name="db"/>'s provider: results
    /// (returning the new key), comparator values, breakdown values, audit entries.
    /// </summary>
    public static IReadOnlyList<string> NewResultStatements(DbContext db) =>
        [.. new[] { typeof(Result), typeof(ComparatorValue), typeof(BreakdownValue), typeof(Auditing.AuditEntry) }.Select(t => NewResultInserts.InsertSql(db, t))];

    /// <summary>
    /// Reads <paramref name="content"/>, the file called <paramref name="fileName"/>, and checks every
    /// row against the period's KPIs, targets and results. Saves nothing.
    /// </summary>
    public async Task<ImportPreview> PreviewAsync(Actor actor, int periodId, Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);

        var name = Path.GetFileName(fileName);
        var read = await ResultFileReader.ReadAsync(content, name, MaxFileBytes, cancellationToken);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var period = await db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId, cancellationToken);
        if (period is null)
        {
            return new ImportPreview(periodId, "", name, "There is no such reporting period.", [], [], null);
        }

        if (read.Sheet is not { } sheet)
        {
            return new ImportPreview(periodId, period.Label, name, read.Refusal, [], [new ImportProblem(0, "", read.Refusal!), .. read.Problems], null);
        }

        var data = await LoadAsync(db, period, sheet, tracking: false, cancellationToken);
        var evaluation = ImportSheetEvaluator.Evaluate(actor, sheet, data, keepInputs: false);
        var problems = read.Problems.Count == 0 ? evaluation.Problems : read.Problems.Concat(evaluation.Problems).OrderBy(p => p.Row).ToList();
        return new ImportPreview(periodId, period.Label, name, evaluation.Refusal, evaluation.Rows, problems, sheet);
    }

    /// <summary>Previews the file and, when it has no problems, imports it: one step for callers without a preview screen.</summary>
    public async Task<ImportOutcome> CommitAsync(Actor actor, int periodId, Stream content, string fileName, bool submit, CancellationToken cancellationToken = default)
    {
        var preview = await PreviewAsync(actor, periodId, content, fileName, cancellationToken);
        return await CommitAsync(actor, preview, submit, cancellationToken);
    }

    /// <summary>
    /// Imports a previewed file in one transaction: every row is checked again on fresh data inside
    /// it, and if any result changed since the preview, any row now has a problem, or the save fails
    /// part-way, nothing is saved.
    /// </summary>
    /// <param name="actor">Who imports; checked again, not taken from the preview.</param>
    /// <param name="preview">The preview of the file.</param>
    /// <param name="submit">
    /// True for "Import and submit": the rows are submitted for sign-off, and every row must be
    /// complete (<see cref="ResultInputValidator"/> with <c>complete: true</c>). False saves drafts.
    /// </param>
    /// <param name="cancellationToken">Cancels the import; nothing is saved.</param>
    public async Task<ImportOutcome> CommitAsync(Actor actor, ImportPreview preview, bool submit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(preview);

        if (preview.Sheet is null || preview.HasErrors)
        {
            return ImportOutcome.Invalid(preview.Refusal ?? "Nothing was imported: the file has problems. Put right the rows listed and upload it again.", preview.Problems);
        }

        if (submit && preview.Problems.Count > 0)
        {
            return ImportOutcome.Invalid("Nothing was imported: some rows are not complete enough to submit. Import them as drafts, or complete them and upload the file again.", preview.Problems);
        }

        // SQL Server's retrying strategy runs the whole unit again on a transient failure, so the
        // context and the transaction are made inside it.
        await using var probe = await dbFactory.CreateDbContextAsync(cancellationToken);
        var strategy = probe.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(token => CommitOnceAsync(actor, preview, preview.Sheet, submit, token), cancellationToken);
        }
        catch (Exception ex) when (StorageFault.Describe(ex) is { } fault)
        {
            // Refused before the rows were written: on opening the transaction or reading.
            LogSaveFailed(logger, ex, preview.FileName, preview.PeriodLabel);
            return ImportOutcome.Failed(FailedMessage(fault));
        }
    }

    private async Task<ImportOutcome> CommitOnceAsync(Actor actor, ImportPreview preview, RawSheet sheet, bool submit, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var period = await db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == preview.PeriodId, cancellationToken);
        if (period is null)
        {
            return ImportOutcome.Invalid("Nothing was imported: the reporting period no longer exists.", []);
        }

        var data = await LoadAsync(db, period, sheet, tracking: false, cancellationToken);
        var evaluation = ImportSheetEvaluator.Evaluate(actor, sheet, data);

        if (Conflicts(preview, evaluation, data) is { Count: > 0 } conflicts)
        {
            return ImportOutcome.Conflict(
                $"Nothing was imported: {(conflicts.Count == 1 ? "one of these results was" : $"{conflicts.Count} of these results were")} changed by someone else after you checked the file. Upload it again to see the results as they are now.",
                conflicts);
        }

        if (evaluation.Refusal is not null || evaluation.Problems.Any(p => p.Severity == ProblemSeverity.Error) || submit && evaluation.Problems.Count > 0)
        {
            return ImportOutcome.Invalid(evaluation.Refusal ?? "Nothing was imported: the file has problems now that it did not have when you checked it. Upload it again to see them.", evaluation.Problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var state = submit ? ResultState.Submitted : ResultState.Draft;
        int created = 0, updated = 0, submitted = 0, unchanged = 0, pending = 0;
        try
        {
            // New results go in through prepared inserts when the context allows (audit entries
            // included, keys returned by the insert); changed ones through the change tracker, which
            // checks each one's version. Both in this one transaction.
            var newRows = new List<(ImportRow Row, ImportKpi Kpi)>();
            await using var inserts = NewResultInserts.Create(db);
            foreach (var row in evaluation.Rows)
            {
                var kpi = row.KpiId is null ? null : data.KpisByCode[row.Code];
                if (kpi is null || row.Input is null)
                {
                    continue;
                }

                var stored = data.ResultsByKpi.GetValueOrDefault(kpi.Id);
                switch (row.Status)
                {
                    case ImportRowStatus.New when inserts is not null:
                        newRows.Add((row, kpi));
                        created++;
                        submitted += submit ? 1 : 0;
                        continue;
                    case ImportRowStatus.New:
                        db.Results.Add(NewResult(db, row.Input, kpi.ToKpi(), period.Id, actor, state, now));
                        created++;
                        break;
                    case ImportRowStatus.Changed:
                        // Read untracked; attached only while its chunk is saved.
                        db.Results.Attach(stored!);
                        ResultWriter.Apply(db, stored!, row.Input, kpi.ToKpi());
                        ResultWriter.Stamp(stored!, actor, state, now);
                        ExpectVersion(db, stored!, row.SeenVersion);
                        updated++;
                        break;
                    case ImportRowStatus.Unchanged when submit && ImportPreview.WouldSubmit(row):
                        db.Results.Attach(stored!);
                        ResultWriter.Stamp(stored!, actor, state, now);
                        ExpectVersion(db, stored!, row.SeenVersion);
                        break;
                    default:
                        unchanged++;
                        continue;
                }

                if (submit)
                {
                    submitted++;
                }

                // Saved in chunks inside the one transaction, so the context tracks a chunk, not the file.
                if (++pending >= options.Value.SaveChunkRows)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    pending = 0;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            foreach (var (row, kpi) in newRows)
            {
                await inserts!.AddAsync(NewResult(db, row.Input!, kpi.ToKpi(), period.Id, actor, state, now), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ImportOutcome.Conflict("Nothing was imported: one of these results was changed by someone else while the file was being imported. Upload it again to see the results as they are now.", []);
        }
        catch (Exception ex) when (StorageFault.Describe(ex) is { } fault)
        {
            LogSaveFailed(logger, ex, preview.FileName, period.Label);
            return ImportOutcome.Failed(FailedMessage(fault));
        }
        catch (Exception ex) when (ex is DbUpdateException or DbException)
        {
            // DbException: the prepared inserts of new results report the database's refusal unwrapped.
            LogSaveFailed(logger, ex, preview.FileName, period.Label);
            return ImportOutcome.Failed("Nothing was imported: the database refused one of the rows, so the whole import was undone. "
                + "Someone may have entered a result for one of these KPIs at the same moment: upload the file again to check it.");
        }

        return new ImportOutcome(ImportOutcomeKind.Imported, Confirmation(preview, created, updated, submitted, unchanged, submit),
            created, updated, submitted, unchanged, []);
    }

    private static Result NewResult(AppDbContext db, ResultInput input, Kpi kpi, int periodId, Actor actor, ResultState state, DateTime now)
    {
        var result = new Result { KpiId = kpi.Id, ReportingPeriodId = periodId };
        ResultWriter.Apply(db, result, input, kpi);
        ResultWriter.Stamp(result, actor, state, now);
        return result;
    }

    private static string FailedMessage(string fault) =>
        $"Nothing was imported: {fault} The whole import was undone, so no result in the file was saved. "
        + "Try the import again in a few minutes. If this keeps happening, tell the performance team.";

    // The concurrency check compares with what the preview saw, not with what this transaction read.
    private static void ExpectVersion(AppDbContext db, Result result, Guid? seen)
    {
        if (seen is { } version)
        {
            db.Entry(result).Property(r => r.Version).OriginalValue = version;
        }
    }

    private static List<ImportProblem> Conflicts(ImportPreview preview, Evaluation evaluation, ImportData data)
    {
        var seen = preview.Rows.ToDictionary(r => r.Row);
        var conflicts = new List<ImportProblem>();
        foreach (var row in evaluation.Rows)
        {
            if (row.KpiId is not { } kpiId || !seen.TryGetValue(row.Row, out var before) || before.SeenVersion == row.SeenVersion)
            {
                continue;
            }

            var current = data.ResultsByKpi.GetValueOrDefault(kpiId);
            var who = current?.EnteredByName is { } name ? name : "someone else";
            var when = current?.EnteredAt is { } at ? $" at {at:HH:mm} on {at:d MMMM yyyy} (UTC)" : "";
            conflicts.Add(new ImportProblem(row.Row, ImportColumns.KpiCode, current is null
                ? $"{row.Code}: the result you checked has since been removed."
                : before.SeenVersion is null
                    ? $"{row.Code}: {who} entered a result{when} after you checked this file."
                    : $"{row.Code} was changed by {who}{when} after you checked this file."));
        }

        return conflicts;
    }

    private static string Confirmation(ImportPreview preview, int created, int updated, int submitted, int unchanged, bool submit)
    {
        if (created + updated + submitted == 0)
        {
            return $"Nothing to import from “{preview.FileName}”: every row is the same as the result already saved for {preview.PeriodLabel}.";
        }

        var counts = $"{created} new, {updated} changed, {unchanged} unchanged";
        return submit
            ? $"Imported “{preview.FileName}” into {preview.PeriodLabel} ({counts}) and submitted {submitted} {(submitted == 1 ? "result" : "results")} for sign-off."
            : $"Imported “{preview.FileName}” into {preview.PeriodLabel} ({counts}). The results are saved as drafts: submit them for sign-off from My results.";
    }

    // A fixed number of queries whatever the length of the file: the KPIs named in it with their
    // targets for the period, their breakdowns, their results for the period (with comparators and
    // breakdowns: three split queries, the last two skipped when there are no results), the
    // service areas' names, last year's values and this period's redefinitions. The lists go as one JSON parameter each, not one
    // parameter per value, so long files stay within SQL Server's 2,100-parameter limit.
    private static async Task<ImportData> LoadAsync(AppDbContext db, ReportingPeriod period, RawSheet sheet, bool tracking, CancellationToken cancellationToken)
    {
        var codes = ImportSheetEvaluator.Codes(sheet);

        // Only the columns the checks read, in one compact object per KPI with its target's terms:
        // a file of 50,000 KPIs would otherwise load every KPI's definition, source and notes, and
        // hold a KPI and a target entity for each while it is checked. The target comes in the KPI's
        // row (a KPI has at most one per period), and the rows go straight into a table made at its
        // final size: no list of them, and no table that grows, copying itself, as it fills.
        var byCode = new Dictionary<string, ImportKpi>(codes.Count, StringComparer.OrdinalIgnoreCase);
        var kpiIds = new List<int>(codes.Count);
        var kpis =
            from k in db.Kpis.AsNoTracking()
            where EF.Parameter(codes).Contains(k.Code)
            join t in db.Targets.AsNoTracking().Where(t => t.ReportingPeriodId == period.Id) on k.Id equals t.KpiId into periodTargets
            from t in periodTargets.DefaultIfEmpty()
            select new ImportKpi
            {
                Id = k.Id,
                Code = k.Code,
                Name = k.Name,
                Unit = k.Unit,
                RateBase = k.RateBase,
                UnitLabel = k.UnitLabel,
                Polarity = k.Polarity,
                SimilarBand = k.SimilarBand,
                Designation = k.Designation,
                Frequency = k.Frequency,
                ServiceAreaId = k.ServiceAreaId,
                Status = k.Status,
                Target = t == null ? null : new TargetTerms(t.Kind, t.Value, t.UpperValue, t.Comparators, t.EqualCounts, t.AmberTolerance),
            };
        await foreach (var kpi in kpis.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            kpiIds.Add(kpi.Id);
            byCode.TryAdd(kpi.Code, kpi);
        }

        // Breakdowns are read apart, for the KPIs that have them.
        var dimensions = await db.Set<BreakdownDimension>().AsNoTracking()
            .Where(d => EF.Parameter(kpiIds).Contains(d.KpiId))
            .Include(d => d.Categories)
            .OrderBy(d => d.KpiId).ThenBy(d => d.Id)
            .AsSingleQuery()
            .ToListAsync(cancellationToken);
        if (dimensions.Count > 0)
        {
            var byId = byCode.Values.ToDictionary(k => k.Id);
            foreach (var dimension in dimensions)
            {
                if (byId.TryGetValue(dimension.KpiId, out var kpi))
                {
                    (kpi.Dimensions ??= []).Add(dimension);
                }
            }
        }

        var results = tracking ? db.Results.AsTracking() : db.Results.AsNoTracking();
        var stored = await results
            .Where(r => r.ReportingPeriodId == period.Id && EF.Parameter(kpiIds).Contains(r.KpiId))
            .Include(r => r.Comparators).Include(r => r.Breakdowns)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var areas = await db.ServiceAreas.AsNoTracking().Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);

        // What a direction target is judged against, as on the results form: last year's approved value,
        // unless the KPI was redefined from this period.
        var previousYear = period.StartYear - 1;
        var previous = await db.Results.AsNoTracking()
            .Where(r => EF.Parameter(kpiIds).Contains(r.KpiId) && r.ReportingPeriod!.StartYear == previousYear
                && r.State == ResultState.Approved && r.DataStatus != DataStatus.NotAvailable && r.Value != null)
            .Select(r => new { r.KpiId, Value = r.Value!.Value })
            .ToListAsync(cancellationToken);
        var redefined = await db.KpiDefinitionChanges.AsNoTracking()
            .Where(c => c.EffectiveFromPeriodId == period.Id && EF.Parameter(kpiIds).Contains(c.KpiId))
            .Select(c => c.KpiId)
            .ToListAsync(cancellationToken);

        return new ImportData(period, byCode,
            stored.ToDictionary(r => r.KpiId),
            areas.ToDictionary(a => a.Id, a => a.Name))
        {
            PreviousByKpi = previous.ToDictionary(r => r.KpiId, r => r.Value),
            RedefinedKpis = redefined.ToHashSet(),
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import of {FileName} into {Period} failed on save and was rolled back")]
    private static partial void LogSaveFailed(ILogger logger, Exception exception, string fileName, string period);
}
