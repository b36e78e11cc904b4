using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.ReportBack;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Results.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace CouncilPerformance.Web.Features.ReportBack.Components;

public partial class CommitteeViewForm
{
    private CommitteeViewInput _input = new();
    private DateTime? _meetingOn;
    private Dictionary<string, string> _errors = [];
    private IReadOnlyList<FieldError> _summaryErrors = [];
    private ErrorSummary? _errorSummary;
    private ElementReference _messageArea;
    private string? _problem;
    private bool _saving;
    private Func<Task>? _afterRender;

    /// <summary>The recommendation's id.</summary>
    [Parameter, EditorRequired]
    public int RecommendationId { get; set; }

    /// <summary>Its reference, for labels ("a", "Cabinet 3").</summary>
    [Parameter, EditorRequired]
    public string Reference { get; set; } = "";

    /// <summary>The version the page loaded; a stale one is refused.</summary>
    [Parameter, EditorRequired]
    public Guid Version { get; set; }

    /// <summary>The views open to the committee for it.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<CommitteeViewKind> Views { get; set; } = [];

    /// <summary>Raised once the view is saved.</summary>
    [Parameter]
    public EventCallback OnSaved { get; set; }

    [Inject]
    private ReportBackService ReportBack { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthenticationState { get; set; } = default!;

    private string? InputIdFor(string field) => string.IsNullOrEmpty(field) ? null : $"view-{RecommendationId}-{field.ToLowerInvariant()}";

    protected override void OnParametersSet()
    {
        _input = new CommitteeViewInput { RecommendationId = RecommendationId, Version = Version, Kind = _input.Kind, Note = _input.Note };
        _meetingOn ??= ResponseClock.Today(Clock).ToDateTime(TimeOnly.MinValue);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_afterRender is { } next)
        {
            _afterRender = null;
            await next();
        }
    }

    private static string ViewLabel(CommitteeViewKind kind) => kind switch
    {
        CommitteeViewKind.AcceptAsImplemented => "Accept as implemented and close",
        CommitteeViewKind.KeepOpen => "Keep open",
        CommitteeViewKind.Escalate => "Escalate",
        _ => "Accept Cabinet's response and close",
    };

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
            _input.MeetingOn = _meetingOn is { } d ? DateOnly.FromDateTime(d) : null;
            var outcome = await ReportBack.RecordViewAsync(actor, _input);
            switch (outcome.Kind)
            {
                case OutcomeKind.Saved:
                    _errors = [];
                    _summaryErrors = [];
                    _input = new CommitteeViewInput { RecommendationId = RecommendationId };
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
