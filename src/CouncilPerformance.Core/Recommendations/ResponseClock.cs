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

    /// <summary>Within this many days of the due date a response counts as due soon.</summary>
    public const int DueSoonDays = 14;

    /// <summary>Today's date in the UK, where the council works, from the injected clock.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), UkTimeZone).DateTime);
    }

    /// <summary>Where the clock of a recommendation stands on <paramref name="today"/>.</summary>
    public static ResponseClockState StateOn(DateOnly? responseDueOn, DateOnly? decidedOn, DateOnly today)
    {
        if (responseDueOn is not { } due)
        {
            return new ResponseClockState(null, null, decidedOn);
        }

        return new ResponseClockState(due, due.DayNumber - today.DayNumber, decidedOn);
    }

    /// <inheritdoc cref="StateOn(DateOnly?, DateOnly?, DateOnly)"/>
    public static ResponseClockState StateOn(Recommendation recommendation, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return StateOn(recommendation.ResponseDueOn, recommendation.DecisionOutcome is null ? null : recommendation.DecidedOn ?? today, today);
    }

    private static TimeZoneInfo UkTimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
}

/// <summary>
/// The response clock on a given day: the due date, the days left (negative once overdue), and
/// whether a decision has stopped it.
/// </summary>
public sealed record ResponseClockState(DateOnly? DueOn, int? DaysLeft, DateOnly? StoppedOn)
{
    /// <summary>Whether the clock runs at all: it starts when the recommendation is put to Cabinet.</summary>
    public bool IsRunning => DueOn is not null && StoppedOn is null;

    public bool IsStopped => StoppedOn is not null;

    /// <summary>No decision, and the due date has passed (the due day itself is not overdue).</summary>
    public bool IsOverdue => IsRunning && DaysLeft < 0;

    /// <summary>No decision, due today or within <see cref="ResponseClock.DueSoonDays"/> days.</summary>
    public bool IsDueSoon => IsRunning && DaysLeft is >= 0 and <= ResponseClock.DueSoonDays;

    /// <summary>Whether the decision came after the due date.</summary>
    public bool WasLate => StoppedOn is { } stopped && DueOn is { } due && stopped > due;

    /// <summary>The clock in words, e.g. "12 days left", "Overdue by 3 days", "Due today", "Decided".</summary>
    public string Describe() => this switch
    {
        { DueOn: null } => "Not yet put to the meeting",
        { IsStopped: true, WasLate: true } => "Decided after the due date",
        { IsStopped: true } => "Decided in time",
        { DaysLeft: 0 } => "Due today",
        { DaysLeft: 1 } => "1 day left",
        { DaysLeft: > 1 } => $"{DaysLeft} days left",
        { DaysLeft: -1 } => "Overdue by 1 day",
        _ => $"Overdue by {-DaysLeft} days",
    };
}
