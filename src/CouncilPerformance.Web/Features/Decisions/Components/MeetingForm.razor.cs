using CouncilPerformance.Core.Decisions;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Results.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace CouncilPerformance.Web.Features.Decisions.Components;

/// <summary>
/// One pass through a meeting's decisions: one page of the recommendations awaiting the body's decision
/// (from the deep dive the meeting took, or all), read in the database, its decisions saved together.
/// Cabinet decides what is put to it; the committee decides its own recommendations.
/// </summary>
public partial class MeetingForm
{
    private static readonly DecisionOutcome[] _outcomes =
        [DecisionOutcome.Agreed, DecisionOutcome.AgreedWithAmendment, DecisionOutcome.AcceptedInPrinciple, DecisionOutcome.NotAgreed];

    private MeetingPage? _page;
    private List<RowState>? _rows;
    private string? _loadedKey;
    private IReadOnlyList<NamedItem>? _areas;
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

    /// <summary>The page of the form, from 1, in the address.</summary>
    [SupplyParameterFromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    /// <summary>The deep dive whose recommendations the meeting took, in the address; every one when absent.</summary>
    [SupplyParameterFromQuery(Name = "deepDive")]
    public int? DeepDive { get; set; }

    /// <summary>What the prerender loaded, handed to the interactive circuit so it does not load it again.</summary>
    [PersistentState]
    public MeetingFormState? State { get; set; }

    [Inject]
    private DecisionQueries Queries { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

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

    /// <summary>One loaded page of the form, keyed by its address, with the lead member hint every row offers.</summary>
    public sealed record MeetingFormState(string Key, MeetingPage Page, string MembersHint);

    protected override void OnInitialized() => _words = BodyWords.For(Addressee);

    protected override async Task OnParametersSetAsync()
    {
        var key = Navigation.Uri;
        if (_loadedKey == key)
        {
            return;
        }

        // Another page or deep dive: what was said about the last one no longer applies.
        _savedMessage = null;
        _problem = null;
        if (State?.Key == key)
        {
            Show(State);
            return;
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

    // The hint does not change with the address: read with the first page only.
    private async Task LoadAsync()
    {
        var key = Navigation.Uri;
        var hint = State?.MembersHint ?? await MembersHintAsync();
        var page = await Queries.MeetingPageAsync(Addressee, DeepDive, Math.Max(0, (PageNumber ?? 1) - 1));
        State = new MeetingFormState(key, page, hint);
        Show(State);
    }

    private async Task<string> MembersHintAsync()
    {
        if (Addressee == RecommendationAddressee.ScrutinyCoordinationCommittee)
        {
            return "The councillor who takes it forward, usually the committee's chair";
        }

        var members = await Queries.CabinetMembersAsync();
        return members.Count == 0 ? "The councillor who leads on it" : "For example " + string.Join(", ", members.Take(3));
    }

    // A new page starts with no decisions entered and no errors from another page.
    private void Show(MeetingFormState state)
    {
        _loadedKey = state.Key;
        _page = state.Page;
        _membersHint = state.MembersHint;
        _rows = [.. state.Page.Rows.Select(r => new RowState(r))];
        _errors = [];
        _summaryErrors = [];
    }

    // The filter is offered when some of what awaits comes from a deep dive, or one is chosen.
    private bool ShowsDeepDives => _page is { DeepDives.Count: > 0 } || DeepDive is not null;

    private string? DeepDiveTitle => DeepDive is null ? null : _page?.DeepDives.FirstOrDefault(d => d.Id == DeepDive)?.Title ?? "the deep dive chosen";

    private int First => _page is null ? 0 : (_page.PageIndex * _page.PageSize) + 1;

    private int Last => _page is null ? 0 : (_page.PageIndex * _page.PageSize) + _page.Rows.Count;

    private string PageHref(int pageIndex) => Navigation.GetUriWithQueryParameter("page", pageIndex == 0 ? null : pageIndex + 1);

    private void OnDeepDiveChanged(ChangeEventArgs e) => Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
    {
        ["deepDive"] = int.TryParse(e.Value as string, out var id) ? id : null,
        ["page"] = null,
    }));

    // The service areas (hundreds of them) are only offered once an outcome is chosen, which happens in the
    // circuit: read them then, once, rather than in every prerendered view and its persisted state.
    private async Task OnOutcomeChangedAsync(RowState row, DecisionOutcome? outcome)
    {
        if (outcome is not null && _areas is null)
        {
            _areas = [.. (await Queries.ServiceAreasAsync()).Select(a => new NamedItem(a.Id, a.Name))];
        }

        row.Input.Outcome = outcome;
    }

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
