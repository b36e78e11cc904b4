using Bunit;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Results.Components;

namespace CouncilPerformance.Web.Tests.Components.Results;

public class ResultSummaryPanelTests : MudTestContext
{
    private static Kpi Roads(Polarity polarity = Polarity.HigherIsBetter) => new()
    {
        Code = "ROADS-A",
        Name = "Principal roads (A roads) in a good/acceptable condition",
        Unit = KpiUnit.Percentage,
        Polarity = polarity,
    };

    private IRenderedComponent<ResultSummaryPanel> RenderPanel(Kpi kpi, decimal? value, decimal? target, decimal tolerance = 1m, decimal? previous = 94m) =>
        Render<ResultSummaryPanel>(p => p
            .Add(x => x.Kpi, kpi)
            .Add(x => x.Value, value)
            .Add(x => x.Target, target is null ? null : new Target { Value = target, AmberTolerance = tolerance })
            .Add(x => x.PreviousValue, previous)
            .Add(x => x.PreviousLabel, "2024/25"));

    private static string Fact(IRenderedComponent<ResultSummaryPanel> cut, string term)
    {
        var terms = cut.FindAll("dt").Select(dt => dt.TextContent.Trim()).ToList();
        var index = terms.IndexOf(term);
        Assert.True(index >= 0, $"No \"{term}\" in the panel; it has {string.Join(", ", terms)}.");
        return cut.FindAll("dd")[index].TextContent.Trim();
    }

    [Fact]
    public void A_result_that_misses_its_target_beyond_the_tolerance_would_be_red_and_better_than_last_year_when_it_rose()
    {
        var cut = RenderPanel(Roads(), value: 94.5m, target: 96m);

        Assert.Equal("Red", cut.Find("span.rag").TextContent.Trim());
        Assert.Contains("rag-red", cut.Find("span.rag").ClassList);
        Assert.Contains("Better", cut.Find(".direction").TextContent);
        Assert.Equal("96%", Fact(cut, "Target"));
        Assert.Equal("94.5%", Fact(cut, "Result"));
        Assert.Contains("Compared with 94% in 2024/25", Fact(cut, "Direction of travel"));
    }

    [Fact]
    public void A_result_within_the_tolerance_would_be_amber()
    {
        var cut = RenderPanel(Roads(), value: 95.5m, target: 96m);

        Assert.Equal("Amber", cut.Find("span.rag").TextContent.Trim());
    }

    [Fact]
    public void A_result_that_meets_its_target_would_be_green()
    {
        var cut = RenderPanel(Roads(), value: 96m, target: 96m);

        Assert.Equal("Green", cut.Find("span.rag").TextContent.Trim());
    }

    [Fact]
    public void When_lower_is_better_a_rise_is_worse()
    {
        var cut = RenderPanel(Roads(Polarity.LowerIsBetter), value: 95m, target: 96m, previous: 90m);

        Assert.Equal("Green", cut.Find("span.rag").TextContent.Trim());
        Assert.Contains("Worse", cut.Find(".direction").TextContent);
    }

    [Fact]
    public void Without_a_target_or_a_value_it_says_so_and_is_grey_and_not_comparable()
    {
        var cut = RenderPanel(Roads(), value: null, target: null, previous: null);

        Assert.Equal("No target set", Fact(cut, "Target"));
        Assert.Equal("Not entered", Fact(cut, "Result"));
        Assert.Equal("Grey", cut.Find("span.rag").TextContent.Trim());
        Assert.Contains("Not comparable", cut.Find(".direction").TextContent);
        Assert.Contains("No approved result for 2024/25", Fact(cut, "Direction of travel"));
    }

    [Fact]
    public void When_the_data_is_not_available_the_result_says_so_and_is_grey()
    {
        var cut = Render<ResultSummaryPanel>(p => p
            .Add(x => x.Kpi, Roads())
            .Add(x => x.Value, null)
            .Add(x => x.NotAvailable, true)
            .Add(x => x.Target, new Target { Value = 96m, AmberTolerance = 1m }));

        Assert.Equal("Not available", Fact(cut, "Result"));
        Assert.Equal("Grey", cut.Find("span.rag").TextContent.Trim());
    }

    [Fact]
    public void Updates_as_the_value_changes()
    {
        var cut = RenderPanel(Roads(), value: 90m, target: 96m);
        Assert.Equal("Red", cut.Find("span.rag").TextContent.Trim());

        cut.Render(p => p.Add(x => x.Value, 97m));

        Assert.Equal("Green", cut.Find("span.rag").TextContent.Trim());
        Assert.Equal("97%", Fact(cut, "Result"));
    }

    [Fact]
    public void Is_a_labelled_region_whose_figures_are_announced_when_they_change()
    {
        var cut = RenderPanel(Roads(), value: 94.5m, target: 96m);

        var section = cut.Find("section");
        Assert.Equal("What this result would show", cut.Find("#" + section.GetAttribute("aria-labelledby")).TextContent.Trim());
        Assert.Equal("polite", cut.Find("dl").GetAttribute("aria-live"));
    }
}
