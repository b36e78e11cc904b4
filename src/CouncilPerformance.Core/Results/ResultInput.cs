using CouncilPerformance.Core.Kpis;

namespace CouncilPerformance.Core.Results;

/// <summary>
/// One KPI's result for one period as an officer types it (or as one row of an import). The same
/// validator checks it for the form, the service and the import.
/// </summary>
public sealed class ResultInput
{
    public int KpiId { get; set; }

    public int ReportingPeriodId { get; set; }

    public decimal? Value { get; set; }

    public decimal? Numerator { get; set; }

    public decimal? Denominator { get; set; }

    public DataStatus DataStatus { get; set; } = DataStatus.Provisional;

    public string? NotAvailableReason { get; set; }

    public DateOnly? ExpectedAvailableOn { get; set; }

    public string? PeriodNote { get; set; }

    public string? Commentary { get; set; }

    public Dictionary<Comparator, decimal?> Comparators { get; set; } = [];

    /// <summary>Breakdown values keyed by <see cref="BreakdownCategory"/> id.</summary>
    public Dictionary<int, decimal?> Breakdowns { get; set; } = [];

    /// <summary>The result's <c>Version</c> when the editor loaded it; null for a new result.</summary>
    public Guid? Version { get; set; }

    /// <summary>Why an approved result is being corrected (required for corrections).</summary>
    public string? CorrectionReason { get; set; }

    /// <summary>The headline value the input gives: computed from numerator and denominator for rates.</summary>
    public decimal? EffectiveValue(Kpi kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        if (DataStatus == DataStatus.NotAvailable)
        {
            return null;
        }

        if (kpi.Unit == KpiUnit.Rate && Numerator is { } n && Denominator is { } d && d > 0)
        {
            return Math.Round(n / d * (kpi.RateBase ?? 1), 1, MidpointRounding.AwayFromZero);
        }

        return kpi.Unit == KpiUnit.Rate ? null : Value;
    }

    /// <summary>The figures the input's target is judged by: its value and comparators, and the previous period's value.</summary>
    public RatingFacts Facts(Kpi kpi, decimal? previousValue, bool definitionChangedSincePrevious = false) => new(
        EffectiveValue(kpi),
        previousValue,
        Comparators.GetValueOrDefault(Comparator.England),
        Comparators.GetValueOrDefault(Comparator.StatisticalNeighbours),
        DataStatus == DataStatus.NotAvailable,
        definitionChangedSincePrevious);

    public static ResultInput From(Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ResultInput
        {
            KpiId = result.KpiId,
            ReportingPeriodId = result.ReportingPeriodId,
            Value = result.Value,
            Numerator = result.Numerator,
            Denominator = result.Denominator,
            DataStatus = result.DataStatus,
            NotAvailableReason = result.NotAvailableReason,
            ExpectedAvailableOn = result.ExpectedAvailableOn,
            PeriodNote = result.PeriodNote,
            Commentary = result.Commentary,
            Comparators = result.Comparators.ToDictionary(c => c.Comparator, c => (decimal?)c.Value),
            Breakdowns = result.Breakdowns.ToDictionary(b => b.CategoryId, b => (decimal?)b.Value),
            Version = result.Version,
        };
    }
}
