using System.IO.Compression;
using System.Text;
using CouncilPerformance.Core.Results.Import;
using MiniExcelLibs;
using static CouncilPerformance.Core.Tests.Results.Import.ImportTestBed;

namespace CouncilPerformance.Core.Tests.Results.Import;

/// <summary>Which files are read and which are refused, and why, before any row is looked at.</summary>
public sealed class ResultFileReaderTests
{
    [Fact]
    public async Task A_csv_file_is_read_with_spreadsheet_row_numbers()
    {
        // Arrange: a quoted commentary running over two lines, and an empty line, as Excel writes them.
        var file = Csv("KPI code,Value,Commentary", "ROADS-A,94.5,\"Two\r\nlines, with \"\"quotes\"\"\"", "", "RECYCLING, 38 ,");

        // Act
        var read = await ResultFileReader.ReadAsync(file, "results.csv");

        // Assert
        Assert.Null(read.Refusal);
        var sheet = Assert.IsType<RawSheet>(read.Sheet);
        Assert.Equal(["KPI code", "Value", "Commentary"], sheet.Headings);
        Assert.Equal([2, 3, 4], sheet.Rows.Select(r => r.Number));
        Assert.Equal("Two\r\nlines, with \"quotes\"", sheet.Rows[0].Cell(2));
        Assert.True(sheet.Rows[1].IsBlank);
        Assert.Equal("38", sheet.Rows[2].Cell(1));
        Assert.Null(sheet.Rows[2].Cell(2));
    }

    [Fact]
    public async Task A_csv_file_saved_in_the_windows_code_page_is_read()
    {
        // Arrange: Excel's plain "CSV" is Windows-1252, where £ is the single byte 0xA3.
        var bytes = Encoding.Latin1.GetBytes("KPI code,Value,Commentary\r\nROADS-A,94.5,Cost £2m\r\n");

        // Act
        var read = await ResultFileReader.ReadAsync(new MemoryStream(bytes), "results.csv");

        // Assert
        Assert.Equal("Cost £2m", read.Sheet!.Rows[0].Cell(2));
    }

    [Fact]
    public async Task Csv_cells_are_trimmed_restored_and_padded_as_a_spreadsheet_shows_them()
    {
        // Arrange: Excel's byte order mark, a tab and non-breaking spaces around cells, a quoted cell of
        // spaces, a neutralised formula-like cell, and a row shorter than the headings.
        var text = "\uFEFFKPI code,Value,Commentary\r\n\tROADS-A , 94.5\u00A0,\"   \"\r\nRECYCLING,38,'=SUM(A1)\r\nPAVEMENTS\r\n";
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);

        // Act
        var read = await ResultFileReader.ReadAsync(new MemoryStream(bytes), "results.csv");

        // Assert
        Assert.Null(read.Refusal);
        Assert.Equal(["KPI code", "Value", "Commentary"], read.Sheet!.Headings);
        Assert.Equal(["ROADS-A", "94.5", null], read.Sheet.Rows[0].Cells);
        Assert.Equal(["RECYCLING", "38", "=SUM(A1)"], read.Sheet.Rows[1].Cells);
        Assert.Equal(["PAVEMENTS", null, null], read.Sheet.Rows[2].Cells);
    }

    [Fact]
    public async Task A_file_of_many_reads_is_the_same_from_a_stream_that_cannot_seek_and_repeated_cells_are_one_string()
    {
        // Arrange: more than one read's worth of bytes; 600 distinct commentaries (the CSV reader's own
        // pool gives up on such a column) that then repeat.
        var rows = Enumerable.Range(0, 2_000).Select(i => Row($"KPI-{i:0000}", "50", "Provisional", commentary: $"Checked {i % 600:000}"));
        var lines = rows.Prepend(Header).ToArray();

        // Act
        var seekable = await ResultFileReader.ReadAsync(Csv(lines), "results.csv");
        var streamed = await ResultFileReader.ReadAsync(new NonSeekableStream(Csv(lines)), "results.csv");

        // Assert
        Assert.True(Csv(lines).Length > 64 * 1024);
        var sheet = seekable.Sheet!;
        Assert.Equal(2_000, sheet.Rows.Count);
        Assert.Equal(sheet.Rows.Select(r => r.Cells), streamed.Sheet!.Rows.Select(r => r.Cells));
        Assert.Equal("Checked 000", sheet.Rows[1_200].Cell(13));
        Assert.Same(sheet.Rows[0].Cell(13), sheet.Rows[1_200].Cell(13));
        Assert.Same(sheet.Rows[0].Cell(7), sheet.Rows[1_999].Cell(7));
    }

    [Fact]
    public async Task A_workbook_is_read_from_its_results_sheet()
    {
        // Arrange
        var sheets = new Dictionary<string, object>
        {
            ["Notes"] = new[] { new Dictionary<string, object?> { ["Note"] = "ignore me" } },
            ["Results"] = new[]
            {
                new Dictionary<string, object?> { ["KPI code"] = "ROADS-A", ["Value"] = 94.5m, ["Expected date"] = null },
                new Dictionary<string, object?> { ["KPI code"] = "RECYCLING", ["Value"] = -3m, ["Expected date"] = new DateTime(2026, 9, 30) },
            },
        };
        using var file = new MemoryStream();
        file.SaveAs(sheets, excelType: ExcelType.XLSX);
        file.Position = 0;

        // Act
        var read = await ResultFileReader.ReadAsync(file, "Results.XLSX");

        // Assert
        Assert.Null(read.Refusal);
        Assert.Equal(["KPI code", "Value", "Expected date"], read.Sheet!.Headings);
        Assert.Equal(["ROADS-A", "94.5", null], read.Sheet.Rows[0].Cells);
        Assert.Equal(["RECYCLING", "-3", "2026-09-30"], read.Sheet.Rows[1].Cells);
    }

    [Theory]
    [InlineData("results.txt", "“results.txt” is a .txt file. Only Excel workbooks (.xlsx) and CSV files (.csv) can be imported.")]
    [InlineData("results.xls", "“results.xls” is in the old Excel format (.xls). Open it in Excel, save it as an Excel Workbook (.xlsx), and upload that.")]
    [InlineData("results", "“results” has no file type. Upload an Excel workbook (.xlsx) or a CSV file (.csv).")]
    public async Task A_file_of_another_type_is_refused_by_its_name(string fileName, string expected)
    {
        // Act
        var read = await ResultFileReader.ReadAsync(Csv("KPI code,Value", "ROADS-A,94.5"), fileName);

        // Assert
        Assert.Null(read.Sheet);
        Assert.Equal(expected, read.Refusal);
    }

    [Fact]
    public async Task A_picture_renamed_xlsx_is_refused_by_its_content()
    {
        // Arrange: the PNG signature and a little more.
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 };

        // Act
        var read = await ResultFileReader.ReadAsync(new MemoryStream(png), "results.xlsx");

        // Assert
        Assert.Equal("“results.xlsx” is a picture, not an Excel workbook, although its name ends in .xlsx. Save the results from Excel as an Excel Workbook (.xlsx) without a password, and upload that.", read.Refusal);
    }

    [Fact]
    public async Task A_csv_file_renamed_xlsx_is_refused()
    {
        // Act
        var read = await ResultFileReader.ReadAsync(Csv("KPI code,Value", "ROADS-A,94.5"), "results.xlsx");

        // Assert
        Assert.StartsWith("“results.xlsx” is not an Excel workbook, although its name ends in .xlsx.", read.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workbook_renamed_csv_is_refused()
    {
        // Arrange
        using var file = new MemoryStream();
        file.SaveAs(new[] { new Dictionary<string, object?> { ["KPI code"] = "ROADS-A" } }, excelType: ExcelType.XLSX);
        file.Position = 0;

        // Act
        var read = await ResultFileReader.ReadAsync(file, "results.csv");

        // Assert
        Assert.StartsWith("“results.csv” is an Excel workbook or another zipped file, not a CSV file.", read.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_that_is_not_a_workbook_is_refused()
    {
        // Arrange
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await zip.CreateEntry("readme.txt").OpenAsync();
            await entry.WriteAsync("hello"u8.ToArray());
        }

        file.Position = 0;

        // Act
        var read = await ResultFileReader.ReadAsync(file, "results.xlsx");

        // Assert
        Assert.StartsWith("“results.xlsx” is a ZIP archive but not an Excel workbook.", read.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_binary_file_named_csv_is_refused()
    {
        // Act
        var read = await ResultFileReader.ReadAsync(new MemoryStream([0x4B, 0x50, 0x00, 0x01, 0x02, 0x00]), "results.csv");

        // Assert
        Assert.Equal("“results.csv” is not a text (CSV) file. Save the results from Excel as CSV UTF-8 (.csv) and upload that.", read.Refusal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    [InlineData(",,,\r\n,,,\r\n")]
    public async Task An_empty_file_is_refused(string content)
    {
        // Act
        var read = await ResultFileReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)), "results.csv");

        // Assert
        Assert.Null(read.Sheet);
        Assert.Matches("^“results.csv” (is empty|has nothing in it)\\. Fill in the template and upload it again\\.$", read.Refusal);
    }

    [Fact]
    public async Task A_file_with_headings_and_no_rows_is_refused()
    {
        // Act
        var read = await ResultFileReader.ReadAsync(Csv(Header, ",,,,,,,,,,,,,"), "results.csv");

        // Assert
        Assert.Equal("“results.csv” has headings but no rows of results under them.", read.Refusal);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        // Arrange: 6 MB of otherwise valid CSV.
        var row = Row("ROADS-A", "94.5", commentary: new string('x', 1000));
        var lines = Enumerable.Repeat(row, 6 * 1024).Prepend(Header).ToArray();

        // Act
        var seekable = await ResultFileReader.ReadAsync(Csv(lines), "results.csv");
        var streamed = await ResultFileReader.ReadAsync(new NonSeekableStream(Csv(lines)), "results.csv");

        // Assert
        Assert.Equal("“results.csv” is 6 MB, more than the 5 MB limit. Remove anything but the results sheet, or split the file.", seekable.Refusal);
        Assert.Equal("“results.csv” is larger than the 5 MB limit. Remove anything but the results sheet, or split the file.", streamed.Refusal);
    }

    [Fact]
    public async Task Text_that_starts_like_a_formula_is_plain_text_as_in_the_form_and_signed_numbers_are_numbers()
    {
        // Arrange
        await using var bed = await CreateAsync();

        // Act: the result form takes such commentary, so the import does too (exports neutralise it).
        var text = await bed.PreviewCsvAsync(Header,
            Row("ROADS-A", "94.5", commentary: "=HYPERLINK(\"http://example.org\",\"click\")"),
            Row("RECYCLING", "38", commentary: "@SUM(A1)"),
            Row("PAVEMENTS", "+70"),
            Row("ROADS-UNCLASS", "83", commentary: "- resurfacing"));
        var signedNumbers = await bed.PreviewCsvAsync(Header, Row("ROADS-A", "-5"), Row("RECYCLING", "+38"));

        // Assert
        Assert.Null(text.Refusal);
        Assert.Empty(text.Problems);
        Assert.All(text.Rows, r => Assert.Equal(ImportRowStatus.New, r.Status));
        Assert.True(text.CanImport);
        var committed = await bed.Import.CommitAsync(bed.Officer, text, submit: false);
        Assert.True(committed.Succeeded, committed.Message);
        Assert.Equal("=HYPERLINK(\"http://example.org\",\"click\")", (await bed.ResultAsync("ROADS-A"))!.Commentary);
        Assert.Equal("- resurfacing", (await bed.ResultAsync("ROADS-UNCLASS"))!.Commentary);
        Assert.Equal(70m, (await bed.ResultAsync("PAVEMENTS"))!.Value);

        Assert.Null(signedNumbers.Refusal);
        Assert.Equal("The value must be a percentage from 0 to 100", Assert.Single(signedNumbers.Problems).Message);
        Assert.Equal("38%", signedNumbers.Rows[1].Summary);
    }

    [Fact]
    public async Task A_workbook_with_a_real_formula_is_refused()
    {
        // Arrange: the officer's own template, with a formula typed into the first KPI's value.
        await using var bed = await CreateAsync();
        var template = (await bed.Template.BuildAsync(bed.Officer, 2025, TemplateFormat.Xlsx)).File!;
        var withFormula = AddFormula(template.Content, "E2", "E3*1", "94.5");

        // Act
        var preview = await bed.PreviewAsync(bed.Officer, new MemoryStream(withFormula), template.FileName);

        // Assert
        Assert.StartsWith("The file cannot be imported: 1 cell holds a formula.", preview.Refusal, StringComparison.Ordinal);
        var problem = Assert.Single(preview.Problems);
        Assert.Equal((2, "Value"), (problem.Row, problem.Column));
        Assert.Equal("Cell E2 holds a formula. Paste it back as a value (Paste Special, Values).", problem.Message);
    }

    /// <summary>Puts a formula (with its cached value) into a cell of the first sheet, as Excel saves one.</summary>
    private static byte[] AddFormula(byte[] workbook, string cell, string formula, string cachedValue)
    {
        using var file = new MemoryStream();
        file.Write(workbook);
        using (var zip = new ZipArchive(file, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var start = xml.IndexOf($"<x:c r=\"{cell}\"", StringComparison.Ordinal);
            var end = xml.IndexOf("</x:c>", start, StringComparison.Ordinal) + "</x:c>".Length;
            xml = string.Concat(xml.AsSpan(0, start), $"<x:c r=\"{cell}\"><x:f>{formula}</x:f><x:v>{cachedValue}</x:v></x:c>", xml.AsSpan(end));
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(xml);
        }

        return file.ToArray();
    }

    /// <summary>A stream that, like a browser upload, can only be read forwards and does not know its length.</summary>
    private sealed class NonSeekableStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
