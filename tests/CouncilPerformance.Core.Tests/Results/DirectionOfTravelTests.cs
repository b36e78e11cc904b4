using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Core.Tests.Results;

public class DirectionOfTravelTests
{
    [Theory]
    [InlineData(75, 70, Polarity.HigherIsBetter, Direction.Better)]
    [InlineData(65, 70, Polarity.HigherIsBetter, Direction.Worse)]
    [InlineData(70, 70, Polarity.HigherIsBetter, Direction.Unchanged)]
    [InlineData(65, 70, Polarity.LowerIsBetter, Direction.Better)]
    [InlineData(75, 70, Polarity.LowerIsBetter, Direction.Worse)]
    [InlineData(70, 70, Polarity.LowerIsBetter, Direction.Unchanged)]
    [InlineData(70.01, 70, Polarity.HigherIsBetter, Direction.Better)]
    [InlineData(70.01, 70, Polarity.LowerIsBetter, Direction.Worse)]
    public void Compare_is_aware_of_polarity(double current, double previous, Polarity polarity, Direction expected)
    {
        // Act
        var direction = DirectionOfTravel.Compare((decimal)current, (decimal)previous, polarity);

        // Assert
        Assert.Equal(expected, direction);
    }

    [Theory]
    [InlineData(null, 70.0, Polarity.HigherIsBetter)]
    [InlineData(70.0, null, Polarity.HigherIsBetter)]
    [InlineData(null, null, Polarity.HigherIsBetter)]
    [InlineData(null, 70.0, Polarity.LowerIsBetter)]
    [InlineData(70.0, null, Polarity.LowerIsBetter)]
    public void Compare_returns_not_comparable_when_a_value_is_missing(double? current, double? previous, Polarity polarity)
    {
        // Act
        var direction = DirectionOfTravel.Compare((decimal?)current, (decimal?)previous, polarity);

        // Assert
        Assert.Equal(Direction.NotComparable, direction);
    }

    [Theory]
    [InlineData(75, 70, Polarity.HigherIsBetter)]
    [InlineData(65, 70, Polarity.LowerIsBetter)]
    [InlineData(70, 70, Polarity.HigherIsBetter)]
    public void Compare_returns_not_comparable_when_the_definition_changed_in_between(double current, double previous, Polarity polarity)
    {
        // Act
        var direction = DirectionOfTravel.Compare((decimal)current, (decimal)previous, polarity, definitionChangedBetween: true);

        // Assert
        Assert.Equal(Direction.NotComparable, direction);
    }

    [Theory]
    [InlineData(72.2, 72.1, 0.5, Polarity.HigherIsBetter, Direction.Unchanged)]   // Coventry's "similar" example
    [InlineData(72.1, 72.2, 0.5, Polarity.HigherIsBetter, Direction.Unchanged)]
    [InlineData(72.6, 72.1, 0.5, Polarity.HigherIsBetter, Direction.Unchanged)]   // at the edge of the band
    [InlineData(72.61, 72.1, 0.5, Polarity.HigherIsBetter, Direction.Better)]
    [InlineData(71.5, 72.1, 0.5, Polarity.HigherIsBetter, Direction.Worse)]
    [InlineData(72.61, 72.1, 0.5, Polarity.LowerIsBetter, Direction.Worse)]
    [InlineData(71.5, 72.1, 0.5, Polarity.LowerIsBetter, Direction.Better)]
    [InlineData(72.2, 72.1, 0, Polarity.HigherIsBetter, Direction.Better)]        // a band of 0: only equal is similar
    public void Compare_counts_a_change_within_the_similar_band_as_similar(double current, double previous, double band, Polarity polarity, Direction expected)
    {
        // Act
        var direction = DirectionOfTravel.Compare((decimal)current, (decimal)previous, polarity, similarBand: (decimal)band);

        // Assert
        Assert.Equal(expected, direction);
    }

    [Fact]
    public void Compare_refuses_a_negative_similar_band()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DirectionOfTravel.Compare(1m, 2m, Polarity.HigherIsBetter, similarBand: -0.1m));
    }

    [Theory]
    [InlineData(2024, 2025, new[] { 2025 }, true)]        // redefined from the current year
    [InlineData(2023, 2025, new[] { 2024 }, true)]        // redefined from a year in between with no figures
    [InlineData(2024, 2025, new[] { 2024 }, false)]       // redefined from the previous year: both measured the new way
    [InlineData(2024, 2025, new[] { 2026 }, false)]       // redefined later
    [InlineData(2024, 2025, new int[0], false)]
    public void DefinitionChangedBetween_is_true_only_for_a_redefinition_after_the_previous_period(int previous, int current, int[] redefinedFrom, bool expected)
    {
        // Act and assert
        Assert.Equal(expected, DirectionOfTravel.DefinitionChangedBetween(previous, current, redefinedFrom));
    }
}
