using Bunit;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Admin.Components;

namespace CouncilPerformance.Web.Tests.Components.Admin;

public class SignOffTableTests : MudTestContext
{
    private static readonly EntryRow _councilTax = new(
        7, "COUNCIL-TAX", "Council tax collection rate", 9, "Finance", KpiUnit.Percentage, null, 41, Guid.NewGuid(),
        EntryStatus.Submitted, 95.8m, 96m, RagStatus.Amber, null, "Finance officer", new DateTime(2026, 5, 20, 9, 30, 0, DateTimeKind.Utc));

    private readonly List<EntryRow> _approved = [];
    private readonly List<EntryRow> _returned = [];

    private IRenderedComponent<SignOffTable> RenderTable(IReadOnlyList<EntryRow> rows, bool busy = false) =>
        Render<SignOffTable>(p => p
            .Add(x => x.Rows, rows)
            .Add(x => x.Year, 2025)
            .Add(x => x.Caption, "Results waiting for sign-off for 2025/26")
            .Add(x => x.Busy, busy)
            .Add(x => x.OnApprove, r => _approved.Add(r))
            .Add(x => x.OnReturn, r => _returned.Add(r)));

    [Fact]
    public void Shows_the_result_against_its_target_with_its_rating_in_words()
    {
        var cut = RenderTable([_councilTax]);

        var cells = cut.FindAll("tbody tr td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("95.8%", cells);
        Assert.Contains("96%", cells);
        Assert.Contains("Amber", cells);
    }

    [Fact]
    public void Names_each_button_after_its_KPI_so_a_screen_reader_can_tell_them_apart()
    {
        var cut = RenderTable([_councilTax]);

        Assert.Equal("Approve", cut.Find("button[aria-label='Approve Council tax collection rate']").TextContent.Trim());
        Assert.Equal("Return", cut.Find("button[aria-label='Return Council tax collection rate']").TextContent.Trim());
    }

    [Fact]
    public void Approve_passes_the_row_with_its_version_to_the_page()
    {
        var cut = RenderTable([_councilTax]);

        cut.Find("button[aria-label='Approve Council tax collection rate']").Click();

        Assert.Equal(_councilTax.Version, Assert.Single(_approved).Version);
        Assert.Empty(_returned);
    }

    [Fact]
    public void Return_passes_the_row_to_the_page()
    {
        var cut = RenderTable([_councilTax]);

        cut.Find("button[aria-label='Return Council tax collection rate']").Click();

        Assert.Equal(41, Assert.Single(_returned).ResultId);
        Assert.Empty(_approved);
    }

    [Fact]
    public void Links_to_the_KPI_and_to_its_entry_for_the_year()
    {
        var cut = RenderTable([_councilTax]);

        var links = cut.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/kpis/COUNCIL-TAX", links);
        Assert.Contains("/results/COUNCIL-TAX/2025", links);
    }

    [Fact]
    public void Disables_the_buttons_while_a_sign_off_is_being_saved()
    {
        var cut = RenderTable([_councilTax], busy: true);

        Assert.All(cut.FindAll("tbody button"), b => Assert.True(b.HasAttribute("disabled")));
    }

    [Fact]
    public void Says_so_when_nothing_is_waiting()
    {
        var cut = RenderTable([]);

        Assert.Contains("No results are waiting for sign-off.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("tbody button"));
    }
}
