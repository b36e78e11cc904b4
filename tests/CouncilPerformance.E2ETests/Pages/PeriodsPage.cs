using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>The performance team's reporting periods at <c>/admin/periods</c>: open, close and publish each year.</summary>
public sealed class PeriodsPage(IPage page) : AppShell(page)
{
    public const string Path = "/admin/periods";
    public const string Title = "Reporting periods";

    public ILocator Table => Main.GetByRole(AriaRole.Region, new() { Name = "Reporting periods", Exact = true });

    /// <summary>A period's row, by its label (e.g. "2025/26").</summary>
    public ILocator Row(string periodLabel) =>
        Table.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Cell, new() { Name = periodLabel, Exact = true }) });

    /// <summary>The State cell of a period's row ("Not yet open", "Open for entry", "Closed", "Published").</summary>
    public ILocator State(string periodLabel) => Row(periodLabel).Locator("td[data-label='State']");

    public ILocator CloseButton(string periodLabel) => Main.GetByRole(AriaRole.Button, new() { Name = $"Close {periodLabel}", Exact = true });

    public ILocator PublishButton(string periodLabel) => Main.GetByRole(AriaRole.Button, new() { Name = $"Publish {periodLabel}", Exact = true });

    /// <summary>The dialog that asks to confirm publishing, named by its heading "Publish 2025/26?".</summary>
    public ILocator PublishDialog(string periodLabel) => Page.GetByRole(AriaRole.Dialog, new() { Name = $"Publish {periodLabel}?", Exact = true });

    /// <summary>The outcome of the last action (role status for success, alert for a refusal).</summary>
    public ILocator Message(string text) => Main.GetByRole(AriaRole.Status).Or(Main.GetByRole(AriaRole.Alert)).Filter(new() { HasText = text });

    public async Task CloseAsync(string periodLabel)
    {
        await CloseButton(periodLabel).ClickAsync();
        await Expect(Message($"{periodLabel} is closed")).ToBeVisibleAsync();
        await Expect(State(periodLabel)).ToHaveTextAsync("Closed");
    }

    /// <summary>Chooses Publish, which opens the confirmation dialog; the caller confirms or cancels it.</summary>
    public async Task<ILocator> StartPublishingAsync(string periodLabel)
    {
        await PublishButton(periodLabel).ClickAsync();
        var dialog = PublishDialog(periodLabel);
        await Expect(dialog).ToBeVisibleAsync();
        return dialog;
    }

    /// <summary>Confirms publishing in the dialog and waits for the period to read "Published".</summary>
    public async Task ConfirmPublishAsync(ILocator dialog, string periodLabel)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = $"Publish {periodLabel}", Exact = true }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(Message($"{periodLabel} is published")).ToBeVisibleAsync();
        await Expect(State(periodLabel)).ToHaveTextAsync("Published");
    }
}
