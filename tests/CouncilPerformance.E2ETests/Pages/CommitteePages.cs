using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>"Record the committee's decisions" at <c>/scrutiny/decisions</c>: SCRUCO deciding what is put to it.</summary>
public sealed class CommitteeDecisionsPage(IPage page) : AppShell(page)
{
    public const string Path = "/scrutiny/decisions";
    public const string Title = "Record the committee's decisions";

    public ILocator MeetingDate => Main.GetByLabel("Date of the meeting", new() { Exact = true });

    public ILocator Row(string reference) => Main.GetByRole(AriaRole.Region, new() { Name = $"Recommendation {reference}", Exact = true });

    public ILocator Outcome(string reference, string outcome) =>
        Row(reference).GetByRole(AriaRole.Group, new() { Name = $"What the committee decided on {reference}" }).GetByRole(AriaRole.Radio, new() { Name = outcome, Exact = true });

    public ILocator Field(string label) => Main.GetByLabel(label, new() { Exact = true });

    public ILocator SaveButton => Main.GetByRole(AriaRole.Button, new() { Name = "Save the meeting's decisions" });

    public ILocator ErrorSummary => Main.GetByRole(AriaRole.Alert, new() { Name = "The decisions were not saved" });

    public ILocator SavedMessage => Main.GetByRole(AriaRole.Status).Filter(new() { HasText = "saved" });
}

/// <summary>The boards' work programmes at <c>/scrutiny/work-programme</c>.</summary>
public sealed class WorkProgrammePage(IPage page) : AppShell(page)
{
    public const string Path = "/scrutiny/work-programme";
    public const string Title = "Scrutiny boards' work programmes";

    public ILocator Board => Main.GetByLabel("Board", new() { Exact = true });

    /// <summary>Shows the chosen board's programme (the page is static: the choice applies with the button).</summary>
    public ILocator ShowButton => Main.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true });

    public ILocator Item(string reference, string title) => Main.GetByRole(AriaRole.Region, new() { Name = $"{reference} {title}", Exact = true });

    public ILocator Field(string label) => Main.GetByLabel(label, new() { Exact = true });
}
