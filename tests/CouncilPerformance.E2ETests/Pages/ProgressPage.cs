using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>
/// The performance team's progress board at <c>/admin/progress</c>: counts by service area, and the
/// results waiting for sign-off with Approve and Return (a static page: each posts the sign-off form).
/// </summary>
public sealed class ProgressPage(IPage page) : AppShell(page)
{
    public const string Path = "/admin/progress";

    public static string TitleFor(string periodLabel) => $"Progress for {periodLabel}";

    /// <summary>The board: one row per service area, named by its caption.</summary>
    public ILocator Board(string periodLabel) =>
        Main.GetByRole(AriaRole.Table, new() { Name = $"Progress by service area for {periodLabel}", Exact = true });

    /// <summary>The results waiting for sign-off (a region named after the period).</summary>
    public ILocator WaitingForSignOff(string periodLabel) =>
        Main.GetByRole(AriaRole.Region, new() { Name = $"Results waiting for sign-off for {periodLabel}", Exact = true });

    /// <summary>The heading over the sign-off list, with its count: "Waiting for sign-off (1)".</summary>
    public ILocator WaitingHeading => Main.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Waiting for sign-off") });

    public ILocator ApproveButton(string kpiName) => Main.GetByRole(AriaRole.Button, new() { Name = $"Approve {kpiName}", Exact = true });

    /// <summary>A row's Return, a disclosure that opens the comment field in place.</summary>
    public ILocator ReturnDisclosure(string kpiName) => Main.Locator($"summary[aria-label=\"Return {kpiName}\"]");

    /// <summary>The comment field a row's Return opens.</summary>
    public ILocator CommentFor(string kpiName) =>
        WaitingRow(kpiName).GetByLabel("Comment for the officer", new() { Exact = true });

    /// <summary>The button that sends a row's result back with its comment.</summary>
    public ILocator ReturnToOfficerButton(string kpiName) =>
        Main.GetByRole(AriaRole.Button, new() { Name = $"Return to the officer: {kpiName}", Exact = true });

    private ILocator WaitingRow(string kpiName) =>
        Main.Locator(".sign-off-table tbody tr").Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = kpiName, Exact = true }) });

    public ILocator Message(string text) => Main.GetByRole(AriaRole.Status).Or(Main.GetByRole(AriaRole.Alert)).Filter(new() { HasText = text });

    /// <summary>
    /// The board's cell for a service area and a column ("Missing", "Draft", "Submitted", ...), found
    /// by the column's heading so the test does not depend on the column order.
    /// </summary>
    public async Task<ILocator> CountAsync(string periodLabel, string serviceArea, string column)
    {
        var board = Board(periodLabel);
        var headings = await board.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync();
        var index = headings.Select(h => h.Trim()).ToList().IndexOf(column);
        if (index < 0)
        {
            throw new InvalidOperationException($"The progress board has no column “{column}” (it has: {string.Join(", ", headings)}).");
        }

        var row = board.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = serviceArea, Exact = true }) });
        return row.Locator("th, td").Nth(index);
    }

    /// <summary>Opens a row's Return, types the comment (or none) and sends it.</summary>
    public async Task ReturnAsync(string kpiName, string comment)
    {
        await ReturnDisclosure(kpiName).ClickAsync();
        await CommentFor(kpiName).FillAsync(comment);
        await ReturnToOfficerButton(kpiName).ClickAsync();
    }

    public async Task ApproveAsync(string kpiName)
    {
        await ApproveButton(kpiName).ClickAsync();
        await Expect(Message($"{kpiName} is approved")).ToBeVisibleAsync();
        await Expect(ApproveButton(kpiName)).ToHaveCountAsync(0);
    }
}
