using System.Globalization;
using CouncilPerformance.Core.Kpis;

namespace CouncilPerformance.Core.Results;

/// <summary>
/// What a target asks, apart from the entity, so a query can project it and the rating rule can read it.
/// A missing target (no row) and a <see cref="TargetKind.None"/> target both mean "no target set".
/// </summary>
public sealed record TargetTerms(
    TargetKind Kind,
    decimal? Value,
    decimal? UpperValue = null,
    TargetComparators? Comparators = null,
    bool EqualCounts = false,
    decimal AmberTolerance = 0)
{
    private static readonly CultureInfo _ukCulture = CultureInfo.GetCultureInfo("en-GB");

    public static TargetTerms Number(decimal value, decimal amberTolerance = 0) => new(TargetKind.Value, value, AmberTolerance: amberTolerance);

    /// <summary>True when the terms set a target that can be judged (not "no target set", not a value target without its number).</summary>
    public bool IsSet => Kind switch
    {
        TargetKind.Value => Value is not null,
        TargetKind.Range => Value is not null && UpperValue is not null,
        TargetKind.Comparator => Comparators is not null,
        TargetKind.Direction => true,
        _ => false,
    };

    /// <summary>
    /// The target in the council's words, e.g. "94%", "To increase", "Above or equal to the national average",
    /// "Within 580–630", "No target set". <paramref name="number"/> formats a number in the KPI's unit.
    /// </summary>
    public string Describe(Polarity polarity, Func<decimal, string>? number = null)
    {
        number ??= n => n.ToString("#,##0.####", _ukCulture);
        if (!IsSet)
        {
            return "No target set";
        }

        return Kind switch
        {
            TargetKind.Value => number(Value!.Value),
            TargetKind.Range => $"Within {number(Value!.Value)}–{number(UpperValue!.Value)}",
            TargetKind.Direction => polarity == Polarity.HigherIsBetter ? "To increase" : "To decrease",
            _ => DescribeComparator(polarity),
        };
    }

    private string DescribeComparator(Polarity polarity)
    {
        var side = polarity == Polarity.HigherIsBetter ? "Above" : "Below";
        var against = Comparators switch
        {
            TargetComparators.National => "the national average",
            TargetComparators.StatisticalNeighbours => "statistical neighbours",
            _ => "the national average and statistical neighbours",
        };
        return EqualCounts ? $"{side} or equal to {against}" : $"{side} (better than) {against}";
    }
}
