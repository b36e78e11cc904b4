using Bunit;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Results;
using CouncilPerformance.Web.Features.Results.Components;

namespace CouncilPerformance.Web.Tests.Components.Results;

public class ErrorSummaryTests : MudTestContext
{
    private IRenderedComponent<ErrorSummary> RenderSummary(params FieldError[] errors) =>
        Render<ErrorSummary>(p => p
            .Add(x => x.Errors, errors)
            .Add(x => x.Title, "The result was not submitted")
            .Add(x => x.InputIdFor, ResultEntry.InputIdFor));

    [Fact]
    public void Shows_nothing_when_there_are_no_problems()
    {
        var cut = RenderSummary();

        Assert.Empty(cut.FindAll(".error-summary"));
    }

    [Fact]
    public void Is_an_alert_with_its_title_and_each_problem_as_a_link_to_its_field()
    {
        var cut = RenderSummary(
            new FieldError(ResultInputValidator.Fields.Value, "The value must be a percentage from 0 to 100"),
            new FieldError(ResultInputValidator.Fields.Breakdown(7), "The absence length figures add up to 12, not the total of 13"));

        var box = cut.Find(".error-summary");
        Assert.Equal("alert", box.GetAttribute("role"));
        Assert.Equal("The result was not submitted", cut.Find("h2").TextContent.Trim());
        var links = cut.FindAll(".error-summary a");
        Assert.Equal(["#result-value", "#result-breakdown-7"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("The value must be a percentage from 0 to 100", links[0].TextContent.Trim());
    }

    [Fact]
    public void A_message_that_belongs_to_no_field_is_plain_text()
    {
        var cut = RenderSummary(new FieldError("", "You can enter results only for your own service area's KPIs."));

        Assert.Empty(cut.FindAll(".error-summary a"));
        Assert.Contains("only for your own service area", cut.Find(".error-summary li").TextContent);
    }
}
