using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Recommendations;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Scrutiny;

/// <summary>
/// One item on a scrutiny board's work programme (Appendix 1, section 17), as the board's page lists
/// it: what it shows, and the version its form saves against.
/// </summary>
public sealed record WorkProgrammeItem(
    int Id,
    Guid Version,
    string Reference,
    string Title,
    string Wording,
    string Board,
    DateOnly? TakenOn,
    string? Outcome,
    DateOnly? ClosedOn,
    int? DeepDiveSeriesId);

/// <summary>
/// One page of a work programme (<paramref name="PageIndex"/> from 0, the last page if one past it was asked for) and
/// how many of its items are open and closed in all.
/// </summary>
public sealed record WorkProgrammePage(IReadOnlyList<WorkProgrammeItem> Items, int Open, int Closed, int PageIndex)
{
    public int Total => Open + Closed;
}

/// <summary>What the work-programme page shows: the numbered boards to choose one from, and a page of the programme.</summary>
public sealed record WorkProgrammeView(IReadOnlyList<NamedItem> Boards, WorkProgrammePage Page);

/// <summary>A board's work programme: the items put on it, open ones first.</summary>
public sealed class WorkProgrammeQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Items on the work programmes (of one board, or all), open ones first, by board and the report's order.</summary>
    public async Task<IReadOnlyList<WorkProgrammeItem>> ListAsync(int? boardId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var boards = await BoardNamesAsync(db, cancellationToken);
        return await ItemsAsync(Ordered(Items(db, boardId)), boards, cancellationToken);
    }

    /// <summary>
    /// The boards and one page of <see cref="ListAsync"/>'s order, with the open and closed items counted: counted
    /// and paged in the database, three commands on one context (the page reads nothing else).
    /// </summary>
    public async Task<WorkProgrammeView> ViewAsync(int? boardId, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 100);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var boards = await BoardNamesAsync(db, cancellationToken);
        var counts = await Items(db, boardId).GroupBy(r => r.ClosedOn == null)
            .Select(g => new { Open = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var open = counts.Where(c => c.Open).Sum(c => c.Count);
        var closed = counts.Where(c => !c.Open).Sum(c => c.Count);
        // Past the last page is the last page, as on the other lists.
        page = Math.Clamp(page, 0, Math.Max(0, (open + closed - 1) / pageSize));
        var items = await ItemsAsync(Ordered(Items(db, boardId)).Skip(page * pageSize).Take(pageSize), boards, cancellationToken);
        return new WorkProgrammeView(
            [.. boards.Where(b => !b.IsCoordinatingCommittee).Select(b => new NamedItem(b.Id, b.Name))],
            new WorkProgrammePage(items, open, closed, page));
    }

    // Every board by number, the committee too (it has no number, so it comes first and is left out of the choice): an
    // item's board is named from here, not read again for each item.
    private static async Task<List<Board>> BoardNamesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var boards = await db.ScrutinyBoards.AsNoTracking().OrderBy(b => b.Number)
            .Select(b => new { b.Id, b.Name, b.Number, b.IsCoordinatingCommittee }).ToListAsync(cancellationToken);
        return [.. boards.Select(b => new Board(b.Id, Plan.ScrutinyBoard.FormatName(b.Name, b.Number), b.IsCoordinatingCommittee))];
    }

    private sealed record Board(int Id, string Name, bool IsCoordinatingCommittee);

    private static IQueryable<Recommendation> Items(AppDbContext db, int? boardId)
    {
        var query = db.Recommendations.AsNoTracking()
            .Where(r => r.AddressedTo == RecommendationAddressee.ScrutinyBoard && r.ScrutinyBoardId != null
                && (r.Status == RecommendationStatus.InProgress || r.Status == RecommendationStatus.Implemented));
        return boardId is { } id ? query.Where(r => r.ScrutinyBoardId == id) : query;
    }

    private static IQueryable<Recommendation> Ordered(IQueryable<Recommendation> items) =>
        items.OrderBy(r => r.ClosedOn == null ? 0 : 1).ThenBy(r => r.ScrutinyBoard!.Number).ThenBy(r => r.SortOrder).ThenBy(r => r.Id);

    private static async Task<IReadOnlyList<WorkProgrammeItem>> ItemsAsync(IQueryable<Recommendation> ordered,
        List<Board> boards, CancellationToken cancellationToken)
    {
        var names = boards.ToDictionary(b => b.Id, b => b.Name);
        var rows = await ordered
            .Select(r => new
            {
                r.Id, r.Version, r.Reference, r.Title, r.Wording, BoardId = r.ScrutinyBoardId!.Value,
                r.WorkProgrammeTakenOn, r.WorkProgrammeOutcome, r.ClosedOn, r.DeepDiveSeriesId,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new WorkProgrammeItem(r.Id, r.Version, r.Reference, r.Title, r.Wording,
            names[r.BoardId], r.WorkProgrammeTakenOn, r.WorkProgrammeOutcome, r.ClosedOn, r.DeepDiveSeriesId)).ToList();
    }
}
