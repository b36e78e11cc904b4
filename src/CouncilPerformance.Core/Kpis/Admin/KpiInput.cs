namespace CouncilPerformance.Core.Kpis.Admin;

/// <summary>A KPI's metadata as the performance team types it, for a new KPI or an edit.</summary>
public sealed class KpiInput
{
    /// <summary>Only read for a new KPI: a code never changes once made (it is in pasted addresses).</summary>
    public string? Code { get; set; }

    public string? Name { get; set; }

    /// <summary>For a new KPI. An existing KPI's definition changes only by a redefinition, which keeps the old one.</summary>
    public string? Definition { get; set; }

    public KpiUnit Unit { get; set; } = KpiUnit.Percentage;

    public int? RateBase { get; set; }

    public string? UnitLabel { get; set; }

    public Polarity Polarity { get; set; } = Polarity.HigherIsBetter;

    public KpiDesignation Designation { get; set; } = KpiDesignation.Local;

    public DataFrequency Frequency { get; set; } = DataFrequency.Annual;

    public string? FrequencyNote { get; set; }

    public int? ExpectedReleaseMonth { get; set; }

    public string? DataSource { get; set; }

    public int? PriorityId { get; set; }

    public int? PortfolioId { get; set; }

    public int? SecondaryPortfolioId { get; set; }

    public int? ServiceAreaId { get; set; }

    public int? ScrutinyBoardId { get; set; }

    public List<int> StrategyIds { get; set; } = [];

    public List<ConflictInput> Conflicts { get; set; } = [];
}

/// <summary>Another KPI whose target may pull against this one, and why (Cabinet recommendation 5).</summary>
public sealed class ConflictInput
{
    public int? KpiId { get; set; }

    public string? Note { get; set; }
}

/// <summary>A new definition and from when it applies (the old one is kept).</summary>
public sealed class RedefinitionInput
{
    public string? NewDefinition { get; set; }

    /// <summary>Optional: a new name that goes with the new definition.</summary>
    public string? NewName { get; set; }

    public int? EffectiveFromPeriodId { get; set; }

    public string? Reason { get; set; }
}

/// <summary>The KPI that replaces this one, and why.</summary>
public sealed class ReplacementInput
{
    public int? ReplacementKpiId { get; set; }

    public string? Reason { get; set; }
}
