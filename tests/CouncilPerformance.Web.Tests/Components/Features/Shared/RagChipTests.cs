using Bunit;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Shared;

namespace CouncilPerformance.Web.Tests.Components.Features.Shared;

public class RagChipTests : MudTestContext
{
    [Theory]
    [InlineData(RagStatus.Red, "Red", "rag-red")]
    [InlineData(RagStatus.Amber, "Amber", "rag-amber")]
    [InlineData(RagStatus.Green, "Green", "rag-green")]
    [InlineData(RagStatus.Grey, "Grey", "rag-grey")]
    public void Shows_the_status_word_and_the_matching_css_class(RagStatus status, string word, string cssClass)
    {
        var cut = Render<RagChip>(p => p.Add(x => x.Status, status));

        var chip = cut.Find("span.rag");
        Assert.Equal(word, chip.TextContent.Trim());
        Assert.Contains(cssClass, chip.ClassList);
    }

    [Theory]
    [InlineData(RagStatus.Red, "Off target")]
    [InlineData(RagStatus.Amber, "Off target, within tolerance")]
    [InlineData(RagStatus.Green, "On target")]
    [InlineData(RagStatus.Grey, "No target set, or cannot be judged")]
    public void Has_a_title_that_describes_the_status_in_words(RagStatus status, string description)
    {
        var cut = Render<RagChip>(p => p.Add(x => x.Status, status));

        Assert.Equal(description, cut.Find("span.rag").GetAttribute("title"));
    }

    [Fact]
    public void Carries_only_the_class_of_its_own_status()
    {
        var cut = Render<RagChip>(p => p.Add(x => x.Status, RagStatus.Amber));

        var classes = cut.Find("span.rag").ClassList;
        Assert.DoesNotContain("rag-red", classes);
        Assert.DoesNotContain("rag-green", classes);
        Assert.DoesNotContain("rag-grey", classes);
    }
}
