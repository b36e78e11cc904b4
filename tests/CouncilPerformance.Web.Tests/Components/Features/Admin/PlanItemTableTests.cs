using Bunit;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Web.Features.Admin;

namespace CouncilPerformance.Web.Tests.Components.Features.Admin;

public class PlanItemTableTests : MudTestContext
{
    private static readonly PlanItem[] _portfolios =
    [
        new(1, "Housing", "Cllr A. Member", 6),
        new(2, "Finance", null, 0),
    ];

    private IRenderedComponent<PlanItemTable> RenderTable(IReadOnlyList<PlanItem> items) =>
        Render<PlanItemTable>(p => p
            .Add(x => x.Title, "Cabinet portfolios")
            .Add(x => x.NoteHeading, "Cabinet Member")
            .Add(x => x.Items, items));

    [Fact]
    public void Shows_the_title_as_a_heading()
    {
        var cut = RenderTable(_portfolios);

        Assert.Equal("Cabinet portfolios", cut.Find("h2").TextContent.Trim());
    }

    [Fact]
    public void Names_the_table_for_screen_readers_after_the_title()
    {
        var cut = RenderTable(_portfolios);

        Assert.Equal("Cabinet portfolios", TableName.Of(cut.Find("table")));
    }

    [Fact]
    public void Heads_the_note_column_as_asked()
    {
        var cut = RenderTable(_portfolios);

        Assert.Equal(["Name", "Cabinet Member", "KPIs"], cut.FindAll("thead th").Select(th => th.TextContent.Trim()));
    }

    [Fact]
    public void Renders_one_row_per_item_with_its_name_note_and_kpi_count()
    {
        var cut = RenderTable(_portfolios);

        var rows = cut.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["Housing", "Cllr A. Member", "6"], rows[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public void Shows_a_dash_for_an_item_without_a_note()
    {
        var cut = RenderTable(_portfolios);

        var cells = cut.FindAll("tbody tr")[1].QuerySelectorAll("td");
        Assert.Equal("–", cells[1].TextContent.Trim());
        Assert.Equal("0", cells[2].TextContent.Trim());
    }

    [Fact]
    public void Renders_no_rows_when_there_are_no_items()
    {
        var cut = RenderTable([]);

        Assert.Empty(cut.FindAll("tbody tr"));
    }
}
