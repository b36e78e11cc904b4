namespace CouncilPerformance.Core.Reminders;

/// <summary>The reminder job's settings (configuration section "Reminders").</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Whether the background job runs in this instance.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks for reminders to send.</summary>
    public int IntervalMinutes { get; set; } = 60;

    /// <summary>How long one run may hold the database lease before another instance may take over.</summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>The app's public address, for the links in e-mails (e.g. https://performance.example.gov.uk).</summary>
    public string? AppBaseUrl { get; set; }

    /// <summary>Officers are reminded this many days before a results entry deadline.</summary>
    public int ResultDeadlineWarningDays { get; set; } = 7;

    /// <summary>Officers are asked for an update this many days before the 12-month report-back is due.</summary>
    public int ReportBackWarningDays { get; set; } = 30;

    /// <summary>Days after the results deadline of the second step (officer again, performance team copied) and the third (escalated to the performance team).</summary>
    public int SecondStepDays { get; set; } = 7;

    public int ThirdStepDays { get; set; } = 14;
}

/// <summary>How reminder e-mails leave the app (configuration section "Email").</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>The SMTP server; with neither this nor <see cref="PickupDirectory"/> set, reminders are only shown in the app.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>None, Auto, StartTls (the default) or SslOnConnect.</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string SenderAddress { get; set; } = "performance@example.org";

    public string SenderName { get; set; } = "CouncilPerformance";

    /// <summary>When set, messages are written here as .eml files instead of being sent (Development).</summary>
    public string? PickupDirectory { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) || !string.IsNullOrWhiteSpace(PickupDirectory);
}
