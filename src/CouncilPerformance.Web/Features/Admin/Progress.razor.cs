using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Admin.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace CouncilPerformance.Web.Features.Admin;

/// <summary>
/// The performance team's board for a period: what is missing or overdue, and what waits for sign-off (a page
/// at a time, the page in the address). What the prerender read is handed to the circuit
/// (<see cref="PersistentStateAttribute"/>), so a view reads it once.
/// </summary>
public sealed partial class Progress
{
    private const string LinkClass = "mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body1";

    private (string Text, string? Href)[] _breadcrumbs = [];
    private DateOnly _today;
    private bool _loaded;
    private bool _busy;
    private Message? _message;
    private ElementReference _messageArea;
    private bool _focusMessage;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ResultQueries ResultQueries { get; set; } = default!;

    [Inject]
    private ResultEntryService ResultEntryService { get; set; } = default!;

    [Inject]
    private IDialogService DialogService { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The year the period starts in (2025 for 2025/26); without it, the current period.</summary>
    [Parameter]
    public int? Year { get; set; }

    /// <summary>The one-based page of the results waiting for sign-off.</summary>
    [SupplyParameterFromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    /// <summary>What the prerender read, keyed by the year asked for, handed to the interactive circuit.</summary>
    [PersistentState]
    public ProgressState? State { get; set; }

    private ReportingPeriod? Shown => State?.Period;

    private IReadOnlyList<ProgressRow> AreaRows => State?.Progress ?? [];

    private EntryPage Waiting => State?.Waiting ?? new([], 0, 0, ResultQueries.DefaultPageSize);

    protected override async Task OnParametersSetAsync()
    {
        _message = null;
        _today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        var pageIndex = Math.Max(0, (PageNumber ?? 1) - 1);
        if (State is null || State.Year != Year || State.AskedPage != pageIndex)
        {
            _loaded = false;
            await LoadAsync(pageIndex);
        }

        if (Shown is { } shown)
        {
            _breadcrumbs = [("Reporting periods", "/admin/periods"), ($"Progress for {shown.Label}", null)];
        }

        _loaded = true;
    }

    // The whole board in one read (three commands), for a new view and again after a sign-off.
    private async Task LoadAsync(int pageIndex)
    {
        var board = await ResultQueries.GetBoardAsync(Year, pageIndex);
        State = new ProgressState
        {
            Year = Year,
            Period = board?.Period,
            Progress = board?.Areas ?? [],
            AskedPage = pageIndex,
            Waiting = board?.Waiting ?? new([], 0, 0, ResultQueries.DefaultPageSize),
        };
    }

    private string PageUri(int pageIndex) => Navigation.GetUriWithQueryParameter("page", pageIndex == 0 ? null : pageIndex + 1);

    private Task OnApproveAsync(EntryRow row) =>
        SignOffAsync(row, (actor, id, version) => ResultEntryService.ApproveAsync(actor, id, version), $"{row.Name} is approved.");

    private async Task OnReturnAsync(EntryRow row)
    {
        var parameters = new DialogParameters<ReturnResultDialog> { { d => d.KpiName, row.Name } };
        var dialog = await DialogService.ShowAsync<ReturnResultDialog>($"Return {row.Name}", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: string comment })
        {
            await SignOffAsync(row, (actor, id, version) => ResultEntryService.ReturnAsync(actor, id, version, comment),
                $"{row.Name} is returned to the officer with your comment.");
        }
    }

    private async Task SignOffAsync(EntryRow row, Func<Actor, int, Guid, Task<EntryOutcome>> signOff, string success)
    {
        if (AuthenticationState is null || row is not { ResultId: { } id, Version: { } version })
        {
            return;
        }

        _busy = true;
        try
        {
            var outcome = await signOff(Actor.From((await AuthenticationState).User), id, version);
            _message = outcome.Kind switch
            {
                OutcomeKind.Saved => new Message(Severity.Success, success),
                OutcomeKind.Conflict => new Message(Severity.Error,
                    $"Nothing was saved: someone else changed the result for {row.Name} since this page loaded. The lists below now show where it stands."),
                _ => new Message(Severity.Error, $"{row.Name}: {outcome.Message ?? string.Join(" ", outcome.Errors.Select(e => e.Message))}"),
            };
            await LoadAsync(State!.AskedPage);
            _focusMessage = true;
        }
        finally
        {
            _busy = false;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The row's buttons leave the list once it is signed off; start again at the outcome rather than the page's body.
        if (_focusMessage)
        {
            _focusMessage = false;
            await _messageArea.FocusAsync();
        }
    }

    private sealed record Message(Severity Severity, string Text);
}

/// <summary>One loaded view of the progress board: the period asked for, its counts and a page waiting for sign-off.</summary>
public sealed class ProgressState
{
    /// <summary>The year in the address (none for the current period).</summary>
    public int? Year { get; init; }

    /// <summary>The period shown; null when there is none for the year.</summary>
    public ReportingPeriod? Period { get; init; }

    public IReadOnlyList<ProgressRow> Progress { get; init; } = [];

    /// <summary>The zero-based page of the sign-off list in the address (the list shows the last one when it asks past it).</summary>
    public int AskedPage { get; init; }

    public EntryPage Waiting { get; init; } = new([], 0, 0, ResultQueries.DefaultPageSize);
}
