using AngleSharp.Dom;

namespace CouncilPerformance.Web.Tests.Components;

/// <summary>
/// The name assistive technology gives a table. ARIA 1.2 prohibits naming an element whose role is
/// generic, so an <c>aria-label</c> on a plain <c>div</c> around the table (where MudTable and
/// MudSimpleTable put unmatched attributes) is ignored and does not count here.
/// </summary>
internal static class TableName
{
    private static readonly string[] _namedWrapperRoles = ["region", "group", "figure"];

    public static string? Of(IElement table)
    {
        var caption = table.Children.FirstOrDefault(c => c.LocalName == "caption");
        if (caption is not null)
        {
            return caption.TextContent.Trim();
        }

        if (table.GetAttribute("aria-label") is { Length: > 0 } own)
        {
            return own;
        }

        for (var parent = table.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (_namedWrapperRoles.Contains(parent.GetAttribute("role")) && parent.GetAttribute("aria-label") is { Length: > 0 } wrapper)
            {
                return wrapper;
            }
        }

        return null;
    }
}
