using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Review;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace CouncilPerformance.Web.Features.Review;

/// <summary>
/// The year's performance review. Filters and page numbers live in the address, so a view can be
/// shared and the back button works; each change reloads one page of each section from the database.
/// </summary>
public partial class Review
{
    [Inject]
    private ReviewQueries Queries { get; set; } = default!;

    [Inject]
    private KpiQueries Kpis { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    /// <summary>The year the financial year starts (2024 for 2024/25); the latest published year when absent.</summary>
    [Parameter]
    public int? Year { get; set; }

    /// <summary>The query-string names of the filters and page numbers.</summary>
    private static class Keys
    {
        public const string Priority = "priority";
        public const string Portfolio = "portfolio";
        public const string Board = "board";
        public const string Type = "type";
        public const string Off = "off";
        public const string Gaps = "gaps";
        public const string Achieved = "achieved";
    }

    [SupplyParameterFromQuery(Name = Keys.Priority)]
    public int? Priority { get; set; }

    [SupplyParameterFromQuery(Name = Keys.Portfolio)]
    public int? Portfolio { get; set; }

    [SupplyParameterFromQuery(Name = Keys.Board)]
    public int? Board { get; set; }

    [SupplyParameterFromQuery(Name = Keys.Type)]
    public string? Type { get; set; }

    [SupplyParameterFromQuery(Name = Keys.Off)]
    public int? OffPage { get; set; }

    [SupplyParameterFromQuery(Name = Keys.Gaps)]
    public int? GapsPage { get; set; }

    [SupplyParameterFromQuery(Name = Keys.Achieved)]
    public int? AchievedPage { get; set; }

    /// <summary>What the prerender loaded, handed to the interactive circuit so it does not load it again.</summary>
    [PersistentState]
    public ReviewState? State { get; set; }

    private readonly HashSet<string> _chosen = new(StringComparer.Ordinal);
    private bool _mayChoose;

    private KpiDesignation? Designation => Enum.TryParse<KpiDesignation>(Type, ignoreCase: true, out var d) ? d : null;

    private bool IsFiltered => Priority is not null || Portfolio is not null || Board is not null || Designation is not null;

    private static string ReportingPeriodLabel(int startYear) => ReportingPeriod.FinancialYearLabel(startYear);

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _mayChoose = (await Authorization.AuthorizeAsync(user, Policies.Scrutiny)).Succeeded;

        var key = Navigation.Uri;
        if (State?.Key == key)
        {
            return;
        }

        State = await LoadAsync(key);
    }

    private async Task<ReviewState> LoadAsync(string key)
    {
        var published = await Queries.ListPublishedPeriodsAsync();
        var years = published.Select(p => p.StartYear).ToList();
        var period = Year is { } y ? published.FirstOrDefault(p => p.StartYear == y) : published.Count > 0 ? published[0] : null;
        if (period is null)
        {
            return new ReviewState { Key = key, PublishedYears = years };
        }

        var filter = new ReviewFilter { PriorityId = Priority, PortfolioId = Portfolio, ScrutinyBoardId = Board, Designation = Designation };
        // The options do not change with the filters, so a new view keeps those already read.
        var options = State?.Options is { Priorities.Count: > 0 } known ? known : await Kpis.GetFilterOptionsAsync();
        // The headline and the three sections from one rating of the filtered KPIs.
        var view = await Queries.GetViewAsync(period.Id, filter, Math.Max(0, OffPage ?? 0), Math.Max(0, GapsPage ?? 0), Math.Max(0, AchievedPage ?? 0));
        return new ReviewState
        {
            Key = key,
            PeriodId = period.Id,
            StartYear = period.StartYear,
            Label = period.Label,
            PublishedYears = years,
            Options = options,
            Headline = view.Headline,
            OffTarget = view.OffTarget,
            Gaps = view.Gaps,
            Achieved = view.Achieved,
        };
    }

    // Each filter changes only its own parameter and starts every section at page one.
    private void Filter(string name, object? value) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [name] = value,
            [Keys.Off] = null,
            [Keys.Gaps] = null,
            [Keys.Achieved] = null,
        }));

    private void GoToPage(string section, int pageIndex) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(section, pageIndex == 0 ? null : pageIndex));

    private void Toggle((string Code, bool Chosen) change)
    {
        if (change.Chosen)
        {
            _chosen.Add(change.Code);
        }
        else
        {
            _chosen.Remove(change.Code);
        }
    }

    private void TakeIntoDeepDive()
    {
        if (State?.StartYear is not { } year || _chosen.Count == 0)
        {
            return;
        }

        var kpis = string.Join("&", _chosen.Order(StringComparer.Ordinal).Select(c => "kpi=" + Uri.EscapeDataString(c)));
        Navigation.NavigateTo($"/deep-dives/sessions/new?year={year}&{kpis}");
    }
}

/// <summary>One loaded view of the review, keyed by its address.</summary>
public sealed class ReviewState
{
    public required string Key { get; init; }

    public int? PeriodId { get; init; }

    public int StartYear { get; init; }

    public string Label { get; init; } = "";

    public IReadOnlyList<int> PublishedYears { get; init; } = [];

    public KpiFilterOptions Options { get; init; } = new([], [], [], []);

    public PerformanceHeadline Headline { get; init; } = PerformanceHeadline.From([]);

    public ReviewPage OffTarget { get; init; } = new([], 0, 0, ReviewQueries.DefaultPageSize);

    public ReviewPage Gaps { get; init; } = new([], 0, 0, ReviewQueries.DefaultPageSize);

    public ReviewPage Achieved { get; init; } = new([], 0, 0, ReviewQueries.DefaultPageSize);

    public bool HasIllustrative => OffTarget.Rows.Concat(Gaps.Rows).Concat(Achieved.Rows).Any(r => r.IsIllustrative);
}
