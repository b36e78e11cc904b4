using CouncilPerformance.Core.Kpis;

namespace CouncilPerformance.Core.Results;

/// <summary>Green: on target; amber: off target but within tolerance; red: off target; grey: no target set, or it cannot be judged.</summary>
public enum RagStatus
{
    Grey,
    Red,
    Amber,
    Green,
}

/// <summary>Why a result rates grey.</summary>
public enum NotJudgedReason
{
    /// <summary>The result was judged (it is not grey).</summary>
    None,
    NoTargetSet,

    /// <summary>No result, no value, or the result is marked not available.</summary>
    NoValue,

    /// <summary>A comparator target, and the result has no value for a comparator it names.</summary>
    NoComparatorValue,

    /// <summary>A direction target, and there is no previous value measured the same way.</summary>
    NoComparablePreviousValue,
}

/// <summary>A result's status against its target, with the reason when it cannot be judged.</summary>
public readonly record struct TargetRating(RagStatus Rag, NotJudgedReason Reason)
{
    public static TargetRating Judged(RagStatus rag) => new(rag, NotJudgedReason.None);

    public static TargetRating NotJudged(NotJudgedReason reason) => new(RagStatus.Grey, reason);

    /// <summary>The status in the council's words: "On target", "Off target", "No target set".</summary>
    public string Words => Rag switch
    {
        RagStatus.Green => "On target",
        RagStatus.Amber => "Off target (within tolerance)",
        RagStatus.Red => "Off target",
        _ => Reason switch
        {
            NotJudgedReason.NoTargetSet => "No target set",
            NotJudgedReason.NoComparatorValue => "Cannot be judged: no comparator value",
            NotJudgedReason.NoComparablePreviousValue => "Cannot be judged: no comparable previous value",
            _ => "No data",
        },
    };
}

/// <summary>
/// The figures a target is judged by: this period's value, the previous period's (for a direction
/// target), and this result's own comparator values (for a comparator target).
/// </summary>
public sealed record RatingFacts(
    decimal? Value,
    decimal? PreviousValue = null,
    decimal? National = null,
    decimal? StatisticalNeighbours = null,
    bool NotAvailable = false,
    bool DefinitionChangedSincePrevious = false)
{
    /// <summary>The facts of an entered or stored result, its comparators read from <see cref="Result.Comparators"/>.</summary>
    public static RatingFacts Of(Result? result, Result? previous, bool definitionChangedSincePrevious = false) => new(
        result?.Value,
        previous is null || previous.DataStatus == DataStatus.NotAvailable ? null : previous.Value,
        result?.Comparators.FirstOrDefault(c => c.Comparator == Comparator.England)?.Value,
        result?.Comparators.FirstOrDefault(c => c.Comparator == Comparator.StatisticalNeighbours)?.Value,
        result is null || result.DataStatus == DataStatus.NotAvailable,
        definitionChangedSincePrevious);
}

/// <summary>
/// The one status rule, for every kind of target. Every page, import, report, open-data file and
/// public page rates through <see cref="Rate(TargetTerms?, Polarity, RatingFacts)"/> (or its entity
/// overload), so they cannot disagree; the year's review too, over one narrow read of every filtered KPI.
/// </summary>
public static class RagRating
{
    public static TargetRating Rate(TargetTerms? target, Polarity polarity, RatingFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (target is null || !target.IsSet)
        {
            return TargetRating.NotJudged(NotJudgedReason.NoTargetSet);
        }

        if (target.AmberTolerance < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target.AmberTolerance, "The amber tolerance must be 0 or more.");
        }
        if (facts.NotAvailable || facts.Value is not { } value)
        {
            return TargetRating.NotJudged(NotJudgedReason.NoValue);
        }

        var higher = polarity == Polarity.HigherIsBetter;

        // How far the result falls short, in the KPI's own unit; "strict" kinds must beat the reference, not equal it.
        decimal shortfall;
        bool strict;
        switch (target.Kind)
        {
            case TargetKind.Value:
                shortfall = higher ? target.Value!.Value - value : value - target.Value!.Value;
                strict = false;
                break;
            case TargetKind.Range:
                shortfall = value < target.Value!.Value ? target.Value.Value - value
                    : value > target.UpperValue!.Value ? value - target.UpperValue.Value
                    : 0;
                strict = false;
                break;
            case TargetKind.Direction:
                if (facts.PreviousValue is not { } previous || facts.DefinitionChangedSincePrevious)
                {
                    return TargetRating.NotJudged(NotJudgedReason.NoComparablePreviousValue);
                }

                shortfall = higher ? previous - value : value - previous;
                strict = true;
                break;
            default:
                var references = target.Comparators switch
                {
                    TargetComparators.National => new[] { facts.National },
                    TargetComparators.StatisticalNeighbours => [facts.StatisticalNeighbours],
                    _ => [facts.National, facts.StatisticalNeighbours],
                };
                if (references.Any(r => r is null))
                {
                    return TargetRating.NotJudged(NotJudgedReason.NoComparatorValue);
                }

                // The result must beat every comparator named, so the hardest one decides.
                shortfall = references.Max(r => higher ? r!.Value - value : value - r!.Value);
                strict = !target.EqualCounts;
                break;
        }

        if (strict ? shortfall < 0 : shortfall <= 0)
        {
            return TargetRating.Judged(RagStatus.Green);
        }

        return TargetRating.Judged(target.AmberTolerance > 0 && shortfall <= target.AmberTolerance ? RagStatus.Amber : RagStatus.Red);
    }

    /// <summary>
    /// Rates a stored result against its target, the KPI's polarity and the previous period's result.
    /// The definition-change rule is <see cref="DirectionOfTravel.DefinitionChangedBetween"/>.
    /// </summary>
    public static TargetRating Rate(Kpi kpi, Target? target, Result? result, Result? previous, bool definitionChangedSincePrevious = false)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return Rate(target?.Terms, kpi.Polarity, RatingFacts.Of(result, previous, definitionChangedSincePrevious));
    }
}
