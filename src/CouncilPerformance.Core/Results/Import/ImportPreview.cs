namespace CouncilPerformance.Core.Results.Import;

/// <summary>What importing a row would do.</summary>
public enum ImportRowStatus
{
    /// <summary>The KPI has no result for the period yet; one will be created.</summary>
    New,

    /// <summary>The row differs from the stored result, which will be updated.</summary>
    Changed,

    /// <summary>The row is the same as the stored result; nothing is written (and nothing audited).</summary>
    Unchanged,

    /// <summary>The row has a KPI code and nothing else; it is left out of the import.</summary>
    Empty,

    /// <summary>The row has at least one problem that stops the import.</summary>
    Error,
}

/// <summary>How much a problem stops.</summary>
public enum ProblemSeverity
{
    /// <summary>Nothing in the file can be imported until it is put right.</summary>
    Error,

    /// <summary>
    /// The row can be imported as a draft but is not complete enough to submit (e.g. a red result
    /// without commentary): "Import and submit" stays unavailable until it is put right.
    /// </summary>
    NeededToSubmit,
}

/// <summary>
/// One problem with the file, by spreadsheet row (1 is the headings; 0 means the whole file) and
/// column heading, in words an officer can act on.
/// </summary>
public sealed record ImportProblem(int Row, string Column, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>The row as people read it: "5", or "Whole file".</summary>
    public string RowLabel => Row == 0 ? "Whole file" : Row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One data row of the file and what importing it would do.</summary>
public sealed record ImportRow
{
    /// <summary>The spreadsheet row number (the headings are row 1).</summary>
    public required int Row { get; init; }

    /// <summary>The KPI code as written in the file.</summary>
    public required string Code { get; init; }

    /// <summary>The KPI's name, when the code is known.</summary>
    public string? KpiName { get; init; }

    public required ImportRowStatus Status { get; init; }

    /// <summary>The headline figure the row gives, formatted for reading ("94.5", "Not available"), or null.</summary>
    public string? Summary { get; init; }

    /// <summary>Whether the row is complete enough to submit for sign-off.</summary>
    public bool ReadyToSubmit { get; init; }

    /// <summary>The state of the stored result, when there is one.</summary>
    public ResultState? StoredState { get; init; }

    internal int? KpiId { get; init; }

    /// <summary>The stored result's <c>Version</c> when the preview was made; null when there was none.</summary>
    internal Guid? SeenVersion { get; init; }

    internal ResultInput? Input { get; init; }
}

/// <summary>
/// What importing a file would do, row by row, with every problem found. Nothing has been saved;
/// pass it to <see cref="ResultImportService.CommitAsync(Identity.Actor, ImportPreview, bool, CancellationToken)"/>
/// to import it.
/// </summary>
public sealed class ImportPreview
{
    internal ImportPreview(int periodId, string periodLabel, string fileName, string? refusal, IReadOnlyList<ImportRow> rows,
        IReadOnlyList<ImportProblem> problems, RawSheet? sheet)
    {
        PeriodId = periodId;
        PeriodLabel = periodLabel;
        FileName = fileName;
        Refusal = refusal;
        Rows = rows;
        Problems = problems;
        Sheet = sheet;
    }

    public int PeriodId { get; }

    public string PeriodLabel { get; }

    public string FileName { get; }

    /// <summary>
    /// Why the file as a whole was refused (wrong type, empty, too large, formula-like cells, the
    /// period not open...), or null. A refused file has no rows.
    /// </summary>
    public string? Refusal { get; }

    public IReadOnlyList<ImportRow> Rows { get; }

    /// <summary>Every problem, in row order; those of severity <see cref="ProblemSeverity.Error"/> stop the import.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    public int NewCount => Rows.Count(r => r.Status == ImportRowStatus.New);

    public int ChangedCount => Rows.Count(r => r.Status == ImportRowStatus.Changed);

    public int UnchangedCount => Rows.Count(r => r.Status == ImportRowStatus.Unchanged);

    public int EmptyCount => Rows.Count(r => r.Status == ImportRowStatus.Empty);

    public int ErrorRowCount => Rows.Count(r => r.Status == ImportRowStatus.Error);

    public bool HasErrors => Refusal is not null || Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Whether importing as drafts would write anything.</summary>
    public bool CanImport => !HasErrors && (NewCount + ChangedCount) > 0;

    /// <summary>
    /// Whether "Import and submit" is possible: no problems at all, and something to write or to
    /// submit (an unchanged draft is submitted as it is).
    /// </summary>
    public bool CanSubmit => !HasErrors && Problems.Count == 0 && Rows.Any(WouldSubmit);

    /// <summary>"12 rows: 3 new, 2 changed, 7 unchanged, 1 with problems".</summary>
    public string Summary
    {
        get
        {
            if (Refusal is not null)
            {
                return Refusal;
            }

            var parts = new List<string> { $"{NewCount} new", $"{ChangedCount} changed", $"{UnchangedCount} unchanged" };
            if (EmptyCount > 0)
            {
                parts.Add($"{EmptyCount} left empty");
            }

            parts.Add($"{ErrorRowCount} with problems");
            return $"{Rows.Count} {(Rows.Count == 1 ? "row" : "rows")}: {string.Join(", ", parts)}";
        }
    }

    internal RawSheet? Sheet { get; }

    /// <summary>Whether "Import and submit" would write or submit this row.</summary>
    internal static bool WouldSubmit(ImportRow row) => WouldSubmit(row.Status, row.StoredState);

    /// <summary>Whether "Import and submit" would write or submit a row of this status over a result in this state.</summary>
    internal static bool WouldSubmit(ImportRowStatus status, ResultState? storedState) => status is ImportRowStatus.New or ImportRowStatus.Changed
        || status == ImportRowStatus.Unchanged && storedState is ResultState.Draft or ResultState.Returned;
}

/// <summary>How an import ended.</summary>
public enum ImportOutcomeKind
{
    /// <summary>Every row was saved in one transaction (possibly none, when nothing had changed).</summary>
    Imported,

    /// <summary>The file has problems; nothing was saved.</summary>
    Invalid,

    /// <summary>Someone changed one of the results after the preview; nothing was saved.</summary>
    Conflict,

    /// <summary>The database refused the save part-way; the transaction was rolled back and nothing was saved.</summary>
    Failed,
}

/// <summary>What became of an import, with counts for the confirmation message.</summary>
public sealed record ImportOutcome(ImportOutcomeKind Kind, string Message, int Created, int Updated, int Submitted, int Unchanged,
    IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Kind == ImportOutcomeKind.Imported;

    internal static ImportOutcome Invalid(string message, IReadOnlyList<ImportProblem> problems) =>
        new(ImportOutcomeKind.Invalid, message, 0, 0, 0, 0, problems);

    internal static ImportOutcome Conflict(string message, IReadOnlyList<ImportProblem> problems) =>
        new(ImportOutcomeKind.Conflict, message, 0, 0, 0, 0, problems);

    internal static ImportOutcome Failed(string message) => new(ImportOutcomeKind.Failed, message, 0, 0, 0, 0, []);
}
