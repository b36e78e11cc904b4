using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Shared;
using Microsoft.AspNetCore.Components;

namespace CouncilPerformance.Web.Features.Kpis;

/// <summary>
/// The KPI list, a static page. Filters, sort and page live in the address, so a view can be shared
/// and the back button works; each view reads one page of KPIs from the database, once.
/// </summary>
public partial class KpiList
{
    [Inject]
    private KpiQueries Kpis { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;
    /// <summary>The query-string names of the filters, sort and page.</summary>
    private static class Keys
    {
        public const string Search = "q";
        public const string Priority = "priority";
        public const string Portfolio = "portfolio";
        public const string Board = "board";
        public const string Status = "status";
        public const string Type = "type";
        public const string All = "all";
        public const string Sort = "sort";
        public const string Page = "page";
    }

    [SupplyParameterFromQuery(Name = Keys.Search)]
    public string? Search { get; set; }

    [SupplyParameterFromQuery(Name = Keys.Priority)]
    public int? Priority { get; set; }

    [SupplyParameterFromQuery(Name = Keys.Portfolio)]
    public int? Portfolio { get; set; }

    [SupplyParameterFromQuery(Name = Keys.Board)]
    public int? Board { get; set; }

    [SupplyParameterFromQuery(Name = Keys.Status)]
    public string? Status { get; set; }

    [SupplyParameterFromQuery(Name = Keys.Type)]
    public string? Type { get; set; }

    [SupplyParameterFromQuery(Name = Keys.All)]
    public bool? IncludeAll { get; set; }

    [SupplyParameterFromQuery(Name = Keys.Sort)]
    public string? SortBy { get; set; }

    /// <summary>The one-based page number in the address.</summary>
    [SupplyParameterFromQuery(Name = Keys.Page)]
    public int? PageNumber { get; set; }

    private KpiListState? State { get; set; }

    private RagStatus? Rag => Enum.TryParse<RagStatus>(Status, ignoreCase: true, out var r) ? r : null;

    private KpiDesignation? Designation => Enum.TryParse<KpiDesignation>(Type, ignoreCase: true, out var d) ? d : null;

    private KpiSort Sort => Enum.TryParse<KpiSort>(SortBy, ignoreCase: true, out var s) ? s : KpiSort.Priority;

    private bool All => IncludeAll == true;

    protected override async Task OnParametersSetAsync()
    {
        var filter = new KpiFilter
        {
            Search = Search,
            PriorityId = Priority,
            PortfolioId = Portfolio,
            ScrutinyBoardId = Board,
            Rag = Rag is { } rag ? [rag] : null,
            Designation = Designation,
            IncludeNotReported = All,
        };
        // The service areas are not a filter here.
        var options = await Kpis.GetFilterOptionsAsync(withServiceAreas: false);
        var page = await Kpis.ListPageAsync(filter, Math.Max(0, (PageNumber ?? 1) - 1), KpiQueries.DefaultPageSize, Sort);
        State = new KpiListState { Options = options, Page = page };
    }

    private static MarkupString OptionsHtml(IReadOnlyList<NamedItem>? items, int? selected) =>
        SelectOptions.Html("All", items, i => i.Id.ToString(CultureInfo.InvariantCulture), i => i.Name, selected?.ToString(CultureInfo.InvariantCulture));

    // How an enum value is written in the address (status=red, sort=servicearea).
    private static string Token<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private string PageUri(int pageIndex) =>
        Navigation.GetUriWithQueryParameter(Keys.Page, pageIndex == 0 ? null : pageIndex + 1);
}

/// <summary>One view of the KPI list: the filters' choices and a page of KPIs.</summary>
public sealed class KpiListState
{
    public KpiFilterOptions Options { get; init; } = new([], [], [], []);

    public KpiPage Page { get; init; } = new([], 0, 0, KpiQueries.DefaultPageSize, null);
}
