// One file past 300 lines: it is one pass over the sheet, and its column map, cell reading and row
// checks share the private column model, the duplicate-code messages and the "same as saved"
// comparison; kept together, the preview and the commit (which both call Evaluate) cannot drift apart.
using System.Globalization;
using System.Text.RegularExpressions;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;

namespace CouncilPerformance.Core.Results.Import;

/// <summary>What an import works against, loaded in a fixed number of queries however long the file is.</summary>
internal sealed record ImportData(
    ReportingPeriod Period,
    IReadOnlyDictionary<string, ImportKpi> KpisByCode,
    IReadOnlyDictionary<int, Result> ResultsByKpi,
    IReadOnlyDictionary<int, string> ServiceAreaNames)
{
    /// <summary>Last year's approved value per KPI, which a direction target is judged against.</summary>
    public IReadOnlyDictionary<int, decimal> PreviousByKpi { get; init; } = new Dictionary<int, decimal>();

    /// <summary>KPIs redefined from this period: a direction target cannot be judged against last year.</summary>
    public IReadOnlySet<int> RedefinedKpis { get; init; } = new HashSet<int>();
}

/// <summary>The rows and problems of a sheet, or why it was refused as a whole.</summary>
internal sealed record Evaluation(IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportProblem> Problems, string? Refusal);

/// <summary>
/// Turns a sheet of text into result inputs and checks each one exactly as the results form is
/// checked: the same <see cref="ResultInputValidator"/> and the same
/// <see cref="ResultEntryService.Refusal(Actor, EntryContext)"/> rules. Pure: no database access, so
/// the preview and the commit (inside its transaction, on fresh data) run the very same checks.
/// </summary>
internal static partial class ImportSheetEvaluator
{
    private const int MaxCellsListed = 50;

    private sealed record Column(int Index, string Heading, ImportColumnKind Kind, Comparator? Comparator);

    /// <summary>Whether the actor may import at all, and into this period; null when they may.</summary>
    public static string? Refusal(Actor actor, ReportingPeriod period)
    {
        if (!actor.IsAdministrator && !actor.IsOfficer)
        {
            return "Only officers and the performance team can import results.";
        }

        if (!actor.IsAdministrator && actor.ServiceAreaId is null)
        {
            return "Your account is not linked to a service area yet, so there are no KPIs you can import results for. Ask the performance team to link it.";
        }

        return period.State == PeriodState.Open
            ? null
            : $"{period.Label} is not open for data entry, so results cannot be imported into it. The performance team can correct results after a period closes.";
    }

    /// <summary>The KPI codes in the sheet, as written and in capitals, for loading the KPIs.</summary>
    public static List<string> Codes(RawSheet sheet)
    {
        var codeColumn = FindColumn(sheet, ImportColumnKind.KpiCode);
        if (codeColumn is null)
        {
            return [];
        }

        var seen = new HashSet<string>(sheet.Rows.Count, StringComparer.Ordinal);
        var codes = new List<string>(sheet.Rows.Count);
        foreach (var row in sheet.Rows)
        {
            if (row.Cell(codeColumn.Value) is not { } code)
            {
                continue;
            }

            if (seen.Add(code))
            {
                codes.Add(code);
            }

            if (code.ToUpperInvariant() is var upper && seen.Add(upper))
            {
                codes.Add(upper);
            }
        }

        return codes;
    }

    /// <summary>
    /// Checks every row. With <paramref name="keepInputs"/> false (the preview) the rows do not keep
    /// the inputs read from them: only the commit writes them, from its own evaluation, and a
    /// preview of a large file would otherwise hold one per row until the person imports.
    /// </summary>
    public static Evaluation Evaluate(Actor actor, RawSheet sheet, ImportData data, bool keepInputs = true)
    {
        if (Refusal(actor, data.Period) is { } refusal)
        {
            return new Evaluation([], [new ImportProblem(0, "", refusal)], refusal);
        }

        var problems = new List<ImportProblem>();
        var columns = MapColumns(sheet, problems);
        if (columns.All(c => c.Kind != ImportColumnKind.KpiCode))
        {
            const string message = "The first row must hold the column headings, including “KPI code”. Download the template and start from its headings.";
            return new Evaluation([], [.. problems, new ImportProblem(1, ImportColumns.KpiCode, message)], message);
        }

        if (FormulaProblems(sheet) is { Count: > 0 } formulas)
        {
            // Only the first cells are listed; past that, say "or more" rather than a wrong count.
            var one = formulas.Count == 1;
            var count = formulas.Count >= MaxCellsListed ? $"{formulas.Count} or more" : formulas.Count.ToString(CultureInfo.InvariantCulture);
            var message = $"The file cannot be imported: {(one ? "1 cell holds a formula" : $"{count} cells hold formulas")}. Copy the results and paste them back as values only (Paste Special, Values), then upload the file again.";
            return new Evaluation([], formulas, message);
        }

        CheckBreakdownHeadings(columns, data, problems);

        var codeColumn = columns.First(c => c.Kind == ImportColumnKind.KpiCode);
        var duplicates = DuplicateMessages(sheet, codeColumn.Index);

        // One list for the row's problems, emptied for each row, and one cache of the "needed before
        // submitting" messages: a file of 50,000 rows would otherwise make a list and the same long
        // message for each row.
        var rows = new List<ImportRow>(sheet.Rows.Count);
        var rowProblems = new RowProblems();
        var toSubmit = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in sheet.Rows)
        {
            if (raw.IsBlank)
            {
                continue;
            }

            rowProblems.Start(raw.Number);
            rows.Add(EvaluateRow(actor, raw, columns, codeColumn, data, duplicates, rowProblems, toSubmit, keepInputs));
            problems.AddRange(rowProblems.List);
        }

        return new Evaluation(rows, InRowOrder(problems), null);
    }

    /// <summary>
    /// The problems ordered by row, as a stable sort orders them (equal rows keep their order). The
    /// rows are checked in order, so the list usually is already: then it is not copied.
    /// </summary>
    internal static List<ImportProblem> InRowOrder(List<ImportProblem> problems)
    {
        for (var i = 1; i < problems.Count; i++)
        {
            if (problems[i].Row < problems[i - 1].Row)
            {
                return problems.OrderBy(p => p.Row).ToList();
            }
        }

        return problems;
    }

    /// <summary>The problems of the row being checked: one list and one object for the whole sheet, not a list and a closure per row.</summary>
    private sealed class RowProblems
    {
        private int _row;

        public List<ImportProblem> List { get; } = [];

        public int Count => List.Count;

        public void Start(int row)
        {
            _row = row;
            List.Clear();
        }

        public void Add(string column, string message) => List.Add(new ImportProblem(_row, column, message));

        public void Add(string column, string message, ProblemSeverity severity) => List.Add(new ImportProblem(_row, column, message, severity));

        public bool HasProblemIn(string column)
        {
            foreach (var problem in List)
            {
                if (problem.Column == column)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static int? FindColumn(RawSheet sheet, ImportColumnKind kind)
    {
        for (var i = 0; i < sheet.Headings.Count; i++)
        {
            if (sheet.Headings[i] is { } h && ImportColumns.Classify(h)?.Kind == kind)
            {
                return i;
            }
        }

        return null;
    }

    private static List<Column> MapColumns(RawSheet sheet, List<ImportProblem> problems)
    {
        var columns = new List<Column>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < sheet.Headings.Count; i++)
        {
            var letter = ImportColumns.Letter(i);
            if (sheet.Headings[i] is not { } heading)
            {
                if (sheet.Rows.Any(r => r.Cell(i) is not null))
                {
                    problems.Add(new ImportProblem(1, $"Column {letter}", $"Column {letter} has figures but no heading. Give it one of the template's headings, or clear it."));
                }

                continue;
            }

            var key = NormaliseHeading(heading);
            if (seen.TryGetValue(key, out var first))
            {
                problems.Add(new ImportProblem(1, heading, $"The heading “{heading}” is in both column {ImportColumns.Letter(first)} and column {letter}. Keep one of them."));
                continue;
            }

            seen[key] = i;
            if (ImportColumns.Classify(heading) is { } kind)
            {
                columns.Add(new Column(i, heading, kind.Kind, kind.Comparator));
            }
            else
            {
                problems.Add(new ImportProblem(1, heading,
                    $"“{heading}” (column {letter}) is not a heading the import knows. Use the template's headings: {string.Join(", ", ImportColumns.Fixed)}, "
                    + $"and “{ImportColumns.BreakdownPrefix} <dimension>: <category>” for breakdowns."));
            }
        }

        return columns;
    }

    private static string NormaliseHeading(string heading) =>
        string.Join(':', heading.Split(':').Select(p => WhiteSpace().Replace(p.Trim(), " "))).ToUpperInvariant();

    // Real formulas in a workbook: MiniExcel hands over only their cached results, which may not be
    // what the officer sees. Text that merely starts like a formula ("-3 on last year") is plain text,
    // as in the result form; exports neutralise it (SpreadsheetText).
    private static List<ImportProblem> FormulaProblems(RawSheet sheet)
    {
        var problems = new List<ImportProblem>();
        foreach (var cell in sheet.FormulaCells.Take(MaxCellsListed))
        {
            var row = int.TryParse(RowDigits().Match(cell).Value, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0;
            problems.Add(new ImportProblem(row, ColumnName(sheet, ColumnDigits().Match(cell).Value),
                $"Cell {cell} holds a formula. Paste it back as a value (Paste Special, Values)."));
        }

        return problems;
    }

    private static string ColumnName(RawSheet sheet, int index) =>
        index < sheet.Headings.Count && sheet.Headings[index] is { } h ? h : $"Column {ImportColumns.Letter(index)}";

    private static string ColumnName(RawSheet sheet, string letters)
    {
        var index = 0;
        foreach (var ch in letters.ToUpperInvariant())
        {
            index = index * 26 + (ch - 'A' + 1);
        }

        return letters.Length == 0 ? "" : ColumnName(sheet, index - 1);
    }

    private static void CheckBreakdownHeadings(List<Column> columns, ImportData data, List<ImportProblem> problems)
    {
        if (!columns.Exists(c => c.Kind == ImportColumnKind.Breakdown))
        {
            return;
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kpi in data.KpisByCode.Values)
        {
            foreach (var dimension in kpi.Dimensions ?? [])
            {
                foreach (var category in dimension.Categories)
                {
                    known.Add(NormaliseHeading(ImportColumns.Breakdown(dimension, category)));
                }
            }
        }

        foreach (var column in columns.Where(c => c.Kind == ImportColumnKind.Breakdown && !known.Contains(NormaliseHeading(c.Heading))))
        {
            problems.Add(new ImportProblem(1, column.Heading,
                $"No KPI in this file has the breakdown “{column.Heading}”. Check the dimension and category against the template, or remove the column."));
        }
    }

    /// <summary>
    /// The problem of each row whose code is also on another row. Where the code is is worked out
    /// once per code and is at most a few row numbers long, and the message is made once per code
    /// as written and shared by its rows: a file of one code written 14,000 times costs 14,000
    /// references to one short message, not 14,000 lists of 14,000 row numbers.
    /// </summary>
    private sealed class Duplicates(Dictionary<string, string> whereByCode)
    {
        private readonly Dictionary<string, string> _messages = new(StringComparer.Ordinal);

        public string? MessageFor(string code)
        {
            if (_messages.TryGetValue(code, out var message))
            {
                return message;
            }

            if (!whereByCode.TryGetValue(code.ToUpperInvariant(), out var where))
            {
                return null;
            }

            return _messages[code] = $"{code} is in {where}. Keep one row per KPI.";
        }
    }

    private static Duplicates DuplicateMessages(RawSheet sheet, int codeIndex)
    {
        // The first row of each code, and the rows of a code only once it is on a second row: most
        // codes are on one row, and need no list.
        var firstRow = new Dictionary<string, int>(sheet.Rows.Count, StringComparer.Ordinal);
        var rowsByCode = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            if (!row.IsBlank && row.Cell(codeIndex) is { } code)
            {
                var key = code.ToUpperInvariant();
                if (firstRow.TryAdd(key, row.Number))
                {
                    continue;
                }

                if (!rowsByCode.TryGetValue(key, out var numbers))
                {
                    rowsByCode[key] = numbers = [firstRow[key]];
                }

                numbers.Add(row.Number);
            }
        }

        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, numbers) in rowsByCode)
        {
            messages[code] = DuplicateRows(numbers);
        }

        return new Duplicates(messages);
    }

    // "rows 2 and 4", or "14,000 rows (2, 3, 4, 5, 6 and 13,995 more)": never longer than that.
    private static string DuplicateRows(List<int> rows)
    {
        const int listed = 5;
        return rows.Count <= listed
            ? $"rows {string.Join(", ", rows.Take(rows.Count - 1).Select(Invariant))} and {Invariant(rows[^1])}"
            : $"{rows.Count.ToString("#,0", CultureInfo.InvariantCulture)} rows ({string.Join(", ", rows.Take(listed).Select(Invariant))} and {(rows.Count - listed).ToString("#,0", CultureInfo.InvariantCulture)} more)";
    }

    private static string Invariant(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static decimal? Previous(ImportData data, Kpi kpi) => data.PreviousByKpi.TryGetValue(kpi.Id, out var value) ? value : null;

    private static ImportRow EvaluateRow(Actor actor, RawRow raw, List<Column> columns, Column codeColumn, ImportData data,
        Duplicates duplicates, RowProblems problems, Dictionary<string, string> toSubmit, bool keepInputs)
    {
        void Error(string column, string message) => problems.Add(column, message);

        var code = raw.Cell(codeColumn.Index);
        if (code is null)
        {
            Error(ImportColumns.KpiCode, "Enter the KPI code: every row needs one, as in the template.");
            return new ImportRow { Row = raw.Number, Code = "", Status = ImportRowStatus.Error };
        }

        if (duplicates.MessageFor(code) is { } duplicate)
        {
            // The one thing to put right on this row; its other cells are checked once it is the only one.
            Error(ImportColumns.KpiCode, duplicate);
            return new ImportRow { Row = raw.Number, Code = code, KpiName = data.KpisByCode.GetValueOrDefault(code)?.Name, Status = ImportRowStatus.Error };
        }

        if (!data.KpisByCode.TryGetValue(code, out var found))
        {
            Error(ImportColumns.KpiCode, $"There is no KPI with the code “{code}”. Check it against the template.");
            return new ImportRow { Row = raw.Number, Code = code, Status = ImportRowStatus.Error };
        }

        // The row's own KPI and target, garbage as soon as the row is checked.
        var kpi = found.ToKpi();
        var target = found.ToTarget();
        var stored = data.ResultsByKpi.GetValueOrDefault(kpi.Id);
        var input = stored is null
            ? new ResultInput { KpiId = kpi.Id, ReportingPeriodId = data.Period.Id }
            : ResultInput.From(stored);

        var blank = true;
        foreach (var column in columns)
        {
            var text = raw.Cell(column.Index);
            if (column.Kind is ImportColumnKind.KpiCode or ImportColumnKind.ReadOnly)
            {
                continue;
            }

            blank &= text is null;
            ReadCell(column, text, kpi, input, problems);
        }

        var context = new EntryContext(kpi, data.Period, target, stored, null);
        var refusal = ResultEntryService.Refusal(actor, context);
        var approvedOnly = refusal is not null && stored?.State == ResultState.Approved
            && ResultEntryService.Refusal(actor, context with { Result = null }) is null;
        if (refusal is not null && !approvedOnly)
        {
            var message = actor.MayEnterResultsFor(kpi.ServiceAreaId)
                ? $"{code}: {refusal}"
                : $"{code} belongs to {data.ServiceAreaNames.GetValueOrDefault(kpi.ServiceAreaId, "another service area")}. {refusal}";
            Error(ImportColumns.KpiCode, message);
        }

        if (input.DataStatus != DataStatus.NotAvailable)
        {
            // Saving would drop them; say so rather than lose what the officer wrote.
            foreach (var column in columns)
            {
                if (column.Kind is ImportColumnKind.NotAvailableReason or ImportColumnKind.ExpectedDate && raw.Cell(column.Index) is not null)
                {
                    Error(column.Heading, $"This is only for data that is not available. Set Data status to “{ImportColumns.NotAvailable}”, or clear this cell.");
                }
            }
        }

        var hasCellErrors = problems.Count > 0;
        if (!blank)
        {
            foreach (var fieldError in ResultInputValidator.Validate(input, kpi, target, complete: false, Previous(data, kpi), data.RedefinedKpis.Contains(kpi.Id)))
            {
                var column = ColumnFor(fieldError.Field, kpi);
                if (!problems.HasProblemIn(column))
                {
                    Error(column, fieldError.Message);
                }
            }
        }

        var same = stored is not null && IsSame(stored, input, kpi);
        if (approvedOnly && !blank && !same)
        {
            Error(ImportColumns.KpiCode, $"{code}: {refusal}");
        }

        var status = problems.Count > 0 ? ImportRowStatus.Error
            : blank ? ImportRowStatus.Empty
            : stored is null ? ImportRowStatus.New
            : same ? ImportRowStatus.Unchanged
            : ImportRowStatus.Changed;

        var ready = false;
        if (ImportPreview.WouldSubmit(status, stored?.State))
        {
            foreach (var fieldError in ResultInputValidator.Validate(input, kpi, target, complete: true, Previous(data, kpi), data.RedefinedKpis.Contains(kpi.Id)))
            {
                if (!toSubmit.TryGetValue(fieldError.Message, out var message))
                {
                    toSubmit[fieldError.Message] = message = $"{fieldError.Message} (needed before submitting)";
                }

                problems.Add(ColumnFor(fieldError.Field, kpi), message, ProblemSeverity.NeededToSubmit);
            }

            ready = problems.Count == 0;
        }

        return new ImportRow
        {
            Row = raw.Number,
            Code = kpi.Code,
            KpiName = kpi.Name,
            Status = status,
            Summary = blank || hasCellErrors ? null : Describe(input, kpi),
            ReadyToSubmit = ready,
            StoredState = stored?.State,
            KpiId = kpi.Id,
            SeenVersion = stored?.Version,
            Input = !keepInputs || status is ImportRowStatus.Error or ImportRowStatus.Empty ? null : input,
        };
    }

    private static void ReadCell(Column column, string? text, Kpi kpi, ResultInput input, RowProblems problems)
    {

        var heading = column.Heading;
        switch (column.Kind)
        {
            case ImportColumnKind.Value:
                if (text is not null && kpi.Unit == KpiUnit.Rate)
                {
                    problems.Add(heading, $"{kpi.Code} is a rate: leave Value empty and enter the Numerator and Denominator ({ResultInputValidator.UnitHint(kpi)}).");
                }
                else
                {
                    input.Value = Number(text, heading, kpi, problems);
                }

                break;
            case ImportColumnKind.Numerator or ImportColumnKind.Denominator:
                decimal? number = null;
                if (text is not null && kpi.Unit != KpiUnit.Rate)
                {
                    problems.Add(heading, $"Leave {heading} empty: it is only for rates, and {kpi.Code} is entered as {ResultInputValidator.UnitHint(kpi)} in Value.");
                }
                else
                {
                    number = Number(text, heading, kpi, problems);
                }

                if (column.Kind == ImportColumnKind.Numerator)
                {
                    input.Numerator = number;
                }
                else
                {
                    input.Denominator = number;
                }

                break;
            case ImportColumnKind.DataStatus:
                if (text is null)
                {
                    input.DataStatus = DataStatus.Provisional;
                }
                else if (ImportColumns.ParseDataStatus(text) is { } status)
                {
                    input.DataStatus = status;
                }
                else
                {
                    problems.Add(heading, $"“{text}” is not a data status. Write {ImportColumns.Provisional}, {ImportColumns.Final} or {ImportColumns.NotAvailable}.");
                }

                break;
            case ImportColumnKind.NotAvailableReason:
                input.NotAvailableReason = text;
                break;
            case ImportColumnKind.ExpectedDate:
                input.ExpectedAvailableOn = null;
                if (text is not null)
                {
                    if (TryParseDate(text, out var date))
                    {
                        input.ExpectedAvailableOn = date;
                    }
                    else
                    {
                        problems.Add(heading, $"“{text}” is not a date. Write it as yyyy-mm-dd, for example 2026-09-30.");
                    }
                }

                break;
            case ImportColumnKind.Comparator:
                input.Comparators[column.Comparator!.Value] = Number(text, heading, kpi, problems);
                break;
            case ImportColumnKind.Commentary:
                input.Commentary = text;
                break;
            case ImportColumnKind.Breakdown:
                var key = NormaliseHeading(column.Heading);
                var category = kpi.Dimensions
                    .SelectMany(d => d.Categories.Select(c => (Key: NormaliseHeading(ImportColumns.Breakdown(d, c)), Category: c)))
                    .FirstOrDefault(x => x.Key == key).Category;
                if (category is not null)
                {
                    input.Breakdowns[category.Id] = Number(text, heading, kpi, problems);
                }
                else if (text is not null)
                {
                    problems.Add(heading, $"{kpi.Code} has no breakdown “{column.Heading[ImportColumns.BreakdownPrefix.Length..].Trim()}”. Leave this cell empty.");
                }

                break;
            default:
                break;
        }
    }

    private static decimal? Number(string? text, string heading, Kpi kpi, RowProblems problems)
    {
        if (text is null)
        {
            return null;
        }

        if (TryParseNumber(text, out var value))
        {
            return value;
        }

        problems.Add(heading, $"“{text}” is not a number. Enter {heading} in digits, as {ResultInputValidator.UnitHint(kpi)} (for example 94.5).");
        return null;
    }

    /// <summary>
    /// Reads a number as a spreadsheet shows it: "94.5", "-3", "1,234.5", "45%" (as 45), "£1,250";
    /// commas only as thousands separators, so "1,5" is not read as 15.
    /// </summary>
    internal static bool TryParseNumber(string text, out decimal value)
    {
        value = 0;
        var t = text.Trim();
        if (t.EndsWith('%'))
        {
            t = t[..^1].TrimEnd();
        }

        var sign = t.Length > 0 && t[0] is '+' or '-' ? t[..1] : "";
        t = t[sign.Length..].TrimStart();
        if (t.StartsWith('£'))
        {
            t = t[1..].TrimStart();
        }

        if (!NumberPattern().IsMatch(t))
        {
            return false;
        }

        return decimal.TryParse(sign + t.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    // ISO dates as the template asks; also the day-first dates Excel writes when it saves a UK
    // CSV file, and a workbook date cell with its (zero) time.
    private static bool TryParseDate(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-M-d", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
        {
            date = DateOnly.FromDateTime(dateTime);
            return true;
        }

        return false;
    }

    private static string ColumnFor(string field, Kpi kpi)
    {
        if (field.StartsWith("Comparator.", StringComparison.Ordinal) && Enum.TryParse<Comparator>(field["Comparator.".Length..], out var comparator))
        {
            return ImportColumns.For(comparator);
        }

        if (field.StartsWith("Breakdown.", StringComparison.Ordinal)
            && int.TryParse(field["Breakdown.".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var categoryId))
        {
            foreach (var dimension in kpi.Dimensions)
            {
                if (dimension.Categories.FirstOrDefault(c => c.Id == categoryId) is { } category)
                {
                    return ImportColumns.Breakdown(dimension, category);
                }
            }
        }

        return field switch
        {
            ResultInputValidator.Fields.Value => kpi.Unit == KpiUnit.Rate ? ImportColumns.Numerator : ImportColumns.Value,
            ResultInputValidator.Fields.Numerator => ImportColumns.Numerator,
            ResultInputValidator.Fields.Denominator => ImportColumns.Denominator,
            ResultInputValidator.Fields.DataStatus => ImportColumns.DataStatus,
            ResultInputValidator.Fields.NotAvailableReason => ImportColumns.NotAvailableReason,
            ResultInputValidator.Fields.ExpectedAvailableOn => ImportColumns.ExpectedDate,
            ResultInputValidator.Fields.Commentary => ImportColumns.Commentary,
            ResultInputValidator.Fields.PeriodNote => "Period note (kept from the saved result)",
            _ => field,
        };
    }

    private static string Describe(ResultInput input, Kpi kpi)
    {
        if (input.DataStatus == DataStatus.NotAvailable)
        {
            return ImportColumns.NotAvailable;
        }

        if (input.EffectiveValue(kpi) is not { } value)
        {
            return "No value yet";
        }

        var number = value.ToString("#,0.##", CultureInfo.InvariantCulture);
        return kpi.Unit switch
        {
            KpiUnit.Percentage => number + "%",
            KpiUnit.Rate => $"{number} per {kpi.RateBase?.ToString("#,0", CultureInfo.InvariantCulture) ?? "1"}",
            KpiUnit.Money => "£" + number,
            KpiUnit.Days => number + " days",
            _ => number,
        };
    }

    /// <summary>
    /// Whether saving <paramref name="input"/> would leave <paramref name="stored"/> as it is, field by
    /// field as <see cref="ResultWriter.Apply"/> would write them.
    /// </summary>
    internal static bool IsSame(Result stored, ResultInput input, Kpi kpi)
    {
        var notAvailable = input.DataStatus == DataStatus.NotAvailable;
        var rate = kpi.Unit == KpiUnit.Rate;
        if (stored.Value != input.EffectiveValue(kpi)
            || stored.Numerator != (notAvailable || !rate ? null : input.Numerator)
            || stored.Denominator != (notAvailable || !rate ? null : input.Denominator)
            || stored.DataStatus != input.DataStatus
            || stored.NotAvailableReason != (notAvailable ? ResultWriter.Clean(input.NotAvailableReason) : null)
            || stored.ExpectedAvailableOn != (notAvailable ? input.ExpectedAvailableOn : null)
            || stored.PeriodNote != ResultWriter.Clean(input.PeriodNote)
            || stored.Commentary != ResultWriter.Clean(input.Commentary))
        {
            return false;
        }

        foreach (var comparator in Enum.GetValues<Comparator>())
        {
            var before = stored.Comparators.FirstOrDefault(c => c.Comparator == comparator)?.Value;
            if (before != input.Comparators.GetValueOrDefault(comparator))
            {
                return false;
            }
        }

        foreach (var category in kpi.Dimensions.SelectMany(d => d.Categories))
        {
            var before = stored.Breakdowns.FirstOrDefault(b => b.CategoryId == category.Id)?.Value;
            if (before != input.Breakdowns.GetValueOrDefault(category.Id))
            {
                return false;
            }
        }

        return true;
    }

    // Digits with optional thousands commas in the right places, a decimal part and an exponent.
    [GeneratedRegex(@"^(\d{1,3}(,\d{3})+|\d+|(?=\.\d))(\.\d+)?([eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex RowDigits();

    [GeneratedRegex(@"^[A-Za-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnDigits();
}
