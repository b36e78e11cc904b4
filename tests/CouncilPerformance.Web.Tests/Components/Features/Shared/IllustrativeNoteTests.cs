using Bunit;
using CouncilPerformance.Web.Features.Shared;

namespace CouncilPerformance.Web.Tests.Components.Features.Shared;

public class IllustrativeNoteTests : MudTestContext
{
    [Fact]
    public void Is_a_note_for_assistive_technology()
    {
        var cut = Render<IllustrativeNote>();

        Assert.Equal("note", cut.Find(".illustrative-note").GetAttribute("role"));
    }

    [Fact]
    public void Says_by_default_that_illustrative_figures_are_not_the_councils_published_results()
    {
        var cut = Render<IllustrativeNote>();

        var text = cut.Find("[role='note']").TextContent;
        Assert.Contains("illustrative", text, StringComparison.Ordinal);
        Assert.Contains("not Coventry's published results", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_child_content_replaces_the_default_wording()
    {
        var cut = Render<IllustrativeNote>(p => p.AddChildContent("<span class=\"custom\">These targets were set for the demonstration.</span>"));

        var note = cut.Find("[role='note']");
        Assert.Equal("These targets were set for the demonstration.", note.QuerySelector("span.custom")?.TextContent);
        Assert.DoesNotContain("generated for this demonstration", note.TextContent, StringComparison.Ordinal);
        Assert.Contains("Illustrative figures.", note.TextContent, StringComparison.Ordinal);
    }
}
