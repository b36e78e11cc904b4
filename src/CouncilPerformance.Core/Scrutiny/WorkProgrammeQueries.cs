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

/// <summary>One page of a work programme and how many of its items are open and closed in all.</summary>
public sealed record WorkProgrammePage(IReadOnlyList<WorkProgrammeItem> Items, int Open, int Closed)
{
    public int Total => Open + Closed;
}

/// <summary>A board's work programme: the items put on it, open ones first. One query per call.</summary>
public sealed class WorkProgrammeQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>The numbered boards, to choose one work programme from.</summary>
    public async Task<IReadOnlyList<NamedItem>> BoardsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var boards = await db.ScrutinyBoards.AsNoTracking().Where(b => !b.IsCoordinatingCommittee).OrderBy(b => b.Number)
            .Select(b => new { b.Id, b.Name, b.Number }).ToListAsync(cancellationToken);
        return boards.Select(b => new NamedItem(b.Id, Plan.ScrutinyBoard.FormatName(b.Name, b.Number))).ToList();
    }

    /// <summary>Items on the work programmes (of one board, or all), open ones first, by board and the report's order.</summary>
    public async Task<IReadOnlyList<WorkProgrammeItem>> ListAsync(int? boardId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ItemsAsync(Ordered(Items(db, boardId)), cancellationToken);
    }

    /// <summary>
    /// One page of <see cref="ListAsync"/>'s order, with the open and closed items counted: counted
    /// and paged in the database (two commands).
    /// </summary>
    public async Task<WorkProgrammePage> PageAsync(int? boardId, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 100);
        page = Math.Max(0, page);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await Items(db, boardId).GroupBy(r => r.ClosedOn == null)
            .Select(g => new { Open = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var items = await ItemsAsync(Ordered(Items(db, boardId)).Skip(page * pageSize).Take(pageSize), cancellationToken);
        return new WorkProgrammePage(items, counts.Where(c => c.Open).Sum(c => c.Count), counts.Where(c => !c.Open).Sum(c => c.Count));
    }

    private static IQueryable<Recommendation> Items(AppDbContext db, int? boardId)
    {
        var query = db.Recommendations.AsNoTracking()
            .Where(r => r.AddressedTo == RecommendationAddressee.ScrutinyBoard && r.ScrutinyBoardId != null
                && (r.Status == RecommendationStatus.InProgress || r.Status == RecommendationStatus.Implemented));
        return boardId is { } id ? query.Where(r => r.ScrutinyBoardId == id) : query;
    }

    private static IQueryable<Recommendation> Ordered(IQueryable<Recommendation> items) =>
        items.OrderBy(r => r.ClosedOn == null ? 0 : 1).ThenBy(r => r.ScrutinyBoard!.Number).ThenBy(r => r.SortOrder).ThenBy(r => r.Id);

    private static async Task<IReadOnlyList<WorkProgrammeItem>> ItemsAsync(IQueryable<Recommendation> ordered, CancellationToken cancellationToken)
    {
        var rows = await ordered
            .Select(r => new
            {
                r.Id, r.Version, r.Reference, r.Title, r.Wording, Board = r.ScrutinyBoard!.Name, BoardNumber = r.ScrutinyBoard!.Number,
                r.WorkProgrammeTakenOn, r.WorkProgrammeOutcome, r.ClosedOn, r.DeepDiveSeriesId,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new WorkProgrammeItem(r.Id, r.Version, r.Reference, r.Title, r.Wording,
            Plan.ScrutinyBoard.FormatName(r.Board, r.BoardNumber), r.WorkProgrammeTakenOn, r.WorkProgrammeOutcome, r.ClosedOn, r.DeepDiveSeriesId)).ToList();
    }
}
