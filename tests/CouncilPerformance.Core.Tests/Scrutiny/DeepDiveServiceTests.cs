using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Scrutiny;
using CouncilPerformance.Core.Tests.Results.Rules;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Tests.Scrutiny;

/// <summary>Deep-dive series and sessions on real SQLite: who may write, what is refused, conflicts and the audit log.</summary>
public sealed class DeepDiveServiceTests
{
    private static async Task<(int ScrucoId, int PublishedId, int OpenId)> IdsAsync(SeededServices s)
    {
        await using var db = s.Db.CreateContext();
        var scruco = await db.ScrutinyBoards.Where(b => b.IsCoordinatingCommittee).Select(b => b.Id).SingleAsync();
        return (scruco, (await s.PeriodAsync(2024)).Id, (await s.PeriodAsync(2025)).Id);
    }

    private static async Task<int> SeededSeriesIdAsync(SeededServices s)
    {
        await using var db = s.Db.CreateContext();
        return await db.DeepDiveSeries.Where(x => x.Title == "One Coventry Plan Deep Dive 2024/25").Select(x => x.Id).SingleAsync();
    }

    private static DeepDiveService Service(SeededServices s) => new(s.Factory);

    [Theory]
    [InlineData(SeededServices.CabinetEmail)]
    [InlineData(SeededServices.OfficerEmail)]
    public async Task Cabinet_members_and_officers_cannot_create_a_deep_dive(string email)
    {
        await using var s = await SeededServices.CreateAsync();
        var (scruco, published, _) = await IdsAsync(s);

        var outcome = await Service(s).CreateSeriesAsync(await s.SignInAsync(email),
            new SeriesInput { Title = "Deep dive", ScrutinyBoardId = scruco, ReportingPeriodId = published });

        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        await using var db = s.Db.CreateContext();
        Assert.Equal(1, await db.DeepDiveSeries.CountAsync());
    }

    [Fact]
    public async Task A_deep_dive_reviews_a_published_year_and_needs_a_title()
    {
        await using var s = await SeededServices.CreateAsync();
        var (scruco, _, open) = await IdsAsync(s);

        var outcome = await Service(s).CreateSeriesAsync(await s.SignInAsync(SeededServices.ScrutinyEmail),
            new SeriesInput { Title = "  ", ScrutinyBoardId = scruco, ReportingPeriodId = open });

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Contains(outcome.Errors, e => e.Field == DeepDiveService.Fields.Title);
        Assert.Contains(outcome.Errors, e => e.Field == DeepDiveService.Fields.ReportingPeriodId && e.Message.Contains("not published", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_scrutiny_member_creates_a_series_and_a_session_with_two_KPIs_a_finding_and_attendees_all_audited()
    {
        await using var s = await SeededServices.CreateAsync();
        var (scruco, published, _) = await IdsAsync(s);
        var member = await s.SignInAsync(SeededServices.ScrutinyEmail);
        var service = Service(s);

        var series = await service.CreateSeriesAsync(member, new SeriesInput { Title = "Deep dive 2024/25 follow-up", ScrutinyBoardId = scruco, ReportingPeriodId = published });
        Assert.True(series.Succeeded, series.Message);
        var session = await service.CreateSessionAsync(member, series.Id!.Value, new SessionInput
        {
            Number = 1,
            HeldOn = new DateOnly(2026, 11, 12),
            Attendees = [new() { Name = "Jane Smith", Title = "Head of Streetscene", Role = AttendeeRole.Officer }],
            Kpis =
            [
                new() { KpiId = await s.KpiIdAsync("FLY-TIPS"), Finding = "Hot streets persist." },
                new() { KpiId = await s.KpiIdAsync("ROADS-A") },
            ],
        });

        Assert.True(session.Succeeded, session.Message);
        await using var db = s.Db.CreateContext();
        var saved = await db.DeepDiveSessions.Include(x => x.Kpis).Include(x => x.Attendees).SingleAsync(x => x.Id == session.Id);
        Assert.Equal(2, saved.Kpis.Count);
        Assert.Equal("Hot streets persist.", saved.Kpis.Single(k => k.SortOrder == 1).Finding);
        Assert.Equal("Head of Streetscene", Assert.Single(saved.Attendees).Title);
        Assert.NotEmpty(await s.AuditEntriesAsync(nameof(DeepDiveSession), saved.Id));
        Assert.NotEmpty(await s.AuditEntriesAsync(nameof(SessionKpi), saved.Kpis[0].Id));
    }

    [Fact]
    public async Task Editing_the_seeded_session_from_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        await using var s = await SeededServices.CreateAsync();
        var member = await s.SignInAsync(SeededServices.ScrutinyEmail);
        var service = Service(s);
        var seriesId = await SeededSeriesIdAsync(s);
        DeepDiveSession loaded;
        await using (var db = s.Db.CreateContext())
        {
            loaded = await db.DeepDiveSessions.AsNoTracking().Include(x => x.Kpis).SingleAsync(x => x.SeriesId == seriesId && x.Number == 3);
        }

        SessionInput Input(string finding) => new()
        {
            Number = 3,
            Kpis = [.. loaded.Kpis.OrderBy(k => k.SortOrder).Select((k, i) => new SessionKpiInput { KpiId = k.KpiId, Finding = i == 0 ? finding : k.Finding })],
        };

        var first = await service.UpdateSessionAsync(member, loaded.Id, Input("First editor's finding"), loaded.Version);
        var second = await service.UpdateSessionAsync(member, loaded.Id, Input("Second editor's finding"), loaded.Version);

        Assert.True(first.Succeeded, first.Message);
        Assert.Equal(OutcomeKind.Conflict, second.Kind);
        await using var check = s.Db.CreateContext();
        Assert.Equal("First editor's finding", (await check.DeepDiveSessions.Include(x => x.Kpis).SingleAsync(x => x.Id == loaded.Id)).Kpis.OrderBy(k => k.SortOrder).First().Finding);
    }

    [Fact]
    public async Task A_KPI_can_be_carried_over_only_from_an_earlier_session_and_text_limits_are_enforced()
    {
        await using var s = await SeededServices.CreateAsync();
        var member = await s.SignInAsync(SeededServices.ScrutinyEmail);
        var seriesId = await SeededSeriesIdAsync(s);

        var outcome = await Service(s).CreateSessionAsync(member, seriesId, new SessionInput
        {
            Number = 6,
            HeldOn = new DateOnly(2025, 3, 1),
            Scope = new string('x', SessionInput.MaxScopeLength + 1),
            Attendees = [new() { Name = "<script>alert(1)</script>", Role = AttendeeRole.Partner }],
            Kpis = [new() { KpiId = await s.KpiIdAsync("NEW-HOMES"), CarriedOver = true }],
        });

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Contains(outcome.Errors, e => e.Field == DeepDiveService.Fields.CarriedOver(0));
        Assert.Contains(outcome.Errors, e => e.Field == DeepDiveService.Fields.Scope && e.Message.Contains("2,000", StringComparison.Ordinal));
        Assert.Contains(outcome.Errors, e => e.Field == DeepDiveService.Fields.AttendeeName(0) && e.Message.Contains("plain text", StringComparison.Ordinal));
        Assert.Contains(outcome.Errors, e => e.Field == DeepDiveService.Fields.HeldOn);
    }

    [Fact]
    public async Task A_closed_series_refuses_new_sessions()
    {
        await using var s = await SeededServices.CreateAsync();
        var member = await s.SignInAsync(SeededServices.ScrutinyEmail);
        var service = Service(s);
        var seriesId = await SeededSeriesIdAsync(s);
        Guid version;
        await using (var db = s.Db.CreateContext())
        {
            version = await db.DeepDiveSeries.Where(x => x.Id == seriesId).Select(x => x.Version).SingleAsync();
        }

        var closed = await service.CloseSeriesAsync(member, seriesId, new DateOnly(2026, 11, 30), version);
        var session = await service.CreateSessionAsync(member, seriesId, new SessionInput { Number = 6 });

        Assert.True(closed.Succeeded, closed.Message);
        Assert.Equal(OutcomeKind.Refused, session.Kind);
    }
}
