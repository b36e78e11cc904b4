using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using Microsoft.AspNetCore.Components;

namespace CouncilPerformance.Web.Features.Kpis;

/// <summary>
/// The KPI list. Filters, sort and page live in the address, so a view can be shared and the back
/// button works; each change reads one page of KPIs from the database, and the prerendered page is
/// handed to the circuit (<see cref="PersistentStateAttribute"/>) so it is read once.
/// </summary>
public partial class KpiList : IDisposable
{
    // As the MudTextField it replaces waited (DebounceInterval): the search applies once typing pauses.
    private static readonly TimeSpan SearchPause = TimeSpan.FromMilliseconds(250);

    private string _searchText = "";
    private string? _searchApplied;
    private CancellationTokenSource? _typing;
    private readonly Dictionary<(IReadOnlyList<NamedItem>, int?), MarkupString> _options = [];

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

    /// <summary>What the prerender loaded, handed to the interactive circuit so it does not load it again.</summary>
    [PersistentState]
    public KpiListState? State { get; set; }

    private RagStatus? Rag => Enum.TryParse<RagStatus>(Status, ignoreCase: true, out var r) ? r : null;

    private KpiDesignation? Designation => Enum.TryParse<KpiDesignation>(Type, ignoreCase: true, out var d) ? d : null;

    private KpiSort Sort => Enum.TryParse<KpiSort>(SortBy, ignoreCase: true, out var s) ? s : KpiSort.Priority;

    private bool All => IncludeAll == true;

    protected override async Task OnParametersSetAsync()
    {
        // The box shows the address's search unless the address changed to what was typed (the
        // person may have typed on since, and their text is not to be overwritten).
        if (Search != _searchApplied)
        {
            _searchApplied = Search;
            _searchText = Search ?? "";
        }

        var key = Navigation.Uri;
        if (State?.Key == key)
        {
            return;
        }

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
        // The options do not change with the filters, so a new view keeps those already read; the
        // service areas are not a filter here, so the circuit is not handed them.
        var options = State?.Options ?? (await Kpis.GetFilterOptionsAsync()) with { ServiceAreas = [] };
        var page = await Kpis.ListPageAsync(filter, Math.Max(0, (PageNumber ?? 1) - 1), KpiQueries.DefaultPageSize, Sort);
        State = new KpiListState { Key = key, Options = options, Page = page };
    }

    private void OnSearchInput(ChangeEventArgs e)
    {
        _searchText = e.Value as string ?? "";
        _typing?.Cancel();
        _typing?.Dispose();
        _typing = new CancellationTokenSource();
        _ = ApplySearchAfterPauseAsync(_typing.Token);
    }

    private async Task ApplySearchAfterPauseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(SearchPause, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await InvokeAsync(ApplySearch);
    }

    // Enter, leaving the box or the form's button: the search now, without waiting for the pause.
    private void ApplySearch()
    {
        _typing?.Cancel();
        var search = string.IsNullOrWhiteSpace(_searchText) ? null : _searchText;
        if (search != Search)
        {
            _searchApplied = search;
            Filter(Keys.Search, search);
        }
    }

    public void Dispose()
    {
        _typing?.Cancel();
        _typing?.Dispose();
        GC.SuppressFinalize(this);
    }

    // A filter's options with "All" first and the chosen one selected, as one encoded string: the
    // scrutiny boards alone are some hundred and fifty options, a render-tree frame or three each.
    private MarkupString OptionsHtml(IReadOnlyList<NamedItem>? items, int? selected)
    {
        items ??= [];
        if (_options.TryGetValue((items, selected), out var html))
        {
            return html;
        }

        var e = HtmlEncoder.Default;
        var b = new StringBuilder(selected is null ? "<option value=\"\" selected>All</option>" : "<option value=\"\">All</option>");
        foreach (var item in items)
        {
            b.Append("<option value=\"").Append(item.Id.ToString(CultureInfo.InvariantCulture))
                .Append(item.Id == selected ? "\" selected>" : "\">").Append(e.Encode(item.Name)).Append("</option>");
        }

        // One per list: the chosen option changes with the address, the lists do not.
        _options.Keys.Where(k => ReferenceEquals(k.Item1, items)).ToList().ForEach(k => _options.Remove(k));
        return _options[(items, selected)] = new MarkupString(b.ToString());
    }

    // Each filter changes only its own parameter and starts again at page one.
    private void Filter(string name, object? value) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [name] = value,
            [Keys.Page] = null,
        }));

    private static int? ParseId(object? value) =>
        int.TryParse(value as string, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static string? Blank(object? value) => string.IsNullOrEmpty(value as string) ? null : (string)value;

    // How an enum value is written in the address (status=red, sort=servicearea).
    private static string Token<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private string PageUri(int pageIndex) =>
        Navigation.GetUriWithQueryParameter(Keys.Page, pageIndex == 0 ? null : pageIndex + 1);
}

/// <summary>One loaded view of the KPI list, keyed by its address.</summary>
public sealed class KpiListState
{
    public required string Key { get; init; }

    public KpiFilterOptions Options { get; init; } = new([], [], [], []);

    public KpiPage Page { get; init; } = new([], 0, 0, KpiQueries.DefaultPageSize, null);
}
