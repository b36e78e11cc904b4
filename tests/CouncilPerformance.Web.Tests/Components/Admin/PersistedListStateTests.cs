using System.Text.Json;
using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Decisions;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Admin;
using CouncilPerformance.Web.Features.Decisions.Components;

namespace CouncilPerformance.Web.Tests.Components.Admin;

/// <summary>
/// What the Cabinet list hands from the prerender to the circuit is JSON
/// (persisted component state uses the web defaults): it must come back whole, or the circuit shows less
/// than the prerender did.
/// </summary>
public class PersistedListStateTests
{
    private static T RoundTrip<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!;

    [Fact]
    public void The_Cabinet_lists_page_comes_back_with_its_counts_and_clocks()
    {
        var clock = ResponseClock.StateOn(new DateOnly(2025, 12, 30), null, new DateOnly(2025, 12, 1));
        var state = new CabinetRecommendationsView.CabinetViewState
        {
            Key = "http://localhost/cabinet",
            Page = new CabinetPage([new CabinetRecommendationRow(1, Guid.NewGuid(), "Cabinet 2", "Title", "Wording", null, RecommendationStatus.AwaitingDecision,
                new DateOnly(2025, 10, 30), null, null, null, null, null, clock)], 25, 24, 0, 50),
        };

        var back = RoundTrip(state);

        Assert.Equal((25, 24), (back.Page.Total, back.Page.Awaiting));
        Assert.Equal(state.Page.Rows[0], back.Page.Rows[0]);
    }
}
