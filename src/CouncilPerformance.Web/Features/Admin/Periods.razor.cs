using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Admin.Components;
using CouncilPerformance.Web.Features.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace CouncilPerformance.Web.Features.Admin;

/// <summary>The performance team opens, closes and publishes reporting periods.</summary>
public sealed partial class Periods
{
    private IReadOnlyList<ReportingPeriod>? _periods;
    private DateOnly _today;
    private bool _busy;
    private Message? _message;
    private ElementReference _messageArea;
    private bool _focusMessage;

    [Inject]
    private PeriodService PeriodService { get; set; } = default!;

    [Inject]
    private IDialogService DialogService { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private string NextLabel => ReportingPeriod.FinancialYearLabel(
        _periods is { Count: > 0 } periods ? periods.Max(p => p.StartYear) + 1 : Clock.GetUtcNow().Year);

    protected override async Task OnInitializedAsync()
    {
        _today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        await LoadAsync();
    }

    private async Task LoadAsync() => _periods = await PeriodService.ListAsync();

    private async Task OnOpenAsync(ReportingPeriod period)
    {
        var parameters = new DialogParameters<OpenPeriodDialog>
        {
            { d => d.PeriodLabel, period.Label },
            { d => d.Today, _today },
            { d => d.Suggested, period.EntryDeadline },
            { d => d.AlreadyOpen, period.State == PeriodState.Open },
        };
        var dialog = await DialogService.ShowAsync<OpenPeriodDialog>($"Open {period.Label} for entry", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: DateOnly deadline })
        {
            var wasOpen = period.State == PeriodState.Open;
            await RunAsync(actor => PeriodService.OpenAsync(actor, period.Id, period.Version, deadline),
                wasOpen
                    ? $"The deadline for {period.Label} is now {Display.Date(deadline)}."
                    : $"{period.Label} is open for entry until {Display.Date(deadline)}.");
        }
    }

    private Task OnCloseAsync(ReportingPeriod period) =>
        RunAsync(actor => PeriodService.CloseAsync(actor, period.Id, period.Version),
            $"{period.Label} is closed: officers can no longer enter results. Approve the submitted ones, then publish it.");

    private async Task OnPublishAsync(ReportingPeriod period)
    {
        var parameters = new DialogParameters<ConfirmPublishDialog> { { d => d.PeriodLabel, period.Label } };
        var dialog = await DialogService.ShowAsync<ConfirmPublishDialog>($"Publish {period.Label}?", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var confirmed = await dialog.Result;
        if (confirmed is { Canceled: false })
        {
            await RunAsync(actor => PeriodService.PublishAsync(actor, period.Id, period.Version),
                $"{period.Label} is published. Its results are now public and final.", period.StartYear);
        }
    }

    private async Task OnAddNextAsync()
    {
        var label = NextLabel;
        await RunAsync(actor => PeriodService.AddNextAsync(actor), $"{label} has been added. Set its targets, then open it for entry.");
    }

    /// <summary>Runs a period change as the signed-in user and reports its outcome.</summary>
    /// <param name="change">The service call.</param>
    /// <param name="success">What to say when it succeeds.</param>
    /// <param name="refusedYear">When set, a refusal links to that period's progress board (publishing waits on its results).</param>
    private async Task RunAsync(Func<Actor, Task<EntryOutcome>> change, string success, int? refusedYear = null)
    {
        if (AuthenticationState is null)
        {
            return;
        }

        _busy = true;
        try
        {
            var actor = Actor.From((await AuthenticationState).User);
            var outcome = await change(actor);
            _message = outcome.Succeeded
                ? new Message(Severity.Success, success)
                : new Message(Severity.Error, outcome.Message ?? "Nothing was saved.", refusedYear);
            await LoadAsync();
            _focusMessage = true;
        }
        finally
        {
            _busy = false;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // After a dialog closes focus would fall back to the page's body; start again at the outcome.
        if (_focusMessage)
        {
            _focusMessage = false;
            await _messageArea.FocusAsync();
        }
    }

    private sealed record Message(Severity Severity, string Text, int? ProgressYear = null);
}
