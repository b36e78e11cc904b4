using System.Text.Json;
using CouncilPerformance.Core.Auditing;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Web.Features.Admin;

namespace CouncilPerformance.Web.Tests.Components.Admin;

/// <summary>
/// What the audit log and the progress board hand from the prerender to the circuit is JSON
/// (persisted component state uses the web defaults): each must come back whole, or the circuit shows less
/// than the prerender did.
/// </summary>
public class PersistedListStateTests
{
    private static T RoundTrip<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!;

    [Fact]
    public void The_audit_logs_view_comes_back_with_its_entries_descriptions_and_options()
    {
        var state = new AuditLogState
        {
            EntityTypes = ["Result", "Target"],
            Page = new AuditPage([new AuditRow(7, new DateTime(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc), "system", "Target", "12", "Modified",
                """{"Value":{"before":1,"after":2}}""", "ROADS-A, 2024/25")], 41),
            PageIndex = 0,
        };

        var back = RoundTrip(state);

        Assert.Equal(state.EntityTypes, back.EntityTypes);
        Assert.Equal(41, back.Page.TotalCount);
        Assert.Equal(state.Page.Entries[0], back.Page.Entries[0]);
    }

    [Fact]
    public void The_progress_boards_view_comes_back_with_its_period_counts_and_rows_to_rate()
    {
        var period = ReportingPeriod.ForFinancialYear(2025);
        period.Id = 3;
        period.State = PeriodState.Open;
        period.EntryDeadline = new DateOnly(2026, 5, 31);
        var row = new EntryRow(7, "COUNCIL-TAX", "Council tax collection rate", 9, "Finance", KpiUnit.Percentage, null, 41, Guid.NewGuid(),
            EntryStatus.Submitted, 95.8m, 96m, RagStatus.Amber, null, "Finance officer", new DateTime(2026, 5, 20, 9, 30, 0, DateTimeKind.Utc))
        {
            Terms = new TargetTerms(TargetKind.Value, 96m, null, null, false, 0.5m),
            Polarity = Polarity.HigherIsBetter,
        };
        var state = new ProgressState
        {
            Year = 2025,
            Period = period,
            Progress = [new ProgressRow(9, "Finance", 4, 0, 1, 0, 0, 0)],
            Waiting = new EntryPage([row], 51, 1, 50),
        };

        var back = RoundTrip(state);

        Assert.Equal((3, "2025/26", PeriodState.Open, period.EntryDeadline), (back.Period!.Id, back.Period.Label, back.Period.State, back.Period.EntryDeadline));
        Assert.Equal(state.Progress, back.Progress);
        Assert.Equal((51, 1, 2), (back.Waiting.Total, back.Waiting.PageIndex, back.Waiting.PageCount));
        var restored = Assert.Single(back.Waiting.Rows);
        Assert.Equal(row, restored);
        Assert.Equal((row.Terms, Polarity.HigherIsBetter), (restored.Terms, restored.Polarity));
    }
}
