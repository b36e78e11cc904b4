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

/// <summary>A recommendation as one line of a list or tracker.</summary>
public sealed record RecommendationRow(
    int Id,
    string Reference,
    string Title,
    string Wording,
    RecommendationAddressee AddressedTo,
    string? ScrutinyBoard,
    RecommendationStatus Status,
    string? ParentReference,
    int? SessionNumber,
    DateOnly? DecisionMeetingOn,
    DecisionOutcome? DecisionOutcome,
    DateOnly? ProgressReportDueOn,
    IReadOnlyList<string> KpiCodes);

/// <summary>Read side of the recommendation pages; a fixed number of queries per call.</summary>
public sealed class RecommendationQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<RecommendationRow>> ListAsync(RecommendationFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

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

        var rows = await query
            // As the report lists them: Cabinet's nine, then a–p under them, then SCRUCO's and the board items.
            .OrderBy(r => r.AddressedTo == RecommendationAddressee.Cabinet || r.Parent!.AddressedTo == RecommendationAddressee.Cabinet ? 0 : 1)
            .ThenBy(r => r.ParentId == null ? 0 : 1)
            .ThenBy(r => r.SortOrder).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id, r.Reference, r.Title, r.Wording, r.AddressedTo,
                Board = r.ScrutinyBoard!.Name, BoardNumber = r.ScrutinyBoard!.Number,
                r.Status, ParentReference = r.Parent!.Reference, SessionNumber = (int?)r.DeepDiveSession!.Number,
                r.DecisionMeetingOn, r.DecisionOutcome, r.ProgressReportDueOn,
                KpiCodes = r.Kpis.OrderBy(k => k.Name).Select(k => k.Code).ToList(),
            })
            .ToListAsync(cancellationToken);

        return rows.Select(r => new RecommendationRow(
            r.Id, r.Reference, r.Title, r.Wording, r.AddressedTo,
            r.Board is null ? null : ScrutinyBoard.FormatName(r.Board, r.BoardNumber),
            r.Status, r.ParentReference, r.SessionNumber, r.DecisionMeetingOn, r.DecisionOutcome, r.ProgressReportDueOn, r.KpiCodes)).ToList();
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
