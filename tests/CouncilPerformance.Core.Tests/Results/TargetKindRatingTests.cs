using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Core.Tests.Results;

/// <summary>Every kind of target × polarity × tolerance, including the cases that cannot be judged.</summary>
public class TargetKindRatingTests
{
    private const Polarity Higher = Polarity.HigherIsBetter;
    private const Polarity Lower = Polarity.LowerIsBetter;

    // Attributes cannot hold decimals, so the tables use doubles whose decimal conversion is exact.
    [Theory]
    [InlineData(Higher, 71, 70, 0, RagStatus.Green)]    // increased
    [InlineData(Higher, 70, 70, 0, RagStatus.Red)]      // "to increase" and it did not: a miss
    [InlineData(Higher, 70, 70, 1, RagStatus.Amber)]    // unchanged, within tolerance
    [InlineData(Higher, 69, 70, 1, RagStatus.Amber)]    // fell by the tolerance
    [InlineData(Higher, 68.5, 70, 1, RagStatus.Red)]    // fell by more
    [InlineData(Lower, 69, 70, 0, RagStatus.Green)]     // "to decrease" and it did
    [InlineData(Lower, 71, 70, 0, RagStatus.Red)]
    [InlineData(Lower, 70.5, 70, 1, RagStatus.Amber)]
    [InlineData(Lower, 71.5, 70, 1, RagStatus.Red)]
    public void A_direction_target_is_judged_against_the_previous_value(Polarity polarity, double value, double previous, double tolerance, RagStatus expected)
    {
        // Arrange
        var target = new TargetTerms(TargetKind.Direction, null, AmberTolerance: (decimal)tolerance);

        // Act
        var rating = RagRating.Rate(target, polarity, new RatingFacts((decimal)value, (decimal)previous));

        // Assert
        Assert.Equal(expected, rating.Rag);
    }

    [Theory]
    [InlineData(Higher)]
    [InlineData(Lower)]
    public void A_direction_target_cannot_be_judged_without_a_previous_value(Polarity polarity)
    {
        // Act
        var rating = RagRating.Rate(new TargetTerms(TargetKind.Direction, null), polarity, new RatingFacts(70m, PreviousValue: null));

        // Assert
        Assert.Equal((RagStatus.Grey, NotJudgedReason.NoComparablePreviousValue), (rating.Rag, rating.Reason));
        Assert.Equal("Cannot be judged: no comparable previous value", rating.Words);
    }

    [Fact]
    public void A_direction_target_is_never_judged_across_a_redefinition()
    {
        // Act
        var rating = RagRating.Rate(new TargetTerms(TargetKind.Direction, null), Higher, new RatingFacts(80m, 70m, DefinitionChangedSincePrevious: true));

        // Assert
        Assert.Equal((RagStatus.Grey, NotJudgedReason.NoComparablePreviousValue), (rating.Rag, rating.Reason));
    }

    [Theory]
    [InlineData(Higher, TargetComparators.National, false, 94, 93.6, null, 0, RagStatus.Green)]
    [InlineData(Higher, TargetComparators.National, false, 93.6, 93.6, null, 0, RagStatus.Red)]    // "better than": equal is a miss
    [InlineData(Higher, TargetComparators.National, true, 93.6, 93.6, null, 0, RagStatus.Green)]    // "or equal to": equal meets it
    [InlineData(Higher, TargetComparators.National, true, 93, 93.6, null, 1, RagStatus.Amber)]
    [InlineData(Higher, TargetComparators.National, true, 92.5, 93.6, null, 1, RagStatus.Red)]
    [InlineData(Higher, TargetComparators.StatisticalNeighbours, false, 92, 93.6, 91.9, 0, RagStatus.Green)]
    [InlineData(Higher, TargetComparators.NationalAndStatisticalNeighbours, false, 92, 93.6, 91.9, 0, RagStatus.Red)] // must beat both
    [InlineData(Higher, TargetComparators.NationalAndStatisticalNeighbours, false, 94, 93.6, 91.9, 0, RagStatus.Green)]
    [InlineData(Lower, TargetComparators.NationalAndStatisticalNeighbours, false, 3.5, 5.2, 6.2, 0, RagStatus.Green)]
    [InlineData(Lower, TargetComparators.NationalAndStatisticalNeighbours, false, 5.5, 5.2, 6.2, 0, RagStatus.Red)]
    [InlineData(Lower, TargetComparators.NationalAndStatisticalNeighbours, false, 5.5, 5.2, 6.2, 0.5, RagStatus.Amber)]
    [InlineData(Lower, TargetComparators.National, true, 5.2, 5.2, null, 0, RagStatus.Green)]
    [InlineData(Lower, TargetComparators.National, false, 5.2, 5.2, null, 0.1, RagStatus.Amber)]
    public void A_comparator_target_is_judged_against_the_results_own_comparators(
        Polarity polarity, TargetComparators comparators, bool equalCounts, double value, double? national, double? neighbours, double tolerance, RagStatus expected)
    {
        // Arrange
        var target = new TargetTerms(TargetKind.Comparator, null, null, comparators, equalCounts, (decimal)tolerance);

        // Act
        var rating = RagRating.Rate(target, polarity, new RatingFacts((decimal)value, National: (decimal?)national, StatisticalNeighbours: (decimal?)neighbours));

        // Assert
        Assert.Equal(expected, rating.Rag);
    }

    [Theory]
    [InlineData(TargetComparators.National, null, 5.0)]
    [InlineData(TargetComparators.StatisticalNeighbours, 5.0, null)]
    [InlineData(TargetComparators.NationalAndStatisticalNeighbours, 5.0, null)]
    [InlineData(TargetComparators.NationalAndStatisticalNeighbours, null, 5.0)]
    public void A_comparator_target_cannot_be_judged_without_the_comparator_value(TargetComparators comparators, double? national, double? neighbours)
    {
        // Act
        var rating = RagRating.Rate(new TargetTerms(TargetKind.Comparator, null, null, comparators), Higher,
            new RatingFacts(4m, National: (decimal?)national, StatisticalNeighbours: (decimal?)neighbours));

        // Assert
        Assert.Equal((RagStatus.Grey, NotJudgedReason.NoComparatorValue), (rating.Rag, rating.Reason));
        Assert.Equal("Cannot be judged: no comparator value", rating.Words);
    }

    [Theory]
    [InlineData(Higher, 580, 0, RagStatus.Green)]   // at the lower end
    [InlineData(Higher, 630, 0, RagStatus.Green)]   // at the upper end
    [InlineData(Lower, 614, 0, RagStatus.Green)]
    [InlineData(Lower, 631, 0, RagStatus.Red)]      // above the range is a miss whatever the polarity
    [InlineData(Higher, 579, 0, RagStatus.Red)]     // below it too
    [InlineData(Higher, 640, 10, RagStatus.Amber)]
    [InlineData(Lower, 570, 10, RagStatus.Amber)]
    [InlineData(Lower, 569, 10, RagStatus.Red)]
    public void A_range_target_is_met_inside_the_range(Polarity polarity, double value, double tolerance, RagStatus expected)
    {
        // Arrange
        var target = new TargetTerms(TargetKind.Range, 580m, 630m, AmberTolerance: (decimal)tolerance);

        // Act
        var rating = RagRating.Rate(target, polarity, new RatingFacts((decimal)value));

        // Assert
        Assert.Equal(expected, rating.Rag);
    }

    [Theory]
    [InlineData(Higher)]
    [InlineData(Lower)]
    public void No_target_set_rates_grey_in_the_councils_words(Polarity polarity)
    {
        // Act
        var none = RagRating.Rate(new TargetTerms(TargetKind.None, null), polarity, new RatingFacts(50m));
        var missing = RagRating.Rate(null, polarity, new RatingFacts(50m));

        // Assert
        Assert.Equal((RagStatus.Grey, "No target set"), (none.Rag, none.Words));
        Assert.Equal((RagStatus.Grey, "No target set"), (missing.Rag, missing.Words));
    }

    [Theory]
    [InlineData(TargetKind.Value)]
    [InlineData(TargetKind.Direction)]
    [InlineData(TargetKind.Comparator)]
    [InlineData(TargetKind.Range)]
    public void Every_kind_rates_grey_without_a_value(TargetKind kind)
    {
        // Arrange
        var target = new TargetTerms(kind, 10m, 20m, TargetComparators.National);

        // Act
        var missing = RagRating.Rate(target, Higher, new RatingFacts(null, 5m, 5m, 5m));
        var notAvailable = RagRating.Rate(target, Higher, new RatingFacts(15m, 5m, 5m, 5m, NotAvailable: true));

        // Assert
        Assert.Equal((RagStatus.Grey, NotJudgedReason.NoValue, "No data"), (missing.Rag, missing.Reason, missing.Words));
        Assert.Equal((RagStatus.Grey, NotJudgedReason.NoValue), (notAvailable.Rag, notAvailable.Reason));
    }

    [Theory]
    [InlineData(TargetKind.Value)]
    [InlineData(TargetKind.Direction)]
    [InlineData(TargetKind.Comparator)]
    [InlineData(TargetKind.Range)]
    public void A_negative_tolerance_is_refused_for_every_kind(TargetKind kind)
    {
        // Arrange
        var target = new TargetTerms(kind, 10m, 20m, TargetComparators.National, AmberTolerance: -0.1m);

        // Act and assert
        Assert.Throws<ArgumentOutOfRangeException>(() => RagRating.Rate(target, Higher, new RatingFacts(15m, 5m, 5m, 5m)));
    }

    [Fact]
    public void The_council_words_name_on_and_off_target()
    {
        Assert.Equal("On target", TargetRating.Judged(RagStatus.Green).Words);
        Assert.Equal("Off target", TargetRating.Judged(RagStatus.Red).Words);
        Assert.Equal("Off target (within tolerance)", TargetRating.Judged(RagStatus.Amber).Words);
    }

    [Theory]
    [InlineData(TargetKind.Direction, Higher, null, null, null, false, "To increase")]
    [InlineData(TargetKind.Direction, Lower, null, null, null, false, "To decrease")]
    [InlineData(TargetKind.Comparator, Lower, null, null, TargetComparators.NationalAndStatisticalNeighbours, false, "Below (better than) the national average and statistical neighbours")]
    [InlineData(TargetKind.Comparator, Higher, null, null, TargetComparators.National, true, "Above or equal to the national average")]
    [InlineData(TargetKind.Range, Lower, 580.0, 630.0, null, false, "Within 580–630")]
    [InlineData(TargetKind.Value, Higher, 94.0, null, null, false, "94")]
    [InlineData(TargetKind.None, Higher, null, null, null, false, "No target set")]
    [InlineData(TargetKind.Value, Higher, null, null, null, false, "No target set")]
    public void A_target_is_described_in_the_councils_words(TargetKind kind, Polarity polarity, double? value, double? upper, TargetComparators? comparators, bool equalCounts, string expected)
    {
        // Arrange
        var target = new TargetTerms(kind, (decimal?)value, (decimal?)upper, comparators, equalCounts);

        // Act and assert
        Assert.Equal(expected, target.Describe(polarity));
    }
}
