using Bunit;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Results.Components;

namespace CouncilPerformance.Web.Tests.Components.Results;

public class ResultStatusTagTests : MudTestContext
{
    [Theory]
    [InlineData(EntryStatus.Missing, "Due")]
    [InlineData(EntryStatus.Draft, "Draft")]
    [InlineData(EntryStatus.Submitted, "Submitted")]
    [InlineData(EntryStatus.Returned, "Returned")]
    [InlineData(EntryStatus.Approved, "Approved")]
    public void Shows_the_status_in_the_officers_words(EntryStatus status, string word)
    {
        var cut = Render<ResultStatusTag>(p => p.Add(x => x.Status, status));

        Assert.Equal(word, cut.Find("span.result-status").TextContent.Trim());
    }

    [Theory]
    [InlineData(null, EntryStatus.Missing)]
    [InlineData(ResultState.Draft, EntryStatus.Draft)]
    [InlineData(ResultState.Submitted, EntryStatus.Submitted)]
    [InlineData(ResultState.Returned, EntryStatus.Returned)]
    [InlineData(ResultState.Approved, EntryStatus.Approved)]
    public void A_results_state_maps_to_the_lists_status(ResultState? state, EntryStatus expected)
    {
        Assert.Equal(expected, ResultStatusTag.From(state));
    }
}
