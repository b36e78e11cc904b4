using System.Globalization;
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
        var words = WordStart().Replace(name, " $1").Trim();
        return words.Length == 0 ? name : words[..1].ToUpperInvariant() + words[1..].ToLowerInvariant();
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
