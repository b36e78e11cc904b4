using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Core.Tests.Review;

/// <summary>The year's review on the seeded plan, real SQLite: its ratings agree with the KPI list and the C# rules, and only published figures count.</summary>
public sealed class ReviewQueriesTests
{
    private static IDbContextFactory<AppDbContext> Factory(TestDatabase db) =>
        db.Services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();

    private static async Task<int> PeriodIdAsync(TestDatabase db, int startYear)
    {
        await using var context = db.CreateContext();
        return await context.ReportingPeriods.Where(p => p.StartYear == startYear).Select(p => p.Id).SingleAsync();
    }

    private static async Task<List<ReviewRow>> AllRowsAsync(ReviewQueries queries, int periodId, ReviewFilter filter)
    {
        var rows = new List<ReviewRow>();
        foreach (var section in Enum.GetValues<ReviewSection>())
        {
            rows.AddRange((await queries.GetSectionAsync(periodId, filter, section, 0, 1000)).Rows);
        }

        return rows;
    }

    [Fact]
    public async Task The_reviews_ratings_match_the_KPI_list_and_the_RAG_and_direction_rules()
    {
        await using var db = await TestDatabase.CreateAsync(seed: true);
        var factory = Factory(db);
        var review = new ReviewQueries(factory);
        var kpiRows = await new KpiQueries(factory).ListAsync(new KpiFilter());

        var rows = await AllRowsAsync(review, await PeriodIdAsync(db, 2024), new ReviewFilter());

        Assert.Equal(kpiRows.Count, rows.Count);
        foreach (var kpi in kpiRows)
        {
            var row = Assert.Single(rows, r => r.KpiId == kpi.Id);
            Assert.True(kpi.Rag == row.Rag, $"{kpi.Code}: list says {kpi.Rag}, review says {row.Rag}");
            Assert.True(kpi.Direction == row.Direction, $"{kpi.Code}: list says {kpi.Direction}, review says {row.Direction}");
            var facts = new RatingFacts(row.Value, row.PreviousValue,
                row.Comparators.FirstOrDefault(c => c.Comparator == Comparator.England)?.Value,
                row.Comparators.FirstOrDefault(c => c.Comparator == Comparator.StatisticalNeighbours)?.Value,
                DefinitionChangedSincePrevious: row.Value is not null && row.PreviousValue is not null && row.Direction == Direction.NotComparable);
            Assert.True(RagRating.Rate(row.Terms, row.Polarity, facts).Rag == row.Rag, $"{kpi.Code}: the C# rule says {RagRating.Rate(row.Terms, row.Polarity, facts).Rag}, SQL says {row.Rag}");
        }
    }

    [Fact]
    public async Task Off_target_lists_red_before_amber_within_each_priority_and_the_headline_adds_up()
    {
        await using var db = await TestDatabase.CreateAsync(seed: true);
        var review = new ReviewQueries(Factory(db));
        var periodId = await PeriodIdAsync(db, 2024);

        var off = await review.GetSectionAsync(periodId, new ReviewFilter(), ReviewSection.OffTarget, 0, 1000);
        var achieved = await review.GetSectionAsync(periodId, new ReviewFilter(), ReviewSection.Achieved, 0, 1000);
        var gaps = await review.GetSectionAsync(periodId, new ReviewFilter(), ReviewSection.NoDataOrNoTarget, 0, 1000);
        var headline = await review.GetHeadlineAsync(periodId, new ReviewFilter());

        Assert.All(off.Rows, r => Assert.Contains(r.Rag, new[] { RagStatus.Red, RagStatus.Amber }));
        foreach (var priority in off.Rows.GroupBy(r => r.Priority))
        {
            var rags = priority.Select(r => r.Rag).ToList();
            Assert.Equal(rags.OrderBy(r => r == RagStatus.Red ? 0 : 1), rags);
        }

        Assert.Equal(headline.OffTarget, off.Total);
        Assert.Equal(headline.OnTarget, achieved.Total);
        Assert.Equal(headline.NoTargetSet + headline.NoData, gaps.Total);
        Assert.Equal(headline.Total, off.Total + achieved.Total + gaps.Total);
    }

    [Fact]
    public async Task A_section_pages_in_the_database_and_a_page_past_the_end_shows_the_last()
    {
        await using var db = await TestDatabase.CreateAsync(seed: true);
        var review = new ReviewQueries(Factory(db));
        var periodId = await PeriodIdAsync(db, 2024);
        var all = await review.GetSectionAsync(periodId, new ReviewFilter(), ReviewSection.OffTarget, 0, 1000);

        var first = await review.GetSectionAsync(periodId, new ReviewFilter(), ReviewSection.OffTarget, 0, 5);
        var second = await review.GetSectionAsync(periodId, new ReviewFilter(), ReviewSection.OffTarget, 1, 5);
        var beyond = await review.GetSectionAsync(periodId, new ReviewFilter(), ReviewSection.OffTarget, 99, 5);

        Assert.Equal(5, first.Rows.Count);
        Assert.Equal(all.Rows.Skip(5).Take(5).Select(r => r.KpiId), second.Rows.Select(r => r.KpiId));
        Assert.Equal(all.Total, first.Total);
        Assert.Equal(first.PageCount - 1, beyond.PageIndex);
    }

    [Fact]
    public async Task Filters_narrow_the_headline_and_the_sections()
    {
        await using var db = await TestDatabase.CreateAsync(seed: true);
        var factory = Factory(db);
        var review = new ReviewQueries(factory);
        var periodId = await PeriodIdAsync(db, 2024);
        var options = await new KpiQueries(factory).GetFilterOptionsAsync();
        var board = options.ScrutinyBoards.First(b => b.Name.Contains("(1)", StringComparison.Ordinal));

        var filter = new ReviewFilter { ScrutinyBoardId = board.Id };
        var rows = await AllRowsAsync(review, periodId, filter);
        var headline = await review.GetHeadlineAsync(periodId, filter);
        var local = await AllRowsAsync(review, periodId, new ReviewFilter { Designation = KpiDesignation.Local });

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(board.Name, r.ScrutinyBoard));
        Assert.Equal(rows.Count, headline.Total);
        Assert.All(local, r => Assert.Equal(KpiDesignation.Local, r.Designation));
    }

    [Fact]
    public async Task An_approved_figure_of_an_unpublished_year_counts_nowhere()
    {
        await using var db = await TestDatabase.CreateAsync(seed: true);
        var review = new ReviewQueries(Factory(db));
        var open = await PeriodIdAsync(db, 2025);
        await using (var context = db.CreateContext())
        {
            var kpi = await context.Kpis.SingleAsync(k => k.Code == "ROADS-A");
            context.Results.Add(new Result { KpiId = kpi.Id, ReportingPeriodId = open, Value = 99, State = ResultState.Approved, DataStatus = DataStatus.Final });
            await context.SaveChangesAsync();
        }

        var headline = await review.GetHeadlineAsync(open, new ReviewFilter());
        var section = await review.GetSectionAsync(open, new ReviewFilter(), ReviewSection.Achieved, 0);

        Assert.Equal(0, headline.Total);
        Assert.Empty(section.Rows);
        Assert.Null(await review.GetPublishedPeriodAsync(2025));
        Assert.NotNull(await review.GetPublishedPeriodAsync(2024));
    }
}
