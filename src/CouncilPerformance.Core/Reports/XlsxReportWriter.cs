using MiniExcelLibs;

namespace CouncilPerformance.Core.Reports;

/// <summary>
/// Writes a report's tables as an Excel workbook with MiniExcel (already used for the results
/// template): one worksheet per table, its header row first. Text around the tables stays in the
/// print view and the Word version.
/// </summary>
public static class XlsxReportWriter
{
    public static byte[] Write(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sheets = new Dictionary<string, object>();
        foreach (var table in report.Tables)
        {
            var name = UniqueName(sheets, table.SheetName);
            var rows = table.Rows.Select(row =>
            {
                var record = new Dictionary<string, object?>();
                for (var i = 0; i < table.Headers.Count; i++)
                {
                    record[table.Headers[i]] = i < row.Count ? row[i] : null;
                }

                return record;
            }).ToList();

            // An empty table still shows its columns, and says it is empty rather than leaving a blank row.
            sheets[name] = rows.Count > 0 ? rows : new List<Dictionary<string, object?>> { table.Headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i == 0 ? (object?)"(none)" : null) };
        }

        if (sheets.Count == 0)
        {
            sheets["Report"] = new List<Dictionary<string, object?>> { new() { ["Report"] = report.Title } };
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static string UniqueName(Dictionary<string, object> sheets, string wanted)
    {
        var clean = new string(wanted.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray());
        clean = clean.Length > 31 ? clean[..31] : clean;
        var name = clean;
        for (var n = 2; sheets.ContainsKey(name); n++)
        {
            var suffix = $" ({n})";
            name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return name;
    }
}
