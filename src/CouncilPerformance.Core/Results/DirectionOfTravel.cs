using CouncilPerformance.Core.Kpis;

namespace CouncilPerformance.Core.Results;

public enum Direction
{
    /// <summary>No previous value, or the definition changed in between.</summary>
    NotComparable,
    Better,
    Unchanged,
    Worse,
}

/// <summary>Direction of travel against the previous period, aware of the KPI's polarity.</summary>
public static class DirectionOfTravel
{
    public static Direction Compare(decimal? current, decimal? previous, Polarity polarity, bool definitionChangedBetween = false)
    {
        if (current is not { } c || previous is not { } p || definitionChangedBetween)
        {
            return Direction.NotComparable;
        }

        if (c == p)
        {
            return Direction.Unchanged;
        }

        var rose = c > p;
        return rose == (polarity == Polarity.HigherIsBetter) ? Direction.Better : Direction.Worse;
    }
}
