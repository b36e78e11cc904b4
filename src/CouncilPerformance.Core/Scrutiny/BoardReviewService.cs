using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Scrutiny;

/// <summary>One board in the tracker: has it reviewed the KPIs in its remit this year?</summary>
public sealed record BoardReviewStatus(int BoardId, string Board, int KpisInRemit, DateOnly? ReviewedOn, int KpisReviewed);

/// <summary>One page of the tracker, how many boards there are and how many have reviewed the year.</summary>
/// <summary>A published year the tracker can show.</summary>
public sealed record BoardReviewYear(int PeriodId, int StartYear, string Label);

public sealed record BoardReviewTrackerPage(IReadOnlyList<BoardReviewStatus> Rows, int Boards, int Reviewed);

/// <summary>The tracker as its page shows it: the published year and one page of its boards.</summary>
public sealed record BoardReviewTrackerView(BoardReviewYear Year, BoardReviewTrackerPage Page);

/// <summary>A KPI in the board's remit on the review form, with the board's comment if it reviewed it.</summary>
public sealed class BoardReviewKpiInput
{
    public int KpiId { get; set; }

    public string Name { get; set; } = "";

    public bool Reviewed { get; set; }

    public string? Comment { get; set; }
}

/// <summary>A board's annual review as its form edits it.</summary>
public sealed class BoardReviewInput
{
    public const int MaxNotesLength = 8000;
    public const int MaxRequestsLength = 4000;
    public const int MaxCommentLength = 4000;

    public DateOnly? ReviewedOn { get; set; }

    public string? Notes { get; set; }

    /// <summary>What the board asks for.</summary>
    public string? Requests { get; set; }

    public List<BoardReviewKpiInput> Kpis { get; set; } = [];
}

/// <summary>What the review form loads.</summary>
public sealed record BoardReviewEditor(int BoardId, string Board, int PeriodId, string PeriodLabel, Guid? Version, BoardReviewInput Input);

/// <summary>
/// Board annual reviews (Cabinet recommendation 7, 17.14): a board records, once per year, the
/// meeting date, the KPIs in its remit it reviewed with a comment on each, and what it asks for.
/// </summary>
public sealed class BoardReviewService(IDbContextFactory<AppDbContext> dbFactory)
{
    public static class Fields
    {
        public const string ReviewedOn = nameof(BoardReviewInput.ReviewedOn);
        public const string Notes = nameof(BoardReviewInput.Notes);
        public const string Requests = nameof(BoardReviewInput.Requests);
        public const string Kpis = nameof(BoardReviewInput.Kpis);

        public static string Comment(int index) => $"Kpis[{index}].Comment";
    }

    /// <summary>Every board with the KPIs in its remit and whether it has reviewed them in the year (three queries).</summary>
    public async Task<IReadOnlyList<BoardReviewStatus>> TrackerAsync(int periodId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var boards = await db.ScrutinyBoards.AsNoTracking().OrderBy(b => b.Number).ToListAsync(cancellationToken);
        var remit = await db.Kpis.AsNoTracking().Where(k => k.ScrutinyBoardId != null && k.Status != KpiStatus.Retired)
            .GroupBy(k => k.ScrutinyBoardId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var reviews = await db.BoardReviews.AsNoTracking().Where(r => r.ReportingPeriodId == periodId)
            .Select(r => new { r.ScrutinyBoardId, r.ReviewedOn, Count = r.Kpis.Count })
            .ToDictionaryAsync(r => r.ScrutinyBoardId, cancellationToken);
        return boards.Select(b =>
        {
            var review = reviews.GetValueOrDefault(b.Id);
            return new BoardReviewStatus(b.Id, b.DisplayName, remit.GetValueOrDefault(b.Id), review?.ReviewedOn, review?.Count ?? 0);
        }).ToList();
    }

    /// <summary>
    /// The tracker for the published year starting in <paramref name="startYear"/> (the latest when null), one page of
    /// its boards by number: two commands, the year with the boards and its reviews counted, then the page. Null when
    /// there is no such published year.
    /// </summary>
    public async Task<BoardReviewTrackerView?> TrackerViewAsync(int? startYear, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 100);
        page = Math.Max(0, page);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var period = await _year(db, startYear, cancellationToken);
        if (period is null)
        {
            return null;
        }

        var rows = new List<BoardReviewStatus>(pageSize);
        await foreach (var b in _boards(db, period.Id, page * pageSize, pageSize).WithCancellation(cancellationToken))
        {
            rows.Add(new BoardReviewStatus(b.Id, Plan.ScrutinyBoard.FormatName(b.Name, b.Number), b.Remit, b.ReviewedOn, b.Reviewed));
        }

        return new BoardReviewTrackerView(new BoardReviewYear(period.Id, period.StartYear, period.Label),
            new BoardReviewTrackerPage(rows, period.Boards, period.Reviewed));
    }

    // The tracker's two commands, compiled: the same on every view, so EF need not take their expressions apart each
    // time. The latest year is a null parameter, whose condition EF leaves out of the SQL.
    private static readonly Func<AppDbContext, int?, CancellationToken, Task<TrackerYear?>> _year =
        EF.CompileAsyncQuery((AppDbContext db, int? startYear, CancellationToken _) =>
            db.ReportingPeriods.AsNoTracking()
                .Where(p => p.State == PeriodState.Published && (startYear == null || p.StartYear == startYear))
                .OrderByDescending(p => p.StartYear)
                .Select(p => new TrackerYear(p.Id, p.StartYear, p.Label,
                    db.ScrutinyBoards.Count(),
                    db.BoardReviews.Count(r => r.ReportingPeriodId == p.Id && r.ReviewedOn != null)))
                .FirstOrDefault());

    // One page of boards by number with the year's review of each. Scalar subqueries per board on the page, not a join:
    // each seeks its index for the page's boards only.
    private static readonly Func<AppDbContext, int, int, int, IAsyncEnumerable<TrackerBoard>> _boards =
        EF.CompileAsyncQuery((AppDbContext db, int periodId, int skip, int take) =>
            db.ScrutinyBoards.AsNoTracking()
                .OrderBy(b => b.Number).ThenBy(b => b.Id)
                .Skip(skip).Take(take)
                .Select(b => new TrackerBoard(b.Id, b.Name, b.Number,
                    db.Kpis.Count(k => k.ScrutinyBoardId == b.Id && k.Status != KpiStatus.Retired),
                    db.BoardReviews.Where(r => r.ScrutinyBoardId == b.Id && r.ReportingPeriodId == periodId).Select(r => r.ReviewedOn).FirstOrDefault(),
                    db.Set<BoardReviewKpi>().Count(k => k.BoardReview!.ScrutinyBoardId == b.Id && k.BoardReview.ReportingPeriodId == periodId))));

    private sealed record TrackerYear(int Id, int StartYear, string Label, int Boards, int Reviewed);

    private sealed record TrackerBoard(int Id, string Name, int? Number, int Remit, DateOnly? ReviewedOn, int Reviewed);

    /// <summary>The board's review of the year as a form: every KPI in its remit, ticked where reviewed. Null when there is no such board or year.</summary>
    public async Task<BoardReviewEditor?> GetEditorAsync(int boardId, int startYear, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var board = await db.ScrutinyBoards.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boardId, cancellationToken);
        var period = await db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.StartYear == startYear, cancellationToken);
        if (board is null || period is null)
        {
            return null;
        }

        var review = await db.BoardReviews.AsNoTracking().Include(r => r.Kpis)
            .FirstOrDefaultAsync(r => r.ScrutinyBoardId == boardId && r.ReportingPeriodId == period.Id, cancellationToken);
        var reviewedIds = review?.Kpis.Select(k => k.KpiId).ToList() ?? [];
        var kpis = await db.Kpis.AsNoTracking()
            .Where(k => (k.ScrutinyBoardId == boardId && k.Status != KpiStatus.Retired) || reviewedIds.Contains(k.Id))
            .OrderBy(k => k.Name).Select(k => new { k.Id, k.Name }).ToListAsync(cancellationToken);
        var input = new BoardReviewInput
        {
            ReviewedOn = review?.ReviewedOn,
            Notes = review?.Notes,
            Requests = review?.Requests,
            Kpis = kpis.Select(k => new BoardReviewKpiInput
            {
                KpiId = k.Id,
                Name = k.Name,
                Reviewed = reviewedIds.Contains(k.Id),
                Comment = review?.Kpis.FirstOrDefault(x => x.KpiId == k.Id)?.Comment,
            }).ToList(),
        };
        return new BoardReviewEditor(board.Id, board.DisplayName, period.Id, period.Label, review?.Version, input);
    }

    /// <summary>Records or updates the board's review of the year, all or nothing; <paramref name="version"/> is null for a first record.</summary>
    public async Task<ScrutinyOutcome> SaveAsync(Actor actor, int boardId, int periodId, BoardReviewInput input, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ScrutinyRules.MayWrite(actor))
        {
            return ScrutinyOutcome.Refused(ScrutinyRules.WriteRefusal);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var period = await db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId, cancellationToken);
        if (period is null || !await db.ScrutinyBoards.AnyAsync(b => b.Id == boardId, cancellationToken))
        {
            return ScrutinyOutcome.NotFound("There is no such board or year.");
        }

        var errors = new List<FieldError>();
        if (input.ReviewedOn is not { } on)
        {
            errors.Add(new(Fields.ReviewedOn, "Enter the date of the meeting at which the board reviewed its KPIs"));
        }
        else if (on < period.StartDate)
        {
            errors.Add(new(Fields.ReviewedOn, $"A review of {period.Label} is held on or after {period.StartDate:d MMMM yyyy}"));
        }

        ScrutinyRules.CheckText(errors, Fields.Notes, "The notes", input.Notes, BoardReviewInput.MaxNotesLength);
        ScrutinyRules.CheckText(errors, Fields.Requests, "What the board asks for", input.Requests, BoardReviewInput.MaxRequestsLength);
        var reviewed = input.Kpis.Where(k => k.Reviewed).ToList();
        if (reviewed.Count == 0)
        {
            errors.Add(new(Fields.Kpis, "Tick the KPIs the board reviewed"));
        }

        for (var i = 0; i < input.Kpis.Count; i++)
        {
            ScrutinyRules.CheckText(errors, Fields.Comment(i), $"The comment on {input.Kpis[i].Name}", input.Kpis[i].Comment, BoardReviewInput.MaxCommentLength);
        }

        var ids = reviewed.Select(k => k.KpiId).Distinct().ToList();
        if (await db.Kpis.CountAsync(k => ids.Contains(k.Id), cancellationToken) != ids.Count)
        {
            errors.Add(new(Fields.Kpis, "Choose KPIs from the list"));
        }

        if (errors.Count > 0)
        {
            return ScrutinyOutcome.Invalid(errors);
        }

        var review = await db.BoardReviews.Include(r => r.Kpis)
            .FirstOrDefaultAsync(r => r.ScrutinyBoardId == boardId && r.ReportingPeriodId == periodId, cancellationToken);
        if (review is null)
        {
            if (version is not null)
            {
                return ScrutinyOutcome.Conflict("board review");
            }

            review = new BoardReview { ScrutinyBoardId = boardId, ReportingPeriodId = periodId };
            db.BoardReviews.Add(review);
        }
        else
        {
            if (version is not { } loaded)
            {
                return ScrutinyOutcome.Conflict("board review");
            }

            db.Entry(review).Property(r => r.Version).OriginalValue = loaded;
            db.Entry(review).State = EntityState.Modified;
        }

        review.ReviewedOn = input.ReviewedOn;
        review.Notes = ScrutinyRules.Clean(input.Notes);
        review.Requests = ScrutinyRules.Clean(input.Requests);
        foreach (var gone in review.Kpis.Where(k => !ids.Contains(k.KpiId)).ToList())
        {
            review.Kpis.Remove(gone);
            db.Remove(gone);
        }

        foreach (var k in reviewed)
        {
            var row = review.Kpis.FirstOrDefault(x => x.KpiId == k.KpiId);
            if (row is null)
            {
                row = new BoardReviewKpi { KpiId = k.KpiId };
                review.Kpis.Add(row);
            }

            row.Comment = ScrutinyRules.Clean(k.Comment);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ScrutinyOutcome.Saved(review.Id);
        }
        catch (DbUpdateException)
        {
            return ScrutinyOutcome.Conflict("board review");
        }
    }
}
