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
        var names = (await BoardNamesAsync(db, cancellationToken)).ToDictionary(b => b.Id, b => b.Name);
        var items = new List<WorkProgrammeItem>();
        await foreach (var line in _page(db, boardId, 0, int.MaxValue).WithCancellation(cancellationToken))
        {
            items.Add(line.ToItem(names));
        }

        return items;
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
        int open = 0, closed = 0;
        await foreach (var c in _counts(db, boardId).WithCancellation(cancellationToken))
        {
            if (c.Open)
            {
                open += c.Count;
            }
            else
            {
                closed += c.Count;
            }
        }

        // Past the last page is the last page, as on the other lists.
        page = Math.Clamp(page, 0, Math.Max(0, (open + closed - 1) / pageSize));
        var names = boards.ToDictionary(b => b.Id, b => b.Name);
        var items = new List<WorkProgrammeItem>(pageSize);
        await foreach (var line in _page(db, boardId, page * pageSize, pageSize).WithCancellation(cancellationToken))
        {
            items.Add(line.ToItem(names));
        }

        return new WorkProgrammeView(
            [.. boards.Where(b => !b.IsCoordinatingCommittee).Select(b => new NamedItem(b.Id, b.Name))],
            new WorkProgrammePage(items, open, closed, page));
    }

    // Every board by number, the committee too (it has no number, so it comes first and is left out of the choice): an
    // item's board is named from here, not read again for each item.
    private static async Task<List<Board>> BoardNamesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var boards = new List<Board>();
        await foreach (var b in _boards(db).WithCancellation(cancellationToken))
        {
            boards.Add(new Board(b.Id, Plan.ScrutinyBoard.FormatName(b.Name, b.Number), b.IsCoordinatingCommittee));
        }

        return boards;
    }

    private sealed record Board(int Id, string Name, bool IsCoordinatingCommittee);

    // The view's three commands, compiled: the same on every view, so EF need not take their expressions apart each
    // time. Every board is a null parameter, whose condition EF leaves out of the SQL; the items' conditions are written
    // out in each, as a compiled query cannot take them from outside its own expression.
    private static readonly Func<AppDbContext, IAsyncEnumerable<BoardLine>> _boards =
        EF.CompileAsyncQuery((AppDbContext db) =>
            db.ScrutinyBoards.AsNoTracking().OrderBy(b => b.Number)
                .Select(b => new BoardLine(b.Id, b.Name, b.Number, b.IsCoordinatingCommittee)));

    private static readonly Func<AppDbContext, int?, IAsyncEnumerable<StateCount>> _counts =
        EF.CompileAsyncQuery((AppDbContext db, int? boardId) =>
            db.Recommendations
                .Where(r => r.AddressedTo == RecommendationAddressee.ScrutinyBoard && r.ScrutinyBoardId != null
                    && (r.Status == RecommendationStatus.InProgress || r.Status == RecommendationStatus.Implemented))
                .Where(r => boardId == null || r.ScrutinyBoardId == boardId)
                .GroupBy(r => r.ClosedOn == null)
                .Select(g => new StateCount(g.Key, g.Count())));

    private static readonly Func<AppDbContext, int?, int, int, IAsyncEnumerable<ItemLine>> _page =
        EF.CompileAsyncQuery((AppDbContext db, int? boardId, int skip, int take) =>
            db.Recommendations.AsNoTracking()
                .Where(r => r.AddressedTo == RecommendationAddressee.ScrutinyBoard && r.ScrutinyBoardId != null
                    && (r.Status == RecommendationStatus.InProgress || r.Status == RecommendationStatus.Implemented))
                .Where(r => boardId == null || r.ScrutinyBoardId == boardId)
                .OrderBy(r => r.ClosedOn == null ? 0 : 1).ThenBy(r => r.ScrutinyBoard!.Number).ThenBy(r => r.SortOrder).ThenBy(r => r.Id)
                .Skip(skip).Take(take)
                .Select(r => new ItemLine(r.Id, r.Version, r.Reference, r.Title, r.Wording, r.ScrutinyBoardId!.Value,
                    r.WorkProgrammeTakenOn, r.WorkProgrammeOutcome, r.ClosedOn, r.DeepDiveSeriesId)));

    private sealed record BoardLine(int Id, string Name, int? Number, bool IsCoordinatingCommittee);

    private sealed record StateCount(bool Open, int Count);

    // An item as read, its board an id named from the boards already read.
    private sealed record ItemLine(int Id, Guid Version, string Reference, string Title, string Wording, int BoardId,
        DateOnly? TakenOn, string? Outcome, DateOnly? ClosedOn, int? DeepDiveSeriesId)
    {
        public WorkProgrammeItem ToItem(Dictionary<int, string> names) =>
            new(Id, Version, Reference, Title, Wording, names[BoardId], TakenOn, Outcome, ClosedOn, DeepDiveSeriesId);
    }
}
