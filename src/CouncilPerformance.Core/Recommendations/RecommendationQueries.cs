using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Plan;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Recommendations;

public sealed record RecommendationFilter
{
    public RecommendationAddressee? AddressedTo { get; init; }

    public IReadOnlyCollection<RecommendationStatus>? Statuses { get; init; }

    public int? ScrutinyBoardId { get; init; }

    public int? DeepDiveSeriesId { get; init; }

    public string? Search { get; init; }
}

/// <summary>
/// A recommendation as one line of a list: what the lists show, and the session a deep dive's page
/// groups it under. Nothing more, so a page of 50 reads 50 narrow rows (it read each row's KPI codes,
/// a join that multiplied the rows, and decision fields no list showed).
/// </summary>
public sealed record RecommendationRow(
    int Id,
    string Reference,
    string Title,
    string Wording,
    RecommendationAddressee AddressedTo,
    string? ScrutinyBoard,
    RecommendationStatus Status,
    int? SessionNumber);

/// <summary>One page of recommendations, with how many match in all.</summary>
public sealed record RecommendationPage(IReadOnlyList<RecommendationRow> Rows, int Total, int PageIndex, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int First => Total == 0 ? 0 : (PageIndex * PageSize) + 1;

    public int Last => Math.Min(Total, (PageIndex + 1) * PageSize);
}

/// <summary>Read side of the recommendation pages; a fixed number of queries per call.</summary>
public sealed class RecommendationQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int DefaultPageSize = 50;

    /// <summary>Every recommendation that matches, in the report's order (for short lists such as one session's).</summary>
    public async Task<IReadOnlyList<RecommendationRow>> ListAsync(RecommendationFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await RowsAsync(Ordered(Filtered(db, filter)), cancellationToken);
    }

    /// <summary>One page of the recommendations that match, counted, ordered and paged in the database (two queries).</summary>
    public async Task<RecommendationPage> ListPageAsync(RecommendationFilter filter, int pageIndex, int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (filter.Statuses is { Count: > 0 })
        {
            // A status chosen: a collection, which the compiled commands do not take; built filter by filter instead.
            var query = Filtered(db, filter);
            var filteredTotal = await query.CountAsync(cancellationToken);
            pageIndex = Math.Clamp(pageIndex, 0, Math.Max(0, (filteredTotal - 1) / pageSize));
            var filteredRows = await RowsAsync(Ordered(query).Skip(pageIndex * pageSize).Take(pageSize), cancellationToken);
            return new RecommendationPage(filteredRows, filteredTotal, pageIndex, pageSize);
        }

        var reference = string.IsNullOrWhiteSpace(filter.Search) ? null : filter.Search.Trim();
        var term = reference is null ? null : $"%{reference}%";
        var total = await _count(db, filter.AddressedTo, filter.ScrutinyBoardId, filter.DeepDiveSeriesId, term, reference, cancellationToken);
        pageIndex = Math.Clamp(pageIndex, 0, Math.Max(0, (total - 1) / pageSize));
        var rows = new List<RecommendationRow>(Math.Min(pageSize, 100));
        await foreach (var r in _page(db, filter.AddressedTo, filter.ScrutinyBoardId, filter.DeepDiveSeriesId, term, reference, pageIndex * pageSize, pageSize)
            .WithCancellation(cancellationToken))
        {
            rows.Add(new RecommendationRow(r.Id, r.Reference, r.Title, r.Wording, r.AddressedTo,
                r.Board is null ? null : ScrutinyBoard.FormatName(r.Board, r.BoardNumber), r.Status, r.SessionNumber));
        }

        return new RecommendationPage(rows, total, pageIndex, pageSize);
    }

    // The list's two commands compiled (every filter but the statuses): EF need not take their expressions apart on each
    // view. A filter left out is a null parameter, which EF leaves out of the SQL, so each view sends the SQL that
    // Filtered and Ordered would build; the conditions are written out here, as a compiled query cannot take them from outside.
    private static readonly Func<AppDbContext, RecommendationAddressee?, int?, int?, string?, string?, CancellationToken, Task<int>> _count =
        EF.CompileAsyncQuery((AppDbContext db, RecommendationAddressee? addressee, int? boardId, int? seriesId, string? term, string? reference,
            CancellationToken _) =>
            db.Recommendations
                .Where(r => (addressee == null || r.AddressedTo == addressee) && (boardId == null || r.ScrutinyBoardId == boardId)
                    && (seriesId == null || r.DeepDiveSeriesId == seriesId)
                    && (term == null || EF.Functions.Like(r.Wording, term) || EF.Functions.Like(r.Title, term) || r.Reference == reference))
                .Count());

    private static readonly Func<AppDbContext, RecommendationAddressee?, int?, int?, string?, string?, int, int, IAsyncEnumerable<Line>> _page =
        EF.CompileAsyncQuery((AppDbContext db, RecommendationAddressee? addressee, int? boardId, int? seriesId, string? term, string? reference,
            int skip, int take) =>
            db.Recommendations.AsNoTracking()
                .Where(r => (addressee == null || r.AddressedTo == addressee) && (boardId == null || r.ScrutinyBoardId == boardId)
                    && (seriesId == null || r.DeepDiveSeriesId == seriesId)
                    && (term == null || EF.Functions.Like(r.Wording, term) || EF.Functions.Like(r.Title, term) || r.Reference == reference))
                .OrderBy(r => r.AddressedTo == RecommendationAddressee.Cabinet || r.Parent!.AddressedTo == RecommendationAddressee.Cabinet ? 0 : 1)
                .ThenBy(r => r.ParentId == null ? 0 : 1)
                .ThenBy(r => r.SortOrder).ThenBy(r => r.Id)
                .Skip(skip).Take(take)
                .Select(r => new Line(r.Id, r.Reference, r.Title, r.Wording, r.AddressedTo, r.ScrutinyBoard!.Name, r.ScrutinyBoard!.Number,
                    r.Status, (int?)r.DeepDiveSession!.Number)));

    // A row as read, before its board's name is put together.
    private sealed record Line(int Id, string Reference, string Title, string Wording, RecommendationAddressee AddressedTo, string? Board, int? BoardNumber,
        RecommendationStatus Status, int? SessionNumber);

    private static IQueryable<Recommendation> Filtered(AppDbContext db, RecommendationFilter filter)
    {
        var query = db.Recommendations.AsNoTracking();
        if (filter.AddressedTo is { } addressee)
        {
            query = query.Where(r => r.AddressedTo == addressee);
        }

        if (filter.Statuses is { Count: > 0 } statuses)
        {
            query = query.Where(r => statuses.Contains(r.Status));
        }

        if (filter.ScrutinyBoardId is { } boardId)
        {
            query = query.Where(r => r.ScrutinyBoardId == boardId);
        }

        if (filter.DeepDiveSeriesId is { } seriesId)
        {
            query = query.Where(r => r.DeepDiveSeriesId == seriesId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = $"%{filter.Search.Trim()}%";
            query = query.Where(r => EF.Functions.Like(r.Wording, term) || EF.Functions.Like(r.Title, term) || r.Reference == filter.Search.Trim());
        }

        return query;
    }

    // As the report lists them: Cabinet's nine, then a–p under them, then SCRUCO's and the board items.
    private static IOrderedQueryable<Recommendation> Ordered(IQueryable<Recommendation> query) => query
        .OrderBy(r => r.AddressedTo == RecommendationAddressee.Cabinet || r.Parent!.AddressedTo == RecommendationAddressee.Cabinet ? 0 : 1)
        .ThenBy(r => r.ParentId == null ? 0 : 1)
        .ThenBy(r => r.SortOrder).ThenBy(r => r.Id);

    private static async Task<IReadOnlyList<RecommendationRow>> RowsAsync(IQueryable<Recommendation> ordered, CancellationToken cancellationToken)
    {
        var rows = await ordered
            .Select(r => new
            {
                r.Id, r.Reference, r.Title, r.Wording, r.AddressedTo,
                Board = r.ScrutinyBoard!.Name, BoardNumber = r.ScrutinyBoard!.Number,
                r.Status, SessionNumber = (int?)r.DeepDiveSession!.Number,
            })
            .ToListAsync(cancellationToken);

        return [.. rows.Select(r => new RecommendationRow(
            r.Id, r.Reference, r.Title, r.Wording, r.AddressedTo,
            r.Board is null ? null : ScrutinyBoard.FormatName(r.Board, r.BoardNumber),
            r.Status, r.SessionNumber))];
    }

    public async Task<Recommendation?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Recommendations.AsNoTracking().AsSplitQuery()
            .Include(r => r.Kpis)
            .Include(r => r.Parent)
            .Include(r => r.Children.OrderBy(c => c.SortOrder))
            .Include(r => r.ScrutinyBoard)
            .Include(r => r.ServiceArea)
            .Include(r => r.DeepDiveSeries)
            .Include(r => r.DeepDiveSession)
            .Include(r => r.Responses.OrderBy(x => x.RespondedOn))
            .Include(r => r.ProgressUpdates.OrderBy(x => x.RecordedAt))
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
    }
}
