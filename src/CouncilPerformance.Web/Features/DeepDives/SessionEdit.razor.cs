using System.Text.Json;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Scrutiny;
using CouncilPerformance.Web.Features.Results.Components;
using CouncilPerformance.Web.Features.Scrutiny;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace CouncilPerformance.Web.Features.DeepDives;

/// <summary>
/// Creates or edits one deep-dive session: its date, portfolios, attendees and the KPIs reviewed with
/// a finding on each, saved together. KPIs chosen on the review page arrive as <c>?kpi=CODE</c>.
/// </summary>
public partial class SessionEdit
{
    private readonly FormErrors _errors = new();
    private SessionInput _input = new();
    private SessionEditor? _theirs;
    private ErrorSummary? _summary;
    private string _summaryTitle = "The session was not saved";
    private bool _saving;
    private bool _notFound;
    private bool _focusSummary;
    private int _kpiToAdd;
    private List<BreadcrumbItem> _breadcrumbs = [];

    [Inject]
    private DeepDiveQueries Queries { get; set; } = default!;

    [Inject]
    private DeepDiveService Service { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    /// <summary>The series a new session is added to.</summary>
    [Parameter]
    public int? SeriesId { get; set; }

    /// <summary>The session being edited.</summary>
    [Parameter]
    public int? SessionId { get; set; }

    /// <summary>Codes of KPIs to start a new session with (from the review page).</summary>
    [SupplyParameterFromQuery(Name = "kpi")]
    public string[]? KpiCodes { get; set; }

    /// <summary>The form's data as the prerender loaded it, so the circuit does not load it again.</summary>
    [PersistentState]
    public SessionEditor? Editor { get; set; }

    private string Heading => SessionId is null ? "Add a deep-dive session" : $"Edit session {Editor?.Input.Number}";

    private DateTime? HeldOn
    {
        get => _input.HeldOn?.ToDateTime(TimeOnly.MinValue);
        set => _input.HeldOn = value is { } d ? DateOnly.FromDateTime(d) : null;
    }

    private static string? Id(string field) => FormErrors.InputIdFor(field);

    protected override async Task OnInitializedAsync()
    {
        Editor ??= await Queries.GetSessionEditorAsync(SeriesId, SessionId);
        if (Editor is null)
        {
            _notFound = true;
            return;
        }

        _input = Copy(Editor.Input);
        if (SessionId is null)
        {
            foreach (var code in KpiCodes ?? [])
            {
                if (Editor.Kpis.FirstOrDefault(k => k.Code == code) is { } kpi && !Chosen(kpi.Id))
                {
                    _input.Kpis.Add(new SessionKpiInput { KpiId = kpi.Id });
                }
            }
        }

        _breadcrumbs =
        [
            new("Deep dives", href: "/deep-dives"),
            new(Editor.SeriesTitle, href: $"/deep-dives/{Editor.SeriesId}"),
            new(Heading, href: null, disabled: true),
        ];
    }

    // A deep copy, so the form never edits the loaded state (which "keep their version" goes back to).
    private static SessionInput Copy(SessionInput input) =>
        JsonSerializer.Deserialize<SessionInput>(JsonSerializer.Serialize(input))!;

    private bool Chosen(int kpiId) => _input.Kpis.Any(k => k.KpiId == kpiId);

    private string KpiName(int kpiId) => Editor?.Kpis.FirstOrDefault(k => k.Id == kpiId)?.Name ?? "A KPI";

    private void TogglePortfolio(int id, bool chosen)
    {
        _input.PortfolioIds.Remove(id);
        if (chosen)
        {
            _input.PortfolioIds.Add(id);
        }
    }

    private void AddAttendee() => _input.Attendees.Add(new AttendeeInput { Role = AttendeeRole.Officer });

    private void AddKpi()
    {
        if (_kpiToAdd != 0 && !Chosen(_kpiToAdd))
        {
            _input.Kpis.Add(new SessionKpiInput { KpiId = _kpiToAdd });
        }

        _kpiToAdd = 0;
    }

    private Task SaveAsync() => SaveAsync(Editor?.Version);

    private async Task SaveMineOverTheirsAsync()
    {
        var version = _theirs?.Version;
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
            var actor = Actor.From((await Authentication.GetAuthenticationStateAsync()).User);
            var outcome = Editor.SessionId is { } id
                ? await Service.UpdateSessionAsync(actor, id, _input, version ?? Guid.Empty)
                : await Service.CreateSessionAsync(actor, Editor.SeriesId, _input);
            if (outcome.Succeeded)
            {
                Navigation.NavigateTo($"/deep-dives/{Editor.SeriesId}#session-{_input.Number}");
                return;
            }

            _summaryTitle = outcome.Kind == OutcomeKind.Conflict ? "Someone else changed this session" : "The session was not saved";
            _errors.Set(outcome.Errors);
            if (outcome.Kind == OutcomeKind.Conflict && Editor.SessionId is { } sessionId)
            {
                _theirs = await Queries.GetSessionEditorAsync(null, sessionId);
            }
        }
        finally
        {
            _saving = false;
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
}
