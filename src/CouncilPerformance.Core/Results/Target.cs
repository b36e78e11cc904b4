using CouncilPerformance.Core.Common;
using CouncilPerformance.Core.Kpis;

namespace CouncilPerformance.Core.Results;

/// <summary>The kinds of target Coventry's own tables use.</summary>
public enum TargetKind
{
    /// <summary>A number to meet or beat, e.g. council tax collection 94%.</summary>
    Value,

    /// <summary>"To increase" or "To decrease" against the previous period, whichever the KPI's polarity calls better.</summary>
    Direction,

    /// <summary>Better than (or equal to) the national average and/or statistical neighbours, e.g. "above or equal to the national average".</summary>
    Comparator,

    /// <summary>Within a range, e.g. children looked after "within the target range of 580–630".</summary>
    Range,

    /// <summary>"No target set": the KPI is reported but not judged against a target.</summary>
    None,
}

/// <summary>Which comparators a comparator target is judged against.</summary>
public enum TargetComparators
{
    National,
    StatisticalNeighbours,
    NationalAndStatisticalNeighbours,
}

/// <summary>A KPI's target for one reporting period, of one of Coventry's kinds, with the tolerance inside which a miss is amber.</summary>
public class Target : Entity, IAudited
{
    public int KpiId { get; set; }

    public Kpi? Kpi { get; set; }

    public int ReportingPeriodId { get; set; }

    public ReportingPeriod? ReportingPeriod { get; set; }

    public TargetKind Kind { get; set; } = TargetKind.Value;

    /// <summary>The number for a value target, the lower end of a range target; null for the other kinds.</summary>
    public decimal? Value { get; set; }

    /// <summary>The upper end of a range target; null for the other kinds.</summary>
    public decimal? UpperValue { get; set; }

    /// <summary>For a comparator target: which comparators the result must be better than.</summary>
    public TargetComparators? Comparators { get; set; }

    /// <summary>For a comparator target: equalling the comparator counts as met ("above or equal to").</summary>
    public bool EqualCounts { get; set; }

    /// <summary>How far, in the KPI's own unit, a result may miss the target and still be amber; 0 means any miss is red.</summary>
    public decimal AmberTolerance { get; set; }

    /// <summary>True when the figure was generated for the demo, not taken from a council document.</summary>
    public bool IsIllustrative { get; set; }

    public string? Note { get; set; }

    public TargetTerms Terms => new(Kind, Value, UpperValue, Comparators, EqualCounts, AmberTolerance);
}
