using System.Globalization;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CouncilPerformance.Web.Features.Admin;

/// <summary>
/// The accounts, a page of 50 at a time (searched and paged in the database, the page and the search in the
/// address), and the form that creates an account. What the prerender read is handed to the circuit
/// (<see cref="PersistentStateAttribute"/>), so a view reads it once.
/// </summary>
public sealed partial class Users
{
    private const int PageSize = 50;
    private const string LinkClass = "mud-typography mud-link mud-primary-text mud-link-underline-hover";

    private NewUser _input = new();
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private bool _saving;
    private string? _search;

    [Inject]
    private UserDirectory Directory { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The page of the list, from 1.</summary>
    [SupplyParameterFromQuery(Name = "page")]
    public int? PageNumberQuery { get; set; }

    /// <summary>The search text (part of a name or an e-mail address).</summary>
    [SupplyParameterFromQuery(Name = "q")]
    public string? Search { get; set; }

    /// <summary>The page of accounts and the service areas as the prerender loaded them, with the address they were loaded for.</summary>
    [PersistentState]
    public LoadedUsers? Data { get; set; }

    private int PageNumber => Math.Max(1, PageNumberQuery ?? 1);

    private IReadOnlyList<NamedItem> Areas => Data?.Areas ?? [];

    /// <summary>A loaded page of accounts, how many match, and the service areas for the form.</summary>
    public sealed record LoadedUsers(string Key, IReadOnlyList<UserRow> Rows, int Total, IReadOnlyList<NamedItem> Areas);

    protected override async Task OnParametersSetAsync()
    {
        _search = Search;
        if (Data?.Key != Key)
        {
            await LoadAsync();
        }
    }

    private string Key => $"{PageNumber}|{Search}";

    private async Task LoadAsync()
    {
        var areas = Data?.Areas ?? await Directory.ServiceAreasAsync();
        var page = await Directory.ListPageAsync(Search, PageNumber - 1, PageSize);
        Data = new LoadedUsers(Key, page.Rows, page.Total, areas);
    }

    private string PageText()
    {
        if (Data is null || Data.Total == 0)
        {
            return string.IsNullOrWhiteSpace(Search) ? "No accounts yet." : "No account matches the search.";
        }

        var first = ((PageNumber - 1) * PageSize) + 1;
        var last = Math.Min(Data.Total, PageNumber * PageSize);
        return $"Showing {first} to {last} of {Data.Total} {(Data.Total == 1 ? "account" : "accounts")}";
    }

    private string PageHref(int page) => Navigation.GetUriWithQueryParameters("/admin/users",
        new Dictionary<string, object?> { ["page"] = page, ["q"] = Search });

    private void ApplySearch() => Navigation.NavigateTo(Navigation.GetUriWithQueryParameters("/admin/users",
        new Dictionary<string, object?> { ["page"] = null, ["q"] = string.IsNullOrWhiteSpace(_search) ? null : _search.Trim() }));

    private void OnAreaChanged(ChangeEventArgs e) =>
        _input.ServiceAreaId = int.TryParse(e.Value as string, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private string? ErrorFor(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private string? Invalid(string field) => _errors.ContainsKey(field) ? "true" : null;

    // The hint and the error, when there are any, are read out with the field.
    private string? Described(string id, string field, bool hint = false) =>
        string.Join(' ', new[] { hint ? $"{id}-hint" : null, _errors.ContainsKey(field) ? $"{id}-error" : null }.OfType<string>()) is { Length: > 0 } ids ? ids : null;

    private async Task CreateAsync()
    {
        _saving = true;
        try
        {
            _errors = await Directory.CreateAsync(_input);
            if (_errors.Count == 0)
            {
                Snackbar.Add($"Account created for {_input.Email}.", Severity.Success);
                _input = new NewUser();
                await LoadAsync();
            }
        }
        finally
        {
            _saving = false;
        }
    }
}
