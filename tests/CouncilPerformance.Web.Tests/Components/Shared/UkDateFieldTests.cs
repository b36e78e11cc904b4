using System.Globalization;
using Bunit;
using CouncilPerformance.Web.Features.Shared;

namespace CouncilPerformance.Web.Tests.Components.Shared;

/// <summary>
/// Dates are UK dates whatever the culture the server or the browser runs in: the test thread is
/// put in the US culture, where 04/11/2025 would mean 11 April.
/// </summary>
public sealed class UkDateFieldTests : MudTestContext, IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public UkDateFieldTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
    }

    void IDisposable.Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }

    [Fact]
    public void Shows_a_date_as_day_month_year()
    {
        var cut = Render<UkDateField>(p => p.Add(c => c.Label, "Date of the meeting").Add(c => c.Id, "meeting-date")
            .Add(c => c.Value, new DateTime(2025, 11, 4)));

        Assert.Equal("04/11/2025", cut.Find("#meeting-date").GetAttribute("value"));
    }

    [Fact]
    public void Reads_a_typed_date_as_day_month_year()
    {
        DateTime? chosen = null;
        var cut = Render<UkDateField>(p => p.Add(c => c.Label, "Date of the meeting").Add(c => c.Id, "meeting-date")
            .Add(c => c.ValueChanged, (DateTime? v) => chosen = v));

        cut.Find("#meeting-date").Change("04/11/2025");

        Assert.Equal(new DateTime(2025, 11, 4), chosen);
    }

    [Fact]
    public void The_input_is_labelled_and_the_calendar_button_is_named()
    {
        var cut = Render<UkDateField>(p => p.Add(c => c.Label, "Date of the meeting").Add(c => c.Id, "meeting-date"));

        var label = cut.Find("label[for='meeting-date']");
        Assert.Equal("Date of the meeting", label.TextContent.Trim());
        Assert.Equal("dd/mm/yyyy", cut.Find("#meeting-date").GetAttribute("placeholder"));
        Assert.Contains(cut.FindAll("button"), b => b.GetAttribute("aria-label") == "Choose Date of the meeting from a calendar");
    }
}
