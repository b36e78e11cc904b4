using AngleSharp.Dom;
using Bunit;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Shared;
using Direction = CouncilPerformance.Core.Results.Direction;

namespace CouncilPerformance.Web.Tests.Components.Features.Shared;

public class KpiTableTests : MudTestContext
{
    private static KpiRow Kpi(int id = 1, string? code = null) => new(
        Id: id,
        Code: code ?? $"KPI-{id}",
        Name: $"KPI number {id}",
        Priority: "Increasing the supply of affordable homes",
        PriorityId: 1,
        Portfolio: "Housing",
        ServiceArea: "Housing and Homelessness",
        ScrutinyBoard: null,
        Designation: KpiDesignation.Local,
        Status: KpiStatus.Active,
        Unit: KpiUnit.Count,
        UnitLabel: null,
        PeriodLabel: "2024/25",
        Value: 320m,
        Target: 300m,
        Rag: RagStatus.Green,
        Direction: Direction.Better,
        ValueIsIllustrative: false,
        TargetIsIllustrative: false);

    private IRenderedComponent<KpiTable> RenderTable(IReadOnlyList<KpiRow> rows, bool showPriority = false) =>
        Render<KpiTable>(p => p.Add(x => x.Rows, rows).Add(x => x.Caption, "KPIs").Add(x => x.ShowPriority, showPriority));

    private static IReadOnlyList<IElement> BodyRows(IRenderedComponent<KpiTable> cut) => cut.FindAll("tbody tr.mud-table-row");

    private static IElement Cell(IRenderedComponent<KpiTable> cut, string dataLabel) => cut.Find($"tbody td[data-label='{dataLabel}']");

    [Fact]
    public void Renders_one_row_per_kpi()
    {
        var cut = RenderTable([Kpi(1), Kpi(2), Kpi(3)]);

        Assert.Equal(3, BodyRows(cut).Count);
    }

    [Fact]
    public void Links_each_kpi_name_to_its_page()
    {
        var cut = RenderTable([Kpi(1, "HOMES-BUILT"), Kpi(2, "SICKNESS-ABSENCE")]);

        var links = cut.FindAll("tbody a");
        Assert.Equal(["/kpis/HOMES-BUILT", "/kpis/SICKNESS-ABSENCE"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["KPI number 1", "KPI number 2"], links.Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public void Escapes_the_code_in_the_link()
    {
        var cut = RenderTable([Kpi(1, "A/B 1")]);

        Assert.Equal("/kpis/A%2FB%201", cut.Find("tbody a").GetAttribute("href"));
    }

    [Theory]
    [InlineData(KpiUnit.Percentage, "45.2", "45.2%")]
    [InlineData(KpiUnit.Days, "13", "13.0 days")]
    [InlineData(KpiUnit.Count, "1234", "1,234")]
    [InlineData(KpiUnit.Money, "1250", "£1,250")]
    public void Formats_the_value_and_the_target_by_unit(KpiUnit unit, string value, string expected)
    {
        var amount = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var cut = RenderTable([Kpi() with { Unit = unit, Value = amount, Target = amount }]);

        Assert.Equal(expected, Cell(cut, "Result").TextContent.Trim());
        Assert.Equal(expected, Cell(cut, "Target").TextContent.Trim());
    }

    [Fact]
    public void Shows_No_data_when_there_is_no_value()
    {
        var cut = RenderTable([Kpi() with { Value = null }]);

        Assert.Equal("No data", Cell(cut, "Result").TextContent.Trim());
    }

    [Fact]
    public void Shows_No_target_set_when_the_target_is_null()
    {
        var cut = RenderTable([Kpi() with { Target = null }]);

        Assert.Equal("No target set", Cell(cut, "Target").TextContent.Trim());
    }

    [Fact]
    public void Shows_the_rag_chip_and_the_direction_of_travel()
    {
        var cut = RenderTable([Kpi() with { Rag = RagStatus.Amber, Direction = Direction.Worse }]);

        var chip = Cell(cut, "Status").QuerySelector("span.rag");
        Assert.NotNull(chip);
        Assert.Contains("rag-amber", chip.ClassList);
        Assert.Equal("Amber", chip.TextContent.Trim());
        Assert.Contains("Worse", Cell(cut, "Direction").TextContent, StringComparison.Ordinal);
        // Beside the colour, the council's own words.
        Assert.Contains("Off target", Cell(cut, "Status").TextContent, StringComparison.Ordinal);
        Assert.Contains("Got worse", Cell(cut, "Direction").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_an_illustrative_value_but_not_a_real_target()
    {
        var cut = RenderTable([Kpi() with { ValueIsIllustrative = true, TargetIsIllustrative = false }]);

        Assert.NotNull(Cell(cut, "Result").QuerySelector(".illustrative-tag"));
        Assert.Null(Cell(cut, "Target").QuerySelector(".illustrative-tag"));
    }

    [Fact]
    public void Tags_an_illustrative_target_but_not_a_real_value()
    {
        var cut = RenderTable([Kpi() with { ValueIsIllustrative = false, TargetIsIllustrative = true }]);

        Assert.Null(Cell(cut, "Result").QuerySelector(".illustrative-tag"));
        Assert.Equal("illustrative", Cell(cut, "Target").QuerySelector(".illustrative-tag")?.TextContent);
    }

    [Fact]
    public void Tags_nothing_when_both_figures_are_real()
    {
        var cut = RenderTable([Kpi()]);

        Assert.Empty(cut.FindAll(".illustrative-tag"));
    }

    [Fact]
    public void Does_not_tag_No_target_as_illustrative()
    {
        var cut = RenderTable([Kpi() with { Target = null, TargetIsIllustrative = true }]);

        Assert.Null(Cell(cut, "Target").QuerySelector(".illustrative-tag"));
    }

    [Fact]
    public void Does_not_tag_No_data_as_illustrative()
    {
        // "illustrative" marks a generated figure; with no figure there is nothing to mark.
        var cut = RenderTable([Kpi() with { Value = null, ValueIsIllustrative = true }]);

        Assert.Null(Cell(cut, "Result").QuerySelector(".illustrative-tag"));
    }

    [Fact]
    public void Shows_an_Under_review_chip_for_a_kpi_under_review()
    {
        var cut = RenderTable([Kpi(1) with { Status = KpiStatus.UnderReview }, Kpi(2)]);

        var rows = BodyRows(cut);
        Assert.Equal("Under review", rows[0].QuerySelector(".mud-chip")?.TextContent.Trim());
        Assert.Null(rows[1].QuerySelector(".mud-chip"));
    }

    [Fact]
    public void Shows_the_priority_column_when_asked()
    {
        var cut = RenderTable([Kpi()], showPriority: true);

        Assert.Contains("Priority", cut.FindAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal("Increasing the supply of affordable homes", Cell(cut, "Priority").TextContent.Trim());
    }

    [Fact]
    public void Leaves_out_the_priority_column_by_default()
    {
        var cut = RenderTable([Kpi()]);

        Assert.DoesNotContain("Priority", cut.FindAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Empty(cut.FindAll("td[data-label='Priority']"));
    }

    [Fact]
    public void Heads_the_result_column_with_the_period()
    {
        var cut = RenderTable([Kpi()]);

        Assert.Contains("2024/25", cut.FindAll("thead th").Select(th => th.TextContent.Trim()));
    }

    [Fact]
    public void Says_No_KPIs_match_when_there_are_no_rows()
    {
        var cut = RenderTable([]);

        Assert.Empty(BodyRows(cut));
        Assert.Contains("No KPIs match.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_every_row_it_is_given_with_no_pager_of_its_own()
    {
        // The pages read one page from the database and page with links; a pager here would need a circuit.
        var cut = RenderTable([.. Enumerable.Range(1, 120).Select(i => Kpi(i))]);

        Assert.Equal(120, BodyRows(cut).Count);
        Assert.Empty(cut.FindAll(".mud-table-pagination, select, button"));
    }

    [Fact]
    public void Encodes_names_and_codes_as_text()
    {
        // The rows are built as one markup string, so nothing in a KPI may become markup.
        var cut = RenderTable([Kpi(1, "A\"><b>x") with { Name = "<script>alert(1)</script> & Co", ServiceArea = "<i>Area</i>" }]);

        var link = cut.Find("tbody a");
        Assert.Equal("<script>alert(1)</script> & Co", link.TextContent);
        Assert.Equal("/kpis/" + Uri.EscapeDataString("A\"><b>x"), link.GetAttribute("href"));
        Assert.Empty(cut.FindAll("tbody script, tbody b, tbody i"));
        Assert.Equal("<i>Area</i>", Cell(cut, "Service area").TextContent);
    }

    [Fact]
    public void Renders_the_rows_without_a_component_per_row()
    {
        // Every component stays in the circuit's memory while the page is open.
        var cut = RenderTable([.. Enumerable.Range(1, 50).Select(i => Kpi(i) with { Status = KpiStatus.UnderReview })]);

        Assert.Equal(50, BodyRows(cut).Count);
        Assert.Empty(cut.FindComponents<RagChip>());
        Assert.Empty(cut.FindComponents<DirectionLabel>());
        Assert.Empty(cut.FindComponents<MudBlazor.MudChip<string>>());
        Assert.Empty(cut.FindComponents<MudBlazor.MudTr>());
    }

    [Fact]
    public void Names_the_table_for_screen_readers()
    {
        var cut = RenderTable([Kpi()]);

        Assert.Equal("KPIs", TableName.Of(cut.Find("table")));
    }
}
