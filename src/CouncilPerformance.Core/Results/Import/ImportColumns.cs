using CouncilPerformance.Core.Kpis;

namespace CouncilPerformance.Core.Results.Import;

/// <summary>What a column of the import spreadsheet holds.</summary>
public enum ImportColumnKind
{
    KpiCode,

    /// <summary>Written by the template for the officer to read; ignored on import.</summary>
    ReadOnly,
    Value,
    Numerator,
    Denominator,
    DataStatus,
    NotAvailableReason,
    ExpectedDate,
    Comparator,
    Commentary,

    /// <summary>"Breakdown: &lt;dimension&gt;: &lt;category&gt;"; matched to each row's KPI.</summary>
    Breakdown,
}

/// <summary>
/// The headings of the results template and import, in one place so the template, the reader and
/// the messages cannot disagree. Headings match case-insensitively, ignoring surrounding spaces.
/// </summary>
public static class ImportColumns
{
    public const string KpiCode = "KPI code";
    public const string KpiName = "KPI name";
    public const string Unit = "Unit";
    public const string Target = "Target";
    public const string Value = "Value";
    public const string Numerator = "Numerator";
    public const string Denominator = "Denominator";
    public const string DataStatus = "Data status";
    public const string NotAvailableReason = "Reason not available";
    public const string ExpectedDate = "Expected date";
    public const string England = "England";
    public const string WestMidlands = "West Midlands";
    public const string StatisticalNeighbours = "Statistical neighbours";
    public const string Commentary = "Commentary";

    /// <summary>The start of a breakdown column's heading, e.g. "Breakdown: Road user type: Cyclist".</summary>
    public const string BreakdownPrefix = "Breakdown:";

    /// <summary>The words accepted in the "Data status" column.</summary>
    public const string Provisional = "Provisional";
    public const string Final = "Final";
    public const string NotAvailable = "Not available";

    /// <summary>The fixed columns in template order; breakdown columns follow them.</summary>
    public static readonly IReadOnlyList<string> Fixed =
    [
        KpiCode, KpiName, Unit, Target, Value, Numerator, Denominator, DataStatus, NotAvailableReason, ExpectedDate,
        England, WestMidlands, StatisticalNeighbours, Commentary,
    ];

    /// <summary>The heading of a breakdown category's column.</summary>
    public static string Breakdown(BreakdownDimension dimension, BreakdownCategory category)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(category);
        return $"{BreakdownPrefix} {dimension.Name}: {category.Name}";
    }

    /// <summary>The heading of a comparator's column.</summary>
    public static string For(Comparator comparator) => comparator switch
    {
        Results.Comparator.England => England,
        Results.Comparator.WestMidlands => WestMidlands,
        _ => StatisticalNeighbours,
    };

    /// <summary>The word written in the "Data status" column.</summary>
    public static string For(Results.DataStatus status) => status switch
    {
        Results.DataStatus.Final => Final,
        Results.DataStatus.NotAvailable => NotAvailable,
        _ => Provisional,
    };

    /// <summary>Reads a "Data status" cell; null when it is none of the accepted words.</summary>
    public static Results.DataStatus? ParseDataStatus(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var squeezed = text.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return squeezed.ToUpperInvariant() switch
        {
            "PROVISIONAL" => Results.DataStatus.Provisional,
            "FINAL" => Results.DataStatus.Final,
            "NOTAVAILABLE" or "N/A" or "NA" => Results.DataStatus.NotAvailable,
            _ => null,
        };
    }

    /// <summary>
    /// What a heading means, or null when it is not one the import knows. Breakdown headings are
    /// recognised by their prefix here; whether the category exists is checked against each row's KPI.
    /// </summary>
    public static (ImportColumnKind Kind, Comparator? Comparator)? Classify(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var h = heading.Trim();
        if (h.StartsWith(BreakdownPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return (ImportColumnKind.Breakdown, null);
        }

        return h.ToUpperInvariant() switch
        {
            "KPI CODE" => (ImportColumnKind.KpiCode, null),
            "KPI NAME" or "UNIT" or "TARGET" => (ImportColumnKind.ReadOnly, null),
            "VALUE" => (ImportColumnKind.Value, null),
            "NUMERATOR" => (ImportColumnKind.Numerator, null),
            "DENOMINATOR" => (ImportColumnKind.Denominator, null),
            "DATA STATUS" => (ImportColumnKind.DataStatus, null),
            "REASON NOT AVAILABLE" => (ImportColumnKind.NotAvailableReason, null),
            "EXPECTED DATE" => (ImportColumnKind.ExpectedDate, null),
            "ENGLAND" => (ImportColumnKind.Comparator, Results.Comparator.England),
            "WEST MIDLANDS" => (ImportColumnKind.Comparator, Results.Comparator.WestMidlands),
            "STATISTICAL NEIGHBOURS" => (ImportColumnKind.Comparator, Results.Comparator.StatisticalNeighbours),
            "COMMENTARY" => (ImportColumnKind.Commentary, null),
            _ => null,
        };
    }

    /// <summary>The spreadsheet letter of a zero-based column index: 0 → A, 26 → AA.</summary>
    public static string Letter(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + (n - 1) % 26) + letters;
        }

        return letters;
    }
}
