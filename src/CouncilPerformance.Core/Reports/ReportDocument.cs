namespace CouncilPerformance.Core.Reports;

/// <summary>
/// A report as a list of blocks, built once from the data and written three ways (the print view,
/// Word and Excel), so the three cannot say different things.
/// </summary>
public sealed record ReportDocument(string Title, string? Subtitle, IReadOnlyList<ReportBlock> Blocks)
{
    public IEnumerable<ReportTable> Tables => Blocks.OfType<ReportTable>();
}

public abstract record ReportBlock;

/// <summary>A heading; level 1 is a main section ("1 Fly Tips reported in the city"), 2 and 3 below it.</summary>
public sealed record ReportHeading(int Level, string Text) : ReportBlock;

/// <summary>A paragraph; <see cref="Label"/> is a bold lead-in such as "Recommendation a):".</summary>
public sealed record ReportParagraph(string Text, string? Label = null) : ReportBlock;

/// <summary>A list whose items carry their own labels as the report writes them ("1)", "a)").</summary>
public sealed record ReportList(IReadOnlyList<(string Label, string Text)> Items) : ReportBlock;

/// <summary>A table; <see cref="SheetName"/> names its worksheet in the Excel version (at most 31 characters).</summary>
public sealed record ReportTable(string Caption, string SheetName, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;
