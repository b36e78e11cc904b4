using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests;

/// <summary>Runs axe-core on the page as it is now and fails the test on any WCAG 2.2 A/AA violation.</summary>
public static class Accessibility
{
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions
            {
                Type = "tag",
                Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
            },
        });

        if (result.Violations.Length == 0)
        {
            return;
        }

        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"axe found {result.Violations.Length} WCAG violation(s) on {page.Url}:").AppendLine();
        foreach (var violation in result.Violations)
        {
            message.Append(CultureInfo.InvariantCulture, $"- {violation.Id} [{violation.Impact}]: {violation.Help} ({violation.HelpUrl})").AppendLine();
            foreach (var node in violation.Nodes)
            {
                message.Append(CultureInfo.InvariantCulture, $"    {node.Target}  {Shorten(node.Html)}").AppendLine();
                foreach (var check in node.Any.Concat(node.All).Concat(node.None).Where(c => !string.IsNullOrEmpty(c.Message)))
                {
                    message.Append(CultureInfo.InvariantCulture, $"      {check.Message}").AppendLine();
                }
            }
        }

        Assert.Fail(message.ToString());
    }

    private static string Shorten(string? html) =>
        html is null ? "" : html.Length <= 160 ? html : string.Concat(html.AsSpan(0, 160), "…");
}
