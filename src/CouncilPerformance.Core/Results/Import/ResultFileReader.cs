// One file past 300 lines: the workbook and CSV readers are two halves of one rule (the type told by
// name and by content, the same size and row limits, the same cell text and pooling), and the sheet
// records they produce are defined beside them; split, each reader would need the other's checks.
using CouncilPerformance.Core.Common;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;
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

    // A workbook may unpack to many times its size, but not without limit.
    private const long MaxUnpackedBytes = 100L * 1024 * 1024;
    private const int MaxZipEntries = 2_000;
    private const int MaxFormulaCellsListed = 50;

    // Short cells that repeat (codes, statuses, units) are one string each per file, not one per
    // cell; the pool stops growing at this many, so a file of distinct values costs no large table.
    private const int PooledCellLength = 64;
    private const int MaxPooledCells = 4096;

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
        if (bytes.Count > maxBytes)
        {
            return FileReadResult.Refused(TooLarge(name, null, maxBytes));
        }

        if (bytes.Count == 0)
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

    // The file is read into one array of its own size (a seekable stream says how long it is; a
    // stream that does not is read in chunks and joined once), never a buffer that doubles as it
    // fills: each outgrown copy of a large file would be garbage only a full collection reclaims.
    private static async Task<ArraySegment<byte>> ReadUpToAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        if (content.CanSeek)
        {
            // One byte more than the stream says, to notice a stream that goes on past its length.
            var buffer = new byte[Math.Min(limit, content.Length - content.Position + 1)];
            var length = await FillAsync(content, buffer, cancellationToken);
            if (length < buffer.Length || buffer.Length == limit)
            {
                return new ArraySegment<byte>(buffer, 0, length);
            }
        }

        return await ReadChunksAsync(content, limit, cancellationToken);
    }

    private static async Task<ArraySegment<byte>> ReadChunksAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        // Chunks under the large-object threshold, so that they die young.
        const int chunkSize = 64 * 1024;
        var chunks = new List<(byte[] Bytes, int Length)>();
        long total = 0;
        while (total < limit)
        {
            var chunk = new byte[(int)Math.Min(chunkSize, limit - total)];
            var length = await FillAsync(content, chunk, cancellationToken);
            chunks.Add((chunk, length));
            total += length;
            if (length < chunk.Length)
            {
                break;
            }
        }

        var bytes = new byte[total];
        var at = 0;
        foreach (var (chunk, length) in chunks)
        {
            chunk.AsSpan(0, length).CopyTo(bytes.AsSpan(at));
            at += length;
        }

        return new ArraySegment<byte>(bytes);
    }

    private static async Task<int> FillAsync(Stream content, byte[] buffer, CancellationToken cancellationToken)
    {
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await content.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return length;
    }

    private static bool StartsWith(ArraySegment<byte> bytes, byte[] signature) => bytes.AsSpan().StartsWith(signature);

    private static string? WhatItReallyIs(ArraySegment<byte> bytes) =>
        StartsWith(bytes, _pngSignature) || StartsWith(bytes, _jpegSignature) ? "a picture"
        : StartsWith(bytes, _pdfSignature) ? "a PDF document"
        : StartsWith(bytes, _oleSignature) ? "an old-format (.xls) or password-protected Excel file"
        : StartsWith(bytes, _zipSignature) ? "a ZIP archive (an Excel workbook or another Office document)"
        : null;

    private static MemoryStream Open(ArraySegment<byte> bytes) => new(bytes.Array!, bytes.Offset, bytes.Count, writable: false);

    private static FileReadResult ReadWorkbook(ArraySegment<byte> bytes, string name)
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
            using var zip = new ZipArchive(Open(bytes), ZipArchiveMode.Read);
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

        var rows = new SheetRows();
        try
        {
            using var stream = Open(bytes);
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX))
            {
                if (rows.Full)
                {
                    return FileReadResult.Refused(TooManyRows(name));
                }

                // Keys are column letters in order; MiniExcel fills skipped rows and cells with nulls,
                // so the rows' order gives the spreadsheet row numbers.
                var cells = new string?[row.Count];
                var i = 0;
                foreach (var value in row.Values)
                {
                    cells[i++] = CellText(value);
                }

                rows.Add(cells);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or InvalidOperationException or FormatException
            or InvalidCastException or IndexOutOfRangeException or ArgumentException or KeyNotFoundException or NullReferenceException)
        {
            return FileReadResult.Refused($"“{name}” could not be read as an Excel workbook: it may be damaged. Open it in Excel, save it again as an Excel Workbook (.xlsx), and upload that.");
        }

        return rows.ToSheet(name, formulaCells, []);
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

    private static FileReadResult ReadCsv(ArraySegment<byte> bytes, string name)
    {
        if (WhatItReallyIs(bytes) is { } what)
        {
            return FileReadResult.Refused(StartsWith(bytes, _zipSignature)
                ? $"“{name}” is an Excel workbook or another zipped file, not a CSV file. Upload it with its .xlsx name, or save it from Excel as CSV."
                : $"“{name}” is {what}, not a CSV file. Save the results from Excel as CSV (.csv) and upload that.");
        }

        if (Encoded(bytes) is not var (text, encoding))
        {
            return FileReadResult.Refused($"“{name}” is not a text (CSV) file. Save the results from Excel as CSV UTF-8 (.csv) and upload that.");
        }

        var problems = new List<ImportProblem>();
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);

        // Every line is a record, so the lines bound the rows: the list is made once, at its size.
        var rows = new SheetRows(Math.Min(text.AsSpan().Count((byte)'\n') + 1, MaxRows + 2));
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = false,

            // Kept, so that record numbers are the row numbers a spreadsheet shows.
            SkipEmptyLines = false,

            // The reader's own pool, per column, saves making the strings of a column of repeated
            // values at all; it gives up on a column whose first values are all new, which the
            // file's pool below still catches when they repeat later.
            PoolStrings = true,
            Encoding = encoding,
            OnMalformedRecord = m => problems.Add(new ImportProblem((int)m.RecordNumber, "",
                m.Reason == CsvMalformedReason.UnterminatedQuote
                    ? "A quotation mark opened in this row is never closed, so the rest of the file runs into one cell. Put the whole cell in quotes and double any quotation mark inside it."
                    : "A quotation mark is out of place. Put the whole cell in quotes and double any quotation mark inside it (\"like \"\"this\"\"\")."))
        };

        // Read in place from the file's bytes: no copy of the file as text.
        using (var reader = CsvReader.Create(text.AsMemory(), options))
        {
            while (reader.Read())
            {
                if (rows.Full)
                {
                    return FileReadResult.Refused(TooManyRows(name));
                }

                var cells = new string?[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = CsvCell(reader, i) is { } cell ? Pooled(pool, cell) : null;
                }

                rows.Add(cells);
            }
        }

        return rows.ToSheet(name, [], problems);
    }

    // Trimmed, empty as null; the template's CSV neutralises text that starts like a formula, so
    // it is read back as it was.
    private static string? CsvCell(CsvReader reader, int index)
    {
        var utf8 = reader.GetSpan(index);
        if (utf8.IsEmpty)
        {
            return null;
        }

        // Most cells start and end with a printable ASCII character: nothing to trim, so the pooled string as it is.
        if (utf8[0] is > (byte)' ' and < 0x7F && utf8[^1] is > (byte)' ' and < 0x7F)
        {
            return SpreadsheetText.Restore(reader.GetString(index));
        }

        var cell = reader.GetString(index);
        return string.IsNullOrWhiteSpace(cell) ? null : SpreadsheetText.Restore(cell.Trim());
    }

    private static string TooManyRows(string name) =>
        $"“{name}” has more than {MaxRows.ToString("#,0", CultureInfo.InvariantCulture)} rows under its headings. A results file has one row per KPI: split it into smaller files, for example one per service area.";

    private static string Pooled(Dictionary<string, string> pool, string cell)
    {
        if (cell.Length > PooledCellLength)
        {
            return cell;
        }

        if (pool.TryGetValue(cell, out var shared))
        {
            return shared;
        }

        if (pool.Count < MaxPooledCells)
        {
            pool[cell] = cell;
        }

        return cell;
    }

    // Excel writes "CSV UTF-8" with a byte order mark, and plain "CSV" in the Windows code page.
    // The bytes to read, and the encoding to read them in when it is not UTF-8; null when the file is not text.
    private static (ArraySegment<byte> Text, Encoding? Encoding)? Encoded(ArraySegment<byte> bytes)
    {
        if (bytes.AsSpan(0, Math.Min(bytes.Count, 8192)).Contains((byte)0))
        {
            return null;
        }

        // Checked in place, so the file is not decoded twice; the byte order mark is left out.
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        return Utf8.IsValid(bytes.AsSpan(start))
            ? (bytes[start..], null)
            : (bytes, CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1);
    }

    /// <summary>
    /// The rows of a sheet as they are read: the first is the headings, the rest are numbered from 2
    /// as a spreadsheet numbers them. Made at its final size when the number of rows is known.
    /// </summary>
    private sealed class SheetRows(int capacity = 0)
    {
        private readonly List<RawRow> _rows = new(Math.Max(capacity - 1, 0));
        private string?[]? _headings;

        /// <summary>Whether the sheet already has as many rows under its headings as a file may.</summary>
        public bool Full => _rows.Count >= MaxRows;

        public void Add(string?[] cells)
        {
            if (_headings is null)
            {
                _headings = cells;
            }
            else
            {
                _rows.Add(new RawRow(_rows.Count + 2, cells));
            }
        }

        public FileReadResult ToSheet(string name, IReadOnlyList<string> formulaCells, List<ImportProblem> problems)
        {
            // Trailing blank rows are common (a spreadsheet's formatting reaches further than its data).
            while (_rows.Count > 0 && _rows[^1].IsBlank)
            {
                _rows.RemoveAt(_rows.Count - 1);
            }

            if (_headings is null || _rows.Count == 0 && _headings.All(c => c is null))
            {
                return FileReadResult.Refused($"“{name}” has nothing in it. Fill in the template and upload it again.");
            }

            if (_rows.Count == 0)
            {
                return FileReadResult.Refused($"“{name}” has headings but no rows of results under them.");
            }

            var width = _headings.Length;
            foreach (var row in _rows)
            {
                width = Math.Max(width, row.Cells.Count);
            }

            for (var i = 0; i < _rows.Count; i++)
            {
                if (_rows[i].Cells.Count < width)
                {
                    _rows[i] = _rows[i] with { Cells = Pad(_rows[i].Cells, width) };
                }
            }

            return new FileReadResult(new RawSheet(Pad(_headings, width), _rows, formulaCells), null, problems);
        }

        private static IReadOnlyList<string?> Pad(IReadOnlyList<string?> cells, int width)
        {
            if (cells.Count == width)
            {
                return cells;
            }

            var padded = new string?[width];
            for (var i = 0; i < cells.Count; i++)
            {
                padded[i] = cells[i];
            }

            return padded;
        }
    }
}
