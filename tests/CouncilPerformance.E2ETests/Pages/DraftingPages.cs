using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>The drafting form at <c>/recommendations/draft</c>.</summary>
public sealed class DraftFormPage(IPage page) : AppShell(page)
{
    public const string Title = "Draft a recommendation";

    public ILocator Reference => Main.GetByLabel("Reference", new() { Exact = true });

    public ILocator ShortTitle => Main.GetByLabel("Short title", new() { Exact = true });

    public ILocator Wording => Main.GetByLabel("Wording", new() { Exact = true });

    public ILocator Finding => Main.GetByLabel("The finding it rests on", new() { Exact = true });

    public ILocator ToCabinet => Main.GetByRole(AriaRole.Radio, new() { Name = "Cabinet", Exact = true });

    public ILocator ErrorSummary => Main.Locator(".error-summary");
}

/// <summary>The committee's page for endorsing drafts and putting them to their body.</summary>
public sealed class CommitteePage(IPage page) : AppShell(page)
{
    public const string Path = "/scrutiny/recommendations";
    public const string Title = "Endorse and put recommendations";

    public ILocator Choose(string setDateId, string reference) =>
        Main.Locator($"section:has(#{setDateId})").GetByRole(AriaRole.Checkbox, new() { Name = $"Choose recommendation {reference}", Exact = true });

    public ILocator Date(string label) => Main.GetByLabel(label, new() { Exact = true });

    public ILocator Button(string text) => Main.GetByRole(AriaRole.Button, new() { Name = text, Exact = true });

    public ILocator Done => Main.Locator(".done-message");
}

