using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Review;

namespace CouncilPerformance.Core.Tests.Results;

/// <summary>The examples in Coventry's own reports (product.md), judged by the app, give the council's words.</summary>
public class CouncilExamplesTests
{
    private static (string Status, string Progress) Judge(TargetTerms? target, Polarity polarity, RatingFacts facts, decimal? similarBand = null)
    {
        var rating = RagRating.Rate(target, polarity, facts);
        var direction = DirectionOfTravel.Compare(facts.Value, facts.PreviousValue, polarity, facts.DefinitionChangedSincePrevious, similarBand);
        var item = new HeadlineItem(rating.Rag, facts.Value is not null, target?.IsSet ?? false, direction);
        return (CouncilWords.Of(item.Status), CouncilWords.Of(item.Progress));
    }

    [Fact]
    public void School_leavers_improved_but_were_off_target_against_the_national_average()
    {
        // 2023/24 report: 91.6% → 92.1%, target "above or equal to the national average", England 93.6%.
        var target = new TargetTerms(TargetKind.Comparator, null, null, TargetComparators.National, EqualCounts: true);

        var words = Judge(target, Polarity.HigherIsBetter, new RatingFacts(92.1m, 91.6m, National: 93.6m, StatisticalNeighbours: 91.9m));

        Assert.Equal(("Off target", "Improved"), words);
        Assert.Equal("Above or equal to the national average", target.Describe(Polarity.HigherIsBetter));
    }

    [Fact]
    public void Council_tax_collection_missed_its_number_target_and_got_worse()
    {
        // 2024/25 report: 93.4% against a target of 94%; 93.7% the year before.
        var words = Judge(TargetTerms.Number(94m), Polarity.HigherIsBetter, new RatingFacts(93.4m, 93.7m));

        Assert.Equal(("Off target", "Got worse"), words);
    }

    [Fact]
    public void NEET_was_below_the_national_average_and_statistical_neighbours_so_on_target()
    {
        // 2023/24 report: 3.5% (3.9% before); statistical neighbours 6.2%, England 5.2%.
        var target = new TargetTerms(TargetKind.Comparator, null, null, TargetComparators.NationalAndStatisticalNeighbours);

        var words = Judge(target, Polarity.LowerIsBetter, new RatingFacts(3.5m, 3.9m, National: 5.2m, StatisticalNeighbours: 6.2m));

        Assert.Equal(("On target", "Improved"), words);
        Assert.Equal("Below (better than) the national average and statistical neighbours", target.Describe(Polarity.LowerIsBetter));
    }

    [Fact]
    public void Children_looked_after_within_the_target_range_is_on_target()
    {
        // "Within the target range of 580–630"; 614 at 31 March 2025, 627 the year before.
        var target = new TargetTerms(TargetKind.Range, 580m, 630m);

        var words = Judge(target, Polarity.LowerIsBetter, new RatingFacts(614m, 627m));

        Assert.Equal(("On target", "Improved"), words);
        Assert.Equal("Within 580–630", target.Describe(Polarity.LowerIsBetter));
    }

    [Fact]
    public void A_tenth_of_a_point_is_similar_when_the_kpi_says_so()
    {
        // "72.1% → 72.2%": similar, unchanged or statistically insignificant.
        var words = Judge(new TargetTerms(TargetKind.Direction, null), Polarity.HigherIsBetter, new RatingFacts(72.2m, 72.1m), similarBand: 0.5m);

        Assert.Equal("Similar", words.Progress);
    }

    [Fact]
    public void A_direction_target_to_increase_is_on_target_when_the_value_rose()
    {
        var words = Judge(new TargetTerms(TargetKind.Direction, null), Polarity.HigherIsBetter, new RatingFacts(69m, 67.8m));

        Assert.Equal(("On target", "Improved"), words);
    }

    [Fact]
    public void No_target_set_is_said_so()
    {
        var words = Judge(new TargetTerms(TargetKind.None, null), Polarity.LowerIsBetter, new RatingFacts(13.7m, 13.5m));

        Assert.Equal(("No target set", "Got worse"), words);
    }
}
