using System.Globalization;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace CouncilPerformance.Web.Features.Admin;

/// <summary>The performance team sets each KPI's target (of any kind), amber tolerance and similar band for a period, or rolls last year's forward.</summary>
public sealed partial class Targets
{
    private static readonly CultureInfo _ukCulture = CultureInfo.GetCultureInfo("en-GB");

    private ReportingPeriod? _period;
    private string _previousLabel = "";
    private List<TargetEdit> _rows = [];
    private List<BreadcrumbItem> _breadcrumbs = [];
    private string? _search;
    private bool _loaded;
    private bool _busy;
    private Message? _message;

    [Inject]
    private PeriodService PeriodService { get; set; } = default!;

    [Inject]
    private TargetService TargetService { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The year the period starts in (2025 for 2025/26).</summary>
    [Parameter]
    public int Year { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _loaded = false;
        _message = null;
        _period = (await PeriodService.ListAsync()).FirstOrDefault(p => p.StartYear == Year);
        if (_period is not null)
        {
            _previousLabel = ReportingPeriod.FinancialYearLabel(Year - 1);
            _breadcrumbs =
            [
                new("Reporting periods", "/admin/periods"),
                new($"Targets for {_period.Label}", null, disabled: true),
            ];
            await LoadAsync();
        }

        _loaded = true;
    }

    private async Task LoadAsync() =>
        _rows = [.. (await TargetService.ListAsync(_period!.Id)).Select(r => new TargetEdit(r))];

    private bool Matches(TargetEdit row) =>
        string.IsNullOrWhiteSpace(_search)
        || row.Row.Name.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase)
        || row.Row.Code.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase);

    private async Task OnSaveAsync(TargetEdit row)
    {
        if (await ActorAsync() is not { } actor)
        {
            return;
        }

        _busy = true;
        _message = null;
        _rows.ForEach(r => r.Saved = false);
        try
        {
            var outcome = await TargetService.SetAsync(actor, row.Row.KpiId, _period!.Id, row.ToInput(), row.Row.Version);
            row.Errors = outcome.Errors.Where(e => e.Field.Length > 0).ToList();
            row.Saved = outcome.Succeeded;
            if (outcome.Succeeded)
            {
                // Only this row is reloaded (for its new version); edits in progress on other rows stay.
                var fresh = (await TargetService.ListAsync(_period.Id)).FirstOrDefault(r => r.KpiId == row.Row.KpiId);
                if (fresh is not null)
                {
                    row.Reset(fresh);
                    row.Saved = true;
                }
            }
            else if (outcome.Kind != OutcomeKind.Invalid)
            {
                _message = new Message(Severity.Error, $"{row.Row.Name}: {outcome.Message}");
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task OnRollForwardAsync()
    {
        if (await ActorAsync() is not { } actor)
        {
            return;
        }

        _busy = true;
        try
        {
            var anyToCopy = _rows.Any(r => r.Row.PreviousTerms is not null);
            var copied = await TargetService.RollForwardAsync(actor, _period!.Id);
            _message = copied switch
            {
                0 when !anyToCopy => new Message(Severity.Info, $"No targets were copied: {_previousLabel} has no targets to copy."),
                0 => new Message(Severity.Info, $"No targets were copied: every KPI with a {_previousLabel} target already has one for {_period.Label}."),
                1 => new Message(Severity.Success, $"1 target was copied from {_previousLabel}."),
                _ => new Message(Severity.Success, $"{copied} targets were copied from {_previousLabel}."),
            };
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<Actor?> ActorAsync() =>
        AuthenticationState is null ? null : Actor.From((await AuthenticationState).User);

    private static string Number(decimal value) => value.ToString("0.###", _ukCulture);

    private static string UnitText(TargetRow row) => row.Unit switch
    {
        KpiUnit.Percentage => "percentage",
        KpiUnit.Money => "pounds",
        KpiUnit.Days => "days",
        KpiUnit.Count => "count",
        _ => row.UnitLabel ?? row.Unit.ToString().ToLowerInvariant(),
    };

    private sealed record Message(Severity Severity, string Text);

    /// <summary>A row being edited: the target typed so far, of any kind, and the errors of the last save.</summary>
    private sealed class TargetEdit
    {
        public TargetEdit(TargetRow row)
        {
            Row = row;
            Reset(row);
        }

        public TargetRow Row { get; private set; }

        public TargetKind Kind { get; set; }

        public decimal? Value { get; set; }

        public decimal? UpperValue { get; set; }

        public TargetComparators? Comparators { get; set; }

        public bool EqualCounts { get; set; }

        public decimal AmberTolerance { get; set; }

        public decimal? SimilarBand { get; set; }

        public IReadOnlyList<FieldError> Errors { get; set; } = [];

        public bool Saved { get; set; }

        public TargetTerms Terms => new(Kind, Value, UpperValue, Comparators, EqualCounts, AmberTolerance);

        public bool IsChanged => Terms != (Row.Terms ?? Initial(Row)) || SimilarBand != Row.SimilarBand;

        public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

        public TargetInput ToInput() => new(Kind, Value, UpperValue, Comparators, EqualCounts, AmberTolerance)
        {
            SimilarBand = SimilarBand,
            KpiVersion = Row.KpiVersion,
            SetsSimilarBand = true,
        };

        public void Reset(TargetRow fresh)
        {
            Row = fresh;
            var terms = fresh.Terms ?? Initial(fresh);
            Kind = terms.Kind;
            Value = terms.Value;
            UpperValue = terms.UpperValue;
            Comparators = terms.Comparators;
            EqualCounts = terms.EqualCounts;
            AmberTolerance = terms.AmberTolerance;
            SimilarBand = fresh.SimilarBand;
            Errors = [];
        }

        // A KPI with no target row yet starts as a number to fill in, the commonest kind.
        private static TargetTerms Initial(TargetRow row) => new(TargetKind.Value, null);
    }
}
