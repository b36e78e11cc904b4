using System.Text.Json;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Scrutiny;
using CouncilPerformance.Web.Features.Results.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace CouncilPerformance.Web.Features.Scrutiny;

/// <summary>
/// Drafting a recommendation, from a session's finding (<c>?finding=</c>) or a blank form, and
/// editing or withdrawing a draft. Plain HTML inputs, so the whole form works from the keyboard.
/// </summary>
public partial class DraftRecommendation
{
    private readonly FormErrors _errors = new();
    private RecommendationInput _input = new();
    private DraftEditor? _theirs;
    private ErrorSummary? _summary;
    private string _summaryTitle = "The draft was not saved";
    private string? _reason;
    private bool _saving;
    private bool _notFound;
    private bool _focusSummary;

    [Inject]
    private RecommendationDrafting Drafting { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    /// <summary>The recommendation being edited; absent for a new draft.</summary>
    [Parameter]
    public int? Id { get; set; }

    /// <summary>The session finding a new draft starts from.</summary>
    [SupplyParameterFromQuery(Name = "finding")]
    public int? FindingId { get; set; }

    /// <summary>The form's data as the prerender loaded it.</summary>
    [PersistentState]
    public DraftEditor? Editor { get; set; }

    private string Heading => Id is null ? "Draft a recommendation" : $"Edit recommendation {Editor?.Input.Reference}";

    private static string? FieldId(string field) => FormErrors.InputIdFor(field);

    private string? Describe(string field, string? hint = null)
    {
        var ids = new[] { hint, _errors.Has(field) ? $"{FieldId(field)}-error" : null }.Where(i => i is not null);
        var joined = string.Join(' ', ids);
        return joined.Length == 0 ? null : joined;
    }

    private string? Invalid(string field) => _errors.Has(field) ? "true" : null;

    protected override async Task OnInitializedAsync()
    {
        Editor ??= await Drafting.GetEditorAsync(Id, Id is null ? FindingId : null);
        _notFound = Editor is null;
        if (Editor is not null)
        {
            _input = Copy(Editor.Input);
        }
    }

    private static RecommendationInput Copy(RecommendationInput input) =>
        JsonSerializer.Deserialize<RecommendationInput>(JsonSerializer.Serialize(input))!;

    private void ToggleKpi(int id, bool chosen)
    {
        _input.KpiIds.Remove(id);
        if (chosen)
        {
            _input.KpiIds.Add(id);
        }
    }

    private Task SaveAsync() => SaveAsync(Editor?.Version);

    private async Task SaveMineOverTheirsAsync()
    {
        var version = _theirs?.Version;
        Editor = _theirs ?? Editor;
        _theirs = null;
        await SaveAsync(version);
    }

    private void KeepTheirs()
    {
        if (_theirs is null)
        {
            return;
        }

        Editor = _theirs;
        _input = Copy(_theirs.Input);
        _theirs = null;
        _errors.Clear();
    }

    private async Task SaveAsync(Guid? version)
    {
        if (Editor is null || _saving)
        {
            return;
        }

        _saving = true;
        try
        {
            var actor = await ActorAsync();
            var outcome = Editor.RecommendationId is { } id
                ? await Drafting.UpdateAsync(actor, id, _input, version ?? Guid.Empty)
                : await Drafting.CreateAsync(actor, _input);
            if (outcome.Succeeded)
            {
                Navigation.NavigateTo($"/recommendations/{outcome.Id}");
                return;
            }

            await ShowAsync(outcome, "The draft was not saved");
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task WithdrawAsync()
    {
        if (Editor?.RecommendationId is not { } id || _saving)
        {
            return;
        }

        _saving = true;
        try
        {
            var outcome = await Drafting.WithdrawAsync(await ActorAsync(), id, _reason, Editor.Version ?? Guid.Empty);
            if (outcome.Succeeded)
            {
                Navigation.NavigateTo($"/recommendations/{id}");
                return;
            }

            await ShowAsync(outcome, "The draft was not withdrawn");
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task ShowAsync(ScrutinyOutcome outcome, string title)
    {
        _summaryTitle = outcome.Kind == OutcomeKind.Conflict ? "Someone else changed this draft" : title;
        _errors.Set(outcome.Errors);
        if (outcome.Kind == OutcomeKind.Conflict && Editor?.RecommendationId is { } id)
        {
            _theirs = await Drafting.GetEditorAsync(id, null);
        }

        _focusSummary = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The summary exists only once rendered; focus it then, so it is read first.
        if (_focusSummary && _summary is not null)
        {
            _focusSummary = false;
            await _summary.FocusAsync();
        }
    }

    private async Task<Actor> ActorAsync() => Actor.From((await Authentication.GetAuthenticationStateAsync()).User);
}
