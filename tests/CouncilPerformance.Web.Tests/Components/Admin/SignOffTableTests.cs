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

    private IRenderedComponent<SignOffTable> RenderTable(IReadOnlyList<EntryRow> rows, SignOffProblem? problem = null,
        IReadOnlyDictionary<int, string>? comments = null) =>
        Render<SignOffTable>(p => p
            .Add(x => x.Rows, rows)
            .Add(x => x.Year, 2025)
            .Add(x => x.Caption, "Results waiting for sign-off for 2025/26")
            .Add(x => x.Problem, problem)
            .Add(x => x.Comments, comments));

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
        Assert.Equal("Return", cut.Find("summary[aria-label='Return Council tax collection rate']").TextContent.Trim());
    }

    [Fact]
    public void Approve_posts_the_result_with_the_version_it_was_shown_at()
    {
        var cut = RenderTable([_councilTax]);

        var approve = cut.Find("button[aria-label='Approve Council tax collection rate']");

        Assert.Equal(("submit", "Input.Approve", $"41:{_councilTax.Version}"),
            (approve.GetAttribute("type"), approve.GetAttribute("name"), approve.GetAttribute("value")));
    }

    [Fact]
    public void Return_asks_for_a_labelled_comment_and_posts_it_with_the_result_and_its_version()
    {
        var cut = RenderTable([_councilTax]);

        var details = cut.Find("details.sign-off-return");
        Assert.False(details.HasAttribute("open"));
        Assert.Equal("Return Council tax collection rate", details.QuerySelector("summary")!.GetAttribute("aria-label"));
        var comment = cut.Find("textarea#return-comment-41");
        Assert.Equal("Comment for the officer", cut.Find("label[for='return-comment-41']").TextContent.Trim());
        Assert.Equal(("Input.Comments[41]", SignOffTable.MaxCommentLength.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (comment.GetAttribute("name"), comment.GetAttribute("maxlength")));
        var send = cut.Find("button[aria-label='Return to the officer: Council tax collection rate']");
        Assert.Equal(("submit", "Input.Return", $"41:{_councilTax.Version}"), (send.GetAttribute("type"), send.GetAttribute("name"), send.GetAttribute("value")));
    }

    [Fact]
    public void A_refused_return_opens_again_with_the_comment_as_typed_and_what_is_wrong_beside_it()
    {
        var cut = RenderTable([_councilTax], new SignOffProblem(41, "Say what the officer needs to change"),
            new Dictionary<int, string> { [41] = "<script>alert(1)</script>" });

        Assert.True(cut.Find("details.sign-off-return").HasAttribute("open"));
        var comment = cut.Find("textarea#return-comment-41");
        Assert.Equal("true", comment.GetAttribute("aria-invalid"));
        Assert.Contains("return-comment-41-error", comment.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("Say what the officer needs to change", cut.Find("#return-comment-41-error").TextContent.Trim());
        Assert.Equal("<script>alert(1)</script>", comment.TextContent);
        Assert.Empty(cut.FindAll("script"));
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
    public void Says_so_when_nothing_is_waiting()
    {
        var cut = RenderTable([]);

        Assert.Contains("No results are waiting for sign-off.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("tbody button"));
    }
}
