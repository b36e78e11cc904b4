using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Review;
using CouncilPerformance.Core.Scrutiny;
using CouncilPerformance.Core.Tests.Results.Rules;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Tests.Scrutiny;

public sealed class BoardReviewServiceTests
{
    private static async Task<int> BoardAsync(SeededServices s, int number)
    {
        await using var db = s.Db.CreateContext();
        return await db.ScrutinyBoards.Where(b => b.Number == number).Select(b => b.Id).SingleAsync();
    }

    [Fact]
    public async Task A_board_records_its_review_the_tracker_shows_it_and_the_health_check_reads_it()
    {
        await using var s = await SeededServices.CreateAsync();
        var member = await s.SignInAsync(SeededServices.ScrutinyEmail);
        var service = new BoardReviewService(s.Factory);
        var board = await BoardAsync(s, 1);
        var editor = await service.GetEditorAsync(board, 2024);
        editor!.Input.ReviewedOn = new DateOnly(2025, 10, 8);
        editor.Input.Requests = "A report on collection agencies' performance.";
        editor.Input.Kpis[0].Reviewed = true;
        editor.Input.Kpis[0].Comment = "Collection fell again.";

        var saved = await service.SaveAsync(member, board, editor.PeriodId, editor.Input, editor.Version);
        var stale = await service.SaveAsync(member, board, editor.PeriodId, editor.Input, null);

        Assert.True(saved.Succeeded, saved.Message);
        Assert.Equal(OutcomeKind.Conflict, stale.Kind);
        var tracker = await service.TrackerAsync(editor.PeriodId);
        Assert.Equal(new DateOnly(2025, 10, 8), tracker.Single(t => t.BoardId == board).ReviewedOn);
        // The list page's paged read (the year's tracker view) gives the same rows in the same order, and counts the reviews.
        var firstView = await service.TrackerViewAsync(2024, 0, 2);
        var secondView = await service.TrackerViewAsync(2024, 1, 2);
        Assert.Equal((editor.PeriodId, editor.PeriodId), (firstView!.Year.PeriodId, secondView!.Year.PeriodId));
        var (first, second) = (firstView.Page, secondView.Page);
        Assert.Equal(tracker.Take(4), [.. first.Rows, .. second.Rows]);
        Assert.Equal(2, first.Rows.Count);
        Assert.Equal(tracker.Count, first.Boards);
        Assert.Equal(tracker.Count(t => t.ReviewedOn is not null), first.Reviewed);
        var health = await new HealthCheckQueries(s.Factory, s.Clock).RunAsync(2024, new ReviewFilter());
        Assert.Equal(HealthResult.Pass, health!.Rows.Single(r => r.KpiId == editor.Input.Kpis[0].KpiId).Checks[HealthCriterion.ReviewedByBoard]);
        Assert.NotEmpty(await s.AuditEntriesAsync(nameof(BoardReview), saved.Id!.Value));
    }

    [Fact]
    public async Task Cabinet_cannot_record_a_board_review_and_a_review_needs_a_date_and_a_KPI()
    {
        await using var s = await SeededServices.CreateAsync();
        var service = new BoardReviewService(s.Factory);
        var board = await BoardAsync(s, 1);
        var editor = await service.GetEditorAsync(board, 2024);

        var refused = await service.SaveAsync(await s.SignInAsync(SeededServices.CabinetEmail), board, editor!.PeriodId, editor.Input, null);
        var invalid = await service.SaveAsync(await s.SignInAsync(SeededServices.ScrutinyEmail), board, editor.PeriodId, editor.Input, null);

        Assert.Equal(OutcomeKind.Refused, refused.Kind);
        Assert.Equal(OutcomeKind.Invalid, invalid.Kind);
        Assert.Contains(invalid.Errors, e => e.Field == BoardReviewService.Fields.ReviewedOn);
        Assert.Contains(invalid.Errors, e => e.Field == BoardReviewService.Fields.Kpis);
    }
}
