using CouncilPerformance.Core.Kpis;

namespace CouncilPerformance.Core.Results;

public enum Direction
{
    /// <summary>No previous value, or the definition changed in between.</summary>
    NotComparable,
    Better,

    /// <summary>"Similar, unchanged or statistically insignificant": equal, or within the KPI's similar band.</summary>
    Unchanged,
    Worse,
}

/// <summary>Direction of travel against the previous period, aware of the KPI's polarity.</summary>
public static class DirectionOfTravel
{
    /// <param name="similarBand">
    /// The KPI's <see cref="Kpi.SimilarBand"/>: a change of this size or less, either way, counts as
    /// similar (Coventry reports 72.1% → 72.2% as "similar, unchanged or statistically insignificant").
    /// </param>
    public static Direction Compare(decimal? current, decimal? previous, Polarity polarity, bool definitionChangedBetween = false, decimal? similarBand = null)
    {
        if (similarBand is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(similarBand), similarBand, "The similar band must be 0 or more.");
        }

        if (current is not { } c || previous is not { } p || definitionChangedBetween)
        {
            return Direction.NotComparable;
        }

        if (Math.Abs(c - p) <= (similarBand ?? 0))
        {
            return Direction.Unchanged;
        }

        var rose = c > p;
        return rose == (polarity == Polarity.HigherIsBetter) ? Direction.Better : Direction.Worse;
    }

    /// <summary>
    /// True when a redefinition takes effect after the previous period and no later than the current one,
    /// so the two values were measured differently and must never be compared. Periods are named by the
    /// year they start in; the KPI's redefinitions by the start year of <see cref="KpiDefinitionChange.EffectiveFromPeriodId"/>.
    /// </summary>
    public static bool DefinitionChangedBetween(int previousStartYear, int currentStartYear, IEnumerable<int> redefinedFromStartYears)
    {
        ArgumentNullException.ThrowIfNull(redefinedFromStartYears);
        return redefinedFromStartYears.Any(y => y > previousStartYear && y <= currentStartYear);
    }
}
