using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Implementation;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Results.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace CouncilPerformance.Web.Features.Implementation.Components;

public partial class AddUpdateForm
{
    private UpdateInput _input = new();
    private DateTime? _date;
    private IReadOnlyList<(int Id, string Code, string Name)> _kpis = [];
    private IReadOnlyList<(int Id, string Label)> _periods = [];
    private Dictionary<string, string> _errors = [];
    private IReadOnlyList<FieldError> _summaryErrors = [];
    private ErrorSummary? _errorSummary;
    private ElementReference _messageArea;
    private string? _problem;
    private bool _saving;
    private Func<Task>? _afterRender;

    /// <summary>The recommendation the update is about.</summary>
    [Parameter, EditorRequired]
    public Recommendation Recommendation { get; set; } = default!;

    /// <summary>Raised once the update is saved.</summary>
    [Parameter]
    public EventCallback OnSaved { get; set; }

    [Inject]
    private ImplementationService Implementation { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthenticationState { get; set; } = default!;

    public static string? InputIdFor(string field) => string.IsNullOrEmpty(field) ? null : "update-" + field.ToLowerInvariant();

    protected override async Task OnInitializedAsync()
    {
        Reset();
        if (Recommendation.KpiChange != KpiChangeKind.None)
        {
            var (kpis, periods) = await Implementation.ChoicesAsync();

            // The recommendation's own KPIs first: they are the ones it asks to change.
            var own = Recommendation.Kpis.Select(k => k.Id).ToHashSet();
            _kpis = kpis.OrderBy(k => own.Contains(k.Id) ? 0 : 1).ThenBy(k => k.Name).ToList();
            _periods = periods;
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

    private void Reset()
    {
        _input = new UpdateInput { RecommendationId = Recommendation.Id };
        _date = ResponseClock.Today(Clock).ToDateTime(TimeOnly.MinValue);
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
            _input.UpdateDate = _date is { } d ? DateOnly.FromDateTime(d) : null;
            var outcome = await Implementation.AddUpdateAsync(actor, _input);
            switch (outcome.Kind)
            {
                case OutcomeKind.Saved:
                    _errors = [];
                    _summaryErrors = [];
                    await OnSaved.InvokeAsync();
                    break;
                case OutcomeKind.Invalid:
                    _errors = outcome.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.First().Message);
                    _summaryErrors = outcome.Errors;
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
                    _problem = outcome.Message;
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
