using Bunit;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Admin.Components;

namespace CouncilPerformance.Web.Tests.Components.Admin;

public class ProgressTableTests : MudTestContext
{
    private static readonly ProgressRow[] _rows =
    [
        new(1, "Finance", Missing: 3, Draft: 1, Submitted: 2, Returned: 0, Approved: 4, Overdue: 4),
        new(2, "Highways, Transport and Waste", Missing: 0, Draft: 0, Submitted: 1, Returned: 0, Approved: 5, Overdue: 0),
    ];

    private IRenderedComponent<ProgressTable> RenderTable(IReadOnlyList<ProgressRow> rows) =>
        Render<ProgressTable>(p => p.Add(x => x.Rows, rows).Add(x => x.Caption, "Progress by service area for 2025/26"));

    [Fact]
    public void Heads_the_columns_with_each_state_and_overdue()
    {
        var cut = RenderTable(_rows);

        Assert.Equal(["Service area", "Missing", "Draft", "Submitted", "Returned", "Approved", "Overdue"],
            cut.FindAll("thead th").Select(th => th.TextContent.Trim()));
    }

    [Fact]
    public void Names_the_table_for_screen_readers()
    {
        var cut = RenderTable(_rows);

        Assert.Equal("Progress by service area for 2025/26", TableName.Of(cut.Find("table")));
    }

    [Fact]
    public void Gives_each_service_area_its_counts()
    {
        var cut = RenderTable(_rows);

        var first = cut.FindAll("tbody tr")[0];
        Assert.Equal("Finance", first.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal(["3", "1", "2", "0", "4", "4 overdue"], first.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public void Marks_overdue_results_with_the_word_not_only_a_colour()
    {
        var cut = RenderTable(_rows);

        var marked = cut.FindAll("tbody .progress-overdue");
        Assert.Equal("4 overdue", Assert.Single(marked).TextContent.Trim());
    }

    [Fact]
    public void Leaves_a_service_area_with_nothing_overdue_unmarked()
    {
        var cut = RenderTable(_rows);

        var highways = cut.FindAll("tbody tr")[1];
        Assert.Equal("0", highways.QuerySelectorAll("td")[^1].TextContent.Trim());
        Assert.Null(highways.QuerySelector(".progress-overdue"));
    }

    [Fact]
    public void Totals_every_column_across_service_areas()
    {
        var cut = RenderTable(_rows);

        var total = cut.Find("tfoot tr");
        Assert.Equal("All service areas", total.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal(["3", "1", "3", "0", "9", "4 overdue"], total.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public void Says_so_when_no_KPIs_are_being_reported()
    {
        var cut = RenderTable([]);

        Assert.Empty(cut.FindAll("tbody tr"));
        Assert.Contains("No KPIs are being reported", cut.Markup, StringComparison.Ordinal);
    }
}
