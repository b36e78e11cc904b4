using Bunit;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Kpis.Components;
using CouncilPerformance.Web.Features.PublicSite.Components;

namespace CouncilPerformance.Web.Tests.Components.Features.Admin;

public class PlanAdminComponentsTests : MudTestContext
{
    [Fact]
    public void The_trend_chart_does_not_join_results_measured_before_and_after_a_change_of_definition()
    {
        var cut = Render<TrendChart>(p => p
            .Add(x => x.Points, new TrendChart.Point[] { new("2022/23", 40m, 45m, false), new("2023/24", 42m, 45m, false), new("2024/25", 30m, 35m, true), new("2025/26", 31m, 35m, false) })
            .Add(x => x.Format, v => $"{v:0}"));

        Assert.Equal(2, cut.FindAll("polyline.trend-chart__result").Count);
        Assert.Equal(2, cut.FindAll("polyline.trend-chart__target").Count);
        Assert.Single(cut.FindAll("line.trend-chart__change"));
        Assert.Contains("not joined or compared", cut.Find("figcaption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_change_the_trend_is_one_line()
    {
        var cut = Render<TrendChart>(p => p
            .Add(x => x.Points, new TrendChart.Point[] { new("2022/23", 40m, 45m, false), new("2023/24", 42m, 45m, false) })
            .Add(x => x.Format, v => $"{v:0}"));

        Assert.Single(cut.FindAll("polyline.trend-chart__result"));
        Assert.DoesNotContain("change of definition", cut.Find("figcaption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_change_shows_the_period_why_before_after_who_and_when_and_script_stays_text()
    {
        var period = ReportingPeriod.ForFinancialYear(2025);
        var change = new DefinitionChangeLine(
            1,
            period.Id,
            period.Label,
            period.StartYear,
            Description: "Recommendation a) <script>alert(1)</script>",
            PreviousDefinition: "Fly-tips reported.",
            NewDefinition: "Fly-tips reported, with enforcement actions.",
            PreviousName: null,
            RecordedAt: new DateTime(2026, 12, 2, 1, 35, 0, DateTimeKind.Utc),
            RecordedByName: "Alex Morgan");

        var cut = Render<KpiDefinitionHistory>(p => p.Add(x => x.Changes, new[] { change }));

        Assert.Contains("From 2025/26", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Recorded by Alex Morgan on 2 December 2026", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Fly-tips reported.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Definition from 2025/26", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("script"));
        Assert.Contains("&lt;script&gt;", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replaced_KPI_shows_what_replaced_it_why_who_and_its_trend()
    {
        var next = new LinkedKpi("HOMELESS-SHARE", "Households at risk helped to stay at home", KpiStatus.Active, KpiUnit.Percentage, null,
            "Recommendation i).", new DateTime(2026, 12, 2, 1, 0, 0, DateTimeKind.Utc), "Alex Morgan",
            [new("2023/24", 2023, 55m, 60m, false), new("2024/25", 2024, 58m, 60m, false)]);

        var cut = Render<KpiLineageView>(p => p.Add(x => x.Lineage, new KpiLineage(next, [])));

        Assert.Contains("Replaced by Households at risk helped to stay at home", cut.Find("h2").TextContent, StringComparison.Ordinal);
        Assert.Contains("Recommendation i).", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Recorded by Alex Morgan", cut.Markup, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("svg"));
        Assert.Equal(2, cut.FindAll("tbody tr").Count);
    }
}
