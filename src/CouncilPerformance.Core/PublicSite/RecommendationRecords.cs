using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Recommendations;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.PublicSite;

/// <summary>
/// A recorded decision on a recommendation, with what each outcome requires: the amended wording,
/// the action and its date for "accepted in principle", the reasons for "not agreed".
/// </summary>
public sealed record RecordedDecision(DecisionOutcome Outcome, string? Text, DateOnly DecidedOn, string? DecidedBy)
{
    public string? AmendedWording { get; init; }

    public string? Action { get; init; }

    public DateOnly? ActionDueOn { get; init; }

    public string? Reasons { get; init; }
}

public sealed record ResponseRecord(string Text, DateOnly RespondedOn, string? RespondedBy);

public sealed record ProgressRecord(string Text, DateTime RecordedAt, string? RecordedBy);

/// <summary>
/// A recommendation as the public site, the open data and the reports show it: once endorsed, with
/// its decision only once recorded, and the progress reported since.
/// </summary>
public sealed record RecommendationRecord(
    int Id,
    string Reference,
    string Title,
    string Wording,
    string? Finding,
    string? SourceSection,
    RecommendationAddressee AddressedTo,
    string? ScrutinyBoard,
    int? SeriesId,
    string? SeriesTitle,
    int? SessionNumber,
    string? ParentReference,
    KpiChangeKind KpiChange,
    RecommendationStatus Status,
    string? ServiceArea,
    DateOnly? DecisionMeetingOn,
    DateOnly? ReferredOn,
    DateOnly? ResponseDueOn,
    RecordedDecision? Decision,
    DateOnly? ProgressReportDueOn,
    IReadOnlyList<ResponseRecord> Responses,
    IReadOnlyList<ProgressRecord> Progress,
    IReadOnlyList<(string Code, string Name)> Kpis,
    int SortOrder)
{
    public ProgressRecord? LatestProgress => Progress.Count == 0 ? null : Progress[^1];

    /// <summary>Cabinet's two months (s.9FE) have passed without a recorded decision.</summary>
    public bool ResponseOverdue(DateOnly today) => Decision is null && ResponseDueOn is { } due && due < today;

    /// <summary>
    /// The twelve-month progress report is due and nothing has been reported since the decision,
    /// on a recommendation not yet implemented.
    /// </summary>
    public bool ProgressReportOverdue(DateOnly today) =>
        ProgressReportDueOn is { } due && due < today
        && Status != RecommendationStatus.Implemented
        && (LatestProgress is null || (Decision is { } d && DateOnly.FromDateTime(LatestProgress.RecordedAt) < d.DecidedOn));
}

/// <summary>What a list of recommendations can be narrowed by; null means any.</summary>
public sealed record RecommendationRecordFilter
{
    public int? SeriesId { get; init; }

    public RecommendationAddressee? AddressedTo { get; init; }

    public IReadOnlyCollection<RecommendationStatus>? Statuses { get; init; }
}

/// <summary>
/// The one place that reads recommendations for the public site, the open data and the reports,
/// through <see cref="PublicRules"/>. Three queries per call (recommendations, responses, progress),
/// whatever the number of recommendations.
/// </summary>
public sealed class RecommendationRecords(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<RecommendationRecord>> ListAsync(RecommendationRecordFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Recommendations.AsNoTracking().Where(PublicRules.RecommendationIsPublic);
        if (filter.SeriesId is { } seriesId)
        {
            query = query.Where(r => r.DeepDiveSeriesId == seriesId);
        }

        if (filter.AddressedTo is { } addressee)
        {
            query = query.Where(r => r.AddressedTo == addressee);
        }

        if (filter.Statuses is { Count: > 0 } statuses)
        {
            query = query.Where(r => statuses.Contains(r.Status));
        }

        return await ReadAsync(db, query, cancellationToken);
    }

    /// <summary>
    /// Every public recommendation, a page at a time in the order of their ids, so an export holds
    /// one page in memory however many there are.
    /// </summary>
    public async IAsyncEnumerable<RecommendationRecord> StreamAsync(int pageSize = 200, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var after = 0;
        while (true)
        {
            List<RecommendationRecord> page;
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                var query = db.Recommendations.AsNoTracking().Where(PublicRules.RecommendationIsPublic)
                    .Where(r => r.Id > after).OrderBy(r => r.Id).Take(pageSize);
                page = (await ReadAsync(db, query, cancellationToken)).OrderBy(r => r.Id).ToList();
            }

            foreach (var record in page)
            {
                yield return record;
            }

            if (page.Count < pageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    private static async Task<IReadOnlyList<RecommendationRecord>> ReadAsync(AppDbContext db, IQueryable<Recommendation> query, CancellationToken cancellationToken)
    {
        var rows = await query
            .Select(r => new
            {
                r.Id, r.Reference, r.Title, r.Wording, r.Finding, r.SourceSection, r.AddressedTo,
                Board = r.ScrutinyBoard!.Name, BoardNumber = r.ScrutinyBoard!.Number,
                r.DeepDiveSeriesId, SeriesTitle = r.DeepDiveSeries!.Title, SessionNumber = (int?)r.DeepDiveSession!.Number,
                ParentReference = r.Parent!.Reference, ParentAddressedTo = (RecommendationAddressee?)r.Parent!.AddressedTo,
                r.KpiChange, r.Status, ServiceArea = r.ServiceArea!.Name, r.DecisionMeetingOn, r.ReferredOn, r.ResponseDueOn,
                r.DecisionOutcome, r.DecisionText, r.DecidedOn, r.DecidedByName, r.AmendedWording, r.DecisionAction, r.DecisionActionDueOn, r.DecisionReasons, r.ProgressReportDueOn, r.SortOrder, r.ParentId,
                Kpis = r.Kpis.OrderBy(k => k.Name).Select(k => new { k.Code, k.Name }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var responses = (await db.Set<RecommendationResponse>().AsNoTracking()
            .Where(x => ids.Contains(x.RecommendationId))
            .OrderBy(x => x.RespondedOn).ThenBy(x => x.Id)
            .Select(x => new { x.RecommendationId, x.Text, x.RespondedOn, x.RespondedByName })
            .ToListAsync(cancellationToken)).ToLookup(x => x.RecommendationId);
        var progress = (await db.Set<ProgressUpdate>().AsNoTracking()
            .Where(x => ids.Contains(x.RecommendationId))
            .OrderBy(x => x.RecordedAt).ThenBy(x => x.Id)
            .Select(x => new { x.RecommendationId, x.Text, x.RecordedAt, x.RecordedByName })
            .ToListAsync(cancellationToken)).ToLookup(x => x.RecommendationId);

        // As the report lists them: Cabinet's nine, then a–p under them, then SCRUCO's, then the board items.
        return rows
            .OrderBy(r => r.AddressedTo == RecommendationAddressee.Cabinet || r.ParentAddressedTo == RecommendationAddressee.Cabinet ? 0 : 1)
            .ThenBy(r => r.ParentId is null ? 0 : 1)
            .ThenBy(r => r.SortOrder).ThenBy(r => r.Id)
            .Select(r => new RecommendationRecord(
                r.Id, r.Reference, r.Title, r.Wording, r.Finding, r.SourceSection, r.AddressedTo,
                r.Board is null ? null : Plan.ScrutinyBoard.FormatName(r.Board, r.BoardNumber),
                r.DeepDiveSeriesId, r.SeriesTitle, r.SessionNumber, r.ParentReference, r.KpiChange, r.Status, r.ServiceArea,
                r.DecisionMeetingOn, r.ReferredOn, r.ResponseDueOn,
                PublicRules.DecisionIsRecorded(r.DecisionOutcome, r.DecidedOn) ? new RecordedDecision(r.DecisionOutcome!.Value, r.DecisionText, r.DecidedOn!.Value, r.DecidedByName)
                    {
                        AmendedWording = r.AmendedWording,
                        Action = r.DecisionAction,
                        ActionDueOn = r.DecisionActionDueOn,
                        Reasons = r.DecisionReasons,
                    }
                    : null,
                r.ProgressReportDueOn,
                responses[r.Id].Select(x => new ResponseRecord(x.Text, x.RespondedOn, x.RespondedByName)).ToList(),
                progress[r.Id].Select(x => new ProgressRecord(x.Text, x.RecordedAt, x.RecordedByName)).ToList(),
                r.Kpis.Select(k => (k.Code, k.Name)).ToList(),
                r.SortOrder))
            .ToList();
    }
}
