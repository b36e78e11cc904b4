using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Review;

namespace CouncilPerformance.Core.Tests.Review;

public class PerformanceHeadlineTests
{
    [Fact]
    public void The_2019_20_report_counts_give_79_percent_improved_or_similar()
    {
        // Arrange: "75 indicators; 39 improved, 11 stayed the same, 13 got worse; for 10 we can't say and 2 are not available".
        var items = Repeat(39, Direction.Better)
            .Concat(Repeat(11, Direction.Unchanged))
            .Concat(Repeat(13, Direction.Worse))
            .Concat(Repeat(10, Direction.NotComparable))
            .Concat(Enumerable.Repeat(new HeadlineItem(RagStatus.Grey, HasValue: false, HasTarget: true, Direction.NotComparable), 2));

        // Act
        var headline = PerformanceHeadline.From(items);

        // Assert
        Assert.Equal(75, headline.Total);
        Assert.Equal((39, 11, 13, 10, 2), (headline.Improved, headline.Similar, headline.GotWorse, headline.CantSay, headline.NotAvailable));
        Assert.Equal(63, headline.Directional);
        Assert.Equal(79m, Math.Round(headline.ImprovedOrSimilarShare!.Value * 100));
    }

    [Fact]
    public void Status_counts_split_off_target_into_red_and_amber_and_keep_no_target_apart_from_no_data()
    {
        var headline = PerformanceHeadline.From(
        [
            new(RagStatus.Green, true, true, Direction.Worse),
            new(RagStatus.Red, true, true, Direction.Better),
            new(RagStatus.Amber, true, true, Direction.Better),
            new(RagStatus.Grey, true, false, Direction.Unchanged),
            new(RagStatus.Grey, false, true, Direction.NotComparable),
        ]);

        Assert.Equal((1, 1, 1, 2, 1, 1), (headline.OnTarget, headline.OffTargetRed, headline.OffTargetAmber, headline.OffTarget, headline.NoTargetSet, headline.NoData));
    }

    [Fact]
    public void Improved_but_off_target_is_two_independent_judgements()
    {
        // Destination of school leavers 2023/24: 91.6% -> 92.1%, below England's 93.6%.
        var item = new HeadlineItem(RagStatus.Red, HasValue: true, HasTarget: true, Direction.Better);

        Assert.Equal(TargetStatus.OffTarget, item.Status);
        Assert.Equal(Progress.Improved, item.Progress);
        Assert.Equal("Off target", CouncilWords.Of(item.Status));
        Assert.Equal("Improved", CouncilWords.Of(item.Progress));
    }

    [Fact]
    public void No_directional_indicator_gives_no_share()
    {
        var headline = PerformanceHeadline.From([new(RagStatus.Grey, false, false, Direction.NotComparable)]);

        Assert.Null(headline.ImprovedOrSimilarShare);
        Assert.Equal(TargetStatus.NoTargetSet, new HeadlineItem(RagStatus.Grey, false, false, Direction.NotComparable).Status);
    }

    private static IEnumerable<HeadlineItem> Repeat(int count, Direction direction) =>
        Enumerable.Repeat(new HeadlineItem(RagStatus.Green, HasValue: true, HasTarget: true, direction), count);
}
