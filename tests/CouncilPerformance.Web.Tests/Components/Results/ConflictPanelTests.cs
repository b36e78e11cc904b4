using Bunit;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Results.Components;

namespace CouncilPerformance.Web.Tests.Components.Results;

public class ConflictPanelTests : MudTestContext
{
    private static readonly Kpi _roads = new()
    {
        Code = "ROADS-A",
        Name = "Principal roads (A roads) in a good/acceptable condition",
        Unit = KpiUnit.Percentage,
        Polarity = Polarity.HigherIsBetter,
    };

    private static Result Theirs() => new()
    {
        Value = 95.2m,
        DataStatus = DataStatus.Provisional,
        State = ResultState.Draft,
        Commentary = "Resurfacing delayed.",
        EnteredByName = "Farid Hussain",
        EnteredAt = new DateTime(2026, 11, 23, 10, 15, 0, DateTimeKind.Utc),
        Comparators = [new ComparatorValue { Comparator = Comparator.England, Value = 96.8m }],
    };

    private static ResultInput Mine() => new()
    {
        Value = 93.9m,
        DataStatus = DataStatus.Provisional,
        Commentary = "Resurfacing delayed.",
        Comparators = { [Comparator.England] = 96.8m },
    };

    private IRenderedComponent<ConflictPanel> RenderPanel(Result? theirs, Action? keep = null, Action? reapply = null) =>
        Render<ConflictPanel>(p => p
            .Add(x => x.Kpi, _roads)
            .Add(x => x.Theirs, theirs)
            .Add(x => x.Mine, Mine())
            .Add(x => x.OnKeepTheirs, keep ?? (() => { }))
            .Add(x => x.OnReapplyMine, reapply ?? (() => { })));

    private static string[] Row(IRenderedComponent<ConflictPanel> cut, string field) =>
        cut.FindAll("tbody tr")
            .Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToArray())
            .Single(cells => cells[0].StartsWith(field, StringComparison.Ordinal));

    [Fact]
    public void Shows_the_other_persons_value_beside_mine_and_who_saved_it()
    {
        var cut = RenderPanel(Theirs());

        var value = Row(cut, "Value");
        Assert.Equal("95.2%", value[1]);
        Assert.Equal("93.9%", value[2]);
        Assert.Contains("Farid Hussain saved it", cut.Find("section").TextContent);
        Assert.Contains("Nothing of yours was saved", cut.Find("section").TextContent);
    }

    [Fact]
    public void Marks_the_fields_that_differ_and_only_those()
    {
        var cut = RenderPanel(Theirs());

        Assert.Contains("differs", Row(cut, "Value")[0]);
        Assert.DoesNotContain("differs", Row(cut, "England")[0]);
        Assert.DoesNotContain("differs", Row(cut, "Commentary")[0]);
    }

    [Fact]
    public void Is_announced_as_an_alert_with_its_heading()
    {
        var cut = RenderPanel(Theirs());

        Assert.Equal("alert", cut.Find("section").GetAttribute("role"));
        Assert.Equal("Someone else changed this result", cut.Find("h2").TextContent.Trim());
    }

    [Fact]
    public void Keeping_theirs_and_reapplying_mine_each_call_their_own_callback()
    {
        var kept = 0;
        var reapplied = 0;
        var cut = RenderPanel(Theirs(), () => kept++, () => reapplied++);

        cut.FindAll("button").Single(b => b.TextContent.Contains("Keep their version", StringComparison.Ordinal)).Click();
        Assert.Equal((1, 0), (kept, reapplied));

        cut.FindAll("button").Single(b => b.TextContent.Contains("Re-apply my changes", StringComparison.Ordinal)).Click();
        Assert.Equal((1, 1), (kept, reapplied));
    }

    [Fact]
    public void When_their_version_could_not_be_read_it_says_so()
    {
        var cut = RenderPanel(theirs: null);

        Assert.Contains("could not be read", cut.Find("section").TextContent);
        Assert.Equal("–", Row(cut, "Value")[1]);
    }
}
