using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Web.Features.Scrutiny;

/// <summary>
/// The server's field errors for one of scrutiny's forms, by field name, and the message without a
/// field (a refusal or conflict). Every field shows its own message; the summary lists them all.
/// </summary>
public sealed class FormErrors
{
    private Dictionary<string, string> _byField = [];

    public IReadOnlyList<FieldError> All { get; private set; } = [];

    public bool Any => All.Count > 0;

    public void Set(IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        All = errors;
        _byField = errors.Where(e => e.Field.Length > 0).GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.First().Message);
    }

    public void Clear() => Set([]);

    public bool Has(string field) => _byField.ContainsKey(field);

    public string? For(string field) => _byField.GetValueOrDefault(field);

    // MudBlazor 9.12 runs its own validation on blur and overwrites Error/ErrorText set from outside
    // (MudBlazor #12732); handing it the same message through Validation keeps it.
    public Func<T, string?> Check<T>(string field) => _ => For(field);

    /// <summary>The id an input gets for a field, e.g. "Kpis[2].Finding" → "f-kpis-2-finding", so the summary can link to it.</summary>
    public static string? InputIdFor(string field) =>
        string.IsNullOrEmpty(field) ? null : "f-" + field.Replace("[", "-", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal)
            .Replace('.', '-').ToLowerInvariant();
}
