using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;

namespace CouncilPerformance.Web.Features.Shared;

/// <summary>
/// A static page's native select options, the "all" option first and the chosen one marked selected,
/// as one encoded string: a list of a hundred and fifty boards written as elements is a render-tree
/// frame or three an option, each kept until the response is sent. Every value and text is
/// HTML-encoded, as Razor encodes them.
/// </summary>
public static class SelectOptions
{
    public static MarkupString Html<T>(string allText, IEnumerable<T>? items, Func<T, string> value, Func<T, string> text, string? selected)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(text);
        var e = HtmlEncoder.Default;
        var b = new StringBuilder(selected is null ? "<option value=\"\" selected>" : "<option value=\"\">").Append(e.Encode(allText)).Append("</option>");
        foreach (var item in items ?? [])
        {
            var itemValue = value(item);
            b.Append("<option value=\"").Append(e.Encode(itemValue)).Append(itemValue == selected ? "\" selected>" : "\">")
                .Append(e.Encode(text(item))).Append("</option>");
        }

        return new MarkupString(b.ToString());
    }
}
