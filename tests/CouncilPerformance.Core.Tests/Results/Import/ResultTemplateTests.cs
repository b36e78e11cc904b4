using System.Text;
using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Results.Import;
using CsvHelper;
using MiniExcelLibs;
using static CouncilPerformance.Core.Tests.Results.Import.ImportTestBed;

namespace CouncilPerformance.Core.Tests.Results.Import;

/// <summary>The template an officer downloads, and the round trip: download, fill in, import, import again.</summary>
public sealed class ResultTemplateTests
{
    private static readonly Dictionary<string, string> _figures = new()
    {
        ["ROADS-A"] = "94.5",
        ["ROADS-UNCLASS"] = "83.1",
        ["PAVEMENTS"] = "72",
        ["RECYCLING"] = "38.25",
        ["CASUALTIES-PED"] = "119",
        ["EV-CHARGEPOINTS"] = "1320",
        ["MISSED-BINS"] = "49",
        ["RESIDUAL-WASTE"] = "490",
        ["DEFECTS-24H"] = "96.8",
        ["BUS-JOURNEYS"] = "29400000",
    };

    [Fact]
    public async Task The_csv_template_lists_the_officers_kpis_with_every_column()
    {
        // Arrange
        await using var bed = await CreateAsync();

        // Act
        var result = await bed.Template.BuildAsync(bed.Officer, 2025, TemplateFormat.Csv);

        // Assert
        var file = Assert.IsType<TemplateFile>(result.File);
        Assert.Equal("results-2025-26-highways-transport-and-waste.csv", file.FileName);
        Assert.Equal("text/csv; charset=utf-8", file.ContentType);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), file.Content[..3]);
        var lines = Encoding.UTF8.GetString(file.Content[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(Header + ",Breakdown: Road user type: Pedestrian,Breakdown: Road user type: Cyclist", lines[0], StringComparison.Ordinal);
        Assert.Equal(_figures.Keys.Order(), lines.Skip(1).Select(l => l.Split(',')[0]).Order());
        Assert.DoesNotContain("COUNCIL-TAX", string.Join("\n", lines), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("ROADS-A,Principal roads (A roads) in a good/acceptable condition,A percentage from 0 to 100,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_csv_template_round_trips_download_fill_in_import_and_import_again()
    {
        // Arrange
        await using var bed = await CreateAsync();
        var template = (await bed.Template.BuildAsync(bed.Officer, 2025, TemplateFormat.Csv)).File!;
        var filled = FillCsv(template.Content);

        // Act
        var preview = await bed.PreviewAsync(bed.Officer, new MemoryStream(filled), template.FileName);
        var outcome = await bed.Import.CommitAsync(bed.Officer, preview, submit: false);
        var again = (await bed.Template.BuildAsync(bed.Officer, 2025, TemplateFormat.Csv)).File!;
        var reimport = await bed.PreviewAsync(bed.Officer, new MemoryStream(again.Content), again.FileName);

        // Assert
        Assert.Empty(preview.Problems);
        Assert.All(preview.Rows, r => Assert.Equal(ImportRowStatus.New, r.Status));
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(10, outcome.Created);
        Assert.Equal(38.25m, (await bed.ResultAsync("RECYCLING"))!.Value);
        Assert.Equal("Filled in for CASUALTIES-PED, with “quotes”, commas and £.", (await bed.ResultAsync("CASUALTIES-PED"))!.Commentary);
        Assert.Empty(reimport.Problems);
        Assert.All(reimport.Rows, r => Assert.Equal(ImportRowStatus.Unchanged, r.Status));
    }

    [Fact]
    public async Task The_excel_template_round_trips_download_fill_in_import_and_import_again()
    {
        // Arrange
        await using var bed = await CreateAsync();
        var template = (await bed.Template.BuildAsync(bed.Officer, 2025, TemplateFormat.Xlsx)).File!;
        var filled = FillWorkbook(template.Content);

        // Act
        var preview = await bed.PreviewAsync(bed.Officer, new MemoryStream(filled), template.FileName);
        var outcome = await bed.Import.CommitAsync(bed.Officer, preview, submit: false);
        var again = (await bed.Template.BuildAsync(bed.Officer, 2025, TemplateFormat.Xlsx)).File!;
        var reimport = await bed.PreviewAsync(bed.Officer, new MemoryStream(again.Content), again.FileName);

        // Assert
        Assert.Equal("results-2025-26-highways-transport-and-waste.xlsx", template.FileName);
        Assert.Equal(ResultTemplate.XlsxContentType, template.ContentType);
        Assert.Equal(["Results", "Guidance"], MiniExcel.GetSheetNames(new MemoryStream(template.Content)));
        Assert.Empty(preview.Problems);
        Assert.All(preview.Rows, r => Assert.Equal(ImportRowStatus.New, r.Status));
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(10, outcome.Created);
        var casualties = await bed.ResultAsync("CASUALTIES-PED");
        Assert.Equal(119m, casualties!.Value);
        Assert.Equal(ResultState.Draft, casualties.State);
        Assert.Equal(2, casualties.Breakdowns.Count);
        Assert.Empty(reimport.Problems);
        Assert.All(reimport.Rows, r => Assert.Equal(ImportRowStatus.Unchanged, r.Status));
    }

    [Theory]
    [InlineData(TemplateFormat.Csv, "-3 casualties on last year")]
    [InlineData(TemplateFormat.Xlsx, "-3 casualties on last year")]
    [InlineData(TemplateFormat.Csv, "=SUM(A1) is not a formula here")]
    [InlineData(TemplateFormat.Xlsx, "@mention and +1")]
    public async Task Commentary_that_starts_like_a_formula_round_trips_unchanged(TemplateFormat format, string commentary)
    {
        // Arrange: commentary saved through the same writer as the form, with a leading =, +, - or @.
        await using var bed = await CreateAsync();
        await bed.Import.CommitAsync(bed.Officer, bed.OpenPeriodId, Csv(Header, Row("ROADS-A", "70")), "a.csv", submit: false);
        await bed.UpdateResultAsync("ROADS-A", r => r.Commentary = commentary);
        var template = (await bed.Template.BuildAsync(bed.Officer, 2025, format)).File!;

        // Act
        var preview = await bed.PreviewAsync(bed.Officer, new MemoryStream(template.Content), template.FileName);

        // Assert
        Assert.Empty(preview.Problems);
        Assert.Equal(ImportRowStatus.Unchanged, preview.Rows.Single(r => r.Code == "ROADS-A").Status);
    }

    [Fact]
    public async Task Not_available_results_and_rates_round_trip_unchanged()
    {
        // Arrange: a "not available" result and a rate, imported by the performance team.
        await using var bed = await CreateAsync();
        var imported = await bed.Import.CommitAsync(bed.Administrator, bed.OpenPeriodId, Csv(Header,
            "ROADS-A,,,,,,,Not available,Survey contractor delayed,2026-09-30,,,,",
            "YJ-FTE,,,,,74,34200,Final,,,,,,Red against the rolled-forward target of 180"), "a.csv", submit: false);
        var template = (await bed.Template.BuildAsync(bed.Administrator, 2025, TemplateFormat.Csv)).File!;

        // Act
        var preview = await bed.PreviewAsync(bed.Administrator, new MemoryStream(template.Content), template.FileName);

        // Assert
        Assert.True(imported.Succeeded, imported.Message);
        var rate = await bed.ResultAsync("YJ-FTE");
        Assert.Equal((216.4m, 74m, 34200m), (rate!.Value, rate.Numerator, rate.Denominator));
        Assert.Empty(preview.Problems);
        Assert.Equal(ImportRowStatus.Unchanged, preview.Rows.Single(r => r.Code == "ROADS-A").Status);
        Assert.Equal(ImportRowStatus.Unchanged, preview.Rows.Single(r => r.Code == "YJ-FTE").Status);
        Assert.Equal("216.4 per 100,000", preview.Rows.Single(r => r.Code == "YJ-FTE").Summary);
        // The results the seed has already signed off for 2025/26 come back unchanged too; every other row is empty.
        var seeded = OpenYear.Results.Select(r => r.Code).ToHashSet();
        Assert.NotEmpty(seeded);
        Assert.All(preview.Rows.Where(r => seeded.Contains(r.Code)), r => Assert.Equal(ImportRowStatus.Unchanged, r.Status));
        Assert.All(preview.Rows.Where(r => r.Code is not ("ROADS-A" or "YJ-FTE") && !seeded.Contains(r.Code)), r => Assert.Equal(ImportRowStatus.Empty, r.Status));
    }

    [Fact]
    public async Task A_value_for_a_rate_or_a_numerator_for_a_percentage_is_reported()
    {
        // Arrange
        await using var bed = await CreateAsync();

        // Act
        var preview = await bed.PreviewAsync(bed.Administrator, Csv(Header,
            "YJ-FTE,,,,216.4,74,34200,,,,,,,",
            "ROADS-A,,,,94.5,12,,,,,,,,"));

        // Assert
        Assert.Collection(preview.Problems,
            p => Assert.Equal((2, "Value"), (p.Row, p.Column)),
            p => Assert.Equal((3, "Numerator", "Leave Numerator empty: it is only for rates, and ROADS-A is entered as a percentage from 0 to 100 in Value."), (p.Row, p.Column, p.Message)));
        Assert.StartsWith("YJ-FTE is a rate: leave Value empty and enter the Numerator and Denominator", preview.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_gets_every_service_area_or_the_one_asked_for()
    {
        // Arrange
        await using var bed = await CreateAsync();

        // Act
        var all = (await bed.Template.BuildAsync(bed.Administrator, 2025, TemplateFormat.Csv)).File!;
        var highways = (await bed.Template.BuildAsync(bed.Administrator, 2025, TemplateFormat.Csv, bed.Officer.ServiceAreaId)).File!;

        // Assert
        Assert.Equal("results-2025-26-all-service-areas.csv", all.FileName);
        Assert.Contains("COUNCIL-TAX", Encoding.UTF8.GetString(all.Content), StringComparison.Ordinal);
        Assert.Equal("results-2025-26-highways-transport-and-waste.csv", highways.FileName);
    }

    [Fact]
    public async Task There_is_no_template_for_an_unknown_year_an_unlinked_officer_or_a_scrutiny_member()
    {
        // Arrange
        await using var bed = await CreateAsync();
        var unlinked = bed.Officer with { ServiceAreaId = null };

        // Act
        var unknownYear = await bed.Template.BuildAsync(bed.Officer, 2040, TemplateFormat.Csv);
        var noArea = await bed.Template.BuildAsync(unlinked, 2025, TemplateFormat.Csv);
        var scrutiny = await bed.Template.BuildAsync(bed.ScrutinyMember, 2025, TemplateFormat.Csv);

        // Assert
        Assert.True(unknownYear.NotFound);
        Assert.Equal("There is no reporting period 2040/41.", unknownYear.Problem);
        Assert.StartsWith("Your account is not linked to a service area yet", noArea.Problem, StringComparison.Ordinal);
        Assert.Equal("Only officers and the performance team can download the results template.", scrutiny.Problem);
        Assert.True(new[] { unknownYear, noArea, scrutiny }.All(r => r.File is null));
        Assert.False(bed.ScrutinyMember.Roles.Contains(Roles.Officer));
    }

    // Fills Value, Data status and Commentary of each row, and the casualties' breakdowns, as an
    // officer would in Excel, and saves as CSV UTF-8.
    private static byte[] FillCsv(byte[] template)
    {
        var rows = new List<string[]>();
        using (var reader = CsvReader.Create(template, CsvReaderOptions.Default with { Separator = ',', HasHeader = false }))
        {
            while (reader.Read())
            {
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
            }
        }

        var headings = rows[0].ToList();
        foreach (var row in rows.Skip(1))
        {
            var code = row[0];
            row[headings.IndexOf("Value")] = _figures[code];
            row[headings.IndexOf("Data status")] = "Provisional";
            row[headings.IndexOf("Commentary")] = $"Filled in for {code}, with “quotes”, commas and £.";
            if (code == "CASUALTIES-PED")
            {
                row[headings.IndexOf("Breakdown: Road user type: Pedestrian")] = "119";
                row[headings.IndexOf("Breakdown: Road user type: Cyclist")] = "44";
            }
        }

        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, CsvWriterOptions.Default with { WriteByteOrderMark = true }, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                writer.WriteRecord(row);
            }
        }

        return stream.ToArray();
    }

    private static byte[] FillWorkbook(byte[] template)
    {
        var rows = new MemoryStream(template).Query(useHeaderRow: true, sheetName: "Results")
            .Cast<IDictionary<string, object?>>()
            .Select(r => new Dictionary<string, object?>(r))
            .ToList();
        foreach (var row in rows)
        {
            var code = (string)row["KPI code"]!;
            row["Value"] = decimal.Parse(_figures[code], System.Globalization.CultureInfo.InvariantCulture);
            row["Data status"] = "Final";
            row["Commentary"] = $"Filled in for {code}.";
            if (code == "CASUALTIES-PED")
            {
                row["Breakdown: Road user type: Pedestrian"] = 119;
                row["Breakdown: Road user type: Motorcyclist"] = 12;
            }
        }

        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["Results"] = rows }, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
