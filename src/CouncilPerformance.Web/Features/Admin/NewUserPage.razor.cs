using System.Globalization;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using Microsoft.AspNetCore.Components;

namespace CouncilPerformance.Web.Features.Admin;

/// <summary>
/// Creates an account: the name, e-mail address, role (an officer's service area) and a first password the person
/// must change. The directory checks it all and creates the account and its role together, or nothing. Afterwards
/// the list of users shows the new account, searched for by its address, and says it was created.
/// </summary>
public sealed partial class NewUserPage
{
    private readonly List<MudBlazor.BreadcrumbItem> _breadcrumbs = [new("Users", "/admin/users"), new("New account", null, disabled: true)];
    private NewUser _input = new();
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private ElementReference _problem;
    private bool _saving;
    private bool _focusProblem;

    [Inject]
    private UserDirectory Directory { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The service areas an officer can belong to, as the prerender read them.</summary>
    [PersistentState]
    public IReadOnlyList<NamedItem>? Areas { get; set; }

    protected override async Task OnInitializedAsync() =>
        Areas ??= await Directory.ServiceAreasAsync();

    private void OnAreaChanged(ChangeEventArgs e) =>
        _input.ServiceAreaId = int.TryParse(e.Value as string, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private string? ErrorFor(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private string? Invalid(string field) => _errors.ContainsKey(field) ? "true" : null;

    // The hint and the error, when there are any, are read out with the field.
    private string? Described(string id, string field, bool hint = false) =>
        string.Join(' ', new[] { hint ? $"{id}-hint" : null, _errors.ContainsKey(field) ? $"{id}-error" : null }.OfType<string>()) is { Length: > 0 } ids ? ids : null;

    private async Task OnCreateAsync()
    {
        if (_saving)
        {
            return;
        }

        _saving = true;
        try
        {
            _errors = await Directory.CreateAsync(_input);
        }
        finally
        {
            _saving = false;
        }

        if (_errors.Count == 0)
        {
            // The list is a static page, outside the circuit's routes: a page load, which also ends this circuit.
            Navigation.NavigateTo($"/admin/users?q={Uri.EscapeDataString(_input.Email.Trim())}&created=true", forceLoad: true);
            return;
        }

        _focusProblem = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusProblem)
        {
            _focusProblem = false;
            await _problem.FocusAsync();
        }
    }
}
