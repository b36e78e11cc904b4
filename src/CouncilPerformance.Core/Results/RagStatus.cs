using CouncilPerformance.Core.Kpis;

namespace CouncilPerformance.Core.Results;

/// <summary>Green: target met; amber: missed within tolerance; red: missed beyond it; grey: no data or no target.</summary>
public enum RagStatus
{
    Grey,
    Red,
    Amber,
    Green,
}

/// <summary>The RAG rule, shared by every page, import and report so they cannot disagree.</summary>
public static class RagRating
{
    public static RagStatus Rate(decimal? value, decimal? target, decimal amberTolerance, Polarity polarity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amberTolerance);
        if (value is not { } v || target is not { } t)
        {
            return RagStatus.Grey;
        }

        // How far the result falls short of the target, in the KPI's own unit; zero or less means met.
        var shortfall = polarity == Polarity.HigherIsBetter ? t - v : v - t;
        if (shortfall <= 0)
        {
            return RagStatus.Green;
        }

        return shortfall <= amberTolerance ? RagStatus.Amber : RagStatus.Red;
    }

    public static RagStatus Rate(Result? result, Target? target, Polarity polarity) =>
        result is null || result.DataStatus == DataStatus.NotAvailable
            ? RagStatus.Grey
            : Rate(result.Value, target?.Value, target?.AmberTolerance ?? 0, polarity);
}
