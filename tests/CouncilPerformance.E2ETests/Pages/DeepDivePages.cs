using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>The page that offers to take KPIs chosen on the review into an open or a new deep dive.</summary>
public sealed class StartSessionPage(IPage page) : AppShell(page)
{
    public const string Title = "Take KPIs into a deep dive";

    public ILocator StartNewButton => Main.GetByRole(AriaRole.Link, new() { Name = "Start a new deep dive" });
}

/// <summary>The deep-dive series form.</summary>
public sealed class SeriesFormPage(IPage page) : AppShell(page)
{
    public const string NewTitle = "Start a deep dive";

    public ILocator TitleBox => Main.GetByLabel("Title", new() { Exact = true });

    public ILocator SaveButton => Main.GetByRole(AriaRole.Button, new() { Name = "Save the deep dive" });
}

/// <summary>The deep-dive session form: session, portfolios, attendees, KPIs and findings.</summary>
public sealed class SessionFormPage(IPage page) : AppShell(page)
{
    public const string NewTitle = "Add a deep-dive session";

    public ILocator Finding(string kpiName) => Main.GetByLabel($"Finding on {kpiName}", new() { Exact = true });

    public ILocator Portfolio(string name) => Main.GetByRole(AriaRole.Checkbox, new() { Name = name, Exact = true });

    public ILocator AddAttendeeButton => Main.GetByRole(AriaRole.Button, new() { Name = "Add an attendee" });

    public ILocator AttendeeName(int number) => Main.GetByLabel($"Attendee {number}: name", new() { Exact = true });

    public ILocator AttendeeTitle(int number) => Main.GetByLabel($"Attendee {number}: title or organisation", new() { Exact = true });

    public ILocator AttendeeRole(int number) => Main.GetByLabel($"Attendee {number}: role", new() { Exact = true });

    public ILocator SaveButton => Main.GetByRole(AriaRole.Button, new() { Name = "Save the session" });
}

/// <summary>A deep dive's page with its sessions, KPIs and findings.</summary>
public sealed class DeepDiveDetailPage(IPage page) : AppShell(page)
{
    public ILocator Session(int number) => Main.Locator($"section#session-{number}");

    public ILocator DraftFromFinding(string kpiName) =>
        Main.GetByRole(AriaRole.Link, new() { Name = $"Draft a recommendation from the finding on {kpiName}", Exact = true });
}
