using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Scrutiny;
using CouncilPerformance.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Http;
using F = CouncilPerformance.Core.Scrutiny.RecommendationDrafting.Fields;

namespace CouncilPerformance.Web.Features.Scrutiny;

/// <summary>
/// The boards' work programmes, a static page. The board is chosen with a GET form (the address names it, so a
/// board's programme can be shared); each open item has its own posting form, named after the item, and the answer
/// to a post is the programme read again. The forms are written by the page itself, not a component per item, and
/// share the request's one antiforgery token: the framework validates every post against it before the page runs.
/// </summary>
public partial class WorkProgramme
{
    // Each item carries the board's form, so a page holds fewer than a plain list would.
    private const int PageSize = 20;
    private const string LinkClass = "mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body1";
    private const string VersionField = "Version";
    private const string TakenOnField = "TakenOn";
    private const string OutcomeField = "Outcome";

    private static readonly string MaxOutcome = RecommendationDrafting.MaxOutcomeLength.ToString("N0", CultureInfo.InvariantCulture);

    private WorkProgrammeView? _view;

    // Whether the reader may record what a board did: checked once for the page, not by an AuthorizeView per item.
    private bool _mayRecord;

    // The request's antiforgery token: the same value for every form in a response (the antiforgery service makes
    // one request token per request), so it is read once here rather than by an AntiforgeryToken component per form.
    private AntiforgeryRequestToken? _token;

    // Where each form posts: this address (its board and page), brought back to the item.
    private string _action = "";

    // The one item whose form was posted in this request, with what was typed, its errors or its saved message.
    private ItemForm? _posted;

    [Inject]
    private WorkProgrammeQueries Programme { get; set; } = default!;

    [Inject]
    private RecommendationDrafting Drafting { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private AntiforgeryStateProvider Antiforgery { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    /// <summary>The board whose programme is shown, from the address; all boards when absent.</summary>
    [SupplyParameterFromQuery(Name = "board")]
    public int? Board { get; set; }

    /// <summary>The page of the programme, from 1.</summary>
    [SupplyParameterFromQuery(Name = "page")]
    public int? PageNumberQuery { get; set; }

    // The page shown, from 1: the last one when the address asks for one past it.
    private int PageNumber => (_view?.Page.PageIndex ?? 0) + 1;

    private int PageCount => _view is null ? 0 : (_view.Page.Total + PageSize - 1) / PageSize;

    private string? BoardName => _view?.Boards.FirstOrDefault(b => b.Id == Board)?.Name;

    protected override async Task OnInitializedAsync()
    {
        _mayRecord = (await Authorization.AuthorizeAsync((await AuthenticationState).User, Policies.Scrutiny)).Succeeded;
        if (_mayRecord)
        {
            _token = Antiforgery.GetAntiforgeryToken();
            _action = $"{HttpContext?.Request.Path}{HttpContext?.Request.QueryString}";
        }
    }

    // Each request reads the boards and its page once, on one context; a saved item reads them again.
    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync() => _view = await Programme.ViewAsync(Board, Math.Max(1, PageNumberQuery ?? 1) - 1, PageSize);

    private string PageHref(int page) => Navigation.GetUriWithQueryParameters("/scrutiny/work-programme",
        new Dictionary<string, object?> { ["board"] = Board, ["page"] = page });

    // The boards' options, the chosen one selected (the select's value attribute does not mark it on a static page).
    private MarkupString BoardOptions() => SelectOptions.Html("All boards", _view?.Boards, b => b.Id.ToString(CultureInfo.InvariantCulture), b => b.Name,
        Board?.ToString(CultureInfo.InvariantCulture));

    // An open item's fields, as one piece of markup: the renderer writes an element a piece at a time (five small writes
    // an attribute); measured at thirty times the data, the fields written as elements allocated some 5 KB more a form,
    // 110 KB a page of 20 items. Every value that is not the page's own text is HTML-encoded with the encoder Razor
    // uses, so the markup is what Razor wrote.
    // The request's one antiforgery token goes in each form, as the framework's AntiforgeryToken component writes it.
    private MarkupString FormFields(WorkProgrammeItem item, ItemForm form)
    {
        static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");
        var reference = E(item.Reference);
        var takenOnId = InputIdFor(item.Id, F.TakenOn);
        var outcomeId = InputIdFor(item.Id, F.Outcome);
        var takenOnError = form.Errors.For(F.TakenOn);
        var outcomeError = form.Errors.For(F.Outcome);
        var token = _token is { } t ? $"""<input type="hidden" name="{E(t.FormFieldName)}" value="{E(t.Value)}" />""" : "";
        return new MarkupString(string.Create(CultureInfo.InvariantCulture, $"""
            {token}<input type="hidden" name="{VersionField}" value="{form.Version}" />
            <div class="native-field"><label for="{takenOnId}">Date the board took {reference}</label>
            <input type="text" id="{takenOnId}" name="{TakenOnField}" class="native-input short" inputmode="numeric" autocomplete="off" placeholder="dd/mm/yyyy" value="{E(form.TakenOn)}" {Described(takenOnId, takenOnError)}/>
            <span class="hint" id="{takenOnId}-hint">For example 04/11/2025</span>{FieldError(takenOnId, takenOnError)}</div>
            <div class="native-field"><label for="{outcomeId}">What came of {reference}</label>
            <span class="hint" id="{outcomeId}-hint">For example what the board heard, what it asked for, and whether the item is finished. At most {MaxOutcome} characters.</span>
            <textarea id="{outcomeId}" name="{OutcomeField}" class="native-input" rows="3" maxlength="{RecommendationDrafting.MaxOutcomeLength}" {Described(outcomeId, outcomeError)}>{E(form.Outcome)}</textarea>{FieldError(outcomeId, outcomeError)}</div>
            <button type="submit" class="native-button primary">Save what the board recorded for {reference}</button>
            """));

        // The hint describes the field, and its error too when it has one.
        static string Described(string inputId, string? error) => error is null ? $"""aria-describedby="{inputId}-hint" """
            : $"""aria-describedby="{inputId}-hint {inputId}-error" aria-invalid="true" """;

        static string FieldError(string inputId, string? error) => error is null ? ""
            : $"""<p class="field-error-text" id="{inputId}-error"><span class="visually-hidden">Error: </span>{E(error)}</p>""";
    }

    private static string InputIdFor(int itemId, string field) => $"wp-{itemId}-{field.ToLowerInvariant()}";

    // What an item's form shows: what was posted, if this is the item and what was typed is kept; else the item as read.
    private ItemForm FormFor(WorkProgrammeItem item) => _posted is { } posted && posted.Id == item.Id
        ? posted.KeepTyped ? posted : posted with { Version = item.Version, TakenOn = Shown(item.TakenOn), Outcome = item.Outcome }
        : new ItemForm(item.Id, item.Version, Shown(item.TakenOn), item.Outcome);

    private static string? Shown(DateOnly? date) => date?.ToString(UkDateField.Format, UkDateField.UkCulture);

    private async Task OnSaveAsync(WorkProgrammeItem item)
    {
        if (HttpContext is null)
        {
            return;
        }

        var form = await HttpContext.Request.ReadFormAsync();
        // As typed, so a refused save shows them again; the version is the one this reader saw, not the one just read.
        var posted = new ItemForm(item.Id, Guid.TryParse(form[VersionField], out var shown) ? shown : Guid.Empty,
            form[TakenOnField].ToString(), form[OutcomeField].ToString()) { KeepTyped = true };
        var takenOn = UkDateInput.Parse(posted.TakenOn);
        if (takenOn is null && !string.IsNullOrWhiteSpace(posted.TakenOn))
        {
            posted.Errors.Set([new(F.TakenOn, "Enter the date as day/month/year, for example 04/11/2025")]);
            _posted = posted;
            return;
        }

        var outcome = await Drafting.RecordWorkProgrammeAsync(Actor.From(HttpContext.User), item.Id, takenOn, posted.Outcome, posted.Version);
        if (outcome.Succeeded)
        {
            // The saved values are shown as read again (the outcome trimmed), with the new version.
            _posted = posted with { KeepTyped = false, Saved = $"Saved what the board recorded for {item.Reference}." };
            await LoadAsync();
            return;
        }

        posted.Errors.Set(outcome.Errors);
        // After a conflict the message says their version is shown: it replaces what was typed, with its version.
        _posted = outcome.Kind == OutcomeKind.Conflict ? posted with { KeepTyped = false } : posted;
        if (outcome.Kind == OutcomeKind.Conflict)
        {
            await LoadAsync();
        }
    }

    /// <summary>What one item's form shows: the version it saves against, the two fields, and after a post its errors or message.</summary>
    private sealed record ItemForm(int Id, Guid Version, string? TakenOn, string? Outcome)
    {
        public FormErrors Errors { get; init; } = new();

        public string? Saved { get; init; }

        // Whether what was typed is shown (a refused save) rather than the item as read again (saved, or a conflict).
        public bool KeepTyped { get; init; }
    }
}
