using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Core.Kpis;

public sealed record RelatedKpi(string Code, string Name, string Note);

public sealed record RecommendationLink(int Id, string Reference, string Title, string Wording, RecommendationStatus Status);

/// <summary>Who last changed a period's target (its kind, figures or tolerance), and when.</summary>
public sealed record TargetChange(string By, DateTime At);

public sealed record SessionLink(int SeriesId, int Number, string SeriesTitle, string? Finding, bool CarriedOver);

/// <summary>One reporting period of a KPI: its target, its result, and how it rates.</summary>
public sealed record KpiPeriod(
    int PeriodId,
    string Label,
    int StartYear,
    bool IsPublished,
    decimal? Target,
    decimal AmberTolerance,
    Result? Result,
    RagStatus Rag,
    Direction Direction,
    bool DefinitionChangedHere,
    bool IsIllustrative)
{
    /// <summary>The period's target terms (null when no target row exists: no target set).</summary>
    public TargetTerms? Terms { get; init; }

    /// <summary>The last change a person made to this period's target; null when only the plan's loading set it.</summary>
    public TargetChange? LastTargetChange { get; init; }

    /// <summary>The status against the target with its reason, from <see cref="RagRating"/>.</summary>
    public TargetRating Rating { get; init; } = TargetRating.NotJudged(NotJudgedReason.NoValue);
}

/// <summary>Everything the KPI page shows, with RAG and direction worked out for every period.</summary>
public sealed record KpiDetail(
    Kpi Kpi,
    IReadOnlyList<KpiPeriod> Periods,
    IReadOnlyList<RelatedKpi> Conflicts,
    IReadOnlyList<RecommendationLink> Recommendations,
    IReadOnlyList<SessionLink> Sessions)
{
    /// <summary>The latest <b>published</b> period with a result: the figure the page's heading rates.</summary>
    public KpiPeriod? Latest => Periods.LastOrDefault(p => p.Result is not null && p.IsPublished);

    /// <summary>
    /// An approved figure of a later period that is not yet published, which signed-in staff may see
    /// only labelled "not yet published"; it is never rated.
    /// </summary>
    public KpiPeriod? LaterUnpublished => Periods.LastOrDefault(p => p.Result is not null && !p.IsPublished && p.StartYear > (Latest?.StartYear ?? int.MinValue));

    public bool HasIllustrativeFigures => Periods.Any(p => p.IsIllustrative);

    internal static KpiDetail Build(
        Kpi kpi,
        IReadOnlyList<RelatedKpi> conflicts,
        IReadOnlyList<RecommendationLink> recommendations,
        IReadOnlyList<SessionLink> sessions,
        IReadOnlyCollection<int> publishedPeriodIds,
        IReadOnlyDictionary<int, TargetChange>? targetChanges = null)
    {
        var periods = kpi.Targets.Select(t => t.ReportingPeriod!)
            .Concat(kpi.Results.Select(r => r.ReportingPeriod!))
            .Concat(kpi.DefinitionChanges.Select(c => c.EffectiveFromPeriod!)) // the trend marks a change even before a result comes
            .DistinctBy(p => p.Id)
            .OrderBy(p => p.StartYear)
            .ToList();
        var redefinedFrom = kpi.DefinitionChanges
            .Select(c => c.EffectiveFromPeriod?.StartYear ?? periods.FirstOrDefault(p => p.Id == c.EffectiveFromPeriodId)?.StartYear)
            .OfType<int>()
            .ToList();

        var rows = new List<KpiPeriod>();
        Result? previousResult = null;
        int? previousYear = null;
        foreach (var period in periods)
        {
            var target = kpi.Targets.FirstOrDefault(t => t.ReportingPeriodId == period.Id);
            var result = kpi.Results.FirstOrDefault(r => r.ReportingPeriodId == period.Id);
            var value = result?.DataStatus == DataStatus.NotAvailable ? null : result?.Value;
            var previousValue = previousResult?.DataStatus == DataStatus.NotAvailable ? null : previousResult?.Value;
            var changedHere = redefinedFrom.Contains(period.StartYear);

            // Never compared across a redefinition, even one taking effect in a year with no figures.
            var changedSincePrevious = previousYear is { } py && DirectionOfTravel.DefinitionChangedBetween(py, period.StartYear, redefinedFrom);
            var published = publishedPeriodIds.Contains(period.Id);
            var rating = published ? RagRating.Rate(kpi, target, result, previousResult, changedSincePrevious) : TargetRating.NotJudged(NotJudgedReason.NoValue);

            // Only published results are rated: an approved figure of an open or closed year is shown
            // as "not yet published", with no RAG status or direction that a reader could take as final.
            rows.Add(new KpiPeriod(
                period.Id,
                period.Label,
                period.StartYear,
                published,
                target?.Value,
                target?.AmberTolerance ?? 0,
                result,
                rating.Rag,
                published ? DirectionOfTravel.Compare(value, previousValue, kpi.Polarity, changedSincePrevious || changedHere, kpi.SimilarBand) : Direction.NotComparable,
                changedHere,
                (result?.IsIllustrative ?? false) || (target?.IsIllustrative ?? false))
            {
                Terms = target?.Terms,
                Rating = rating,
                LastTargetChange = target is not null && targetChanges?.GetValueOrDefault(target.Id) is { } change ? change : null,
            });
            previousResult = result;
            previousYear = period.StartYear;
        }

        return new KpiDetail(kpi, rows, conflicts, recommendations, sessions);
    }
}
