using Bunit;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Review;
using CouncilPerformance.Web.Features.Review.Components;
using CouncilPerformance.Web.Features.Shared;

namespace CouncilPerformance.Web.Tests.Components.Review;

public class ReviewComponentsTests : MudTestContext
{
    private static ReviewRow Row(string code, RagStatus rag, string? commentary = null, string priority = "Climate Change") => new(
        1, code, code + " name", priority, "City Services", null, KpiDesignation.Local, KpiUnit.Percentage, null, Polarity.HigherIsBetter,
        40m, null, DataStatus.Final, null, commentary, 42m, 39m, rag, Direction.Better, false, [new ComparatorFigure(Comparator.England, 45m)]);

    [Fact]
    public void The_headline_states_the_2019_20_counts_and_share_as_Coventry_reported_them()
    {
        var headline = new PerformanceHeadline(75, 30, 10, 5, 20, 10, 39, 11, 13, 10, 2);

        var cut = Render<ReviewHeadline>(p => p.Add(x => x.Headline, headline).Add(x => x.PeriodLabel, "2019/20"));

        Assert.Contains("75 KPIs measured", cut.Markup.Replace("<strong>", "").Replace("</strong>", ""));
        Assert.Contains("79%", cut.Find(".headline-share").TextContent);
        Assert.Contains("50/63", cut.Find(".headline-share").TextContent);
        Assert.Contains("Got worse", cut.Markup);
    }

    [Fact]
    public void With_nothing_directional_the_headline_says_there_is_no_share()
    {
        var cut = Render<ReviewHeadline>(p => p.Add(x => x.Headline, PerformanceHeadline.From([])).Add(x => x.PeriodLabel, "2024/25"));

        Assert.Contains("no share of improved or similar", cut.Find(".headline-share").TextContent);
    }

    [Fact]
    public void Rows_are_grouped_by_priority_with_commentary_one_click_away_and_script_shown_as_text()
    {
        var page = new ReviewPage([Row("A", RagStatus.Red, "<script>alert(1)</script>"), Row("B", RagStatus.Amber, priority: "Economic Prosperity")], 2, 0, 25);

        var cut = Render<ReviewRows>(p => p.Add(x => x.Page, page).Add(x => x.Caption, "Off target"));

        Assert.Equal(["Climate Change", "Economic Prosperity"], cut.FindAll("h3").Select(h => h.TextContent.Trim()));
        var details = cut.Find("details");
        Assert.Contains("<script>alert(1)</script>", details.TextContent);
        Assert.Empty(cut.FindAll("details script"));
        Assert.Contains("England: 45%", cut.Markup);
    }

    [Fact]
    public void Ticking_a_KPI_reports_its_code()
    {
        (string Code, bool Chosen)? toggled = null;
        var page = new ReviewPage([Row("A", RagStatus.Red)], 1, 0, 25);

        var cut = Render<ReviewRows>(p => p.Add(x => x.Page, page).Add(x => x.Caption, "Off target").Add(x => x.Choosable, true)
            .Add(x => x.OnToggle, v => toggled = v));
        cut.Find("#choose-A").Change(true);

        Assert.Equal(("A", true), toggled);
    }

    [Fact]
    public void The_not_yet_published_tag_shows_only_for_unpublished_figures()
    {
        Assert.Contains("not yet published", Render<UnpublishedTag>(p => p.Add(x => x.Published, false)).Markup);
        Assert.DoesNotContain("not yet published", Render<UnpublishedTag>(p => p.Add(x => x.Published, true)).Markup);
    }
}
