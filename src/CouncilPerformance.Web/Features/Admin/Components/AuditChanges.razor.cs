using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace CouncilPerformance.Web.Features.Admin.Components;

/// <summary>
/// Renders the <c>Changes</c> JSON of an audit entry, <c>{"Value":{"before":1.0,"after":2.0}}</c>,
/// as a list of properties with their values before and after. Text that is not such JSON is
/// shown as it is, so nothing recorded is ever hidden.
/// </summary>
public sealed partial class AuditChanges
{
    private static readonly CultureInfo _ukCulture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>How an empty (null) value reads.</summary>
    public const string Empty = "(empty)";

    /// <summary>The entry's <c>Changes</c> JSON, as the audit interceptor wrote it.</summary>
    [Parameter, EditorRequired]
    public string Json { get; set; } = "";

    /// <summary>
    /// The entry's action: for <c>Added</c> only the new values are shown (and empty ones left out),
    /// for <c>Deleted</c> only the old ones; otherwise before → after.
    /// </summary>
    [Parameter]
    public string? Action { get; set; }

    /// <summary>A new record with more values than this shows them folded under a "values set" summary.</summary>
    public const int CollapseAfter = 3;

    /// <summary>"AmberTolerance" → "Amber tolerance".</summary>
    public static string Humanize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_humanized.TryGetValue(name, out var known))
        {
            return known;
        }

        var words = WordStart().Replace(name, " $1").Trim();
        var humanized = words.Length == 0 ? name : words[..1].ToUpperInvariant() + words[1..].ToLowerInvariant();
        // The names are the model's record types and properties, a few hundred at most; a name never seen before
        // (an entry written by an older version) is still turned into words, just not kept beyond the bound.
        if (_humanized.Count < MaxHumanized)
        {
            _humanized.TryAdd(name, humanized);
        }

        return humanized;
    }

    // The words for each record type and property name, worked out once: the log shows the same few on every page.
    private static readonly ConcurrentDictionary<string, string> _humanized = new(StringComparer.Ordinal);
    private const int MaxHumanized = 2000;

    /// <summary>
    /// The same markup as the component, as encoded HTML, for a list that renders many entries: one string per
    /// page rather than a component or a dozen render-tree frames per entry.
    /// </summary>
    public static string Html(string json, string? action)
    {
        var b = new StringBuilder();
        Write(b, json, action);
        return b.ToString();
    }

    /// <summary>Appends an entry's changes to <paramref name="b"/> as encoded HTML; every text goes through HtmlEncoder.</summary>
    public static void Write(StringBuilder b, string json, string? action)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(json);
        var e = HtmlEncoder.Default;
        var changes = Parse(json, action);
        if (changes is null)
        {
            b.Append("<code class=\"audit-raw\">").Append(e.Encode(json)).Append("</code>");
            return;
        }

        if (changes.Count == 0)
        {
            b.Append("<span class=\"muted\">No recorded values</span>");
            return;
        }

        // A new record lists every value it was created with; folded away so the log stays scannable.
        var folded = action == "Added" && changes.Count > CollapseAfter;
        if (folded)
        {
            b.Append("<details class=\"audit-details\"><summary>").Append(changes.Count.ToString(CultureInfo.InvariantCulture)).Append(" values set</summary>");
        }

        // One line per property, with the spaces around ":" and "→" kept.
        b.Append("<ul class=\"audit-changes\">");
        foreach (var change in changes)
        {
            b.Append("<li><span class=\"audit-property\">").Append(e.Encode(change.Property)).Append("</span>: ");
            if (action == "Added")
            {
                b.Append("<span class=\"audit-after\">").Append(e.Encode(change.After)).Append("</span>");
            }
            else if (action == "Deleted")
            {
                b.Append("<span class=\"audit-before\">").Append(e.Encode(change.Before)).Append("</span>");
            }
            else
            {
                b.Append("<span class=\"audit-before\">").Append(e.Encode(change.Before))
                    .Append("</span> <span class=\"audit-arrow\">→</span> <span class=\"audit-after\">").Append(e.Encode(change.After)).Append("</span>");
            }

            b.Append("</li>");
        }

        b.Append("</ul>");
        if (folded)
        {
            b.Append("</details>");
        }
    }

    private static List<Change>? Parse(string json, string? action)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var changes = new List<Change>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var before = Value(property.Value, "before");
                var after = Value(property.Value, "after");
                if (action == "Added" && after is null || action == "Deleted" && before is null)
                {
                    continue;
                }

                changes.Add(new Change(Humanize(property.Name), before ?? Empty, after ?? Empty));
            }

            return changes;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Value(JsonElement change, string side)
    {
        if (change.ValueKind != JsonValueKind.Object || !change.TryGetProperty(side, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.True => "Yes",
            JsonValueKind.False => "No",
            JsonValueKind.Number when value.TryGetDecimal(out var number) => number.ToString("0.##########", _ukCulture),
            JsonValueKind.String => Text(value.GetString()!),
            _ => value.GetRawText(),
        };
    }

    // Dates come as ISO 8601 strings; show them as the rest of the app does.
    private static string Text(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("d MMMM yyyy", _ukCulture);
        }

        if (text.Length > 10 && text[10] == 'T'
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
        {
            return at.ToString("d MMMM yyyy, HH:mm", _ukCulture);
        }

        return text.Length == 0 ? "(blank)" : text;
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordStart();

    private sealed record Change(string Property, string Before, string After);
}
