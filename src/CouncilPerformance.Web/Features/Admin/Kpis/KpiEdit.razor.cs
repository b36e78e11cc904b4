using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis.Admin;
using CouncilPerformance.Web.Features.Results.Components;
using CouncilPerformance.Web.Features.Scrutiny;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace CouncilPerformance.Web.Features.Admin.Kpis;

/// <summary>Adds a KPI or edits one's metadata (the code never changes; the definition changes by redefinition).</summary>
public partial class KpiEdit
{
    private readonly FormErrors _errors = new();
    private KpiInput _input = new();
    private ErrorSummary? _summary;
    private bool _saving;
    private bool _notFound;
    private bool _focusSummary;
    private string? _conflictSearch;
    private int? _conflictPick;
    private IReadOnlyList<Choice> _conflictResults = [];
    private readonly Dictionary<int, string> _conflictNames = [];

    [Inject]
    private KpiAdminService Admin { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    /// <summary>The KPI's code, from the address; empty for a new KPI.</summary>
    [Parameter]
    public string? Code { get; set; }

    /// <summary>The choices, as the prerender loaded them.</summary>
    [PersistentState]
    public KpiFormOptions? Options { get; set; }

    /// <summary>The KPI as the prerender loaded it.</summary>
    [PersistentState]
    public KpiEditor? Editor { get; set; }

    private bool IsNew => string.IsNullOrEmpty(Code);

    protected override async Task OnInitializedAsync()
    {
        Options ??= await Admin.GetFormOptionsAsync();
        if (!IsNew)
        {
            Editor ??= await Admin.GetEditorAsync(Code!);
            _notFound = Editor is null;
            if (Editor is not null)
            {
                _input = System.Text.Json.JsonSerializer.Deserialize<KpiInput>(System.Text.Json.JsonSerializer.Serialize(Editor.Input))!;
                foreach (var c in Editor.ConflictKpis)
                {
                    _conflictNames[c.Id] = c.Name;
                }
            }
        }
    }

    private string ConflictName(int? id) => id is { } k && _conflictNames.TryGetValue(k, out var name) ? name : "a KPI";

    private void ToggleStrategy(int id, bool on)
    {
        _input.StrategyIds.Remove(id);
        if (on)
        {
            _input.StrategyIds.Add(id);
        }
    }

    private async Task SearchConflictsAsync() =>
        _conflictResults = await Admin.SearchKpisAsync(_conflictSearch, Editor?.Id);

    private void AddConflict()
    {
        if (_conflictPick is not { } id || _input.Conflicts.Any(c => c.KpiId == id))
        {
            return;
        }

        _conflictNames[id] = _conflictResults.FirstOrDefault(k => k.Id == id)?.Name ?? "a KPI";
        _input.Conflicts.Add(new ConflictInput { KpiId = id });
        _conflictPick = null;
    }

    private async Task SaveAsync()
    {
        if (_saving)
        {
            return;
        }

        _saving = true;
        var actor = Actor.From((await Authentication.GetAuthenticationStateAsync()).User);
        var outcome = IsNew
            ? await Admin.CreateAsync(actor, _input)
            : await Admin.UpdateAsync(actor, Editor!.Id, _input, Editor.Version);
        _saving = false;
        if (outcome.Succeeded)
        {
            var code = IsNew ? KpiInputValidator.NormaliseCode(_input.Code ?? "") : Editor!.Code;
            Navigation.NavigateTo($"/kpis/{code}?saved=1");
            return;
        }

        _errors.Set(outcome.Errors);
        _focusSummary = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusSummary && _summary is not null)
        {
            _focusSummary = false;
            await _summary.FocusAsync();
        }
    }
}
