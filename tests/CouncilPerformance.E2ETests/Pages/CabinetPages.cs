using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>"Record a meeting's decisions" at <c>/cabinet/meeting</c>: one section per recommendation awaiting a decision, 20 a page.</summary>
public sealed class MeetingEntryPage(IPage page) : AppShell(page)
{
    public const string Path = "/cabinet/meeting";
    public const string Title = "Record a meeting's decisions";

    public ILocator MeetingDate => Main.GetByLabel("Date of the meeting", new() { Exact = true });

    /// <summary>The section of one recommendation, named "Recommendation {reference}".</summary>
    public ILocator Row(string reference) => Main.GetByRole(AriaRole.Region, new() { Name = $"Recommendation {reference}", Exact = true });

    public ILocator Outcome(string reference, string outcome) =>
        Row(reference).GetByRole(AriaRole.Group, new() { Name = $"What Cabinet decided on {reference}" }).GetByRole(AriaRole.Radio, new() { Name = outcome, Exact = true });

    public ILocator Field(string label) => Main.GetByLabel(label, new() { Exact = true });

    public ILocator SaveButton => Main.GetByRole(AriaRole.Button, new() { Name = "Save the meeting's decisions" });

    public ILocator ErrorSummary => Main.GetByRole(AriaRole.Alert, new() { Name = "The decisions were not saved" });

    public ILocator SavedMessage => Main.GetByRole(AriaRole.Status).Filter(new() { HasText = "decisions saved" });

    /// <summary>The form's pages of 20, as links below it.</summary>
    public ILocator NextPage =>
        Main.GetByRole(AriaRole.Navigation, new() { Name = "Pages of recommendations awaiting a decision" }).GetByRole(AriaRole.Link, new() { Name = "Next page" });

    /// <summary>Narrows the form to the recommendations of one deep dive (the report the meeting took).</summary>
    public ILocator DeepDive => Main.GetByLabel("The deep dive the meeting took", new() { Exact = true });

    /// <summary>Chooses an outcome for a recommendation and fills what every decision needs.</summary>
    public async Task DecideAsync(string reference, string outcome, string decision, string leadMember)
    {
        await Outcome(reference, outcome).CheckAsync();
        await Field($"Decision on {reference}, as the minutes record it").FillAsync(decision);
        await Field($"Lead Cabinet Member for {reference}").FillAsync(leadMember);
    }
}

/// <summary>A recommendation's page at <c>/recommendations/{id}</c>: its facts, decision, implementation and the committee's view.</summary>
public sealed class RecommendationPage(IPage page) : AppShell(page)
{
    /// <summary>The page's fact lists (the recommendation's own, then the decision's) holding <paramref name="text"/>.</summary>
    public ILocator Fact(string text) => Main.Locator("dl.facts").Filter(new() { HasText = text }).First;

    public ILocator Field(string label) => Main.GetByLabel(label, new() { Exact = true });

    public ILocator Updates => Main.GetByRole(AriaRole.List, new() { Name = "Implementation updates, newest first" });

    public ILocator AddUpdateButton => Main.GetByRole(AriaRole.Button, new() { Name = "Add the update" });

    public ILocator UpdateSaved => Main.GetByRole(AriaRole.Status).Filter(new() { HasText = "The update was added" });

    /// <summary>Opens a MudSelect by its label and picks an option.</summary>
    public async Task ChooseAsync(string label, string option)
    {
        await Main.Locator("div.mud-input-control.mud-select").Filter(new() { Has = Page.GetByText(label, new() { Exact = true }) }).ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = option }).ClickAsync();
    }
}

/// <summary>The 12-month report-back of a deep dive at <c>/report-back/{id}</c>.</summary>
public sealed class ReportBackPage(IPage page) : AppShell(page)
{
    public ILocator Row(string reference) => Main.GetByRole(AriaRole.Region, new() { Name = $"Recommendation {reference}", Exact = true });

    public ILocator View(string reference, string view) =>
        Row(reference).GetByRole(AriaRole.Group, new() { Name = $"The committee's view of {reference}" }).GetByRole(AriaRole.Radio, new() { Name = view, Exact = true });

    public ILocator RecordButton(string reference) => Row(reference).GetByRole(AriaRole.Button, new() { Name = $"Record the committee's view of {reference}" });
}
