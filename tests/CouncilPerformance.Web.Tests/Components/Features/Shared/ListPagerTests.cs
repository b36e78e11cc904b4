using Bunit;
using CouncilPerformance.Web.Features.Shared;
using MudBlazor;

namespace CouncilPerformance.Web.Tests.Components.Features.Shared;

public class ListPagerTests : MudTestContext
{
    private IRenderedComponent<ListPager> RenderLinks(int pageIndex, int pageCount) =>
        Render<ListPager>(p => p
            .Add(x => x.PageIndex, pageIndex)
            .Add(x => x.PageCount, pageCount)
            .Add(x => x.Label, "KPI pages")
            .Add(x => x.PageHref, i => $"/kpis?page={i + 1}"));

    private static List<string?> PageLabels(IRenderedComponent<ListPager> cut) =>
        [.. cut.FindAll("li.mud-pagination-item > a.mud-button").Select(a => a.GetAttribute("aria-label"))];

    [Fact]
    public void Shows_nothing_for_a_single_page()
    {
        var cut = RenderLinks(0, 1);

        Assert.Empty(cut.FindAll("nav"));
    }

    [Fact]
    public void Links_each_shown_page_to_its_address()
    {
        var cut = RenderLinks(1, 3);

        var nav = cut.Find("nav");
        Assert.Equal("KPI pages", nav.GetAttribute("aria-label"));
        Assert.Equal(["/kpis?page=1", "/kpis?page=2", "/kpis?page=3"],
            cut.FindAll("li.mud-pagination-item > a.mud-button").Select(a => a.GetAttribute("href")));
        Assert.Empty(cut.FindComponents<MudPagination>());
    }

    [Fact]
    public void Marks_the_current_page()
    {
        var cut = RenderLinks(1, 3);

        var current = cut.Find("a[aria-current='page']");
        Assert.Equal("Current page 2", current.GetAttribute("aria-label"));
        Assert.Equal("2", current.TextContent.Trim());
        Assert.Contains("mud-pagination-item-selected", current.ParentElement!.ClassList);
    }

    [Fact]
    public void Disables_previous_on_the_first_page_and_next_on_the_last()
    {
        var first = RenderLinks(0, 3);
        Assert.Equal("true", first.Find("a[aria-label='Previous page']").GetAttribute("aria-disabled"));
        Assert.Null(first.Find("a[aria-label='Previous page']").GetAttribute("href"));
        Assert.Equal("/kpis?page=2", first.Find("a[aria-label='Next page']").GetAttribute("href"));

        var last = RenderLinks(2, 3);
        Assert.Equal("/kpis?page=2", last.Find("a[aria-label='Previous page']").GetAttribute("href"));
        Assert.Equal("true", last.Find("a[aria-label='Next page']").GetAttribute("aria-disabled"));
    }

    [Fact]
    public void Shows_the_ends_and_the_pages_around_the_current_one_with_an_ellipsis_between()
    {
        var cut = RenderLinks(9, 20);

        Assert.Equal(["Page 1", "Page 2", "Page 9", "Current page 10", "Page 11", "Page 19", "Page 20"], PageLabels(cut));
        Assert.Equal(2, cut.FindAll("li.mud-pagination-item > p[aria-hidden='true']").Count);
    }

    [Fact]
    public void Shows_a_single_missing_page_instead_of_an_ellipsis()
    {
        var cut = RenderLinks(4, 10);

        // 1 2 3 4 [5] 6 … 9 10: page 3 fills the one-page gap between 2 and 4.
        Assert.Equal(["Page 1", "Page 2", "Page 3", "Page 4", "Current page 5", "Page 6", "Page 9", "Page 10"], PageLabels(cut));
        Assert.Single(cut.FindAll("li.mud-pagination-item > p[aria-hidden='true']"));
    }

    [Fact]
    public void Without_addresses_raises_the_chosen_page()
    {
        int? chosen = null;
        var cut = Render<ListPager>(p => p
            .Add(x => x.PageIndex, 0)
            .Add(x => x.PageCount, 3)
            .Add(x => x.Label, "Pages")
            .Add(x => x.OnSelected, i => chosen = i));

        cut.Find("button[aria-label='Page 3']").Click();

        Assert.Equal(2, chosen);
    }
}
