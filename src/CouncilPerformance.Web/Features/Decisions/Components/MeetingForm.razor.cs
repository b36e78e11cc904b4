using CouncilPerformance.Core.Decisions;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Results.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace CouncilPerformance.Web.Features.Decisions.Components;

/// <summary>
/// One pass through a meeting's decisions: every recommendation awaiting the body's decision, saved
/// together. Cabinet decides what is put to it; the committee decides its own recommendations.
/// </summary>
public partial class MeetingForm
{
    private static readonly DecisionOutcome[] _outcomes =
        [DecisionOutcome.Agreed, DecisionOutcome.AgreedWithAmendment, DecisionOutcome.AcceptedInPrinciple, DecisionOutcome.NotAgreed];

    private List<RowState>? _rows;
    private IReadOnlyList<(int Id, string Name)> _areas = [];
    private string _membersHint = "";
    private DateTime? _meetingOn;
    private Dictionary<(int? Row, string Field), string> _errors = [];
    private IReadOnlyList<FieldError> _summaryErrors = [];
    private ErrorSummary? _errorSummary;
    private ElementReference _messageArea;
    private string? _savedMessage;
    private string? _problem;
    private bool _saving;
    private Func<Task>? _afterRender;

    private BodyWords _words = BodyWords.For(RecommendationAddressee.Cabinet);

    /// <summary>Whose meeting it is: Cabinet, or the Scrutiny Co-ordination Committee.</summary>
    [Parameter]
    public RecommendationAddressee Addressee { get; set; } = RecommendationAddressee.Cabinet;

    /// <summary>Where "Cancel" and the saved message lead.</summary>
    [Parameter, EditorRequired]
    public string BackHref { get; set; } = "";

    [Parameter, EditorRequired]
    public string BackText { get; set; } = "";

    [Inject]
    private DecisionQueries Queries { get; set; } = default!;

    [Inject]
    private DecisionService Decisions { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthenticationState { get; set; } = default!;

    /// <summary>One recommendation on the form: what is being entered for it.</summary>
    private sealed class RowState(CabinetRecommendationRow row)
    {
        public CabinetRecommendationRow Row { get; } = row;

        public DecisionInput Input { get; } = new() { RecommendationId = row.Id, Version = row.Version, ServiceAreaId = row.ServiceAreaId, LeadCabinetMember = row.LeadCabinetMember ?? "" };

        public DateTime? ActionDue { get; set; }
    }

    /// <summary>The id of the input for "row.field" (or a meeting-level field).</summary>
    public static string? InputIdFor(string field) => string.IsNullOrEmpty(field) ? null : "decision-" + field.Replace('.', '-').ToLowerInvariant();

    /// <summary>The words that name the body on the form.</summary>
    private sealed record BodyWords(string Body, string Possessive, string StartPossessive, string Meeting)
    {
        public static BodyWords For(RecommendationAddressee addressee) => addressee == RecommendationAddressee.ScrutinyCoordinationCommittee
            ? new("the committee", "the committee's", "The committee's", "committee meeting")
            : new("Cabinet", "Cabinet's", "Cabinet's", "Cabinet meeting");
    }

    protected override async Task OnInitializedAsync()
    {
        _words = BodyWords.For(Addressee);
        _areas = await Queries.ServiceAreasAsync();
        if (Addressee == RecommendationAddressee.ScrutinyCoordinationCommittee)
        {
            _membersHint = "The councillor who takes it forward, usually the committee's chair";
        }
        else
        {
            var members = await Queries.CabinetMembersAsync();
            _membersHint = members.Count == 0 ? "The councillor who leads on it" : "For example " + string.Join(", ", members.Take(3));
        }

        await LoadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_afterRender is { } next)
        {
            _afterRender = null;
            await next();
        }
    }

    private async Task LoadAsync() => _rows = (await Queries.ListPutToAsync(Addressee, awaitingOnly: true)).Select(r => new RowState(r)).ToList();

    private static void OnOutcomeChanged(RowState row, DecisionOutcome? outcome) => row.Input.Outcome = outcome;

    private string? ErrorFor(int? row, string field) => _errors.GetValueOrDefault((row, field));

    private bool HasError(int? row, string field) => _errors.ContainsKey((row, field));

    private bool RowHasError(int row) => _errors.Keys.Any(k => k.Row == row);

    // MudBlazor 9.12 runs its own validation on blur and overwrites Error/ErrorText set from outside
    // (see ResultEntry); handing it the same messages through Validation keeps them.
    private Func<T, string?> Check<T>(int? row, string field) => _ => ErrorFor(row, field);

    private async Task OnSaveAsync()
    {
        if (_saving || _rows is null)
        {
            return;
        }

        _saving = true;
        _savedMessage = null;
        _problem = null;
        try
        {
            var actor = Actor.From((await AuthenticationState.GetAuthenticationStateAsync()).User);
            var decided = _rows.Where(r => r.Input.Outcome is not null).ToList();
            foreach (var row in decided)
            {
                row.Input.ActionDueOn = row.ActionDue is { } d ? DateOnly.FromDateTime(d) : null;
            }

            var meeting = new MeetingDecisions
            {
                MeetingOn = _meetingOn is { } on ? DateOnly.FromDateTime(on) : null,
                Decisions = decided.Select(r => r.Input).ToList(),
            };
            var result = await Decisions.RecordMeetingAsync(actor, meeting);
            switch (result.Kind)
            {
                case OutcomeKind.Saved:
                    _errors = [];
                    _summaryErrors = [];
                    _savedMessage = decided.Count == 1 ? "1 decision saved." : $"{decided.Count} decisions saved.";
                    await LoadAsync();
                    _afterRender = async () => await _messageArea.FocusAsync();
                    break;
                case OutcomeKind.Invalid:
                    ShowErrors(result);
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

    private void ShowErrors(DecisionOutcomeResult result)
    {
        var references = _rows!.ToDictionary(r => r.Row.Id, r => r.Row.Reference);
        _errors = [];
        var summary = new List<FieldError>();
        foreach (var error in result.Errors)
        {
            _errors.TryAdd((null, error.Field), error.Message);
            summary.Add(error);
        }

        foreach (var (id, errors) in result.RowErrors)
        {
            foreach (var error in errors)
            {
                _errors.TryAdd((id, error.Field), error.Message);
                summary.Add(new($"{id}.{error.Field}", $"Recommendation {references.GetValueOrDefault(id, "?")}: {error.Message}"));
            }
        }

        _summaryErrors = summary;
    }
}
