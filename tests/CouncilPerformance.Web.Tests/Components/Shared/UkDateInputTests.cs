using Bunit;
using CouncilPerformance.Web.Features.Shared;

namespace CouncilPerformance.Web.Tests.Components.Shared;

/// <summary>The plain forms' date input reads day/month/year and says so when it cannot.</summary>
public sealed class UkDateInputTests : MudTestContext
{
    [Theory]
    [InlineData("04/11/2025", 2025, 11, 4)]
    [InlineData("4/11/2025", 2025, 11, 4)]
    [InlineData(" 31/03/2026 ", 2026, 3, 31)]
    public void Reads_day_month_year(string typed, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), UkDateInput.Parse(typed));

    [Theory]
    [InlineData("2025-11-04")]
    [InlineData("11/31/2025")]
    [InlineData("31/02/2026")]
    [InlineData("")]
    public void Anything_else_is_not_a_date(string typed) => Assert.Null(UkDateInput.Parse(typed));

    [Fact]
    public void Shows_its_value_the_UK_way_and_says_when_what_was_typed_is_not_a_date()
    {
        DateOnly? value = new DateOnly(2025, 11, 4);
        var cut = Render<UkDateInput>(p => p.Add(c => c.Id, "meeting").Add(c => c.Value, value).Add(c => c.ValueChanged, (DateOnly? v) => value = v));
        Assert.Equal("04/11/2025", cut.Find("#meeting").GetAttribute("value"));

        cut.Find("#meeting").Change("11/31/2025");

        Assert.Null(value);
        Assert.Equal("true", cut.Find("#meeting").GetAttribute("aria-invalid"));
        Assert.Contains("Enter the date as day/month/year", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal);
    }
}
