using CouncilPerformance.Core.Decisions;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Results.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using F = CouncilPerformance.Core.Decisions.DecisionValidator.Fields;

namespace CouncilPerformance.Web.Features.Decisions;

/// <summary>Corrects a recorded decision, with a reason; the old one stays in the history.</summary>
public partial class CorrectDecision
{
    private Recommendation? _recommendation;
    private bool _loaded;
    private List<BreadcrumbItem> _breadcrumbs = [];
    private IReadOnlyList<(int Id, string Name)> _areas = [];
    private DecisionInput _input = new();
    private DateTime? _meetingOn;
    private DateTime? _actionDue;
    private string? _reason;
    private Dictionary<string, string> _errors = [];
    private IReadOnlyList<FieldError> _summaryErrors = [];
    private ErrorSummary? _errorSummary;
    private ElementReference _messageArea;
    private string? _problem;
    private bool _saving;
    private Func<Task>? _afterRender;

    /// <summary>The recommendation's id, from the address.</summary>
    [Parameter]
    public int Id { get; set; }

    [Inject]
    private RecommendationQueries Recommendations { get; set; } = default!;

    [Inject]
    private DecisionQueries Queries { get; set; } = default!;

    [Inject]
    private DecisionService Decisions { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthenticationState { get; set; } = default!;

    public static string? InputIdFor(string field) => string.IsNullOrEmpty(field) ? null : "correct-" + field.ToLowerInvariant();

    protected override async Task OnParametersSetAsync()
    {
        _areas = await Queries.ServiceAreasAsync();
        _recommendation = await Recommendations.GetAsync(Id);
        _loaded = true;
        if (_recommendation is { } r)
        {
            _breadcrumbs = [new("Recommendations to Cabinet", href: "/cabinet"), new($"Recommendation {r.Reference}", href: $"/recommendations/{r.Id}"), new("Correct the decision", href: null, disabled: true)];
            _input = new DecisionInput
            {
                RecommendationId = r.Id, Version = r.Version, Outcome = r.DecisionOutcome, DecisionText = r.DecisionText ?? "", AmendedWording = r.AmendedWording,
                Action = r.DecisionAction, ActionDueOn = r.DecisionActionDueOn, Reasons = r.DecisionReasons, LeadCabinetMember = r.LeadCabinetMember ?? "", ServiceAreaId = r.ServiceAreaId,
            };
            _meetingOn = r.DecidedOn?.ToDateTime(TimeOnly.MinValue);
            _actionDue = r.DecisionActionDueOn?.ToDateTime(TimeOnly.MinValue);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_afterRender is { } next)
        {
            _afterRender = null;
            await next();
        }
    }

    private string? ErrorFor(string field) => _errors.GetValueOrDefault(field);

    private bool HasError(string field) => _errors.ContainsKey(field);

    // See ResultEntry: MudBlazor 9.12 keeps outside messages only through Validation.
    private Func<T, string?> Check<T>(string field) => _ => ErrorFor(field);

    private async Task OnSaveAsync()
    {
        if (_saving)
        {
            return;
        }

        _saving = true;
        _problem = null;
        try
        {
            var actor = Actor.From((await AuthenticationState.GetAuthenticationStateAsync()).User);
            _input.ActionDueOn = _actionDue is { } due ? DateOnly.FromDateTime(due) : null;
            var result = await Decisions.CorrectAsync(actor, _input, _meetingOn is { } on ? DateOnly.FromDateTime(on) : null, _reason);
            switch (result.Kind)
            {
                case OutcomeKind.Saved:
                    Navigation.NavigateTo($"/recommendations/{Id}");
                    break;
                case OutcomeKind.Invalid:
                    _errors = result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.First().Message);
                    _summaryErrors = result.Errors;
                    _afterRender = async () =>
                    {
                        if (_errorSummary is not null)
                        {
                            await _errorSummary.FocusAsync();
                        }
                    };
                    break;
                default:
                    _errors = [];
                    _summaryErrors = [];
                    _problem = result.Message;
                    _afterRender = async () => await _messageArea.FocusAsync();
                    break;
            }
        }
        finally
        {
            _saving = false;
        }
    }
}
