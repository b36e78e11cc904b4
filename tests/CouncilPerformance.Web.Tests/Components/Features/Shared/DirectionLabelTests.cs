using Bunit;
using CouncilPerformance.Web.Features.Shared;
using Direction = CouncilPerformance.Core.Results.Direction;

namespace CouncilPerformance.Web.Tests.Components.Features.Shared;

public class DirectionLabelTests : MudTestContext
{
    [Theory]
    [InlineData(Direction.Better, "Better", "▲")]
    [InlineData(Direction.Worse, "Worse", "▼")]
    [InlineData(Direction.Unchanged, "No change", "▶")]
    [InlineData(Direction.NotComparable, "Not comparable", "–")]
    public void Shows_the_direction_in_words_beside_its_arrow(Direction direction, string word, string arrow)
    {
        var cut = Render<DirectionLabel>(p => p.Add(x => x.Direction, direction));

        var label = cut.Find("span.direction");
        Assert.Equal($"{arrow} {word}", label.TextContent.Trim());
    }

    [Theory]
    [InlineData(Direction.Better)]
    [InlineData(Direction.Worse)]
    [InlineData(Direction.Unchanged)]
    [InlineData(Direction.NotComparable)]
    public void Hides_the_arrow_from_screen_readers_but_not_the_word(Direction direction)
    {
        var cut = Render<DirectionLabel>(p => p.Add(x => x.Direction, direction));

        var hidden = Assert.Single(cut.FindAll("[aria-hidden='true']"));
        Assert.Equal(1, hidden.TextContent.Trim().Length);
        var spoken = cut.Find("span.direction").TextContent.Replace(hidden.TextContent, "", StringComparison.Ordinal).Trim();
        Assert.Equal(Display.Label(direction), spoken);
    }

    [Fact]
    public void Has_a_css_class_for_the_direction()
    {
        var cut = Render<DirectionLabel>(p => p.Add(x => x.Direction, Direction.Worse));

        Assert.Contains("direction-worse", cut.Find("span.direction").ClassList);
    }
}
