using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Web.Features.Results.Components;
using CouncilPerformance.Web.Features.Scrutiny;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace CouncilPerformance.Web.Features.Admin.Plan;

/// <summary>Adds or edits a part of the plan, retires or reinstates it, and deletes it while nothing uses it.</summary>
public partial class PlanPartEdit
{
    private readonly FormErrors _errors = new();
    private PlanPartInput _input = new();
    private ErrorSummary? _summary;
    private PlanPart _part;
    private bool _known;
    private bool _notFound;
    private bool _busy;
    private bool _focusSummary;
    private string? _message;
    private string? _actionMessage;
    private List<BreadcrumbItem> _breadcrumbs = [];

    [Inject]
    private PlanAdminService Plan { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    /// <summary>Which part of the plan, e.g. "portfolios".</summary>
    [Parameter]
    public string Slug { get; set; } = "";

    /// <summary>The part's id; null for a new one.</summary>
    [Parameter]
    public int? Id { get; set; }

    /// <summary>Set after a save that came back to this page.</summary>
    [SupplyParameterFromQuery(Name = "saved")]
    public bool? Saved { get; set; }

    /// <summary>The part as the prerender loaded it.</summary>
    [PersistentState]
    public PlanPartEditor? Editor { get; set; }

    private bool IsNew => Id is null;

    protected override async Task OnParametersSetAsync()
    {
        _known = PlanParts.TryParse(Slug, out _part);
        if (!_known)
        {
            return;
        }

        _breadcrumbs = [new("The council plan", href: "/admin"), new(PlanParts.Title(_part), href: $"/admin/plan/{Slug}"), new(IsNew ? "Add" : "Edit", href: null, disabled: true)];
        _message = Saved == true ? $"The {PlanParts.Noun(_part)} was saved." : null;
        if (!IsNew)
        {
            if (Editor is null || Editor.Id != Id || Editor.Part != _part)
            {
                Editor = await Plan.GetAsync(_part, Id!.Value);
            }

            _notFound = Editor is null;
            if (Editor is not null)
            {
                _input = Copy(Editor.Input);
            }
        }
    }

    private static PlanPartInput Copy(PlanPartInput input) => new()
    {
        Name = input.Name,
        Note = input.Note,
        Number = input.Number,
        ShortName = input.ShortName,
        SortOrder = input.SortOrder,
    };

    private async Task<Actor> ActorAsync() => Actor.From((await Authentication.GetAuthenticationStateAsync()).User);

    private async Task SaveAsync()
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        var outcome = await Plan.SaveAsync(await ActorAsync(), _part, Id, _input, Editor?.Version);
        _busy = false;
        if (outcome.Succeeded)
        {
            _errors.Clear();
            if (IsNew)
            {
                Navigation.NavigateTo($"/admin/plan/{Slug}/{outcome.Id}?saved=true");
                return;
            }

            await ReloadAsync($"The {PlanParts.Noun(_part)} was saved.");
            return;
        }

        _errors.Set(outcome.Errors);
        _focusSummary = true;
    }

    private async Task RetireAsync(bool retire)
    {
        _busy = true;
        var outcome = await Plan.SetRetiredAsync(await ActorAsync(), _part, Editor!.Id, retire, Editor.Version);
        _busy = false;
        _actionMessage = outcome.Succeeded ? null : outcome.Message;
        if (outcome.Succeeded)
        {
            await ReloadAsync(retire ? $"The {PlanParts.Noun(_part)} was retired." : $"The {PlanParts.Noun(_part)} is in use again.");
        }
    }

    private async Task DeleteAsync()
    {
        _busy = true;
        var outcome = await Plan.DeleteAsync(await ActorAsync(), _part, Editor!.Id, Editor.Version);
        _busy = false;
        if (outcome.Succeeded)
        {
            // The list is a static page, which the circuit's router does not serve: load it from the server.
            Navigation.NavigateTo($"/admin/plan/{Slug}", forceLoad: true);
            return;
        }

        _actionMessage = outcome.Message;
    }

    private async Task ReloadAsync(string message)
    {
        Editor = await Plan.GetAsync(_part, Editor!.Id);
        if (Editor is not null)
        {
            _input = Copy(Editor.Input);
        }

        _message = message;
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
