using CouncilPerformance.Core.Common;

namespace CouncilPerformance.Core.Results;

public enum PeriodState
{
    /// <summary>Set up, not yet open for data entry.</summary>
    NotOpen,
    Open,
    Closed,

    /// <summary>Results are final and public.</summary>
    Published,
}

/// <summary>A financial year, 1 April to 31 March, written "2024/25".</summary>
public class ReportingPeriod : Entity, IAudited
{
    /// <summary>The calendar year in which the financial year starts (2024 for 2024/25).</summary>
    public int StartYear { get; set; }

    public required string Label { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public PeriodState State { get; set; }

    public DateOnly? EntryDeadline { get; set; }

    public DateTime? PublishedAt { get; set; }

    public static ReportingPeriod ForFinancialYear(int startYear) => new()
    {
        StartYear = startYear,
        Label = FinancialYearLabel(startYear),
        StartDate = new DateOnly(startYear, 4, 1),
        EndDate = new DateOnly(startYear + 1, 3, 31),
    };

    public static string FinancialYearLabel(int startYear) => $"{startYear}/{(startYear + 1) % 100:00}";
}
