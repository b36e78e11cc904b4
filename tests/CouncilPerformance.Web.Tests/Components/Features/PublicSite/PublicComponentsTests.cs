using Bunit;
using CouncilPerformance.Core.PublicSite;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Reports;
using CouncilPerformance.Core.Review;
using CouncilPerformance.Web.Features.PublicSite.Components;
using CouncilPerformance.Web.Features.Reports.Components;

namespace CouncilPerformance.Web.Tests.Components.Features.PublicSite;

public class PublicComponentsTests : MudTestContext
{
    [Theory]
    [InlineData(TargetStatus.OnTarget, "On target", "govuk-tag--green")]
    [InlineData(TargetStatus.OffTarget, "Off target", "govuk-tag--red")]
    [InlineData(TargetStatus.NoTargetSet, "No target set", "govuk-tag--grey")]
    public void A_status_tag_says_the_councils_word_and_colours_it(TargetStatus status, string word, string css)
    {
        var cut = Render<StatusTag>(p => p.Add(x => x.Status, status));

        var tag = cut.Find("strong.govuk-tag");
        Assert.Equal(word, tag.TextContent);
        Assert.Contains(css, tag.ClassList);
    }

    [Theory]
    [InlineData(Progress.Improved, "Improved")]
    [InlineData(Progress.Similar, "Similar")]
    [InlineData(Progress.GotWorse, "Got worse")]
    [InlineData(Progress.CantSay, "Can't say")]
    [InlineData(Progress.NotAvailable, "Not available")]
    public void A_progress_tag_says_the_councils_word(Progress progress, string word)
    {
        var cut = Render<ProgressTag>(p => p.Add(x => x.Progress, progress));

        Assert.Equal(word, cut.Find("strong.govuk-tag").TextContent);
    }

    [Fact]
    public void The_trend_chart_draws_a_point_per_year_with_a_value_and_marks_a_changed_definition()
    {
        var cut = Render<TrendChart>(p => p
            .Add(x => x.Points, new TrendChart.Point[] { new("2022/23", 40m, 45m, false), new("2023/24", null, 45m, false), new("2024/25", 44m, 45m, true) })
            .Add(x => x.Format, v => $"{v:0}%"));

        Assert.Equal("true", cut.Find("svg").GetAttribute("aria-hidden"));
        Assert.Equal(2, cut.FindAll("circle").Count);
        Assert.Contains("Definition changed", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("2023/24", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("The same figures are in the table below.", cut.Find("figcaption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trend_chart_draws_nothing_without_a_figure()
    {
        var cut = Render<TrendChart>(p => p
            .Add(x => x.Points, new TrendChart.Point[] { new("2024/25", null, null, false) })
            .Add(x => x.Format, v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Empty(cut.FindAll("svg"));
    }

    [Fact]
    public void A_recommendation_without_a_recorded_decision_says_so_and_shows_no_decision_text()
    {
        var record = Record(decision: null);

        var cut = Render<RecommendationCard>(p => p.Add(x => x.Record, record).Add(x => x.Today, new DateOnly(2026, 1, 10)));

        Assert.Contains("Not yet decided; to be considered on 4 November 2025", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Response overdue", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("recommendation-cabinet-1", cut.Find("div.public-recommendation").Id);
    }

    [Fact]
    public void A_recorded_decision_shows_its_outcome_date_and_text_as_plain_text()
    {
        var record = Record(new RecordedDecision(DecisionOutcome.AgreedWithAmendment, "<script>alert(1)</script> Agreed, with a date.", new DateOnly(2025, 11, 4), "Cabinet"));

        var cut = Render<RecommendationCard>(p => p.Add(x => x.Record, record).Add(x => x.Today, new DateOnly(2026, 1, 10)));

        Assert.Contains("Agreed with amendment", cut.Find("strong.govuk-tag").TextContent, StringComparison.Ordinal);
        Assert.Contains("on 4 November 2025 by Cabinet", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("script"));
        Assert.Contains("&lt;script&gt;", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Response overdue", cut.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DecisionOutcome.AgreedWithAmendment, "As amended: KPIs measurable where they can be.")]
    [InlineData(DecisionOutcome.AcceptedInPrinciple, "Action: Mark each KPI national or local (by 31 March 2026)")]
    [InlineData(DecisionOutcome.NotAgreed, "Reasons: The plan refresh already covers this.")]
    public void A_decision_shows_what_its_outcome_requires(DecisionOutcome outcome, string expected)
    {
        var decision = new RecordedDecision(outcome, "Decided.", new DateOnly(2025, 11, 4), "Cabinet")
        {
            AmendedWording = outcome == DecisionOutcome.AgreedWithAmendment ? "KPIs measurable where they can be." : null,
            Action = outcome == DecisionOutcome.AcceptedInPrinciple ? "Mark each KPI national or local" : null,
            ActionDueOn = outcome == DecisionOutcome.AcceptedInPrinciple ? new DateOnly(2026, 3, 31) : null,
            Reasons = outcome == DecisionOutcome.NotAgreed ? "The plan refresh already covers this." : null,
        };

        var cut = Render<RecommendationCard>(p => p.Add(x => x.Record, Record(decision)).Add(x => x.Today, new DateOnly(2026, 1, 10)));

        Assert.Contains(expected, cut.Find(".govuk-summary-list").TextContent.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-10-29", false)]
    [InlineData("2026-12-01", true)]
    public void An_agreed_recommendation_with_no_progress_is_flagged_once_its_progress_report_is_late(string today, bool overdue)
    {
        var decided = Record(new RecordedDecision(DecisionOutcome.Agreed, "Agreed.", new DateOnly(2025, 10, 30), "Cabinet"))
            with { ProgressReportDueOn = new DateOnly(2026, 10, 30) };

        var cut = Render<RecommendationCard>(p => p.Add(x => x.Record, decided).Add(x => x.Today, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Contains("a progress report is due by 30 October 2026", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(overdue, cut.Markup.Contains("Progress report overdue", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_view_writes_headings_labelled_paragraphs_lists_and_tables()
    {
        var report = new ReportDocument("Title", "Sub", [
            new ReportHeading(1, "Section"),
            new ReportParagraph("Wording.", "Recommendation a):"),
            new ReportList([("1)", "First")]),
            new ReportTable("Caption", "Sheet", ["A", "B"], [["x", "y"], ["z", "w"]]),
        ]);

        var cut = Render<ReportView>(p => p.Add(x => x.Report, report));

        Assert.Equal("Title", cut.Find("h1").TextContent);
        Assert.Equal("Section", cut.Find("h2").TextContent);
        Assert.Equal("Recommendation a): Wording.", cut.Find("p.report-text").TextContent);
        Assert.Equal("Caption", cut.Find("caption").TextContent);
        Assert.Equal(3, cut.FindAll("tr").Count);
        Assert.Equal("x", cut.Find("tbody th").TextContent);
    }

    private static RecommendationRecord Record(RecordedDecision? decision) => new(
        1, "Cabinet 1", "Review all KPIs", "That all KPIs are reviewed.", null, null, RecommendationAddressee.Cabinet, null, 1, "Deep dive", null, null,
        KpiChangeKind.None, decision is null ? RecommendationStatus.AwaitingDecision : RecommendationStatus.AgreedWithAmendment, null,
        new DateOnly(2025, 11, 4), new DateOnly(2025, 10, 30), new DateOnly(2025, 12, 30), decision, null, [], [], [], 1);
}
