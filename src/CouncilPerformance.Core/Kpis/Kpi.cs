using CouncilPerformance.Core.Common;
using CouncilPerformance.Core.Plan;

namespace CouncilPerformance.Core.Kpis;

/// <summary>A key performance indicator of the council plan.</summary>
public class Kpi : Entity, IAudited
{
    /// <summary>Stable short code used in addresses (<c>/kpis/{code}</c>) and imports, e.g. "CS-FLYTIP".</summary>
    public required string Code { get; set; }

    /// <summary>The metric's name as the council words it.</summary>
    public required string Name { get; set; }

    public string? Definition { get; set; }

    public KpiUnit Unit { get; set; }

    /// <summary>For <see cref="KpiUnit.Rate"/>: per how many (10,000 or 100,000).</summary>
    public int? RateBase { get; set; }

    /// <summary>Shown after a value, e.g. "days" or "per 10,000 under 18".</summary>
    public string? UnitLabel { get; set; }

    public Polarity Polarity { get; set; }

    /// <summary>
    /// How big a change, either way and in the KPI's own unit, counts as "similar, unchanged or
    /// statistically insignificant" for direction of travel; null means only no change at all.
    /// </summary>
    public decimal? SimilarBand { get; set; }

    public KpiDesignation Designation { get; set; }

    public DataFrequency Frequency { get; set; }

    /// <summary>Free text for frequencies that need it, e.g. "rolling twelve months to March".</summary>
    public string? FrequencyNote { get; set; }

    /// <summary>Month of the year (1–12) the data is usually released.</summary>
    public int? ExpectedReleaseMonth { get; set; }

    public string? DataSource { get; set; }

    public int PriorityId { get; set; }

    public Priority? Priority { get; set; }

    public int PortfolioId { get; set; }

    public Portfolio? Portfolio { get; set; }

    /// <summary>A second portfolio where the council reports the KPI under two, e.g. "City Services/Policing and Equalities".</summary>
    public int? SecondaryPortfolioId { get; set; }

    public Portfolio? SecondaryPortfolio { get; set; }

    public int ServiceAreaId { get; set; }

    public ServiceArea? ServiceArea { get; set; }

    /// <summary>The scrutiny board whose remit covers the KPI; null where none is named.</summary>
    public int? ScrutinyBoardId { get; set; }

    public ScrutinyBoard? ScrutinyBoard { get; set; }

    public KpiStatus Status { get; set; } = KpiStatus.Active;

    public int? ReplacedByKpiId { get; set; }

    public Kpi? ReplacedByKpi { get; set; }

    /// <summary>Why the KPI was replaced, when, and by whom (Appendix 1 a, b, f, i, m); shown on both KPIs' pages.</summary>
    public string? ReplacementReason { get; set; }

    public DateTime? ReplacedAt { get; set; }

    public string? ReplacedByName { get; set; }

    // The collections are made when first read, not with each KPI: a read of thousands of KPIs (a
    // 50,000-row import's preview) would otherwise make six empty lists for every one. EF reads and
    // writes these fields directly, and makes a list itself when it has something to add.
    private List<CouncilStrategy>? _strategies;
    private List<KpiConflict>? _conflicts;
    private List<KpiDefinitionChange>? _definitionChanges;
    private List<BreakdownDimension>? _dimensions;
    private List<Results.Target>? _targets;
    private List<Results.Result>? _results;

    public List<CouncilStrategy> Strategies
    {
        get => _strategies ??= [];
        set => _strategies = value;
    }

    public List<KpiConflict> Conflicts
    {
        get => _conflicts ??= [];
        set => _conflicts = value;
    }

    public List<KpiDefinitionChange> DefinitionChanges
    {
        get => _definitionChanges ??= [];
        set => _definitionChanges = value;
    }

    public List<BreakdownDimension> Dimensions
    {
        get => _dimensions ??= [];
        set => _dimensions = value;
    }

    public List<Results.Target> Targets
    {
        get => _targets ??= [];
        set => _targets = value;
    }

    public List<Results.Result> Results
    {
        get => _results ??= [];
        set => _results = value;
    }
}
