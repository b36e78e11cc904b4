using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Core.Tests.Results.Rules;

/// <summary>The officer's list and the performance team's progress board, against the seeded database.</summary>
public class ResultQueriesTests
{
    private static readonly string[] _highwaysKpis =
        ["BUS-JOURNEYS", "CASUALTIES-PED", "DEFECTS-24H", "EV-CHARGEPOINTS", "MISSED-BINS", "PAVEMENTS", "RECYCLING", "RESIDUAL-WASTE", "ROADS-A", "ROADS-UNCLASS"];

    [Fact]
    public async Task ListEntries_for_a_service_area_gives_only_its_reported_kpis_all_missing_in_the_open_period()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var highways = await world.AreaIdAsync(ServiceAreas.HighwaysTransportAndWaste);
        var period = await world.PeriodAsync(2025);

        // Act
        var rows = await world.Queries.ListEntriesAsync(period.Id, highways);

        // Assert
        Assert.Equal(_highwaysKpis, rows.Select(r => r.Code).Order(StringComparer.Ordinal));
        Assert.All(rows, r =>
        {
            Assert.Equal((highways, ServiceAreas.HighwaysTransportAndWaste), (r.ServiceAreaId, r.ServiceArea));
            Assert.Equal(EntryStatus.Missing, r.Status);
            Assert.Null(r.ResultId);
            Assert.Null(r.Version);
            Assert.Null(r.Value);
            Assert.Null(r.Target);
            Assert.Equal(RagStatus.Grey, r.Rag);
        });
    }

    [Fact]
    public async Task ListEntries_leaves_out_proposed_kpis()
    {
        // Arrange: Finance also owns COLLECTION-BENCHMARK, proposed by recommendation j, not reported.
        await using var world = await SeededServices.CreateAsync();
        var finance = await world.AreaIdAsync(ServiceAreas.Finance);
        var period = await world.PeriodAsync(2025);

        // Act
        var rows = await world.Queries.ListEntriesAsync(period.Id, finance);

        // Assert
        Assert.Equal(["BUSINESS-RATES", "CAPITAL-DELIVERY", "COUNCIL-TAX", "INVOICES-30DAYS", "SAVINGS"], rows.Select(r => r.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListEntries_for_a_published_period_gives_the_approved_results_rated_against_their_targets()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var highways = await world.AreaIdAsync(ServiceAreas.HighwaysTransportAndWaste);
        var period = await world.PeriodAsync(2024);

        // Act
        var rows = await world.Queries.ListEntriesAsync(period.Id, highways);

        // Assert: the seed's 2024/25 ratings (RECYCLING amber, the rest red).
        Assert.All(rows, r => Assert.Equal(EntryStatus.Approved, r.Status));
        var byCode = rows.ToDictionary(r => r.Code);
        Assert.Equal(((decimal?)94.0m, (decimal?)96m, RagStatus.Red), (byCode["ROADS-A"].Value, byCode["ROADS-A"].Target, byCode["ROADS-A"].Rag));
        Assert.Equal(((decimal?)35.9m, (decimal?)37m, RagStatus.Amber), (byCode["RECYCLING"].Value, byCode["RECYCLING"].Target, byCode["RECYCLING"].Rag));
    }

    [Fact]
    public async Task ListEntries_shows_an_officers_draft_with_who_entered_it()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        var period = await world.PeriodAsync(2025);
        var drafted = await world.Entry.SaveDraftAsync(officer, await world.NewInputAsync("ROADS-A", 2025, 95.2m));

        // Act
        var rows = await world.Queries.ListEntriesAsync(period.Id, officer.ServiceAreaId);

        // Assert
        var row = rows.Single(r => r.Code == "ROADS-A");
        Assert.Equal((EntryStatus.Draft, (decimal?)95.2m, "Olivia Okafor"), (row.Status, row.Value, row.EnteredByName));
        Assert.Equal((drafted.Current!.Id, drafted.Current.Version), (row.ResultId!.Value, row.Version!.Value));
        Assert.Equal(SeededServices.DuringEntry.UtcDateTime, row.EnteredAt);
        Assert.All(rows.Where(r => r.Code != "ROADS-A"), r => Assert.Equal(EntryStatus.Missing, r.Status));
    }

    [Fact]
    public async Task ListEntries_without_a_service_area_gives_every_reported_kpi()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var period = await world.PeriodAsync(2025);
        var reported = (await world.Kpis.ListAsync(new KpiFilter())).Select(r => r.Code).Order(StringComparer.Ordinal).ToList();

        // Act
        var rows = await world.Queries.ListEntriesAsync(period.Id, serviceAreaId: null);

        // Assert
        Assert.Equal(reported, rows.Select(r => r.Code).Order(StringComparer.Ordinal));
        Assert.Contains(rows, r => r.Code == "SICKNESS-ABSENCE");
        Assert.DoesNotContain(rows, r => r.Code == "COLLECTION-BENCHMARK");
    }

    [Fact]
    public async Task Progress_counts_move_as_results_are_drafted_submitted_returned_and_approved()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var highways = await world.AreaIdAsync(ServiceAreas.HighwaysTransportAndWaste);
        var finance = await world.AreaIdAsync(ServiceAreas.Finance);
        var start = await ProgressAsync(world, 2025);

        // Act
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        Assert.True((await world.Entry.SaveDraftAsync(officer, await world.NewInputAsync("ROADS-A", 2025, 95m))).Succeeded);
        var afterDraft = await ProgressAsync(world, 2025);
        var recycling = await world.SubmitAsync(officer, "RECYCLING", 36.2m);
        var casualties = await world.SubmitAsync(officer, "CASUALTIES-PED", 118m);
        await world.SubmitAsync(officer, "PAVEMENTS", 74m);
        var afterSubmit = await ProgressAsync(world, 2025);
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        await world.ApproveAsync(admin, recycling);
        Assert.True((await world.Entry.ReturnAsync(admin, casualties.Id, casualties.Version, "Use the calendar year")).Succeeded);
        var afterSignOff = await ProgressAsync(world, 2025);

        // Assert: (missing, draft, submitted, returned, approved, overdue) for Highways; Finance untouched.
        Assert.Equal((10, 0, 0, 0, 0, 0), Counts(start, highways));
        Assert.Equal((9, 1, 0, 0, 0, 0), Counts(afterDraft, highways));
        Assert.Equal((6, 1, 3, 0, 0, 0), Counts(afterSubmit, highways));
        Assert.Equal((6, 1, 1, 1, 1, 0), Counts(afterSignOff, highways));
        Assert.Equal(10, afterSignOff.Single(r => r.ServiceAreaId == highways).Total);
        Assert.Equal((5, 0, 0, 0, 0, 0), Counts(afterSignOff, finance));
    }

    [Fact]
    public async Task The_results_waiting_for_sign_off_are_counted_and_paged_in_the_boards_order()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        await SubmitFiveAndDraftOneAsync(world);

        // Act
        var first = (await world.Queries.GetBoardAsync(2025, pageIndex: 0, pageSize: 3))!.Waiting;
        var second = (await world.Queries.GetBoardAsync(2025, pageIndex: 1, pageSize: 3))!.Waiting;
        var pastTheEnd = (await world.Queries.GetBoardAsync(2025, pageIndex: 9, pageSize: 3))!.Waiting;

        // Assert: by service area, then KPI name; each page its own rows, with its value and target to rate.
        var all = first.Rows.Concat(second.Rows).ToList();
        Assert.Equal((5, 2), (first.Total, first.PageCount));
        Assert.Equal((3, 2), (first.Rows.Count, second.Rows.Count));
        Assert.Equal(all.OrderBy(r => r.ServiceArea, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).Select(r => r.KpiId), all.Select(r => r.KpiId));
        Assert.Equal(5, all.Select(r => r.ResultId).Distinct().Count());
        Assert.All(all, r => Assert.Equal(EntryStatus.Submitted, r.Status));
        Assert.DoesNotContain(all, r => r.Code == "ROADS-UNCLASS");
        Assert.Equal(95m, all.Single(r => r.Code == "ROADS-A").Value);
        Assert.Equal(1, pastTheEnd.PageIndex);
        Assert.Equal(second.Rows.Select(r => r.ResultId), pastTheEnd.Rows.Select(r => r.ResultId));
    }

    [Fact]
    public async Task The_board_is_the_period_its_counts_and_a_page_waiting_whose_total_is_the_areas_submitted()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var period = await world.PeriodAsync(2025);
        await SubmitFiveAndDraftOneAsync(world);

        // Act
        var board = await world.Queries.GetBoardAsync(2025, pageIndex: 1, pageSize: 3);
        var unknown = await world.Queries.GetBoardAsync(1999, pageIndex: 0);

        // Assert: the areas' counts as submitted (four and a draft in Highways, one in Finance), and the second page of
        // three the fourth and fifth of all five waiting, in the board's order.
        Assert.NotNull(board);
        Assert.Equal(period.Id, board.Period.Id);
        Assert.Equal((5, 1, 4, 0, 0, 0), Counts(board.Areas, await world.AreaIdAsync(ServiceAreas.HighwaysTransportAndWaste)));
        Assert.Equal((4, 0, 1, 0, 0, 0), Counts(board.Areas, await world.AreaIdAsync(ServiceAreas.Finance)));
        Assert.All(board.Areas.Where(a => a.ServiceArea is not ServiceAreas.HighwaysTransportAndWaste and not ServiceAreas.Finance), a => Assert.Equal(0, a.Submitted));
        var all = (await world.Queries.GetBoardAsync(2025, pageIndex: 0, pageSize: 5))!.Waiting;
        Assert.Equal((5, 1, 2), (board.Waiting.Total, board.Waiting.PageIndex, board.Waiting.Rows.Count));
        Assert.Equal(all.Rows.Skip(3), board.Waiting.Rows);
        Assert.Null(unknown);
    }

    [Fact]
    public async Task Overdue_counts_missing_draft_and_returned_once_the_deadline_has_passed()
    {
        // Arrange: in Highways six missing, one draft, one submitted, one returned, one approved.
        await using var world = await SeededServices.CreateAsync();
        var period = await world.PeriodAsync(2025);
        var highways = await world.AreaIdAsync(ServiceAreas.HighwaysTransportAndWaste);
        var finance = await world.AreaIdAsync(ServiceAreas.Finance);
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        Assert.True((await world.Entry.SaveDraftAsync(officer, await world.NewInputAsync("ROADS-A", 2025, 95m))).Succeeded);
        var recycling = await world.SubmitAsync(officer, "RECYCLING", 36.2m);
        var casualties = await world.SubmitAsync(officer, "CASUALTIES-PED", 118m);
        await world.SubmitAsync(officer, "PAVEMENTS", 74m);
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        await world.ApproveAsync(admin, recycling);
        Assert.True((await world.Entry.ReturnAsync(admin, casualties.Id, casualties.Version, "Use the calendar year")).Succeeded);
        Assert.Equal(new DateOnly(2026, 5, 29), period.EntryDeadline);

        // Act: late on the deadline day, then the morning after.
        world.Clock.Now = new DateTimeOffset(2026, 5, 29, 23, 59, 0, TimeSpan.Zero);
        var onTheDay = await ProgressAsync(world, 2025);
        world.Clock.Now = new DateTimeOffset(2026, 5, 30, 8, 0, 0, TimeSpan.Zero);
        var dayAfter = await ProgressAsync(world, 2025);

        // Assert
        Assert.Equal(0, onTheDay.Single(r => r.ServiceAreaId == highways).Overdue);
        Assert.Equal((6, 1, 1, 1, 1, 8), Counts(dayAfter, highways));
        Assert.Equal((5, 0, 0, 0, 0, 5), Counts(dayAfter, finance));
        Assert.All(dayAfter, r => Assert.Equal(r.Missing + r.Draft + r.Returned, r.Overdue));
    }

    [Fact]
    public async Task Progress_lists_each_service_area_with_reported_kpis_once_in_name_order()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var period = await world.PeriodAsync(2025);

        // Act
        var rows = await ProgressAsync(world, 2025);

        // Assert
        var names = rows.Select(r => r.ServiceArea).ToList();
        Assert.Equal(names.Distinct().Order(), names);
        Assert.Contains(ServiceAreas.HighwaysTransportAndWaste, names);
        Assert.Contains(ServiceAreas.ChildrensServices, names);
        Assert.Equal((await world.Queries.ListEntriesAsync(period.Id, null)).Count, rows.Sum(r => r.Total));
    }

    [Fact]
    public async Task The_boards_period_is_the_year_asked_for_or_else_the_open_one_and_none_for_an_unknown_year()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var periods = await world.Periods.ListAsync();
        var current = await world.Periods.GetCurrentAsync();

        // Act
        var asked = (await world.Queries.GetBoardAsync(2024, pageIndex: 0))?.Period;
        var without = (await world.Queries.GetBoardAsync(null, pageIndex: 0))?.Period;
        var unknown = await world.Queries.GetBoardAsync(1999, pageIndex: 0);

        // Assert
        Assert.Equal(periods.Single(p => p.StartYear == 2024).Id, asked?.Id);
        Assert.Equal((current!.Id, PeriodState.Open), (without?.Id, without?.State));
        Assert.Null(unknown);
    }

    [Fact]
    public async Task Progress_for_the_current_period_counts_as_progress_for_its_year()
    {
        // Arrange: a draft, a submitted and an approved result, past the deadline so the overdue counts show.
        await using var world = await SeededServices.CreateAsync();
        var period = await world.PeriodAsync(2025);
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        Assert.True((await world.Entry.SaveDraftAsync(officer, await world.NewInputAsync("ROADS-A", 2025, 95m))).Succeeded);
        await world.SubmitAsync(officer, "PAVEMENTS", 74m);
        await world.ApproveAsync(await world.SignInAsync(SeededServices.AdminEmail), await world.SubmitAsync(officer, "RECYCLING", 36.2m));
        world.Clock.Now = new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

        // Act
        var byYear = await world.Queries.GetBoardAsync(2025, pageIndex: 0);
        var current = await world.Queries.GetBoardAsync(null, pageIndex: 0);

        // Assert: the open period is 2025/26, so the board without a year is the board for 2025.
        Assert.Equal((period.Id, period.Id), (byYear!.Period.Id, current!.Period.Id));
        Assert.Equal(byYear.Areas, current.Areas);
        var byPeriod = current.Areas;
        var highways = await world.AreaIdAsync(ServiceAreas.HighwaysTransportAndWaste);
        Assert.Equal((7, 1, 1, 0, 1, 8), Counts(byPeriod, highways));
    }

    // The progress board's counts per service area, as the board page reads them.
    private static async Task<IReadOnlyList<ProgressRow>> ProgressAsync(SeededServices world, int year) =>
        (await world.Queries.GetBoardAsync(year, pageIndex: 0))!.Areas;

    private static (int Missing, int Draft, int Submitted, int Returned, int Approved, int Overdue) Counts(IEnumerable<ProgressRow> rows, int serviceAreaId)
    {
        var row = rows.Single(r => r.ServiceAreaId == serviceAreaId);
        return (row.Missing, row.Draft, row.Submitted, row.Returned, row.Approved, row.Overdue);
    }

    // Four submitted in Highways, one in Finance, and a draft that waits for no one's sign-off.
    private static async Task SubmitFiveAndDraftOneAsync(SeededServices world)
    {
        var officer = await world.SignInAsync(SeededServices.OfficerEmail);
        foreach (var (code, value) in new[] { ("ROADS-A", 95m), ("RECYCLING", 36.2m), ("PAVEMENTS", 74m), ("CASUALTIES-PED", 118m) })
        {
            await world.SubmitAsync(officer, code, value);
        }

        await world.SubmitAsync(await world.SignInAsync(SeededServices.FinanceOfficerEmail), "COUNCIL-TAX", 95.8m);
        Assert.True((await world.Entry.SaveDraftAsync(officer, await world.NewInputAsync("ROADS-UNCLASS", 2025, 20m))).Succeeded);
    }
}
