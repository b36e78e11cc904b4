namespace CouncilPerformance.Core.Recommendations;

/// <summary>How long the executive has to respond, and when the progress report is due.</summary>
public sealed class RecommendationOptions
{
    public const string Section = "Recommendations";

    /// <summary>Local Government Act 2000 s.9FE gives the executive two months to respond.</summary>
    public int ResponseMonths { get; set; } = 2;

    /// <summary>SCRUCO asked for a progress report twelve months after the decision (report, 4.1).</summary>
    public int ReportBackMonths { get; set; } = 12;
}

/// <summary>The statutory response clock for a recommendation put to Cabinet.</summary>
public static class ResponseClock
{
    /// <summary>
    /// The day the response is due. Calendar months, clamped at month end: a referral on 31 December
    /// is due on the last day of February.
    /// </summary>
    public static DateOnly DueOn(DateOnly referredOn, int responseMonths)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(responseMonths, 1);
        return referredOn.AddMonths(responseMonths);
    }
}
