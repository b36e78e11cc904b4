using CouncilPerformance.Core.Implementation;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Review;
using CouncilPerformance.Web.Features.PublicSite.Components;
using CouncilPerformance.Web.Features.Review.Components;
using CouncilPerformance.Web.Features.Shared;
using Microsoft.AspNetCore.Components;

namespace CouncilPerformance.Web.Features.Kpis;

/// <summary>What the KPI page read, handed from the prerender to the live circuit as JSON.</summary>
public sealed record KpiPageState(
    string Code,
    KpiDetail? Detail,
    KpiLineage Lineage,
    HealthCheckReport? Health,
    IReadOnlyList<KpiPlanChange> PlanChanges);

public partial class KpiDetailPage
{
    // MudLink's and MudSimpleTable's classes: the same look as the components, without one each.
    private const string LinkClass = "mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body1";
    private const string TableClass = "mud-table mud-simple-table mud-table-dense mud-elevation-1";

    private KpiDetail? _detail;
    private bool _loaded;
    private List<TrendChart.Point> _points = [];
    private string? _savedMessage;
    private Kpi _kpiForActions = default!;

    [Inject]
    private KpiQueries Kpis { get; set; } = default!;

    [Inject]
    private HealthCheckQueries Health { get; set; } = default!;

    [Inject]
    private KpiLineageQueries Lineage { get; set; } = default!;

    [Inject]
    private ImplementationService Implementation { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The KPI's code, from the address.</summary>
    [Parameter]
    public string Code { get; set; } = "";

    /// <summary>What the prerender read; the circuit restores it instead of reading it again.</summary>
    [PersistentState]
    public KpiPageState? State { get; set; }

    private static string KpiHref(string code) => $"/kpis/{Uri.EscapeDataString(code)}";

    // The "not yet published" tag, as UnpublishedTag renders it, without a component per row.
    private static RenderFragment NotYetPublished(bool published) => builder =>
    {
        if (!published)
        {
            builder.OpenElement(0, "span");
            builder.AddAttribute(1, "class", "not-published-tag");
            builder.AddContent(2, "not yet published");
            builder.CloseElement();
        }
    };

    // HealthLabel's markup, without a component per criterion.
    private static RenderFragment HealthMarkup(HealthResult result) => builder =>
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", HealthLabel.ClassOf(result));
        builder.OpenElement(2, "span");
        builder.AddAttribute(3, "aria-hidden", "true");
        builder.AddContent(4, HealthLabel.SymbolOf(result));
        builder.CloseElement();
        builder.AddContent(5, " " + HealthLabel.WordOf(result));
        builder.CloseElement();
    };

    private static string FrequencyText(KpiFacts kpi)
    {
        var label = Display.Label(kpi.Frequency);
        return kpi.FrequencyNote is not { } note ? label
            : note.StartsWith(label, StringComparison.OrdinalIgnoreCase) ? note
            : $"{label}: {note}";
    }

    protected override async Task OnParametersSetAsync()
    {
        var saved = new Uri(Navigation.Uri).Query;
        _savedMessage = saved.Contains("saved=redefined", StringComparison.Ordinal) ? "The KPI was redefined. The trend marks the change."
            : saved.Contains("saved=replaced", StringComparison.Ordinal) ? "The KPI was replaced and retired."
            : saved.Contains("saved=1", StringComparison.Ordinal) ? "The KPI was saved."
            : null;
        if (State?.Code != Code)
        {
            State = await LoadAsync();
        }

        Show(State);
    }

    private async Task ReloadAsync(string message)
    {
        State = await LoadAsync();
        Show(State);
        _savedMessage = message;
    }

    private async Task<KpiPageState> LoadAsync()
    {
        var detail = await Kpis.GetAsync(Code);
        if (detail is null)
        {
            return new KpiPageState(Code, null, KpiLineage.None, null, []);
        }

        // Most KPIs neither replaced one nor were replaced: their page reads no lineage.
        var lineage = detail.HasLineage ? await Lineage.GetAsync(Code) : KpiLineage.None;
        var health = Health.ForKpiPage(detail);
        var planChanges = await Implementation.ChangesForKpiAsync(detail.Kpi.Id);
        return new KpiPageState(Code, detail, lineage, health, planChanges);
    }

    private void Show(KpiPageState state)
    {
        _detail = state.Detail;
        _loaded = true;
        if (_detail is null)
        {
            return;
        }

        var kpi = _detail.Kpi;
        // The admin actions need the KPI's id, code, status, link and version (the concurrency token), no more.
        _kpiForActions = new Kpi { Id = kpi.Id, Code = kpi.Code, Name = kpi.Name, Status = kpi.Status, ReplacedByKpiId = kpi.ReplacedByKpiId, Version = kpi.Version };

        // Published results, and the period a definition changed from even before its result comes.
        _points = _detail.Periods
            .Where(p => (p.IsPublished && p.Result?.Value is not null && p.Result.DataStatus != DataStatus.NotAvailable) || p.DefinitionChangedHere)
            .Select(p => new TrendChart.Point(
                p.Label,
                p.IsPublished && p.Result?.DataStatus != DataStatus.NotAvailable ? p.Result?.Value : null,
                // Only a number target is a line; a range, direction or comparator target is in the table's words.
                (p.IsPublished || p.DefinitionChangedHere) && p.Terms?.Kind is null or TargetKind.Value ? p.Target : null,
                p.DefinitionChangedHere))
            .ToList();
    }
}
