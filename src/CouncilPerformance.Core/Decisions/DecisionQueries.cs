using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Recommendations;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Decisions;

/// <summary>A recommendation put to Cabinet, with its response clock, as the Cabinet pages list it.</summary>
public sealed record CabinetRecommendationRow(
    int Id,
    Guid Version,
    string Reference,
    string Title,
    string Wording,
    string? ParentReference,
    RecommendationStatus Status,
    DateOnly? ReferredOn,
    DecisionOutcome? DecisionOutcome,
    DateOnly? DecidedOn,
    string? LeadCabinetMember,
    int? ServiceAreaId,
    string? ServiceArea,
    ResponseClockState Clock);

/// <summary>A line of the Cabinet list: only what it shows (the meeting form's rows carry more).</summary>
public sealed record CabinetListRow(
    int Id,
    string Reference,
    string Title,
    string Wording,
    RecommendationStatus Status,
    DateOnly? DecidedOn,
    ResponseClockState Clock);

/// <summary>One page of what was put to Cabinet, with how many were put in all and how many await a decision.</summary>
public sealed record CabinetPage(IReadOnlyList<CabinetListRow> Rows, int Total, int Awaiting, int PageIndex, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// One page of the meeting form: the recommendations awaiting the body's decision (from one deep dive, or
/// all), how many await in all, and the deep dives they come from to choose between.
/// </summary>
public sealed record MeetingPage(IReadOnlyList<CabinetRecommendationRow> Rows, int Total, int PageIndex, int PageSize, IReadOnlyList<MeetingDeepDive> DeepDives)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A deep dive (the report the meeting takes) with how many of its recommendations await the body's decision.</summary>
public sealed record MeetingDeepDive(int Id, string Title, string Board, int Awaiting);

/// <summary>How many responses are overdue or due soon, for the home pages' panel.</summary>
public sealed record ClockSummary(int Awaiting, int Overdue, int DueSoon, DateOnly Today);

/// <summary>Read side of the Cabinet pages: one query per call.</summary>
public sealed class DecisionQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Rows per page of the Cabinet list.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Recommendations per page of the meeting form: each carries its own decision fields.</summary>
    public const int MeetingPageSize = 20;

    /// <summary>
    /// One page of what was put to Cabinet, in the report's order, with how many were put and how many await a
    /// decision (counted in one query): two queries however many there are.
    /// </summary>
    public async Task<CabinetPage> ListForCabinetPageAsync(int pageIndex, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        CabinetCounts? counts = null;
        await foreach (var c in _cabinetCounts(db, RecommendationAddressee.Cabinet).WithCancellation(cancellationToken))
        {
            counts = c;
        }

        var total = counts?.Total ?? 0;
        pageIndex = Math.Clamp(pageIndex, 0, Math.Max(0, (total - 1) / pageSize));
        // The page is read even when nothing was put, so the view always sends the same commands.
        var today = ResponseClock.Today(clock);
        var rows = new List<CabinetListRow>(Math.Min(pageSize, 100));
        await foreach (var r in _cabinetPage(db, RecommendationAddressee.Cabinet, pageIndex * pageSize, pageSize).WithCancellation(cancellationToken))
        {
            rows.Add(new CabinetListRow(r.Id, r.Reference, r.Title, r.Wording, r.Status, r.DecidedOn,
                ResponseClock.StateOn(r.ResponseDueOn, r.DecisionOutcome is null ? null : r.DecidedOn ?? today, today)));
        }

        return new CabinetPage(rows, total, counts?.Awaiting ?? 0, pageIndex, pageSize);
    }

    // The Cabinet list's two commands compiled: EF need not take their expressions apart on each view. "Put to the body"
    // (neither a draft, nor endorsed and waiting to go, nor withdrawn) is written out in each, as a compiled query cannot
    // take a predicate from outside its own expression.
    // Grouped by a constant: one row, or none when nothing was put (a sequence, so EF adds no LIMIT to an unordered query).
    private static readonly Func<AppDbContext, RecommendationAddressee, IAsyncEnumerable<CabinetCounts>> _cabinetCounts =
        EF.CompileAsyncQuery((AppDbContext db, RecommendationAddressee addressee) =>
            db.Recommendations
                .Where(r => r.AddressedTo == addressee && r.Status != RecommendationStatus.Draft && r.Status != RecommendationStatus.Endorsed
                    && r.Status != RecommendationStatus.Withdrawn)
                .GroupBy(r => 1)
                .Select(g => new CabinetCounts(g.Count(), g.Count(r => r.Status == RecommendationStatus.AwaitingDecision))));

    // In the report's order (Cabinet's own, then those under them: a–p under 9), only the columns the list shows.
    private static readonly Func<AppDbContext, RecommendationAddressee, int, int, IAsyncEnumerable<CabinetLine>> _cabinetPage =
        EF.CompileAsyncQuery((AppDbContext db, RecommendationAddressee addressee, int skip, int take) =>
            db.Recommendations.AsNoTracking()
                .Where(r => r.AddressedTo == addressee && r.Status != RecommendationStatus.Draft && r.Status != RecommendationStatus.Endorsed
                    && r.Status != RecommendationStatus.Withdrawn)
                .OrderBy(r => r.ParentId == null ? 0 : 1).ThenBy(r => r.SortOrder).ThenBy(r => r.Id)
                .Skip(skip).Take(take)
                .Select(r => new CabinetLine(r.Id, r.Reference, r.Title, r.Wording, r.Status, r.ResponseDueOn, r.DecisionOutcome, r.DecidedOn)));

    private sealed record CabinetCounts(int Total, int Awaiting);

    // A line as read, before its response clock is worked out on today's date.
    private sealed record CabinetLine(int Id, string Reference, string Title, string Wording, RecommendationStatus Status, DateOnly? ResponseDueOn,
        DecisionOutcome? DecisionOutcome, DateOnly? DecidedOn);

    /// <summary>
    /// One page of what awaits <paramref name="addressee"/>'s decision, the response due soonest first (then in the
    /// report's order), from one deep dive when <paramref name="deepDiveSeriesId"/> is set; with how many await and
    /// the deep dives they come from. Counted, filtered and paged in the database: three commands however many there are.
    /// </summary>
    public async Task<MeetingPage> MeetingPageAsync(RecommendationAddressee addressee, int? deepDiveSeriesId, int pageIndex,
        int pageSize = MeetingPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deepDives = new List<MeetingDeepDive>();
        await foreach (var d in _meetingDeepDives(db, addressee).WithCancellation(cancellationToken))
        {
            deepDives.Add(new MeetingDeepDive(d.Id, d.Title, Plan.ScrutinyBoard.FormatName(d.Board, d.Number), d.Awaiting));
        }

        var total = await _meetingCount(db, addressee, deepDiveSeriesId, cancellationToken);
        pageIndex = Math.Clamp(pageIndex, 0, Math.Max(0, (total - 1) / pageSize));
        // The page is read even when nothing awaits, so the view always sends the same commands.
        var today = ResponseClock.Today(clock);
        var rows = new List<CabinetRecommendationRow>(Math.Min(pageSize, 100));
        await foreach (var r in _meetingRows(db, addressee, deepDiveSeriesId, pageIndex * pageSize, pageSize).WithCancellation(cancellationToken))
        {
            rows.Add(new CabinetRecommendationRow(
                r.Id, r.Version, r.Reference, r.Title, r.Wording, r.ParentReference, r.Status, r.ReferredOn, r.DecisionOutcome, r.DecidedOn,
                r.LeadCabinetMember, r.ServiceAreaId, r.ServiceArea,
                ResponseClock.StateOn(r.ResponseDueOn, r.DecisionOutcome is null ? null : r.DecidedOn ?? today, today)));
        }

        return new MeetingPage(rows, total, pageIndex, pageSize, deepDives);
    }

    // The meeting form's three commands compiled, as the Cabinet list's. "Awaiting the body's decision" is put to it and
    // AwaitingDecision, written out in each; no deep dive chosen is a null parameter, which EF leaves out of the SQL.
    private static readonly Func<AppDbContext, RecommendationAddressee, IAsyncEnumerable<MeetingDeepDiveLine>> _meetingDeepDives =
        EF.CompileAsyncQuery((AppDbContext db, RecommendationAddressee addressee) =>
            db.DeepDiveSeries.AsNoTracking()
                .Where(s => db.Recommendations.Any(r => r.AddressedTo == addressee && r.Status != RecommendationStatus.Draft
                    && r.Status != RecommendationStatus.Endorsed && r.Status != RecommendationStatus.Withdrawn
                    && r.Status == RecommendationStatus.AwaitingDecision && r.DeepDiveSeriesId == s.Id))
                .OrderByDescending(s => s.AgreedOn).ThenByDescending(s => s.Id)
                .Select(s => new MeetingDeepDiveLine(s.Id, s.Title, s.ScrutinyBoard!.Name, s.ScrutinyBoard.Number,
                    db.Recommendations.Count(r => r.AddressedTo == addressee && r.Status != RecommendationStatus.Draft
                        && r.Status != RecommendationStatus.Endorsed && r.Status != RecommendationStatus.Withdrawn
                        && r.Status == RecommendationStatus.AwaitingDecision && r.DeepDiveSeriesId == s.Id))));

    private static readonly Func<AppDbContext, RecommendationAddressee, int?, CancellationToken, Task<int>> _meetingCount =
        EF.CompileAsyncQuery((AppDbContext db, RecommendationAddressee addressee, int? seriesId, CancellationToken _) =>
            db.Recommendations.Count(r => r.AddressedTo == addressee && r.Status != RecommendationStatus.Draft
                && r.Status != RecommendationStatus.Endorsed && r.Status != RecommendationStatus.Withdrawn
                && r.Status == RecommendationStatus.AwaitingDecision && (seriesId == null || r.DeepDiveSeriesId == seriesId)));

    // A meeting's rows: the response due soonest first (those without a due date last), then in the
    // report's order (Cabinet's own recommendations, then those under them: a–p under 9).
    private static readonly Func<AppDbContext, RecommendationAddressee, int?, int, int, IAsyncEnumerable<MeetingLine>> _meetingRows =
        EF.CompileAsyncQuery((AppDbContext db, RecommendationAddressee addressee, int? seriesId, int skip, int take) =>
            db.Recommendations.AsNoTracking()
                .Where(r => r.AddressedTo == addressee && r.Status != RecommendationStatus.Draft
                    && r.Status != RecommendationStatus.Endorsed && r.Status != RecommendationStatus.Withdrawn
                    && r.Status == RecommendationStatus.AwaitingDecision && (seriesId == null || r.DeepDiveSeriesId == seriesId))
                .OrderBy(r => r.ResponseDueOn == null ? 1 : 0).ThenBy(r => r.ResponseDueOn)
                .ThenBy(r => r.ParentId == null ? 0 : 1).ThenBy(r => r.SortOrder).ThenBy(r => r.Id)
                .Skip(skip).Take(take)
                .Select(r => new MeetingLine(
                    r.Id, r.Version, r.Reference, r.Title, r.Wording, r.Parent!.Reference, r.Status, r.ReferredOn, r.ResponseDueOn,
                    r.DecisionOutcome, r.DecidedOn, r.LeadCabinetMember, r.ServiceAreaId, r.ServiceArea!.Name)));

    private sealed record MeetingDeepDiveLine(int Id, string Title, string Board, int? Number, int Awaiting);

    // A row as read, before its response clock is worked out on today's date.
    private sealed record MeetingLine(int Id, Guid Version, string Reference, string Title, string Wording, string? ParentReference,
        RecommendationStatus Status, DateOnly? ReferredOn, DateOnly? ResponseDueOn, DecisionOutcome? DecisionOutcome, DateOnly? DecidedOn,
        string? LeadCabinetMember, int? ServiceAreaId, string? ServiceArea);

    /// <summary>Responses still awaited from Cabinet or SCRUCO: how many, how many overdue, how many due within 14 days.</summary>
    public async Task<ClockSummary> SummaryAsync(RecommendationAddressee? addressee = null, CancellationToken cancellationToken = default)
    {
        var today = ResponseClock.Today(clock);
        var soon = today.AddDays(ResponseClock.DueSoonDays);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        ClockCounts? counts = null;
        await foreach (var c in _clockCounts(db, addressee, today, soon).WithCancellation(cancellationToken))
        {
            counts = c;
        }

        return new ClockSummary(counts?.Awaiting ?? 0, counts?.Overdue ?? 0, counts?.DueSoon ?? 0, today);
    }

    // Compiled, as the list's commands: the body left out is a null parameter, which EF leaves out of the SQL. Grouped by a
    // constant: one row, or none when nothing awaits.
    private static readonly Func<AppDbContext, RecommendationAddressee?, DateOnly, DateOnly, IAsyncEnumerable<ClockCounts>> _clockCounts =
        EF.CompileAsyncQuery((AppDbContext db, RecommendationAddressee? addressee, DateOnly today, DateOnly soon) =>
            db.Recommendations
                .Where(r => r.Status == RecommendationStatus.AwaitingDecision && (addressee == null || r.AddressedTo == addressee))
                .GroupBy(r => 1)
                .Select(g => new ClockCounts(
                    g.Count(),
                    g.Count(r => r.ResponseDueOn != null && r.ResponseDueOn < today),
                    g.Count(r => r.ResponseDueOn != null && r.ResponseDueOn >= today && r.ResponseDueOn <= soon))));

    private sealed record ClockCounts(int Awaiting, int Overdue, int DueSoon);

    /// <summary>The Cabinet Members named in the plan's portfolios, to suggest as the lead.</summary>
    public async Task<IReadOnlyList<string>> CabinetMembersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Portfolios.AsNoTracking().Where(p => p.CabinetMember != null)
            .Select(p => p.CabinetMember!).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
    }

    /// <summary>The service areas, by name, to choose the implementing one from.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> ServiceAreasAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var areas = await db.ServiceAreas.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        return areas.Select(a => (a.Id, a.Name)).ToList();
    }
}
