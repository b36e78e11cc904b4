using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Implementation;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.ReportBack;

/// <summary>What the committee records for one recommendation at the report-back.</summary>
public sealed class CommitteeViewInput
{
    public int RecommendationId { get; set; }

    public Guid Version { get; set; }

    public CommitteeViewKind? Kind { get; set; }

    public DateOnly? MeetingOn { get; set; }

    public string? Note { get; set; }
}

/// <summary>One recommendation on the 12-month report-back, with what flags it.</summary>
public sealed record ReportBackRow(
    int Id,
    Guid Version,
    string Reference,
    string Title,
    string Wording,
    string? AmendedWording,
    string? ParentReference,
    RecommendationStatus Status,
    DecisionOutcome? DecisionOutcome,
    DateOnly? DecidedOn,
    string? DecisionText,
    string? ServiceArea,
    DateOnly? ProgressReportDueOn,
    DateOnly? ClosedOn,
    DateOnly? LatestUpdateOn,
    string? LatestUpdate,
    ImplementationStatus? LatestStatus,
    string? LatestEvidence,
    CommitteeViewKind? LatestView,
    DateOnly? LatestViewOn,
    bool NoUpdateFor3Months,
    bool Overdue,
    bool ReportedImplemented,
    RecommendationAddressee AddressedTo = RecommendationAddressee.Cabinet,
    string? ScrutinyBoard = null,
    DateOnly? WorkProgrammeTakenOn = null,
    string? WorkProgrammeOutcome = null);

/// <summary>A deep dive on the report-back index: how many of its recommendations went to their body, and when the first progress report is due.</summary>
public sealed record ReportBackSeriesLine(int Id, string Title, int Recommendations, DateOnly? DueOn);

/// <summary>
/// One page of the report-back index (<paramref name="PageIndex"/> from 0, the last page if one past it was asked for)
/// and how many deep dives it lists in all.
/// </summary>
public sealed record ReportBackSeriesPage(IReadOnlyList<ReportBackSeriesLine> Series, int Total, int PageIndex);

/// <summary>A deep-dive series' report-back: its rows and when the report is due.</summary>
public sealed record ReportBackReport(int SeriesId, string SeriesTitle, DateOnly? DueOn, IReadOnlyList<ReportBackRow> Rows);

/// <summary>
/// The 12-month progress report to SCRUCO (report, 4.1) and the committee's view of each
/// recommendation. Only scrutiny members and administrators record the view; only the committee
/// closes a recommendation.
/// </summary>
public sealed class ReportBackService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>No update for this long flags a recommendation on the report.</summary>
    public const int StaleMonths = 3;

    public static class Fields
    {
        public const string Kind = nameof(CommitteeViewInput.Kind);
        public const string MeetingOn = nameof(CommitteeViewInput.MeetingOn);
        public const string Note = nameof(CommitteeViewInput.Note);
    }

    public static bool MayRecordView(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAdministrator || actor.Roles.Contains(Roles.Scrutiny);
    }

    /// <summary>Which views the committee may take of a recommendation in this state.</summary>
    public static IReadOnlyList<CommitteeViewKind> ViewsFor(RecommendationStatus status, DateOnly? closedOn)
    {
        if (closedOn is not null)
        {
            return [];
        }

        return status switch
        {
            RecommendationStatus.NotAgreed => [CommitteeViewKind.AcceptResponseAndClose, CommitteeViewKind.Escalate],
            RecommendationStatus.Agreed or RecommendationStatus.AgreedWithAmendment or RecommendationStatus.AcceptedInPrinciple or RecommendationStatus.InProgress =>
                [CommitteeViewKind.AcceptAsImplemented, CommitteeViewKind.KeepOpen, CommitteeViewKind.Escalate],
            _ => [],
        };
    }

    /// <summary>
    /// One page of the deep-dive series that have recommendations gone to their body, by title, for
    /// the report-back index, with how many such series there are: filtered, counted and paged in the
    /// database (two commands), each line's count and due date read for the page's series only.
    /// </summary>
    public async Task<ReportBackSeriesPage> SeriesPageAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 100);
        page = Math.Max(0, page);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var total = await _seriesCount(db, cancellationToken);
        // Past the last page is the last page, as on the other lists.
        page = Math.Min(page, Math.Max(0, (total - 1) / pageSize));
        var rows = new List<ReportBackSeriesLine>(pageSize);
        await foreach (var row in _seriesPage(db, page * pageSize, pageSize).WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        return new ReportBackSeriesPage(rows, total, page);
    }

    // The index's two commands, compiled: the same on every view, so EF need not take their expressions apart each
    // time. "Gone to its body" (Cabinet, the committee or a board) is neither a draft, nor endorsed and waiting, nor
    // withdrawn; written out in each, as a compiled query cannot take a predicate from outside its own expression.
    private static readonly Func<AppDbContext, CancellationToken, Task<int>> _seriesCount =
        EF.CompileAsyncQuery((AppDbContext db, CancellationToken _) =>
            db.DeepDiveSeries.Count(s => db.Recommendations.Any(r => r.DeepDiveSeriesId == s.Id
                && r.Status != RecommendationStatus.Draft && r.Status != RecommendationStatus.Endorsed && r.Status != RecommendationStatus.Withdrawn)));

    private static readonly Func<AppDbContext, int, int, IAsyncEnumerable<ReportBackSeriesLine>> _seriesPage =
        EF.CompileAsyncQuery((AppDbContext db, int skip, int take) =>
            db.DeepDiveSeries.AsNoTracking()
                .Where(s => db.Recommendations.Any(r => r.DeepDiveSeriesId == s.Id
                    && r.Status != RecommendationStatus.Draft && r.Status != RecommendationStatus.Endorsed && r.Status != RecommendationStatus.Withdrawn))
                .OrderBy(s => s.Title).ThenBy(s => s.Id)
                .Skip(skip).Take(take)
                .Select(s => new ReportBackSeriesLine(
                    s.Id, s.Title,
                    db.Recommendations.Count(r => r.DeepDiveSeriesId == s.Id
                        && r.Status != RecommendationStatus.Draft && r.Status != RecommendationStatus.Endorsed && r.Status != RecommendationStatus.Withdrawn),
                    db.Recommendations.Where(r => r.DeepDiveSeriesId == s.Id && r.ProgressReportDueOn != null).Min(r => r.ProgressReportDueOn))));

    /// <summary>
    /// Every recommendation of the series that has gone to its body (Cabinet, the committee itself, or
    /// a board's work programme), in the report's order, flagged on today's date: the committee closes
    /// each kind here.
    /// </summary>
    public async Task<ReportBackReport?> ReportAsync(int seriesId, CancellationToken cancellationToken = default)
    {
        var today = ResponseClock.Today(clock);
        var staleBefore = today.AddMonths(-StaleMonths);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var series = await db.DeepDiveSeries.AsNoTracking().Where(s => s.Id == seriesId).Select(s => new { s.Id, s.Title }).FirstOrDefaultAsync(cancellationToken);
        if (series is null)
        {
            return null;
        }

        var rows = await db.Recommendations.AsNoTracking()
            .Where(r => r.DeepDiveSeriesId == seriesId
                && r.Status != RecommendationStatus.Draft && r.Status != RecommendationStatus.Endorsed && r.Status != RecommendationStatus.Withdrawn)
            .OrderBy(r => r.ParentId == null ? 0 : 1).ThenBy(r => r.AddressedTo).ThenBy(r => r.SortOrder).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id, r.Version, r.Reference, r.Title, r.Wording, r.AmendedWording, ParentReference = r.Parent!.Reference, r.Status, r.DecisionOutcome, r.DecidedOn,
                r.DecisionText, ServiceArea = r.ServiceArea!.Name, r.ProgressReportDueOn, r.ClosedOn, r.DecisionActionDueOn,
                r.AddressedTo, Board = r.ScrutinyBoard!.Name, BoardNumber = r.ScrutinyBoard!.Number, r.WorkProgrammeTakenOn, r.WorkProgrammeOutcome,
                Latest = r.ProgressUpdates.OrderByDescending(u => u.UpdateDate).ThenByDescending(u => u.RecordedAt)
                    .Select(u => new { u.UpdateDate, u.Text, u.ImplementationStatus, u.EvidenceReference }).FirstOrDefault(),
                View = r.CommitteeViews.OrderByDescending(v => v.RecordedAt).Select(v => new { v.Kind, v.MeetingOn }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var result = rows.Select(r =>
        {
            var open = r.ClosedOn is null;
            var implementing = open && r.Status is RecommendationStatus.Agreed or RecommendationStatus.AgreedWithAmendment
                or RecommendationStatus.AcceptedInPrinciple or RecommendationStatus.InProgress;
            var lastActivity = r.Latest?.UpdateDate ?? r.DecidedOn;
            return new ReportBackRow(
                r.Id, r.Version, r.Reference, r.Title, r.Wording, r.AmendedWording, r.ParentReference, r.Status, r.DecisionOutcome, r.DecidedOn, r.DecisionText,
                r.ServiceArea, r.ProgressReportDueOn, r.ClosedOn, r.Latest?.UpdateDate, r.Latest?.Text, r.Latest?.ImplementationStatus, r.Latest?.EvidenceReference,
                r.View?.Kind, r.View?.MeetingOn,
                NoUpdateFor3Months: implementing && lastActivity is { } last && last < staleBefore,
                Overdue: implementing && (r.ProgressReportDueOn < today || r.DecisionActionDueOn < today && r.Latest?.ImplementationStatus != ImplementationStatus.Implemented),
                ReportedImplemented: r.Latest?.ImplementationStatus == ImplementationStatus.Implemented,
                AddressedTo: r.AddressedTo,
                ScrutinyBoard: r.Board is null ? null : Plan.ScrutinyBoard.FormatName(r.Board, r.BoardNumber),
                WorkProgrammeTakenOn: r.WorkProgrammeTakenOn,
                WorkProgrammeOutcome: r.WorkProgrammeOutcome);
        }).ToList();
        var due = result.Where(r => r.ProgressReportDueOn is not null).Select(r => r.ProgressReportDueOn).Min();
        return new ReportBackReport(series.Id, series.Title, due, result);
    }

    /// <summary>Records the committee's view; accepting as implemented, or accepting a "not agreed" response, closes it.</summary>
    public async Task<EntryOutcome> RecordViewAsync(Actor actor, CommitteeViewInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        if (!MayRecordView(actor))
        {
            return EntryOutcome.Refused("Only scrutiny members and the performance team can record the committee's view.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var recommendation = await db.Recommendations.FirstOrDefaultAsync(r => r.Id == input.RecommendationId, cancellationToken);
        if (recommendation is null)
        {
            return EntryOutcome.NotFound("The recommendation no longer exists.");
        }

        var today = ResponseClock.Today(clock);
        var allowed = ViewsFor(recommendation.Status, recommendation.ClosedOn);
        var errors = new List<FieldError>();
        if (input.Kind is not { } kind)
        {
            errors.Add(new(Fields.Kind, "Choose the committee's view"));
        }
        else if (!allowed.Contains(kind))
        {
            errors.Add(new(Fields.Kind, allowed.Count == 0
                ? "The committee cannot record a view on this recommendation now: it is closed or not yet decided"
                : "That view does not fit this recommendation's decision"));
        }

        if (input.MeetingOn is null)
        {
            errors.Add(new(Fields.MeetingOn, "Enter the date of the committee's meeting"));
        }
        else if (input.MeetingOn > today)
        {
            errors.Add(new(Fields.MeetingOn, "The meeting date cannot be in the future"));
        }
        else if (recommendation.DecidedOn is { } decided && input.MeetingOn < decided)
        {
            errors.Add(new(Fields.MeetingOn, recommendation.AddressedTo == RecommendationAddressee.Cabinet
                ? "The meeting date cannot be before Cabinet's decision"
                : "The meeting date cannot be before the decision"));
        }
        else if (recommendation.WorkProgrammeTakenOn is { } taken && input.MeetingOn < taken)
        {
            errors.Add(new(Fields.MeetingOn, "The meeting date cannot be before the board took the item onto its work programme"));
        }

        if (input.Kind is CommitteeViewKind.KeepOpen or CommitteeViewKind.Escalate && string.IsNullOrWhiteSpace(input.Note))
        {
            errors.Add(new(Fields.Note, input.Kind == CommitteeViewKind.Escalate
                ? "Say to whom it is escalated and why"
                : "Say what the committee expects before it looks again"));
        }

        if (ResultInputValidator.CheckPlainText(Fields.Note, "The note", input.Note, 4000) is { } noteError)
        {
            errors.Add(noteError);
        }

        if (errors.Count > 0)
        {
            return EntryOutcome.Invalid(errors);
        }

        db.Entry(recommendation).Property(r => r.Version).OriginalValue = input.Version;
        db.CommitteeViews.Add(new CommitteeView
        {
            RecommendationId = recommendation.Id,
            Kind = input.Kind!.Value,
            MeetingOn = input.MeetingOn!.Value,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            RecordedAt = clock.GetUtcNow().UtcDateTime,
            RecordedById = actor.UserId,
            RecordedByName = actor.Name,
        });
        if (input.Kind is CommitteeViewKind.AcceptAsImplemented or CommitteeViewKind.AcceptResponseAndClose)
        {
            RecommendationWorkflow.Close(recommendation, input.Kind == CommitteeViewKind.AcceptAsImplemented, input.MeetingOn.Value, "Scrutiny Co-ordination Committee");
        }
        else
        {
            // Touch the recommendation so its Version changes: two members recording views from the
            // same stale page get a conflict instead of two contradictory views.
            db.Entry(recommendation).State = EntityState.Modified;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return EntryOutcome.Saved();
        }
        catch (DbUpdateConcurrencyException)
        {
            return EntryOutcome.Refused("Someone else recorded the committee's view of this recommendation while you were entering yours. Nothing was saved: reload the page.");
        }
    }

    /// <summary>The committee's views of a recommendation, newest first.</summary>
    public async Task<IReadOnlyList<CommitteeView>> ViewsAsync(int recommendationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CommitteeViews.AsNoTracking().Where(v => v.RecommendationId == recommendationId)
            .OrderByDescending(v => v.RecordedAt).ToListAsync(cancellationToken);
    }
}
