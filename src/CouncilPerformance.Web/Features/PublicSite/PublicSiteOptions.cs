namespace CouncilPerformance.Web.Features.PublicSite;

/// <summary>The council's details the public pages and the accessibility statement show (section <c>PublicSite</c>).</summary>
public sealed class PublicSiteOptions
{
    public const string Section = "PublicSite";

    /// <summary>Shown in the header and footer of every public page.</summary>
    public string CouncilName { get; set; } = "Coventry City Council";

    /// <summary>Where residents report an accessibility problem or ask for another format.</summary>
    public string AccessibilityContactEmail { get; set; } = "performance.team@example.org";

    /// <summary>How long the council aims to take to reply to an accessibility request, in working days.</summary>
    public int AccessibilityReplyWorkingDays { get; set; } = 10;

    /// <summary>When the accessibility statement was prepared and last reviewed (ISO date).</summary>
    public DateOnly StatementPreparedOn { get; set; } = new(2026, 12, 1);

    /// <summary>How long a public page or data file is served from the output cache before it is rendered again.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(10);
}
