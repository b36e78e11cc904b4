using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.PublicSite;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CouncilPerformance.Core.Tests.Reports;

/// <summary>The seeded Coventry database, built once for the report tests.</summary>
public sealed class SeededCoventry : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = default!;

    public ReportBuilder Builder { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(seed: true);
        Builder = Database.Services.CreateScope().ServiceProvider.GetRequiredService<ReportBuilder>();
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

/// <summary>
/// The reports generated from the seeded Coventry data, opened again with the libraries that wrote
/// them (Open XML SDK for Word, MiniExcel for Excel), and checked for their headings, tables and rows.
/// </summary>
public sealed class ReportTests(SeededCoventry coventry) : IClassFixture<SeededCoventry>
{
    private static readonly Actor _scrutiny = new("u1", "Scrutiny member", new HashSet<string> { Roles.Scrutiny }, null);
    private static readonly Actor _officer = new("u2", "Officer", new HashSet<string> { Roles.Officer }, 1);
    private static readonly Actor _anonymous = new(null, "anonymous", new HashSet<string>(), null);

    [Fact]
    public async Task The_deep_dive_report_reads_like_the_source_documents()
    {
        var report = await coventry.Builder.DeepDiveAsync(_scrutiny, await SeriesIdAsync());

        Assert.NotNull(report);
        var headings = report.Blocks.OfType<ReportHeading>().Select(h => h.Text).ToList();
        Assert.Equal("Recommendations", headings[0]);
        Assert.Contains(headings, h => h.StartsWith("Appendix 1 – ", StringComparison.Ordinal));
        Assert.Equal(5, headings.Count(h => h.StartsWith("Session ", StringComparison.Ordinal)));
        Assert.Contains("1 Fly Tips reported in the city", headings.Select(h => h.TrimEnd(':')));
        Assert.Contains(headings, h => h.EndsWith("Recommendations to Scrutiny", StringComparison.Ordinal));
        var lists = report.Blocks.OfType<ReportList>().ToList();
        Assert.Equal(3, lists[0].Items.Count);  // SCRUCO 1–3
        Assert.Equal(9, lists[1].Items.Count);  // Cabinet 1–9
        Assert.Equal("1)", lists[1].Items[0].Label);
        Assert.StartsWith("That all One Coventry Plan Key Performance Indicators", lists[1].Items[0].Text, StringComparison.Ordinal);
        var session1 = report.Tables.First();
        Assert.Equal(["Cabinet Member Portfolio", "OCP Priority", "Metric"], session1.Headers);
        Assert.Contains(session1.Rows, r => r[0] == "City Services/Policing and Equalities" && r[2].Contains("Fly-tips reported in the city", StringComparison.Ordinal));
        Assert.Equal(16, report.Blocks.OfType<ReportParagraph>().Count(p => p.Label?.StartsWith("Recommendation ", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task The_deep_dive_report_as_Word_has_its_headings_as_heading_styles_and_its_tables_with_their_rows()
    {
        var report = (await coventry.Builder.DeepDiveAsync(_scrutiny, await SeriesIdAsync()))!;

        var bytes = DocxReportWriter.Write(report);

        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var styled = body.Elements<Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText))
            .ToList();
        Assert.Equal(report.Title, styled.Single(p => p.Style == "Title").Text);
        Assert.Equal(report.Blocks.OfType<ReportHeading>().Count(h => h.Level == 1), styled.Count(p => p.Style == "Heading1"));
        Assert.Equal(report.Blocks.OfType<ReportHeading>().Count(h => h.Level == 2), styled.Count(p => p.Style == "Heading2"));
        Assert.Contains(styled, p => p.Style == "Heading3" && p.Text.StartsWith("1 Fly Tips", StringComparison.Ordinal));
        var tables = body.Elements<Table>().ToList();
        Assert.Equal(report.Tables.Count(), tables.Count);
        foreach (var (table, expected) in tables.Zip(report.Tables))
        {
            Assert.Equal(expected.Rows.Count + 1, table.Elements<TableRow>().Count());
            Assert.Equal(expected.Headers, table.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText));
        }

        Assert.NotNull(document.MainDocumentPart.StyleDefinitionsPart?.Styles?.Elements<Style>().SingleOrDefault(s => s.StyleId == "Heading1"));
    }

    [Fact]
    public async Task The_annual_report_as_Excel_has_a_sheet_per_table_with_every_indicator()
    {
        var report = (await coventry.Builder.AnnualAsync(_officer, 2024))!;

        var bytes = XlsxReportWriter.Write(report);

        using var stream = new MemoryStream(bytes);
        var sheets = MiniExcel.GetSheetNames(stream);
        // Excel allows 31 characters in a sheet name.
        Assert.Equal(report.Tables.Select(t => t.SheetName.Length > 31 ? t.SheetName[..31] : t.SheetName), sheets);
        Assert.Equal("Headline", sheets[0]);
        var indicators = 0;
        foreach (var (table, sheet) in report.Tables.Zip(sheets).Skip(1))
        {
            stream.Position = 0;
            var rows = stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(table.Rows.Count, rows.Count);
            Assert.Equal(["Indicator", "Result", "Target", "Status", "Progress", "England", "West Midlands", "Statistical neighbours"], rows[0].Keys);
            indicators += rows.Count;
        }

        var year = await coventry.Database.Services.CreateScope().ServiceProvider.GetRequiredService<PublicQueries>().GetYearAsync(2024);
        Assert.Equal(year!.Kpis.Count, indicators);
    }

    [Fact]
    public async Task The_annual_report_opens_with_the_headline_in_the_councils_words_and_each_priority()
    {
        var report = (await coventry.Builder.AnnualAsync(_officer, 2024))!;

        Assert.Equal("Annual performance report 2024/25", report.Title);
        var headings = report.Blocks.OfType<ReportHeading>().Select(h => h.Text).ToList();
        Assert.Equal(["Headline", "Targets achieved"], headings.Take(2));
        Assert.Contains("Reducing Inequalities", headings);
        Assert.StartsWith("In 2024/25 the council plan was measured by", report.Blocks.OfType<ReportParagraph>().First().Text, StringComparison.Ordinal);
        Assert.Null(await coventry.Builder.AnnualAsync(_officer, 2025)); // open, not published
    }

    [Fact]
    public async Task Targets_achieved_names_each_kind_of_target_in_the_councils_words()
    {
        var report = (await coventry.Builder.AnnualAsync(_officer, 2024))!;

        var achieved = report.Blocks.SkipWhile(b => b is not ReportHeading { Text: "Targets achieved" }).OfType<ReportList>().First().Items.Select(i => i.Text).ToList();
        Assert.NotEmpty(achieved);
        Assert.DoesNotContain(achieved, text => text.Contains("No data", StringComparison.Ordinal) || text.EndsWith("target of ", StringComparison.Ordinal));
        // The seed's direction and comparator targets met in 2024/25 are named as Coventry words them.
        Assert.Contains(achieved, text => text.Contains("against its target (To ", StringComparison.Ordinal));
        Assert.Contains(achieved, text => text.Contains("against a target of ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_tracker_lists_every_endorsed_recommendation_and_filters_by_body_and_status()
    {
        var all = await coventry.Builder.TrackerAsync(_officer, new RecommendationRecordFilter());
        var boards = await coventry.Builder.TrackerAsync(_officer, new RecommendationRecordFilter { AddressedTo = RecommendationAddressee.ScrutinyBoard });
        var awaiting = await coventry.Builder.TrackerAsync(_officer, new RecommendationRecordFilter { Statuses = [RecommendationStatus.AwaitingDecision] });

        var table = all.Tables.Single();
        Assert.Equal(["Reference", "Recommendation", "Put to", "Decision", "Response due", "Latest progress", "Progress report due", "Status", "Overdue"], table.Headers);
        Assert.Equal(34, table.Rows.Count); // Cabinet 1–9, SCRUCO 1–3, a–p, six section 17 items
        Assert.NotEmpty(boards.Tables.Single().Rows);
        Assert.All(boards.Tables.Single().Rows, r => Assert.Contains("Scrutiny Board (", r[2], StringComparison.Ordinal));
        Assert.All(awaiting.Tables.Single().Rows, r => Assert.Equal("Awaiting decision", r[7]));
        using var stream = new MemoryStream(XlsxReportWriter.Write(all));
        Assert.Equal(34, stream.Query(useHeaderRow: true).Count());
    }

    [Fact]
    public async Task The_builder_checks_the_role_itself()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => coventry.Builder.DeepDiveAsync(_officer, 1));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => coventry.Builder.AnnualAsync(_anonymous, 2024));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => coventry.Builder.TrackerAsync(_anonymous, new RecommendationRecordFilter()));
    }

    private async Task<int> SeriesIdAsync()
    {
        await using var db = coventry.Database.CreateContext();
        return db.DeepDiveSeries.Select(s => s.Id).First();
    }
}
