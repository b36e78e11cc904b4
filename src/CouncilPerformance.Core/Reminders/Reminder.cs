namespace CouncilPerformance.Core.Reminders;

public enum ReminderKind
{
    ResponseDueSoon,
    ResponseOverdue,
    UpdateBeforeReportBack,
    UpdateStale,
    ResultDeadlineSoon,
    ResultOverdue,
    ResultEscalated,
}

/// <summary>
/// One reminder to one person. <see cref="Key"/> names what it is about (e.g. the recommendation and
/// the due date), and (UserId, Key) is unique, so nobody gets the same reminder twice, however many
/// times or on however many instances the job runs.
/// </summary>
public class Reminder
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string Key { get; set; }

    public ReminderKind Kind { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    /// <summary>The app page it is about, relative to the app's address (e.g. /recommendations/12).</summary>
    public string? Link { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When it went out by e-mail; null while not (yet) sent.</summary>
    public DateTime? EmailedAt { get; set; }

    /// <summary>Why the last attempt to e-mail it failed, for the operations log and a retry.</summary>
    public string? EmailError { get; set; }
}

/// <summary>
/// A named lease in the database: the instance holding an unexpired lease runs the job; the others
/// skip. Taken with one conditional UPDATE, so two instances cannot both win.
/// </summary>
public class JobLease
{
    public required string Name { get; set; }

    public string? Holder { get; set; }

    public DateTime ExpiresAt { get; set; }
}
