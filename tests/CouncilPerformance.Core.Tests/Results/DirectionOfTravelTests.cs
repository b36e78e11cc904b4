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
}
