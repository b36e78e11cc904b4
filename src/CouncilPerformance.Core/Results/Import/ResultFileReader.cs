// One file past 300 lines: the workbook and CSV readers are two halves of one rule (the type told by
// name and by content, the same size and row limits, the same cell text and pooling), and the sheet
// records they produce are defined beside them; split, each reader would need the other's checks.
using CouncilPerformance.Core.Common;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using CsvHelper;
using MiniExcelLibs;

namespace CouncilPerformance.Core.Results.Import;

/// <summary>One row of a spreadsheet as text: its row number (the headings are row 1) and its cells, trimmed, empty as null.</summary>
public sealed record RawRow(int Number, IReadOnlyList<string?> Cells)
{
    public string? Cell(int index) => index < Cells.Count ? Cells[index] : null;

    // Asked of every row two or three times a preview: a loop, not an enumerator made each time.
    public bool IsBlank
    {
        get
        {
            for (var i = 0; i < Cells.Count; i++)
            {
                if (Cells[i] is not null)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>
/// A spreadsheet read as text: the headings (the first row) and the rows under them, with the
/// cells of the workbook that hold real formulas (which the import refuses).
/// </summary>
public sealed record RawSheet(IReadOnlyList<string?> Headings, IReadOnlyList<RawRow> Rows, IReadOnlyList<string> FormulaCells);

/// <summary>The sheet read from a file, or why the file was refused.</summary>
public sealed record FileReadResult(RawSheet? Sheet, string? Refusal, IReadOnlyList<ImportProblem> Problems)
{
    internal static FileReadResult Refused(string message) => new(null, message, []);
}

/// <summary>
/// Reads an uploaded results file (an Excel workbook or a CSV file) into rows of text. The type
/// must agree twice: by the name's extension and by the content's signature (a workbook is a ZIP
/// archive starting "PK\x03\x04"; a CSV file is text), so a picture renamed .xlsx or a workbook
/// renamed .csv is refused with a message saying what it really is. The size is checked before
/// anything is parsed, and a workbook's unpacked size too, so a small "ZIP bomb" cannot exhaust memory.
/// </summary>
public static class ResultFileReader
{
    /// <summary>The largest file accepted: 5 MB, far more than a service area's KPIs need.</summary>
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    /// <summary>The sheet read from a workbook when it has one of this name; otherwise the first sheet.</summary>
    public const string SheetName = "Results";

    /// <summary>
    /// The most rows a file may have under its headings: fifty times the KPIs of a large council's
    /// plan, and a bound on what one preview holds in memory whatever the cells hold.
    /// </summary>
    public const int MaxRows = 100_000;

    // Short cells repeat (codes, statuses, units): one string each per file, not one per cell.
    private const int PooledCellLength = 64;

    // A workbook may unpack to many times its size, but not without limit.
    private const long MaxUnpackedBytes = 100L * 1024 * 1024;
    private const int MaxZipEntries = 2_000;
    private const int MaxFormulaCellsListed = 50;

    private static readonly byte[] _zipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] _oleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] _pngSignature = [0x89, 0x50, 0x4E, 0x47];
    private static readonly byte[] _pdfSignature = [0x25, 0x50, 0x44, 0x46];
    private static readonly byte[] _jpegSignature = [0xFF, 0xD8, 0xFF];

    /// <summary>
    /// Reads <paramref name="content"/> (read to its end, never beyond <paramref name="maxBytes"/> + 1 bytes)
    /// as the file called <paramref name="fileName"/>.
    /// </summary>
    public static async Task<FileReadResult> ReadAsync(Stream content, string fileName, long maxBytes = DefaultMaxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);

        var name = Path.GetFileName(fileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension is not (".xlsx" or ".csv"))
        {
            return FileReadResult.Refused(extension switch
            {
                ".xls" => $"“{name}” is in the old Excel format (.xls). Open it in Excel, save it as an Excel Workbook (.xlsx), and upload that.",
                ".xlsm" or ".xlsb" or ".ods" => $"“{name}” is not in a format the import reads. Save it as an Excel Workbook (.xlsx) or as CSV (.csv), and upload that.",
                "" => $"“{name}” has no file type. Upload an Excel workbook (.xlsx) or a CSV file (.csv).",
                _ => $"“{name}” is a {extension} file. Only Excel workbooks (.xlsx) and CSV files (.csv) can be imported.",
            });
        }

        if (content.CanSeek && content.Length - content.Position > maxBytes)
        {
            return FileReadResult.Refused(TooLarge(name, content.Length - content.Position, maxBytes));
        }

        var bytes = await ReadUpToAsync(content, maxBytes + 1, cancellationToken);
        if (bytes.Length > maxBytes)
        {
            return FileReadResult.Refused(TooLarge(name, null, maxBytes));
        }

        if (bytes.Length == 0)
        {
            return FileReadResult.Refused($"“{name}” is empty. Fill in the template and upload it again.");
        }

        return extension == ".xlsx" ? ReadWorkbook(bytes, name) : ReadCsv(bytes, name);
    }

    /// <summary>"5 MB", for messages.</summary>
    public static string Megabytes(long bytes) => (bytes / (1024d * 1024d)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    private static string TooLarge(string name, long? size, long maxBytes) => size is { } s
        ? $"“{name}” is {Megabytes(s)}, more than the {Megabytes(maxBytes)} limit. Remove anything but the results sheet, or split the file."
        : $"“{name}” is larger than the {Megabytes(maxBytes)} limit. Remove anything but the results sheet, or split the file.";

    private static async Task<byte[]> ReadUpToAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool StartsWith(byte[] bytes, byte[] signature) => bytes.AsSpan().StartsWith(signature);

    private static string? WhatItReallyIs(byte[] bytes) =>
        StartsWith(bytes, _pngSignature) || StartsWith(bytes, _jpegSignature) ? "a picture"
        : StartsWith(bytes, _pdfSignature) ? "a PDF document"
        : StartsWith(bytes, _oleSignature) ? "an old-format (.xls) or password-protected Excel file"
        : StartsWith(bytes, _zipSignature) ? "a ZIP archive (an Excel workbook or another Office document)"
        : null;

    private static FileReadResult ReadWorkbook(byte[] bytes, string name)
    {
        if (!StartsWith(bytes, _zipSignature))
        {
            var what = WhatItReallyIs(bytes);
            return FileReadResult.Refused(what is null
                ? $"“{name}” is not an Excel workbook, although its name ends in .xlsx. Save it from Excel as an Excel Workbook (.xlsx) and upload it again."
                : $"“{name}” is {what}, not an Excel workbook, although its name ends in .xlsx. Save the results from Excel as an Excel Workbook (.xlsx) without a password, and upload that.");
        }

        string sheetName;
        IReadOnlyList<string> formulaCells;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxZipEntries || zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                return FileReadResult.Refused($"“{name}” unpacks to far more data than a results sheet holds. Copy the results sheet into a new workbook and upload that.");
            }

            var sheets = WorkbookSheets(zip);
            if (sheets.Count == 0)
            {
                return FileReadResult.Refused($"“{name}” is a ZIP archive but not an Excel workbook. Save the results from Excel as an Excel Workbook (.xlsx) and upload that.");
            }

            var chosen = sheets.FirstOrDefault(s => string.Equals(s.Name, SheetName, StringComparison.OrdinalIgnoreCase)) ?? sheets[0];
            sheetName = chosen.Name;
            formulaCells = zip.GetEntry(chosen.Path) is { } entry ? FormulaCells(entry) : [];
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException)
        {
            return FileReadResult.Refused($"“{name}” could not be read as an Excel workbook: it may be damaged. Open it in Excel, save it again as an Excel Workbook (.xlsx), and upload that.");
        }

        var rows = new List<IReadOnlyList<string?>>();
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX))
            {
                if (rows.Count > MaxRows)
                {
                    return FileReadResult.Refused(TooManyRows(name));
                }

                // Keys are column letters in order; MiniExcel fills skipped rows and cells with nulls,
                // so the list index is the spreadsheet row number less one.
                rows.Add(row.Values.Select(CellText).ToList());
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or InvalidOperationException or FormatException
            or InvalidCastException or IndexOutOfRangeException or ArgumentException or KeyNotFoundException or NullReferenceException)
        {
            return FileReadResult.Refused($"“{name}” could not be read as an Excel workbook: it may be damaged. Open it in Excel, save it again as an Excel Workbook (.xlsx), and upload that.");
        }

        return ToSheet(rows, name, formulaCells, []);
    }

    private sealed record SheetPart(string Name, string Path);

    // xl/workbook.xml lists the sheets in order with relationship ids; xl/_rels/workbook.xml.rels
    // says which part each id is.
    private static List<SheetPart> WorkbookSheets(ZipArchive zip)
    {
        var workbook = zip.GetEntry("xl/workbook.xml");
        var rels = zip.GetEntry("xl/_rels/workbook.xml.rels");
        if (workbook is null || rels is null)
        {
            return [];
        }

        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = SafeXml(rels))
        {
            while (reader.Read())
            {
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "Relationship" }
                    && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target)
                {
                    targets[id] = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
                }
            }
        }

        var sheets = new List<SheetPart>();
        using (var reader = SafeXml(workbook))
        {
            while (reader.Read())
            {
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "sheet" } && reader.GetAttribute("name") is { } sheetName)
                {
                    var id = reader.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
                    if (id is not null && targets.TryGetValue(id, out var path))
                    {
                        sheets.Add(new SheetPart(sheetName, path));
                    }
                }
            }
        }

        return sheets;
    }

    // A real formula is an <f> element inside a cell; MiniExcel would hand over only its cached result.
    private static List<string> FormulaCells(ZipArchiveEntry sheet)
    {
        var cells = new List<string>();
        string? cell = null;
        using var reader = SafeXml(sheet);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "c")
            {
                cell = reader.GetAttribute("r");
            }
            else if (reader.LocalName == "f")
            {
                cells.Add(cell ?? "?");
                if (cells.Count >= MaxFormulaCellsListed)
                {
                    break;
                }
            }
        }

        return cells;
    }

    private static XmlReader SafeXml(ZipArchiveEntry entry) => XmlReader.Create(entry.Open(), new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
    });

    private static string? CellText(object? value)
    {
        var text = value switch
        {
            null => null,
            string s => s,
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            int i => i.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture),
            DateTime dt => dt.TimeOfDay == TimeSpan.Zero
                ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : dt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool b => b ? "TRUE" : "FALSE",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static FileReadResult ReadCsv(byte[] bytes, string name)
    {
        if (WhatItReallyIs(bytes) is { } what)
        {
            return FileReadResult.Refused(StartsWith(bytes, _zipSignature)
                ? $"“{name}” is an Excel workbook or another zipped file, not a CSV file. Upload it with its .xlsx name, or save it from Excel as CSV."
                : $"“{name}” is {what}, not a CSV file. Save the results from Excel as CSV (.csv) and upload that.");
        }

        if (Decode(bytes) is not { } text)
        {
            return FileReadResult.Refused($"“{name}” is not a text (CSV) file. Save the results from Excel as CSV UTF-8 (.csv) and upload that.");
        }

        var problems = new List<ImportProblem>();
        var rows = new List<IReadOnlyList<string?>>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = false,

            // Kept, so that record numbers are the row numbers a spreadsheet shows.
            SkipEmptyLines = false,
            OnMalformedRecord = m => problems.Add(new ImportProblem((int)m.RecordNumber, "",
                m.Reason == CsvMalformedReason.UnterminatedQuote
                    ? "A quotation mark opened in this row is never closed, so the rest of the file runs into one cell. Put the whole cell in quotes and double any quotation mark inside it."
                    : "A quotation mark is out of place. Put the whole cell in quotes and double any quotation mark inside it (\"like \"\"this\"\"\")."))
        };
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = CsvReader.FromText(text, options))
        {
            while (reader.Read())
            {
                if (rows.Count > MaxRows)
                {
                    return FileReadResult.Refused(TooManyRows(name));
                }

                var cells = new string?[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    var cell = reader.GetString(i);

                    // The template's CSV neutralises text that starts like a formula; read it back as it was.
                    cells[i] = string.IsNullOrWhiteSpace(cell) ? null : Pooled(pool, SpreadsheetText.Restore(cell.Trim()));
                }

                rows.Add(cells);
            }
        }

        return ToSheet(rows, name, [], problems);
    }

    private static string TooManyRows(string name) =>
        $"“{name}” has more than {MaxRows.ToString("#,0", CultureInfo.InvariantCulture)} rows under its headings. A results file has one row per KPI: split it into smaller files, for example one per service area.";

    private static string Pooled(Dictionary<string, string> pool, string cell)
    {
        if (cell.Length > PooledCellLength)
        {
            return cell;
        }

        if (!pool.TryGetValue(cell, out var shared))
        {
            pool[cell] = shared = cell;
        }

        return shared;
    }

    // Excel writes "CSV UTF-8" with a byte order mark, and plain "CSV" in the Windows code page.
    private static string? Decode(byte[] bytes)
    {
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 8192)).Contains((byte)0))
        {
            return null;
        }

        try
        {
            // The byte order mark is skipped before decoding: trimming it afterwards would copy the whole text.
            var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)?.GetString(bytes) ?? Encoding.Latin1.GetString(bytes);
        }
    }

    private static FileReadResult ToSheet(List<IReadOnlyList<string?>> rows, string name, IReadOnlyList<string> formulaCells, List<ImportProblem> problems)
    {
        // Trailing blank rows are common (a spreadsheet's formatting reaches further than its data).
        while (rows.Count > 0 && rows[^1].All(c => c is null))
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (rows.Count == 0)
        {
            return FileReadResult.Refused($"“{name}” has nothing in it. Fill in the template and upload it again.");
        }

        var width = rows.Max(r => r.Count);
        var headings = Pad(rows[0], width);
        var data = rows.Skip(1).Select((r, i) => new RawRow(i + 2, Pad(r, width))).ToList();
        if (data.All(r => r.IsBlank))
        {
            return FileReadResult.Refused($"“{name}” has headings but no rows of results under them.");
        }

        return new FileReadResult(new RawSheet(headings, data, formulaCells), null, problems);
    }

    private static IReadOnlyList<string?> Pad(IReadOnlyList<string?> cells, int width) =>
        cells.Count == width ? cells : cells.Concat(Enumerable.Repeat<string?>(null, width - cells.Count)).ToList();
}
