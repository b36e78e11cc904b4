using System.Globalization;
using System.Text.RegularExpressions;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace CouncilPerformance.Core.Results.Import;

/// <summary>The two forms of the template.</summary>
public enum TemplateFormat
{
    Xlsx,
    Csv,
}

/// <summary>A file to download.</summary>
public sealed record TemplateFile(string FileName, string ContentType, byte[] Content);

/// <summary>The template, or why there is none: <see cref="NotFound"/> for an unknown period or service area.</summary>
public sealed record TemplateResult(TemplateFile? File, string? Problem, bool NotFound = false);

/// <summary>
/// Builds the results template for an officer and a period: one row per KPI of their service area
/// that is being reported, filled with what is already saved (so an unchanged template imports as
/// "unchanged"), the target and unit for reading, and a column for each breakdown category of those
/// KPIs. As an Excel workbook (with a "Guidance" sheet) or as CSV (UTF-8 with a byte order mark, so
/// Excel shows "£" and accents; text that a spreadsheet could run as a formula is escaped).
/// </summary>
public sealed partial class ResultTemplate(IDbContextFactory<AppDbContext> dbFactory)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string GuidanceSheet = "Guidance";

    private const string NumberFormat = "0.############";

    /// <summary>
    /// The template for <paramref name="startYear"/>'s period (2025 for 2025/26). Officers get their
    /// own service area's KPIs; administrators get <paramref name="serviceAreaId"/>'s, or every
    /// service area's when it is null.
    /// </summary>
    public async Task<TemplateResult> BuildAsync(Actor actor, int startYear, TemplateFormat format, int? serviceAreaId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsOfficer && !actor.IsAdministrator)
        {
            return new TemplateResult(null, "Only officers and the performance team can download the results template.");
        }

        var areaId = actor.IsAdministrator ? serviceAreaId : actor.ServiceAreaId;
        if (!actor.IsAdministrator && areaId is null)
        {
            return new TemplateResult(null, "Your account is not linked to a service area yet, so there are no KPIs to put in a template. Ask the performance team to link it.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var period = await db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.StartYear == startYear, cancellationToken);
        if (period is null)
        {
            return new TemplateResult(null, $"There is no reporting period {ReportingPeriod.FinancialYearLabel(startYear)}.", NotFound: true);
        }

        string? areaName = null;
        if (areaId is { } id)
        {
            areaName = await db.ServiceAreas.AsNoTracking().Where(a => a.Id == id).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
            if (areaName is null)
            {
                return new TemplateResult(null, "There is no such service area.", NotFound: true);
            }
        }

        var kpis = await db.Kpis.AsNoTracking()
            .Where(k => (k.Status == KpiStatus.Active || k.Status == KpiStatus.UnderReview) && (areaId == null || k.ServiceAreaId == areaId))
            .Include(k => k.Dimensions).ThenInclude(d => d.Categories)
            .OrderBy(k => k.Name)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.ReportingPeriodId == period.Id && (areaId == null || t.Kpi!.ServiceAreaId == areaId))
            .ToDictionaryAsync(t => t.KpiId, cancellationToken);
        var results = await db.Results.AsNoTracking()
            .Where(r => r.ReportingPeriodId == period.Id && (areaId == null || r.Kpi!.ServiceAreaId == areaId))
            .Include(r => r.Comparators).Include(r => r.Breakdowns)
            .AsSplitQuery()
            .ToDictionaryAsync(r => r.KpiId, cancellationToken);

        var (headings, rows) = Table(kpis, targets, results);
        var fileName = $"results-{period.Label.Replace('/', '-')}-{Slug(areaName ?? "all service areas")}.{(format == TemplateFormat.Xlsx ? "xlsx" : "csv")}";
        var content = format == TemplateFormat.Xlsx ? Workbook(headings, rows, period) : Csv(headings, rows);
        return new TemplateResult(new TemplateFile(fileName, format == TemplateFormat.Xlsx ? XlsxContentType : CsvContentType, content), null);
    }

    // A number target stays a number (a spreadsheet can work with it); the other kinds, and no
    // target at all, are in the council's words, as on the results form.
    private static object TargetCell(Target? target, Kpi kpi) =>
        target is { Kind: TargetKind.Value, Value: { } value } ? value
            : (target?.Terms ?? new TargetTerms(TargetKind.None, null)).Describe(kpi.Polarity);

    private static (List<string> Headings, List<object?[]> Rows) Table(List<Kpi> kpis, Dictionary<int, Target> targets, Dictionary<int, Result> results)
    {
        var headings = ImportColumns.Fixed.ToList();
        var breakdownColumns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (dimension, category) in kpis.SelectMany(k => k.Dimensions.OrderBy(d => d.Id)
                     .SelectMany(d => d.Categories.OrderBy(c => c.SortOrder).Select(c => (d, c)))))
        {
            var heading = ImportColumns.Breakdown(dimension, category);
            if (breakdownColumns.TryAdd(heading, headings.Count))
            {
                headings.Add(heading);
            }
        }

        var rows = new List<object?[]>(kpis.Count);
        foreach (var kpi in kpis)
        {
            var result = results.GetValueOrDefault(kpi.Id);
            var rate = kpi.Unit == KpiUnit.Rate;
            var available = result is not null && result.DataStatus != DataStatus.NotAvailable;
            var hint = ResultInputValidator.UnitHint(kpi);
            var row = new object?[headings.Count];
            row[0] = kpi.Code;
            row[1] = kpi.Name;
            row[2] = char.ToUpperInvariant(hint[0]) + hint[1..];
            row[3] = TargetCell(targets.GetValueOrDefault(kpi.Id), kpi);
            row[4] = available && !rate ? result!.Value : null;
            row[5] = available && rate ? result!.Numerator : null;
            row[6] = available && rate ? result!.Denominator : null;
            row[7] = result is null ? null : ImportColumns.For(result.DataStatus);
            row[8] = result?.NotAvailableReason;
            row[9] = result?.ExpectedAvailableOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var comparator in Enum.GetValues<Comparator>())
            {
                row[headings.IndexOf(ImportColumns.For(comparator))] = result?.Comparators.FirstOrDefault(c => c.Comparator == comparator)?.Value;
            }

            row[headings.IndexOf(ImportColumns.Commentary)] = result?.Commentary;
            foreach (var dimension in kpi.Dimensions)
            {
                foreach (var category in dimension.Categories)
                {
                    row[breakdownColumns[ImportColumns.Breakdown(dimension, category)]] =
                        result?.Breakdowns.FirstOrDefault(b => b.CategoryId == category.Id)?.Value;
                }
            }

            rows.Add(row);
        }

        return (headings, rows);
    }

    private static byte[] Workbook(List<string> headings, List<object?[]> rows, ReportingPeriod period)
    {
        // Dictionaries keep the headings in order; a sheet with no KPIs still gets its headings.
        var sheetRows = rows.Count == 0 ? [new object?[headings.Count]] : rows;
        var results = sheetRows.Select(r => headings.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
        var sheets = new Dictionary<string, object>
        {
            [ResultFileReader.SheetName] = results,
            [GuidanceSheet] = Guidance(period).Select(g => new Dictionary<string, object?> { ["Column"] = g.Column, ["What to enter"] = g.Text }).ToList(),
        };

        var widths = new Dictionary<string, double>
        {
            [ImportColumns.KpiCode] = 20,
            [ImportColumns.KpiName] = 50,
            [ImportColumns.Unit] = 36,
            [ImportColumns.DataStatus] = 14,
            [ImportColumns.NotAvailableReason] = 30,
            [ImportColumns.ExpectedDate] = 14,
            [ImportColumns.StatisticalNeighbours] = 14,
            [ImportColumns.Commentary] = 80,
            ["Column"] = 34,
            ["What to enter"] = 120,
        };
        foreach (var heading in headings.Where(h => h.StartsWith(ImportColumns.BreakdownPrefix, StringComparison.Ordinal)))
        {
            widths[heading] = Math.Max(16, heading.Length);
        }

        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            AutoFilter = false,
            DynamicColumns = widths.Select(w => new DynamicExcelColumn(w.Key) { Width = w.Value }).ToArray(),
        };

        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX, configuration: configuration);
        return stream.ToArray();
    }

    private static byte[] Csv(List<string> headings, List<object?[]> rows)
    {
        using var stream = new MemoryStream();
        var options = CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using (var writer = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            writer.WriteHeader(headings.ToArray());
            foreach (var row in rows)
            {
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case decimal number:
                            writer.WriteField(number, NumberFormat);
                            break;
                        case string text:
                            writer.WriteField(text);
                            break;
                        default:
                            writer.WriteField(string.Empty);
                            break;
                    }
                }

                writer.EndRecord();
            }
        }

        return stream.ToArray();
    }

    /// <summary>What each column takes, for the workbook's guidance sheet (and the import page).</summary>
    public static IReadOnlyList<(string Column, string Text)> Guidance(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return
        [
            (ImportColumns.KpiCode, "Identifies the KPI. Do not change it. Each KPI may appear once."),
            ($"{ImportColumns.KpiName}, {ImportColumns.Unit}, {ImportColumns.Target}", $"For reading only: the import ignores them. The target is {period.Label}'s."),
            (ImportColumns.Value, "The result in the KPI's unit, as a number: 94.5 (not 94.5%). Leave it empty for rates."),
            ($"{ImportColumns.Numerator}, {ImportColumns.Denominator}", "Rates only: the count and the population. The rate is worked out from them."),
            (ImportColumns.DataStatus, $"{ImportColumns.Provisional}, {ImportColumns.Final} or {ImportColumns.NotAvailable}. Empty means {ImportColumns.Provisional}."),
            ($"{ImportColumns.NotAvailableReason}, {ImportColumns.ExpectedDate}", $"Only when the data status is {ImportColumns.NotAvailable}: why, and when the data is expected, written yyyy-mm-dd (2026-09-30)."),
            ($"{ImportColumns.England}, {ImportColumns.WestMidlands}, {ImportColumns.StatisticalNeighbours}", "Optional: the same measure for the comparators, in the KPI's unit."),
            (ImportColumns.Commentary, "What happened and what is being done. Needed before submitting when the result misses its target (red or amber). Plain text."),
            ($"{ImportColumns.BreakdownPrefix} <dimension>: <category>", "Optional: the KPI's breakdown figures. Leave cells empty for KPIs without that breakdown. If you delete a breakdown column, the saved figures are kept."),
            ("Everything else", "Rows with only a KPI code are left out. Do not start a cell with =, +, - or @ (a number like -5 is fine in a number column). Keep the headings in the first row. Files up to 5 MB."),
        ];
    }

    private static string Slug(string text) => SlugPattern().Replace(text.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
