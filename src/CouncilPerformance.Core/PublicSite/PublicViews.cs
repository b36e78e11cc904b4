using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Review;

namespace CouncilPerformance.Core.PublicSite;

/// <summary>One KPI's published result for one year, judged the council's two ways.</summary>
public sealed record PublicKpiLine(
    string Code,
    string Name,
    string Priority,
    int PrioritySortOrder,
    string Portfolio,
    KpiUnit Unit,
    string? UnitLabel,
    Polarity Polarity,
    decimal? Value,
    string? PeriodNote,
    bool NotAvailable,
    decimal? Target,
    decimal? PreviousValue,
    RagStatus Rag,
    Direction Direction,
    bool DefinitionChanged,
    bool IsIllustrative,
    string? Commentary)
{
    /// <summary>The target as set, of any kind; null when no target row exists.</summary>
    public TargetTerms? Terms { get; init; }

    public HeadlineItem Judgement => new(Rag, Value is not null, Terms?.IsSet ?? Target is not null, Direction);

    public TargetStatus Status => Judgement.Status;

    public Progress Progress => Judgement.Progress;
}

/// <summary>A published year: its headline and every KPI reported in it, by priority.</summary>
public sealed record PublicYearView(
    PublishedYear Year,
    PerformanceHeadline Headline,
    IReadOnlyList<PublicKpiLine> Kpis,
    IReadOnlyList<PublishedYear> PublishedYears);

/// <summary>The fixed facts about a KPI that the public page shows, whatever the year.</summary>
public sealed record PublicKpiFacts(
    string Code,
    string Name,
    string? Definition,
    KpiUnit Unit,
    int? RateBase,
    string? UnitLabel,
    Polarity Polarity,
    KpiDesignation Designation,
    DataFrequency Frequency,
    string? FrequencyNote,
    string? DataSource,
    string CouncilPlan,
    string Priority,
    string Portfolio,
    string? SecondaryPortfolio,
    string? CabinetMember,
    string ServiceArea,
    string? ScrutinyBoard,
    KpiStatus Status,
    string? ReplacedByCode,
    string? ReplacedByName,
    IReadOnlyList<string> Strategies);

public sealed record PublicComparator(Comparator Comparator, decimal Value);

public sealed record PublicBreakdown(string Dimension, string Category, int SortOrder, decimal Value);

/// <summary>An approved result of a published year, without who entered or approved it.</summary>
public sealed record PublicResult(
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    string? PeriodNote,
    DataStatus DataStatus,
    string? NotAvailableReason,
    DateOnly? ExpectedAvailableOn,
    string? Commentary,
    bool IsIllustrative,
    string? SourceNote,
    IReadOnlyList<PublicComparator> Comparators,
    IReadOnlyList<PublicBreakdown> Breakdowns,
    int CorrectionCount)
{
    /// <summary>The value to judge and chart: none when the data is marked not available.</summary>
    public decimal? ShownValue => DataStatus == DataStatus.NotAvailable ? null : Value;
}

/// <summary>One published year of a KPI.</summary>
public sealed record PublicKpiPeriod(
    PublishedYear Year,
    decimal? Target,
    bool TargetIsIllustrative,
    PublicResult? Result,
    RagStatus Rag,
    Direction Direction,
    bool DefinitionChangedHere)
{
    /// <summary>The target as set, of any kind; null when no target row exists.</summary>
    public TargetTerms? Terms { get; init; }

    public HeadlineItem Judgement => new(Rag, Result?.ShownValue is not null, Terms?.IsSet ?? Target is not null, Direction);

    public bool IsIllustrative => TargetIsIllustrative || (Result?.IsIllustrative ?? false);
}

public sealed record PublicDefinitionChange(string FromYear, string Description, string? PreviousDefinition);

public sealed record PublicFinding(string SeriesTitle, int SessionNumber, DateOnly? HeldOn, string? Finding, bool CarriedOver);

public sealed record PublicRecommendationLink(string Reference, string Title, string Wording);

/// <summary>Everything the public KPI page shows; every period is a published one.</summary>
public sealed record PublicKpiDetail(
    PublicKpiFacts Kpi,
    IReadOnlyList<PublicKpiPeriod> Periods,
    IReadOnlyList<PublicDefinitionChange> DefinitionChanges,
    IReadOnlyList<PublicFinding> Findings,
    IReadOnlyList<PublicRecommendationLink> Recommendations)
{
    public PublicKpiPeriod? Latest => Periods.LastOrDefault(p => p.Result is not null);

    public bool HasIllustrativeFigures => Periods.Any(p => p.IsIllustrative);
}
