namespace CouncilPerformance.Core.Kpis;

/// <summary>Whether a higher or a lower value is the better one.</summary>
public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>What a KPI's value is measured in; it decides how a value is validated and shown.</summary>
public enum KpiUnit
{
    /// <summary>0–100.</summary>
    Percentage,

    /// <summary>A whole number, zero or more.</summary>
    Count,

    /// <summary>Numerator / denominator × <see cref="Kpi.RateBase"/> (e.g. per 10,000).</summary>
    Rate,
    Days,
    Money,
    Score,
}

/// <summary>Cabinet recommendation 3: a KPI is a national indicator or locally determined.</summary>
public enum KpiDesignation
{
    National,
    Local,
}

/// <summary>Cabinet recommendation 4: how often a KPI's data comes.</summary>
public enum DataFrequency
{
    Annual,
    RollingTwelveMonths,
    Quarterly,
    Monthly,
    Biennial,

    /// <summary>Released every several years, e.g. the Indices of Multiple Deprivation (about every 10 years).</summary>
    Periodic,
}

public enum KpiStatus
{
    /// <summary>Recommended for adding to the plan, not yet reported.</summary>
    Proposed,
    Active,
    UnderReview,
    Retired,
}
