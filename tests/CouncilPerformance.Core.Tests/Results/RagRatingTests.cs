using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Core.Tests.Results;

public class RagRatingTests
{
    private static RagStatus RateNumber(decimal? value, decimal? target, decimal tolerance, Polarity polarity) =>
        RagRating.Rate(target is { } t ? TargetTerms.Number(t, tolerance) : null, polarity, new RatingFacts(value)).Rag;

    private static RagStatus RateEntities(Result? result, Target? target) =>
        RagRating.Rate(new Kpi { Code = "K", Name = "K", Polarity = Polarity.HigherIsBetter }, target, result, previous: null).Rag;

    // Attributes cannot hold decimals, so the tables use doubles whose decimal conversion is exact.
    [Theory]
    [InlineData(80, 80, 5, RagStatus.Green)]   // met exactly
    [InlineData(85, 80, 5, RagStatus.Green)]   // beaten
    [InlineData(77, 80, 5, RagStatus.Amber)]   // missed within tolerance
    [InlineData(75, 80, 5, RagStatus.Amber)]   // at the tolerance edge
    [InlineData(74.99, 80, 5, RagStatus.Red)]  // just beyond
    [InlineData(60, 80, 5, RagStatus.Red)]     // well beyond
    public void Rate_when_higher_is_better_rates_against_target_and_tolerance(double value, double target, double tolerance, RagStatus expected)
    {
        // Act
        var status = RateNumber((decimal)value, (decimal)target, (decimal)tolerance, Polarity.HigherIsBetter);

        // Assert
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData(10, 10, 2, RagStatus.Green)]   // met exactly
    [InlineData(8, 10, 2, RagStatus.Green)]    // beaten (lower)
    [InlineData(11, 10, 2, RagStatus.Amber)]   // missed within tolerance
    [InlineData(12, 10, 2, RagStatus.Amber)]   // at the tolerance edge
    [InlineData(12.01, 10, 2, RagStatus.Red)]  // just beyond
    [InlineData(20, 10, 2, RagStatus.Red)]     // well beyond
    public void Rate_when_lower_is_better_rates_against_target_and_tolerance(double value, double target, double tolerance, RagStatus expected)
    {
        // Act
        var status = RateNumber((decimal)value, (decimal)target, (decimal)tolerance, Polarity.LowerIsBetter);

        // Assert
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData(50, 50, Polarity.HigherIsBetter, RagStatus.Green)]
    [InlineData(49.99, 50, Polarity.HigherIsBetter, RagStatus.Red)]
    [InlineData(50, 50, Polarity.LowerIsBetter, RagStatus.Green)]
    [InlineData(50.01, 50, Polarity.LowerIsBetter, RagStatus.Red)]
    public void Rate_with_zero_tolerance_has_no_amber(double value, double target, Polarity polarity, RagStatus expected)
    {
        // Act
        var status = RateNumber((decimal)value, (decimal)target, 0m, polarity);

        // Assert
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData(null, 80.0, Polarity.HigherIsBetter)]
    [InlineData(70.0, null, Polarity.HigherIsBetter)]
    [InlineData(null, null, Polarity.HigherIsBetter)]
    [InlineData(null, 80.0, Polarity.LowerIsBetter)]
    [InlineData(90.0, null, Polarity.LowerIsBetter)]
    public void Rate_returns_grey_when_value_or_target_is_missing(double? value, double? target, Polarity polarity)
    {
        // Act
        var status = RateNumber((decimal?)value, (decimal?)target, 5m, polarity);

        // Assert
        Assert.Equal(RagStatus.Grey, status);
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter)]
    [InlineData(Polarity.LowerIsBetter)]
    public void Rate_throws_when_tolerance_is_negative(Polarity polarity)
    {
        // Act
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RagRating.Rate(TargetTerms.Number(80m, -1m), polarity, new RatingFacts(70m)));

        // Assert
        Assert.Equal("target", ex.ParamName);
    }

    [Fact]
    public void Rate_uses_the_targets_value_and_tolerance()
    {
        // Arrange
        var result = new Result { Value = 77m, DataStatus = DataStatus.Final };
        var target = new Target { Value = 80m, AmberTolerance = 5m };

        // Act
        var status = RateEntities(result, target);

        // Assert
        Assert.Equal(RagStatus.Amber, status);
    }

    [Fact]
    public void Rate_treats_a_provisional_result_like_a_final_one()
    {
        // Arrange
        var result = new Result { Value = 81m, DataStatus = DataStatus.Provisional };
        var target = new Target { Value = 80m, AmberTolerance = 5m };

        // Act
        var status = RateEntities(result, target);

        // Assert
        Assert.Equal(RagStatus.Green, status);
    }

    [Fact]
    public void Rate_returns_grey_when_the_result_is_marked_not_available()
    {
        // Arrange: a stale value left on a result now marked "no data yet" must not be rated.
        var result = new Result { Value = 90m, DataStatus = DataStatus.NotAvailable };
        var target = new Target { Value = 80m, AmberTolerance = 5m };

        // Act
        var status = RateEntities(result, target);

        // Assert
        Assert.Equal(RagStatus.Grey, status);
    }

    [Fact]
    public void Rate_returns_grey_when_there_is_no_result()
    {
        // Arrange
        var target = new Target { Value = 80m, AmberTolerance = 5m };

        // Act
        var status = RateEntities(null, target);

        // Assert
        Assert.Equal(RagStatus.Grey, status);
    }

    [Fact]
    public void Rate_returns_grey_when_there_is_no_target()
    {
        // Arrange
        var result = new Result { Value = 90m, DataStatus = DataStatus.Final };

        // Act
        var status = RateEntities(result, null);

        // Assert
        Assert.Equal(RagStatus.Grey, status);
    }

    [Fact]
    public void Rate_returns_grey_when_the_target_sets_no_value()
    {
        // Arrange
        var result = new Result { Value = 90m, DataStatus = DataStatus.Final };
        var target = new Target { Value = null, AmberTolerance = 5m };

        // Act
        var status = RateEntities(result, target);

        // Assert
        Assert.Equal(RagStatus.Grey, status);
    }
}
