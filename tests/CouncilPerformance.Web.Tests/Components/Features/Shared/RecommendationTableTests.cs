using AngleSharp.Dom;
using Bunit;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Web.Features.Shared;

namespace CouncilPerformance.Web.Tests.Components.Features.Shared;

public class RecommendationTableTests : MudTestContext
{
    private static RecommendationRow Recommendation(int id = 1) => new(
        Id: id,
        Reference: $"Cabinet {id}",
        Title: $"Recommendation {id}",
        Wording: $"That Cabinet agrees recommendation {id}.",
        AddressedTo: RecommendationAddressee.Cabinet,
        ScrutinyBoard: null,
        Status: RecommendationStatus.AwaitingDecision,
        SessionNumber: 1);

    private IRenderedComponent<RecommendationTable> RenderTable(params RecommendationRow[] rows) =>
        Render<RecommendationTable>(p => p.Add(x => x.Rows, rows).Add(x => x.Caption, "Recommendations"));

    private static IElement Cell(IRenderedComponent<RecommendationTable> cut, string dataLabel) =>
        cut.Find($"tbody td[data-label='{dataLabel}']");

    [Fact]
    public void Renders_one_row_per_recommendation()
    {
        var cut = RenderTable(Recommendation(1), Recommendation(2));

        Assert.Equal(2, cut.FindAll("tbody tr.mud-table-row").Count);
    }

    [Fact]
    public void Links_each_reference_to_its_recommendation_page()
    {
        var cut = RenderTable(Recommendation(7) with { Reference = "SCRUCO 2" });

        var link = Cell(cut, "Ref.").QuerySelector("a");
        Assert.NotNull(link);
        Assert.Equal("/recommendations/7", link.GetAttribute("href"));
        Assert.Equal("SCRUCO 2", link.TextContent.Trim());
    }

    [Theory]
    [InlineData(RecommendationStatus.AwaitingDecision, "Awaiting decision", "status-awaitingdecision")]
    [InlineData(RecommendationStatus.AgreedWithAmendment, "Agreed with amendment", "status-agreedwithamendment")]
    [InlineData(RecommendationStatus.NotAgreed, "Not agreed", "status-notagreed")]
    [InlineData(RecommendationStatus.InProgress, "In progress", "status-inprogress")]
    [InlineData(RecommendationStatus.Implemented, "Implemented", "status-implemented")]
    public void Shows_the_status_in_words(RecommendationStatus status, string label, string cssClass)
    {
        var cut = RenderTable(Recommendation() with { Status = status });

        var badge = Cell(cut, "Status").QuerySelector("span.status");
        Assert.NotNull(badge);
        Assert.Equal(label, badge.TextContent.Trim());
        Assert.Contains(cssClass, badge.ClassList);
    }

    [Theory]
    [InlineData(RecommendationAddressee.Cabinet, "Cabinet")]
    [InlineData(RecommendationAddressee.ScrutinyCoordinationCommittee, "Scrutiny Co-ordination Committee")]
    public void Names_the_body_it_is_addressed_to_when_there_is_no_board(RecommendationAddressee addressee, string expected)
    {
        var cut = RenderTable(Recommendation() with { AddressedTo = addressee, ScrutinyBoard = null });

        Assert.Equal(expected, Cell(cut, "To").TextContent.Trim());
    }

    [Fact]
    public void Names_the_scrutiny_board_when_there_is_one()
    {
        var cut = RenderTable(Recommendation() with
        {
            AddressedTo = RecommendationAddressee.ScrutinyBoard,
            ScrutinyBoard = "Education and Children's Services (2)",
        });

        Assert.Equal("Education and Children's Services (2)", Cell(cut, "To").TextContent.Trim());
    }

    [Fact]
    public void Puts_the_title_in_bold_before_the_wording_when_they_differ()
    {
        var cut = RenderTable(Recommendation() with { Title = "Targets", Wording = "That every KPI has a target." });

        var cell = Cell(cut, "Recommendation");
        Assert.Equal("Targets.", cell.QuerySelector("strong")?.TextContent);
        Assert.Contains("Targets. That every KPI has a target.", cell.TextContent, StringComparison.Ordinal);
        Assert.Contains("That every KPI has a target.", cell.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_the_wording_once_when_the_title_is_the_wording()
    {
        var cut = RenderTable(Recommendation() with { Title = "That every KPI has a target.", Wording = "That every KPI has a target." });

        var cell = Cell(cut, "Recommendation");
        Assert.Null(cell.QuerySelector("strong"));
        Assert.Equal("That every KPI has a target.", cell.TextContent.Trim());
    }

    [Fact]
    public void Encodes_what_people_typed_as_text_not_markup()
    {
        var cut = RenderTable(Recommendation() with
        {
            Reference = "R<1>",
            Title = "Fees & <b>charges</b>",
            Wording = "That <script>alert(1)</script> is shown as written.",
            AddressedTo = RecommendationAddressee.ScrutinyBoard,
            ScrutinyBoard = "Board \"A\" <i>",
        });

        Assert.Empty(cut.FindAll("tbody script, tbody b, tbody i"));
        Assert.Equal("R<1>", Cell(cut, "Ref.").TextContent.Trim());
        Assert.Equal("Fees & <b>charges</b>.", Cell(cut, "Recommendation").QuerySelector("strong")?.TextContent);
        Assert.Contains("That <script>alert(1)</script> is shown as written.", Cell(cut, "Recommendation").TextContent, StringComparison.Ordinal);
        Assert.Equal("Board \"A\" <i>", Cell(cut, "To").TextContent.Trim());
    }

    [Fact]
    public void Shows_new_rows_when_the_caller_passes_another_page()
    {
        var cut = RenderTable(Recommendation(1));

        cut.Render(p => p.Add(x => x.Rows, [Recommendation(2), Recommendation(3)]));

        Assert.Equal(["Cabinet 2", "Cabinet 3"], cut.FindAll("tbody td[data-label='Ref.'] a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public void Says_No_recommendations_match_when_there_are_no_rows()
    {
        var cut = RenderTable();

        Assert.Empty(cut.FindAll("tbody tr.mud-table-row"));
        Assert.Contains("No recommendations match.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_the_table_for_screen_readers()
    {
        var cut = RenderTable(Recommendation());

        Assert.Equal("Recommendations", TableName.Of(cut.Find("table")));
    }
}
