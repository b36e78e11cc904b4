using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Recommendations;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Scrutiny;

/// <summary>One item on a scrutiny board's work programme (Appendix 1, section 17), as the board's page lists it.</summary>
public sealed record WorkProgrammeItem(
    int Id,
    Guid Version,
    string Reference,
    string Title,
    string Wording,
    int BoardId,
    string Board,
    RecommendationStatus Status,
    DateOnly? TakenOn,
    string? Outcome,
    DateOnly? ClosedOn,
    int? DeepDiveSeriesId);

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
        var query = db.Recommendations.AsNoTracking()
            .Where(r => r.AddressedTo == RecommendationAddressee.ScrutinyBoard && r.ScrutinyBoardId != null
                && (r.Status == RecommendationStatus.InProgress || r.Status == RecommendationStatus.Implemented));
        if (boardId is { } id)
        {
            query = query.Where(r => r.ScrutinyBoardId == id);
        }

        var rows = await query
            .OrderBy(r => r.ClosedOn == null ? 0 : 1).ThenBy(r => r.ScrutinyBoard!.Number).ThenBy(r => r.SortOrder).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id, r.Version, r.Reference, r.Title, r.Wording, BoardId = r.ScrutinyBoardId!.Value, Board = r.ScrutinyBoard!.Name, BoardNumber = r.ScrutinyBoard!.Number,
                r.Status, r.WorkProgrammeTakenOn, r.WorkProgrammeOutcome, r.ClosedOn, r.DeepDiveSeriesId,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new WorkProgrammeItem(r.Id, r.Version, r.Reference, r.Title, r.Wording, r.BoardId,
            Plan.ScrutinyBoard.FormatName(r.Board, r.BoardNumber), r.Status, r.WorkProgrammeTakenOn, r.WorkProgrammeOutcome, r.ClosedOn, r.DeepDiveSeriesId)).ToList();
    }
}
