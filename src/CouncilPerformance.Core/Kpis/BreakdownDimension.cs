using CouncilPerformance.Core.Common;

namespace CouncilPerformance.Core.Kpis;

/// <summary>
/// A named way of breaking a KPI's result down, e.g. casualties by road user type, or absence by
/// short/long term (Appendix 1, recommendation k).
/// </summary>
public class BreakdownDimension : Entity
{
    public int KpiId { get; set; }

    public Kpi? Kpi { get; set; }

    public required string Name { get; set; }

    /// <summary>Whether the categories' values must add up to the result's value.</summary>
    public bool SumsToTotal { get; set; }

    public List<BreakdownCategory> Categories { get; set; } = [];
}

public class BreakdownCategory : Entity
{
    public int DimensionId { get; set; }

    public BreakdownDimension? Dimension { get; set; }

    public required string Name { get; set; }

    public int SortOrder { get; set; }
}
