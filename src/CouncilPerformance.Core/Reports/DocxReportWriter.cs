using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CouncilPerformance.Core.Reports;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as a Word document with the Open XML SDK: real heading
/// styles (so Word's navigation pane and contents work), tables with a repeating header row, A4.
/// </summary>
public static class DocxReportWriter
{
    public static byte[] Write(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = report.Title;
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(Paragraph(report.Title, "Title"));
            if (report.Subtitle is not null)
            {
                body.Append(Paragraph(report.Subtitle, "Subtitle"));
            }

            foreach (var block in report.Blocks)
            {
                switch (block)
                {
                    case ReportHeading h:
                        body.Append(Paragraph(h.Text, $"Heading{Math.Clamp(h.Level, 1, 3)}"));
                        break;
                    case ReportParagraph p:
                        body.Append(LabelledParagraph(p.Label, p.Text));
                        break;
                    case ReportList l:
                        foreach (var (label, text) in l.Items)
                        {
                            var item = LabelledParagraph(label, text);
                            item.ParagraphProperties = new ParagraphProperties(new Indentation { Left = "567", Hanging = "567" });
                            body.Append(item);
                        }

                        break;
                    case ReportTable t:
                        body.Append(Paragraph(t.Caption, "Caption"));
                        body.Append(Table(t));
                        body.Append(new Paragraph());
                        break;
                }
            }

            // A4 portrait with 2 cm margins, as council committee papers are printed.
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 708, Footer = 708, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), Run(text));

    private static Paragraph LabelledParagraph(string? label, string text)
    {
        var paragraph = new Paragraph();
        if (label is not null)
        {
            paragraph.Append(new Run(new RunProperties(new Bold()), new Text(label + " ") { Space = SpaceProcessingModeValues.Preserve }));
        }

        paragraph.Append(Run(text));
        return paragraph;
    }

    // Line breaks in the text become Word line breaks, not lost.
    private static Run Run(string text)
    {
        var run = new Run();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    private static Table Table(ReportTable t)
    {
        var border = new BorderType[] { new TopBorder(), new BottomBorder(), new LeftBorder(), new RightBorder(), new InsideHorizontalBorder(), new InsideVerticalBorder() };
        foreach (var b in border)
        {
            b.Val = BorderValues.Single;
            b.Size = 4;
            b.Color = "808080";
        }

        var table = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(border.Cast<OpenXmlElement>()),
            new TableCaption { Val = t.Caption }));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        foreach (var h in t.Headers)
        {
            header.Append(new TableCell(
                new TableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Fill = "D9E2F3" }),
                new Paragraph(new Run(new RunProperties(new Bold()), new Text(h)))));
        }

        table.Append(header);
        foreach (var row in t.Rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            foreach (var cell in row)
            {
                tr.Append(new TableCell(new Paragraph(Run(cell))));
            }

            table.Append(tr);
        }

        return table;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        static Style ParagraphStyle(string id, string name, int halfPoints, bool bold, int outline = -1, int spaceBefore = 120)
        {
            var runProperties = new StyleRunProperties(new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" }, new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (bold)
            {
                runProperties.Append(new Bold());
            }

            var paragraphProperties = new StyleParagraphProperties(new SpacingBetweenLines { Before = spaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture), After = "120" });
            if (outline >= 0)
            {
                paragraphProperties.Append(new KeepNext(), new OutlineLevel { Val = outline });
            }

            return new Style(new StyleName { Val = name }, new PrimaryStyle(), paragraphProperties, runProperties)
            {
                Type = StyleValues.Paragraph,
                StyleId = id,
                Default = id == "Normal" ? OnOffValue.FromBoolean(true) : null,
            };
        }

        styles.Styles = new Styles(
            ParagraphStyle("Normal", "Normal", 22, bold: false, spaceBefore: 0),
            ParagraphStyle("Title", "Title", 36, bold: true, spaceBefore: 0),
            ParagraphStyle("Subtitle", "Subtitle", 26, bold: false, spaceBefore: 0),
            ParagraphStyle("Heading1", "heading 1", 30, bold: true, outline: 0, spaceBefore: 360),
            ParagraphStyle("Heading2", "heading 2", 26, bold: true, outline: 1, spaceBefore: 240),
            ParagraphStyle("Heading3", "heading 3", 23, bold: true, outline: 2, spaceBefore: 200),
            ParagraphStyle("Caption", "caption", 20, bold: true, spaceBefore: 120),
            new Style(new StyleName { Val = "Table Grid" }) { Type = StyleValues.Table, StyleId = "TableGrid" });
        styles.Styles.Save();
    }
}
