using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Admin.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;

namespace CouncilPerformance.Web.Features.Admin;

/// <summary>
/// The performance team's board for a period: what is missing or overdue, and what waits for sign-off (a page
/// at a time, the page in the address). A static page: it keeps no circuit while open, and approving or returning
/// a result posts its form, whose response is the board read again.
/// </summary>
public sealed partial class Progress
{
    private const string LinkClass = "mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body1";

    private (string Text, string? Href)[] _breadcrumbs = [];
    private DateOnly _today;
    private Message? _message;
    private SignOffProblem? _problem;
    private ProgressBoard? _board;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ResultQueries ResultQueries { get; set; } = default!;

    [Inject]
    private ResultEntryService ResultEntryService { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    /// <summary>The year the period starts in (2025 for 2025/26); without it, the current period.</summary>
    [Parameter]
    public int? Year { get; set; }

    /// <summary>The one-based page of the results waiting for sign-off.</summary>
    [SupplyParameterFromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    /// <summary>What a sign-off button posted: which result, and the comments typed (only a return's is used).</summary>
    [SupplyParameterFromForm(FormName = "sign-off")]
    public SignOffInput? Input { get; set; }

    private ReportingPeriod? Shown => _board?.Period;

    private IReadOnlyList<ProgressRow> AreaRows => _board?.Areas ?? [];

    private EntryPage Waiting => _board?.Waiting ?? new([], 0, 0, ResultQueries.DefaultPageSize);

    private int PageIndex => Math.Max(0, (PageNumber ?? 1) - 1);

    // Back to this page of the board, at the outcome of the sign-off.
    private string FormAction => $"{HttpContext?.Request.Path}{HttpContext?.Request.QueryString}#sign-off-outcome";

    protected override async Task OnParametersSetAsync()
    {
        _today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        _board = await ResultQueries.GetBoardAsync(Year, PageIndex);
        if (Shown is { } shown)
        {
            _breadcrumbs = [("Reporting periods", "/admin/periods"), ($"Progress for {shown.Label}", null)];
        }
    }

    private async Task OnSignOffAsync()
    {
        if (Input is null || AuthenticationState is null)
        {
            return;
        }

        var returning = Input.Return is not null;
        if (!TryRead(returning ? Input.Return : Input.Approve, out var resultId, out var version))
        {
            _message = new Message(false, "Nothing was saved: the page did not say which result to sign off. Choose Approve or Return again.");
            return;
        }

        // Named as the page showed it; a result since signed off by someone else is no longer on the page.
        var name = Waiting.Rows.FirstOrDefault(r => r.ResultId == resultId)?.Name ?? "The result";
        var actor = Actor.From((await AuthenticationState).User);
        EntryOutcome outcome;
        if (returning)
        {
            var comment = Input.Comments?.GetValueOrDefault(resultId);
            outcome = await ResultEntryService.ReturnAsync(actor, resultId, version, comment ?? "");
            if (outcome.Kind == OutcomeKind.Invalid)
            {
                // The comment stays on the page, beside its field, with what is wrong with it; nothing was saved.
                _problem = new SignOffProblem(resultId, string.Join(" ", outcome.Errors.Select(e => e.Message)));
                _message = new Message(false, $"{name} was not returned. {_problem.Message}.");
                return;
            }
        }
        else
        {
            outcome = await ResultEntryService.ApproveAsync(actor, resultId, version);
        }

        _message = outcome.Kind switch
        {
            OutcomeKind.Saved => new Message(true, returning ? $"{name} is returned to the officer with your comment." : $"{name} is approved."),
            OutcomeKind.Conflict => new Message(false,
                $"Nothing was saved: someone else changed the result for {name} since this page loaded. The lists below now show where it stands."),
            _ => new Message(false, $"{name}: {outcome.Message ?? string.Join(" ", outcome.Errors.Select(e => e.Message))}"),
        };
        _board = await ResultQueries.GetBoardAsync(Year, PageIndex);
    }

    // "41:3f2c…": the result's id and the version it was shown at.
    private static bool TryRead(string? token, out int resultId, out Guid version)
    {
        version = Guid.Empty;
        resultId = 0;
        var parts = token?.Split(':', 2);
        return parts is [var id, var v] && int.TryParse(id, out resultId) && Guid.TryParse(v, out version);
    }

    private string PageUri(int pageIndex) => Navigation.GetUriWithQueryParameter("page", pageIndex == 0 ? null : pageIndex + 1);

    private sealed record Message(bool Success, string Text);
}

/// <summary>The sign-off form's fields: the button pressed carries its result and version.</summary>
public sealed class SignOffInput
{
    /// <summary>Set by an Approve button.</summary>
    public string? Approve { get; set; }

    /// <summary>Set by a "Return to the officer" button.</summary>
    public string? Return { get; set; }

    /// <summary>Each row's comment for the officer, by result id.</summary>
    public Dictionary<int, string>? Comments { get; set; }
}
