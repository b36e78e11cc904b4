using System.Text.Json.Serialization;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Core.Kpis;

public sealed record RelatedKpi(string Code, string Name, string Note);

public sealed record RecommendationLink(int Id, string Reference, string Title, string Wording, RecommendationStatus Status);

/// <summary>Who last changed a period's target (its kind, figures or tolerance), and when.</summary>
public sealed record TargetChange(string By, DateTime At);

public sealed record SessionLink(int SeriesId, int Number, string SeriesTitle, string? Finding, bool CarriedOver);

/// <summary>
/// The KPI's own fields as its page shows them, with the names of its plan's parts. Plain values
/// only, not the entity: the page hands this from its prerender to the live circuit as JSON.
/// </summary>
public sealed record KpiFacts(
    int Id,
    string Code,
    string Name,
    string? Definition,
    KpiUnit Unit,
    int? RateBase,
    string? UnitLabel,
    Polarity Polarity,
    decimal? SimilarBand,
    KpiDesignation Designation,
    DataFrequency Frequency,
    string? FrequencyNote,
    int? ExpectedReleaseMonth,
    string? DataSource,
    KpiStatus Status,
    Guid Version,
    string? CouncilPlan,
    string? Priority,
    string? Portfolio,
    string? CabinetMember,
    string? SecondaryPortfolio,
    string? ServiceArea,
    string? ScrutinyBoard,
    int? ReplacedByKpiId,
    string? ReplacedByCode,
    string? ReplacedByName,
    DateTime? ReplacedAt)
{
    /// <summary>The council strategies the KPI serves, by name.</summary>
    public IReadOnlyList<string> Strategies { get; init; } = [];

    /// <summary>Its changes of definition, earliest period first.</summary>
    public IReadOnlyList<DefinitionChangeLine> DefinitionChanges { get; init; } = [];

    /// <summary>The ways its results are broken down, each with its categories in order.</summary>
    public IReadOnlyList<DimensionLine> Dimensions { get; init; } = [];
}

/// <summary>A change of a KPI's definition, with the period it applies from.</summary>
public sealed record DefinitionChangeLine(
    int Id,
    int EffectiveFromPeriodId,
    string? EffectiveFromLabel,
    int? EffectiveFromYear,
    string Description,
    string? PreviousDefinition,
    string? NewDefinition,
    string? PreviousName,
    DateTime? RecordedAt,
    string? RecordedByName);

/// <summary>A breakdown dimension of a KPI (e.g. road user type) and its categories in their order.</summary>
public sealed record DimensionLine(int Id, string Name, IReadOnlyList<CategoryLine> Categories);

public sealed record CategoryLine(int Id, string Name);

/// <summary>An approved result as the page shows it, with its comparators, breakdowns and earlier versions.</summary>
public sealed record ResultLine(
    int Id,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    string? PeriodNote,
    DataStatus DataStatus,
    string? NotAvailableReason,
    DateOnly? ExpectedAvailableOn,
    string? Commentary,
    bool IsIllustrative,
    string? SourceNote)
{
    public IReadOnlyList<ComparatorReading> Comparators { get; init; } = [];

    public IReadOnlyList<BreakdownFigure> Breakdowns { get; init; } = [];

    /// <summary>Earlier versions (corrections), newest first.</summary>
    public IReadOnlyList<VersionLine> Versions { get; init; } = [];

    /// <summary>The comparator's value, or null when none was given.</summary>
    public decimal? Comparator(Comparator comparator) => Comparators.FirstOrDefault(c => c.Comparator == comparator)?.Value;

    /// <summary>The category's value, or null when none was given.</summary>
    public decimal? Breakdown(int categoryId) => Breakdowns.FirstOrDefault(b => b.CategoryId == categoryId)?.Value;
}

public sealed record ComparatorReading(Comparator Comparator, decimal Value);

public sealed record BreakdownFigure(int CategoryId, decimal Value);

/// <summary>An earlier version of a result: what it was, who changed it, when and why.</summary>
public sealed record VersionLine(int VersionNumber, decimal? Value, string? ChangedByName, DateTime ChangedAt, string? Reason);

/// <summary>One reporting period of a KPI: its target, its result, and how it rates.</summary>
public sealed record KpiPeriod(
    int PeriodId,
    string Label,
    int StartYear,
    bool IsPublished,
    decimal? Target,
    decimal AmberTolerance,
    ResultLine? Result,
    RagStatus Rag,
    Direction Direction,
    bool DefinitionChangedHere,
    bool IsIllustrative)
{
    /// <summary>The last day of the period (31 March), from which its data falls due.</summary>
    public DateOnly EndDate { get; init; }

    /// <summary>The period's target terms (null when no target row exists: no target set).</summary>
    public TargetTerms? Terms { get; init; }

    /// <summary>The last change a person made to this period's target; null when only the plan's loading set it.</summary>
    public TargetChange? LastTargetChange { get; init; }

    /// <summary>The status against the target with its reason, from <see cref="RagRating"/>.</summary>
    public TargetRating Rating { get; init; } = TargetRating.NotJudged(NotJudgedReason.NoValue);
}

/// <summary>
/// Everything the KPI page shows, with RAG and direction worked out for every period: plain,
/// serialisable values (no entities), so the page's prerender can hand it to the live circuit.
/// </summary>
public sealed record KpiDetail(
    KpiFacts Kpi,
    IReadOnlyList<KpiPeriod> Periods,
    IReadOnlyList<RelatedKpi> Conflicts,
    IReadOnlyList<RecommendationLink> Recommendations,
    IReadOnlyList<SessionLink> Sessions)
{
    /// <summary>The changes people made to its targets, newest first (see <see cref="KpiTargetHistory"/>).</summary>
    public IReadOnlyList<TargetHistoryEntry> TargetChanges { get; init; } = [];

    /// <summary>The periods in which a scrutiny board reviewed the KPI, for its health check.</summary>
    public IReadOnlyList<int> ReviewedInPeriods { get; init; } = [];

    /// <summary>Whether it replaced another KPI or was replaced: only then has it a lineage to read.</summary>
    public bool HasLineage { get; init; }

    /// <summary>The latest <b>published</b> period with a result: the figure the page's heading rates.</summary>
    [JsonIgnore]
    public KpiPeriod? Latest => Periods.LastOrDefault(p => p.Result is not null && p.IsPublished);

    /// <summary>
    /// An approved figure of a later period that is not yet published, which signed-in staff may see
    /// only labelled "not yet published"; it is never rated.
    /// </summary>
    [JsonIgnore]
    public KpiPeriod? LaterUnpublished => Periods.LastOrDefault(p => p.Result is not null && !p.IsPublished && p.StartYear > (Latest?.StartYear ?? int.MinValue));

    [JsonIgnore]
    public bool HasIllustrativeFigures => Periods.Any(p => p.IsIllustrative);

    /// <summary>A period the KPI has a target, a result or a definition change in.</summary>
    internal sealed record PeriodLine(int Id, string Label, int StartYear, bool IsPublished, DateOnly EndDate);

    /// <summary>A target as read for the page: its period, terms and flags.</summary>
    internal sealed record TargetLine(int Id, int PeriodId, TargetTerms Terms, bool IsIllustrative);

    internal static IReadOnlyList<KpiPeriod> BuildPeriods(
        KpiFacts kpi,
        IReadOnlyList<PeriodLine> periodsSeen,
        IReadOnlyList<TargetLine> targets,
        IReadOnlyDictionary<int, ResultLine> resultsByPeriod,
        IReadOnlyDictionary<int, TargetChange> targetChanges)
    {
        var periods = periodsSeen.DistinctBy(p => p.Id).OrderBy(p => p.StartYear).ToList();
        var redefinedFrom = kpi.DefinitionChanges
            .Select(c => c.EffectiveFromYear ?? periods.FirstOrDefault(p => p.Id == c.EffectiveFromPeriodId)?.StartYear)
            .OfType<int>()
            .ToList();

        var rows = new List<KpiPeriod>();
        ResultLine? previousResult = null;
        int? previousYear = null;
        foreach (var period in periods)
        {
            var target = targets.FirstOrDefault(t => t.PeriodId == period.Id);
            var result = resultsByPeriod.GetValueOrDefault(period.Id);
            var value = result?.DataStatus == DataStatus.NotAvailable ? null : result?.Value;
            var previousValue = previousResult?.DataStatus == DataStatus.NotAvailable ? null : previousResult?.Value;
            var changedHere = redefinedFrom.Contains(period.StartYear);

            // Never compared across a redefinition, even one taking effect in a year with no figures.
            var changedSincePrevious = previousYear is { } py && DirectionOfTravel.DefinitionChangedBetween(py, period.StartYear, redefinedFrom);
            var published = period.IsPublished;

            // The facts RatingFacts.Of reads from a stored result and the one before it.
            var rating = published
                ? RagRating.Rate(target?.Terms, kpi.Polarity, new RatingFacts(
                    result?.Value,
                    previousValue,
                    result?.Comparator(Comparator.England),
                    result?.Comparator(Comparator.StatisticalNeighbours),
                    result is null || result.DataStatus == DataStatus.NotAvailable,
                    changedSincePrevious))
                : TargetRating.NotJudged(NotJudgedReason.NoValue);

            // Only published results are rated: an approved figure of an open or closed year is shown
            // as "not yet published", with no RAG status or direction that a reader could take as final.
            rows.Add(new KpiPeriod(
                period.Id,
                period.Label,
                period.StartYear,
                published,
                target?.Terms.Value,
                target?.Terms.AmberTolerance ?? 0,
                result,
                rating.Rag,
                published ? DirectionOfTravel.Compare(value, previousValue, kpi.Polarity, changedSincePrevious || changedHere, kpi.SimilarBand) : Direction.NotComparable,
                changedHere,
                (result?.IsIllustrative ?? false) || (target?.IsIllustrative ?? false))
            {
                EndDate = period.EndDate,
                Terms = target?.Terms,
                Rating = rating,
                LastTargetChange = target is not null && targetChanges.GetValueOrDefault(target.Id) is { } change ? change : null,
            });
            previousResult = result;
            previousYear = period.StartYear;
        }

        return rows;
    }
}
