using CouncilPerformance.Core.Kpis;

namespace CouncilPerformance.Core.Results.Import;

/// <summary>
/// What an import's checks read of a KPI and of its target for the period, one of these per KPI
/// named in the file. A <see cref="Kpi"/> and a <see cref="Target"/> entity for each of 50,000 KPIs
/// would be most of what a preview holds while it runs; each row's checks make their own from this
/// instead (<see cref="ToKpi"/>, <see cref="ToTarget"/>), and drop them once the row is checked.
/// </summary>
internal sealed class ImportKpi
{
    public required int Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public KpiUnit Unit { get; init; }

    public int? RateBase { get; init; }

    public string? UnitLabel { get; init; }

    public Polarity Polarity { get; init; }

    public decimal? SimilarBand { get; init; }

    public KpiDesignation Designation { get; init; }

    public DataFrequency Frequency { get; init; }

    public int ServiceAreaId { get; init; }

    public KpiStatus Status { get; init; }

    /// <summary>The target for the period, or null when it has none.</summary>
    public TargetTerms? Target { get; init; }

    /// <summary>The KPI's breakdowns, or null when it has none (most have none).</summary>
    public List<BreakdownDimension>? Dimensions { get; set; }

    /// <summary>The KPI as the result rules read it: only the fields above, with its breakdowns.</summary>
    public Kpi ToKpi()
    {
        var kpi = new Kpi
        {
            Id = Id,
            Code = Code,
            Name = Name,
            Unit = Unit,
            RateBase = RateBase,
            UnitLabel = UnitLabel,
            Polarity = Polarity,
            SimilarBand = SimilarBand,
            Designation = Designation,
            Frequency = Frequency,
            ServiceAreaId = ServiceAreaId,
            Status = Status,
        };
        if (Dimensions is { } dimensions)
        {
            kpi.Dimensions = dimensions;
        }

        return kpi;
    }

    /// <summary>The target as the result rules read it (its terms), or null when there is none.</summary>
    public Target? ToTarget() => Target is { } terms
        ? new Target
        {
            KpiId = Id,
            Kind = terms.Kind,
            Value = terms.Value,
            UpperValue = terms.UpperValue,
            Comparators = terms.Comparators,
            EqualCounts = terms.EqualCounts,
            AmberTolerance = terms.AmberTolerance,
        }
        : null;
}
