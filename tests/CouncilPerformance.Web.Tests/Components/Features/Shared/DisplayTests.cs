using System.Globalization;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Shared;
using Direction = CouncilPerformance.Core.Results.Direction;

namespace CouncilPerformance.Web.Tests.Components.Features.Shared;

public class DisplayTests
{
    [Theory]
    [InlineData(KpiUnit.Percentage, "45.2", null, "45.2%")]
    [InlineData(KpiUnit.Percentage, "45", null, "45%")]
    [InlineData(KpiUnit.Count, "1234", null, "1,234")]
    [InlineData(KpiUnit.Count, "12034", null, "12,034")]
    [InlineData(KpiUnit.Money, "1250", null, "£1,250")]
    [InlineData(KpiUnit.Days, "13", null, "13.0 days")]
    [InlineData(KpiUnit.Rate, "12.34", "per 10,000", "12.3 per 10,000")]
    [InlineData(KpiUnit.Rate, "12.34", null, "12.3")]
    [InlineData(KpiUnit.Score, "7.25", "points", "7.25 points")]
    [InlineData(KpiUnit.Score, "7.5", null, "7.5")]
    public void Value_is_formatted_by_unit_in_British_English(KpiUnit unit, string value, string? unitLabel, string expected)
    {
        Assert.Equal(expected, Display.Value(decimal.Parse(value, CultureInfo.InvariantCulture), unit, unitLabel));
    }

    [Fact]
    public void Value_says_No_data_when_there_is_none()
    {
        Assert.Equal("No data", Display.Value(null, KpiUnit.Percentage));
    }

    [Fact]
    public void Value_does_not_depend_on_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");

            Assert.Equal("1,234", Display.Value(1234m, KpiUnit.Count));
            Assert.Equal("£1,250", Display.Value(1250m, KpiUnit.Money));
            Assert.Equal("45.2%", Display.Value(45.2m, KpiUnit.Percentage));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData(RagStatus.Red, "Red")]
    [InlineData(RagStatus.Amber, "Amber")]
    [InlineData(RagStatus.Green, "Green")]
    [InlineData(RagStatus.Grey, "Grey")]
    public void Label_names_each_rag_status(RagStatus status, string expected)
    {
        Assert.Equal(expected, Display.Label(status));
    }

    [Theory]
    [InlineData(Direction.Better, "Better")]
    [InlineData(Direction.Worse, "Worse")]
    [InlineData(Direction.Unchanged, "No change")]
    [InlineData(Direction.NotComparable, "Not comparable")]
    public void Label_names_each_direction(Direction direction, string expected)
    {
        Assert.Equal(expected, Display.Label(direction));
    }

    [Theory]
    [InlineData(RecommendationStatus.Draft, "Draft")]
    [InlineData(RecommendationStatus.Endorsed, "Endorsed")]
    [InlineData(RecommendationStatus.AwaitingDecision, "Awaiting decision")]
    [InlineData(RecommendationStatus.Agreed, "Agreed")]
    [InlineData(RecommendationStatus.AgreedWithAmendment, "Agreed with amendment")]
    [InlineData(RecommendationStatus.NotAgreed, "Not agreed")]
    [InlineData(RecommendationStatus.InProgress, "In progress")]
    [InlineData(RecommendationStatus.Implemented, "Implemented")]
    [InlineData(RecommendationStatus.Withdrawn, "Withdrawn")]
    public void Label_names_each_recommendation_status(RecommendationStatus status, string expected)
    {
        Assert.Equal(expected, Display.Label(status));
    }

    [Fact]
    public void Label_covers_every_recommendation_status_in_words()
    {
        // A new status added without a label would show its identifier, e.g. "PartlyAgreed".
        foreach (var status in Enum.GetValues<RecommendationStatus>())
        {
            var label = Display.Label(status);
            Assert.DoesNotMatch("[a-z][A-Z]", label);
        }
    }

    [Theory]
    [InlineData(RecommendationAddressee.Cabinet, "Cabinet")]
    [InlineData(RecommendationAddressee.ScrutinyCoordinationCommittee, "Scrutiny Co-ordination Committee")]
    [InlineData(RecommendationAddressee.ScrutinyBoard, "Scrutiny board")]
    public void Label_names_each_addressee(RecommendationAddressee addressee, string expected)
    {
        Assert.Equal(expected, Display.Label(addressee));
    }

    [Theory]
    [InlineData(KpiStatus.Proposed, "Proposed")]
    [InlineData(KpiStatus.Active, "Active")]
    [InlineData(KpiStatus.UnderReview, "Under review")]
    [InlineData(KpiStatus.Retired, "Retired")]
    public void Label_names_each_kpi_status(KpiStatus status, string expected)
    {
        Assert.Equal(expected, Display.Label(status));
    }

    [Theory]
    [InlineData(KpiDesignation.National, "National indicator")]
    [InlineData(KpiDesignation.Local, "Locally determined")]
    public void Label_names_each_designation(KpiDesignation designation, string expected)
    {
        Assert.Equal(expected, Display.Label(designation));
    }

    [Theory]
    [InlineData(DataFrequency.Annual, "Annual")]
    [InlineData(DataFrequency.RollingTwelveMonths, "Rolling twelve months")]
    [InlineData(DataFrequency.Quarterly, "Quarterly")]
    [InlineData(DataFrequency.Monthly, "Monthly")]
    [InlineData(DataFrequency.Biennial, "Biennial")]
    [InlineData(DataFrequency.Periodic, "Every few years")]
    public void Label_names_each_data_frequency(DataFrequency frequency, string expected)
    {
        Assert.Equal(expected, Display.Label(frequency));
    }

    [Theory]
    [InlineData(KpiUnit.Percentage, null, "Percentage")]
    [InlineData(KpiUnit.Rate, 10000, "Rate per 10,000")]
    [InlineData(KpiUnit.Rate, null, "Rate")]
    [InlineData(KpiUnit.Days, null, "Days")]
    public void Label_names_each_unit_with_its_rate_base(KpiUnit unit, int? rateBase, string expected)
    {
        Assert.Equal(expected, Display.Label(unit, rateBase));
    }

    [Theory]
    [InlineData(DataStatus.Provisional, "Provisional")]
    [InlineData(DataStatus.Final, "Final")]
    [InlineData(DataStatus.NotAvailable, "Not available")]
    public void Label_names_each_data_status(DataStatus status, string expected)
    {
        Assert.Equal(expected, Display.Label(status));
    }

    [Theory]
    [InlineData(Comparator.England, "England")]
    [InlineData(Comparator.WestMidlands, "West Midlands")]
    [InlineData(Comparator.StatisticalNeighbours, "Statistical neighbours")]
    public void Label_names_each_comparator(Comparator comparator, string expected)
    {
        Assert.Equal(expected, Display.Label(comparator));
    }

    [Theory]
    [InlineData(RagStatus.Red, "Off target")]
    [InlineData(RagStatus.Amber, "Off target, within tolerance")]
    [InlineData(RagStatus.Green, "On target")]
    [InlineData(RagStatus.Grey, "No target set, or cannot be judged")]
    public void Describe_explains_each_rag_status(RagStatus status, string expected)
    {
        Assert.Equal(expected, Display.Describe(status));
    }

    [Fact]
    public void Date_writes_a_day_as_the_council_does()
    {
        Assert.Equal("4 November 2025", Display.Date(new DateOnly(2025, 11, 4)));
    }

    [Fact]
    public void Date_writes_a_time_stamp_with_a_24_hour_clock()
    {
        Assert.Equal("4 November 2025, 14:05", Display.Date(new DateTime(2025, 11, 4, 14, 5, 0, DateTimeKind.Unspecified)));
    }

    [Fact]
    public void Date_is_empty_when_there_is_no_date()
    {
        Assert.Equal("", Display.Date((DateOnly?)null));
        Assert.Equal("", Display.Date((DateTime?)null));
    }

    [Theory]
    [InlineData(1, "January")]
    [InlineData(11, "November")]
    [InlineData(null, "Not stated")]
    [InlineData(0, "Not stated")]
    [InlineData(13, "Not stated")]
    public void Month_names_the_month_or_says_it_is_not_stated(int? month, string expected)
    {
        Assert.Equal(expected, Display.Month(month));
    }
}
