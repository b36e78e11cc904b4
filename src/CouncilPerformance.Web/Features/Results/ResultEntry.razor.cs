using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Results.Components;
using CouncilPerformance.Web.Features.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace CouncilPerformance.Web.Features.Results;

/// <summary>
/// One KPI's result for one period: officers draft and submit it; the performance team corrects an
/// approved one. The page runs the shared validator as people type, but every rule is enforced
/// again by <see cref="ResultEntryService"/>, so nothing here is the only guard.
/// </summary>
public partial class ResultEntry
{
    private enum SaveAction
    {
        Draft,
        Submit,
        Correct,
    }

    private Actor? _actor;
    private EntryContext? _context;
    private string? _serviceAreaName;
    private bool _loaded;
    private string? _notFound;
    private string? _accessRefusal;
    private string? _readOnlyReason;
    private bool _isCorrection;
    private ResultInput _input = new();
    private Dictionary<string, string> _fieldErrors = [];
    private IReadOnlyList<FieldError> _summaryErrors = [];
    private string _summaryTitle = "There is a problem";
    private bool _validateComplete;
    private bool _saving;
    private string? _savedMessage;
    private bool _conflict;
    private Result? _theirs;
    private SaveAction _pendingAction;
    private (decimal? Value, decimal? Numerator, decimal? Denominator) _stashedFigures;
    private List<BreadcrumbItem> _breadcrumbs = [];
    private ErrorSummary? _errorSummary;
    private ConflictPanel? _conflictPanel;
    private Func<Task>? _afterRender;
    private (string Code, int Year)? _loadedFor;

    /// <summary>The KPI's code, from the address.</summary>
    [Parameter]
    public string Code { get; set; } = "";

    /// <summary>The year the reporting period starts in (2025 for 2025/26), from the address.</summary>
    [Parameter]
    public int Year { get; set; }

    [Inject]
    private ResultEntryService Entry { get; set; } = default!;

    [Inject]
    private PeriodService Periods { get; set; } = default!;

    [Inject]
    private IDbContextFactory<AppDbContext> DbFactory { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthenticationState { get; set; } = default!;

    private bool ReadOnly => _readOnlyReason is not null;

    private decimal? EffectiveValue => _context is null ? null : _input.EffectiveValue(_context.Kpi);

    private string KpiHref => $"/kpis/{Uri.EscapeDataString(Code)}";

    private string MyResultsHref => $"/results?year={Year}";

    private DateTime? ExpectedDate
    {
        get => _input.ExpectedAvailableOn?.ToDateTime(TimeOnly.MinValue);
        set => _input.ExpectedAvailableOn = value is { } date ? DateOnly.FromDateTime(date) : null;
    }

    private string ValueLabel => _context!.Kpi.Unit switch
    {
        KpiUnit.Percentage => "Value (%)",
        KpiUnit.Count => "Value (number)",
        KpiUnit.Days => "Value (days)",
        KpiUnit.Money => "Value (£)",
        _ => _context.Kpi.UnitLabel is { } label ? $"Value ({label})" : "Value (score)",
    };

    private string CommentaryHelp
    {
        get
        {
            var rag = RagRating.Rate(_context!.Target?.Terms, _context.Kpi.Polarity, _input.Facts(_context.Kpi, _context.PreviousValue, _context.RedefinedThisPeriod)).Rag;
            return rag is RagStatus.Red or RagStatus.Amber
                ? $"Required: the result would be {Display.Label(rag).ToLowerInvariant()}. Say what happened and what is being done."
                : "Required when the result is red or amber: say what happened and what is being done.";
        }
    }

    private string ReapplyText => _pendingAction switch
    {
        SaveAction.Submit => "Re-apply my changes and submit",
        SaveAction.Correct => "Re-apply my correction",
        _ => "Re-apply my changes and save the draft",
    };

    /// <summary>The id of the input that a validator field name belongs to, e.g. "Breakdown.7" → "result-breakdown-7".</summary>
    public static string? InputIdFor(string field) =>
        string.IsNullOrEmpty(field) ? null : "result-" + field.Replace('.', '-').ToLowerInvariant();

    protected override async Task OnParametersSetAsync()
    {
        // Reload only for another result: a re-render of the layout must not throw away what is being typed.
        if (_loaded && _loadedFor == (Code, Year))
        {
            return;
        }

        _loadedFor = (Code, Year);
        _loaded = false;
        _notFound = null;
        var state = await AuthenticationState.GetAuthenticationStateAsync();
        _actor = Actor.From(state.User);

        int? kpiId;
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var kpi = await db.Kpis.AsNoTracking().Where(k => k.Code == Code)
                .Select(k => new { k.Id, ServiceArea = k.ServiceArea!.Name })
                .FirstOrDefaultAsync();
            kpiId = kpi?.Id;
            _serviceAreaName = kpi?.ServiceArea;
        }

        var period = (await Periods.ListAsync()).FirstOrDefault(p => p.StartYear == Year);
        if (kpiId is null)
        {
            _notFound = "KPI not found";
        }
        else if (period is null)
        {
            _notFound = $"There is no reporting period {ReportingPeriod.FinancialYearLabel(Year)}";
        }
        else
        {
            await LoadAsync(kpiId.Value, period.Id);
        }

        _loaded = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_afterRender is { } action)
        {
            _afterRender = null;
            await action();
        }
    }

    private async Task LoadAsync(int kpiId, int periodId)
    {
        _context = await Entry.GetContextAsync(kpiId, periodId);
        if (_context is null)
        {
            _notFound = "KPI not found";
            return;
        }

        var actor = _actor!;
        _breadcrumbs = [new($"My results for {_context.Period.Label}", href: MyResultsHref), new(_context.Kpi.Name, href: null, disabled: true)];
        _accessRefusal = actor.MayEnterResultsFor(_context.Kpi.ServiceAreaId) ? null : ResultEntryService.Refusal(actor, _context);
        // The performance team corrects an approved result, in any period state; everyone else is bound by the service's refusal.
        _isCorrection = actor.IsAdministrator && _context.Result?.State == ResultState.Approved;
        _readOnlyReason = _accessRefusal is not null || _isCorrection ? null : ResultEntryService.Refusal(actor, _context);
        _input = _context.Result is { } result
            ? ResultInput.From(result)
            : new ResultInput { KpiId = _context.Kpi.Id, ReportingPeriodId = _context.Period.Id };
        _stashedFigures = default;
        _validateComplete = false;
        _summaryErrors = [];
        Revalidate();
    }

    private Task ReloadAsync() => LoadAsync(_context!.Kpi.Id, _context.Period.Id);

    private void Revalidate() =>
        _fieldErrors = CurrentErrors(_validateComplete)
            .GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Message)));

    private List<FieldError> CurrentErrors(bool complete)
    {
        if (_context is null)
        {
            return [];
        }

        var errors = ResultInputValidator.Validate(_input, _context.Kpi, _context.Target, complete, _context.PreviousValue, _context.RedefinedThisPeriod).ToList();
        if (complete && _isCorrection && string.IsNullOrWhiteSpace(_input.CorrectionReason))
        {
            errors.Add(new(ResultInputValidator.Fields.CorrectionReason, "Say why the result is being corrected"));
        }

        return errors;
    }

    private bool HasError(string field) => _fieldErrors.ContainsKey(field);

    private string? ErrorFor(string field) => _fieldErrors.GetValueOrDefault(field);

    // MudBlazor 9.12 runs its own validation on blur and overwrites Error/ErrorText set from outside
    // (MudBlazor #12732, fixed upstream by #13415). Handing it the same messages through Validation keeps them.
    private Func<T, string?> Check<T>(string field) => _ => ErrorFor(field);

    private void OnDataStatusChanged(DataStatus status)
    {
        // "Not available" needs empty figures; keep them aside so switching back does not lose them.
        if (status == DataStatus.NotAvailable && _input.DataStatus != DataStatus.NotAvailable)
        {
            _stashedFigures = (_input.Value, _input.Numerator, _input.Denominator);
            _input.Value = _input.Numerator = _input.Denominator = null;
        }
        else if (status != DataStatus.NotAvailable && _input.DataStatus == DataStatus.NotAvailable)
        {
            (_input.Value, _input.Numerator, _input.Denominator) = _stashedFigures;
            _stashedFigures = default;
        }

        _input.DataStatus = status;
        Revalidate();
    }

    private void SetComparator(Comparator comparator, decimal? value)
    {
        _input.Comparators[comparator] = value;
        Revalidate();
    }

    private void SetBreakdown(int categoryId, decimal? value)
    {
        _input.Breakdowns[categoryId] = value;
        Revalidate();
    }

    private string SumText(IReadOnlyList<BreakdownCategory> categories)
    {
        var entered = categories.Select(c => _input.Breakdowns.GetValueOrDefault(c.Id)).Where(v => v is not null).ToList();
        if (entered.Count == 0 || _context is null)
        {
            return "";
        }

        var kpi = _context.Kpi;
        var sum = Display.Value(entered.Sum(), kpi.Unit, kpi.UnitLabel);
        return EffectiveValue is { } total
            ? $"So far they add up to {sum}; the total is {Display.Value(total, kpi.Unit, kpi.UnitLabel)}."
            : $"So far they add up to {sum}.";
    }

    private string StateText()
    {
        var result = _context!.Result;
        var period = _context.Period;
        var deadline = period.State == PeriodState.Open && period.EntryDeadline is { } d ? $" Deadline: {Display.Date(d)}." : "";
        return result?.State switch
        {
            null => $"Nothing has been saved yet.{deadline}",
            ResultState.Draft => $"Draft, last saved by {result.EnteredByName ?? "unknown"} on {Display.Date(result.EnteredAt)}. Not yet submitted.{deadline}",
            ResultState.Submitted => $"Submitted for sign-off by {result.EnteredByName ?? "unknown"} on {Display.Date(result.SubmittedAt ?? result.EnteredAt)}. It can still be changed until it is approved.",
            ResultState.Returned => $"Returned by the performance team.{deadline}",
            _ => $"Approved{(result.ApprovedByName is null ? "" : $" by {result.ApprovedByName}")}{(result.ApprovedAt is null ? "" : $" on {Display.Date(result.ApprovedAt)}")}.",
        };
    }

    private Task OnDefaultSubmitAsync() => SaveAsync(_isCorrection ? SaveAction.Correct : SaveAction.Draft);

    private Task OnSubmitForSignOffAsync() => SaveAsync(SaveAction.Submit);

    private async Task OnKeepTheirsAsync()
    {
        await ReloadAsync();
        _conflict = false;
        _theirs = null;
        _savedMessage = "Their version is shown in the form. Your changes were discarded.";
    }

    private async Task OnReapplyMineAsync()
    {
        // Saving on top of their version: the next save is checked against it, not against what was first loaded.
        _input.Version = _theirs?.Version;
        _conflict = false;
        await SaveAsync(_pendingAction);
    }

    private async Task SaveAsync(SaveAction action)
    {
        if (_saving || ReadOnly || _actor is null || _context is null)
        {
            return;
        }

        _savedMessage = null;
        var complete = action != SaveAction.Draft;
        var title = action switch
        {
            SaveAction.Draft => "The draft was not saved",
            SaveAction.Submit => "The result was not submitted",
            _ => "The correction was not saved",
        };

        // The same validator the service runs; checking here first lists every problem at once.
        var errors = CurrentErrors(complete);
        if (errors.Count > 0)
        {
            ShowProblems(title, errors, complete);
            return;
        }

        _saving = true;
        try
        {
            _input.KpiId = _context.Kpi.Id;
            _input.ReportingPeriodId = _context.Period.Id;
            var outcome = action switch
            {
                SaveAction.Draft => await Entry.SaveDraftAsync(_actor, _input),
                SaveAction.Submit => await Entry.SubmitAsync(_actor, _input),
                _ => await Entry.CorrectAsync(_actor, _input),
            };

            switch (outcome.Kind)
            {
                case OutcomeKind.Saved:
                    _conflict = false;
                    _theirs = null;
                    await ReloadAsync();
                    _savedMessage = action switch
                    {
                        SaveAction.Draft => "Draft saved. It is not submitted yet: submit it for sign-off when it is complete.",
                        SaveAction.Submit => "Submitted for sign-off. The performance team will approve it or return it with a comment.",
                        _ => "Correction saved. The earlier figures are kept under “Corrections” on the KPI's page.",
                    };
                    break;
                case OutcomeKind.Conflict:
                    // A clash on creating the first result carries no current version; read it.
                    _theirs = outcome.Current ?? (await Entry.GetContextAsync(_context.Kpi.Id, _context.Period.Id))?.Result;
                    _pendingAction = action;
                    _conflict = true;
                    _summaryErrors = [];
                    _afterRender = async () =>
                    {
                        if (_conflictPanel is not null)
                        {
                            await _conflictPanel.FocusAsync();
                        }
                    };
                    break;
                default:
                    ShowProblems(title, outcome.Errors, complete);
                    break;
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private void ShowProblems(string title, IReadOnlyList<FieldError> errors, bool complete)
    {
        _summaryTitle = title;
        _summaryErrors = errors;
        _validateComplete = complete;
        _fieldErrors = errors.Where(e => e.Field.Length > 0)
            .GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Message)));
        _afterRender = async () =>
        {
            if (_errorSummary is not null)
            {
                await _errorSummary.FocusAsync();
            }
        };
    }
}
