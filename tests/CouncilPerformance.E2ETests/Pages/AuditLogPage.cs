using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>The audit log at <c>/admin/audit</c>: every change, who made it and each value before and after.</summary>
public sealed class AuditLogPage(IPage page) : AppShell(page)
{
    public const string Path = "/admin/audit";
    public const string Title = "Audit log";

    public ILocator ChangedBy => Main.GetByLabel("Changed by");

    public ILocator RecordId => Main.GetByLabel("Record id");

    public ILocator Entries => Main.GetByRole(AriaRole.Table, new() { Name = "Audit log entries, newest first" });

    /// <summary>How many entries match, e.g. "3 entries; showing 1 to 3, newest first.".</summary>
    public ILocator Summary => Main.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("entr(y|ies)|No entries") });

    /// <summary>Entries (table rows) that contain every one of the given texts.</summary>
    public ILocator Entry(params string[] texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var rows = Entries.GetByRole(AriaRole.Row);
        foreach (var text in texts)
        {
            rows = rows.Filter(new() { HasText = text });
        }

        return rows;
    }

    public ILocator ShowButton => Main.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true });

    /// <summary>Shows only changes made by people whose name or e-mail address contains the text (the filters apply on Show, a GET of the page).</summary>
    public async Task FilterByUserAsync(string text)
    {
        await ChangedBy.FillAsync(text);
        await ShowButton.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"[?&]user={System.Text.RegularExpressions.Regex.Escape(Uri.EscapeDataString(text))}"));
        // Only the filters chosen are sent (the empty ones are left out of the address).
        await Expect(Page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("[?&](type|id|from|to)="));
        await WaitForInteractiveAsync();
        await Expect(Entries.GetByRole(AriaRole.Row).Filter(new() { HasNotText = text }).Filter(new() { Has = Page.GetByRole(AriaRole.Cell) }))
            .ToHaveCountAsync(0);
    }
}
