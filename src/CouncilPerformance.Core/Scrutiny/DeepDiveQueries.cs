using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Review;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Scrutiny;

/// <summary>Read side of the deep-dive pages.</summary>
public sealed class DeepDiveQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Every deep dive with its sessions, the KPIs and portfolios each reviewed, and its attendees.</summary>
    public async Task<IReadOnlyList<DeepDiveSeries>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await WithSessions(db)
            .OrderByDescending(s => s.AgreedOn)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// One page of deep dives, newest agreed first, each with its sessions' portfolios and counts of
    /// KPIs and recommendations: counted, ordered and paged in the database (two commands).
    /// </summary>
    public async Task<DeepDivePage> ListPageAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 100);
        page = Math.Max(0, page);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var total = await _count(db, cancellationToken);
        var rows = new List<ListRow>();
        await foreach (var row in _page(db, page * pageSize, pageSize).WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        var lines = new List<DeepDiveLine>();
        foreach (var series in rows.GroupBy(r => r.Id))
        {
            var first = series.First();
            lines.Add(new DeepDiveLine(first.Id, first.Title, Plan.ScrutinyBoard.FormatName(first.Board, first.BoardNumber), first.Period, first.AgreedOn,
                [.. series.Where(x => x.SessionId is not null)
                    .Select(x => new DeepDiveSessionLine(x.SessionId!.Value, x.Number!.Value, InOrder(x.Portfolios), x.Kpis, x.Recommendations))]));
        }

        return new DeepDivePage(lines, total);
    }

    // The many-to-many link of sessions and portfolios, and a character no name holds to join names with.
    private const string PortfolioLinks = "DeepDiveSessionPortfolio";
    private const string NameSeparator = "\u001f";

    // Compiled once: the list's queries are the same on every view but for the page, so EF need not take the expression
    // apart and look its SQL up again on each request.
    private static readonly Func<AppDbContext, CancellationToken, Task<int>> _count =
        EF.CompileAsyncQuery((AppDbContext db, CancellationToken _) => db.DeepDiveSeries.Count());

    // The page of series and their sessions in one read: a row a session (one with no session number for a series with
    // none). A session's portfolios are one aggregated text, not a collection read through a join of every session's
    // portfolios (which SQLite materialised and indexed on each view); aggregated text has no order, so they are put in
    // order after reading.
    private static readonly Func<AppDbContext, int, int, IAsyncEnumerable<ListRow>> _page = EF.CompileAsyncQuery(
        (AppDbContext db, int skip, int take) => db.DeepDiveSeries.AsNoTracking()
            .OrderByDescending(s => s.AgreedOn).ThenByDescending(s => s.Id)
            .Skip(skip).Take(take)
            .SelectMany(s => s.Sessions.DefaultIfEmpty(), (s, x) => new { Series = s, Session = x! })
            .OrderByDescending(r => r.Series.AgreedOn).ThenByDescending(r => r.Series.Id).ThenBy(r => r.Session.Number)
            .Select(r => new ListRow(
                r.Series.Id, r.Series.Title, r.Series.ScrutinyBoard!.Name, r.Series.ScrutinyBoard!.Number, r.Series.ReportingPeriod!.Label, r.Series.AgreedOn,
                (int?)r.Session.Id,
                (int?)r.Session.Number,
                db.Set<Dictionary<string, object>>(PortfolioLinks).Where(l => EF.Property<int>(l, "DeepDiveSessionId") == r.Session.Id)
                    .Join(db.Portfolios, l => EF.Property<int>(l, "PortfoliosId"), p => p.Id, (l, p) => new { SessionId = EF.Property<int>(l, "DeepDiveSessionId"), p.Name })
                    .GroupBy(l => l.SessionId)
                    .Select(g => string.Join(NameSeparator, g.Select(p => p.Name)))
                    .FirstOrDefault(),
                r.Session.Kpis.Count,
                // "Not null" first, so the index on the session is used though the session may be absent.
                db.Recommendations.Count(m => m.DeepDiveSessionId != null && m.DeepDiveSessionId == r.Session.Id))));

    private sealed record ListRow(int Id, string Title, string Board, int? BoardNumber, string Period, DateOnly? AgreedOn,
        int? SessionId, int? Number, string? Portfolios, int Kpis, int Recommendations);

    private static string InOrder(string? names) => names is null or ""
        ? ""
        : string.Join("; ", names.Split(NameSeparator).Order(StringComparer.Ordinal));

    /// <summary>
    /// The <paramref name="count"/> most recent deep dives, newest reporting year first, each with its
    /// sessions and the first <paramref name="kpisPerSession"/> KPIs each reviewed, and how many deep dives
    /// there are: read as projections in four commands however many there are (the scrutiny home).
    /// </summary>
    public async Task<RecentDeepDives> RecentAsync(int count, int kpisPerSession, CancellationToken cancellationToken = default)
    {
        count = Math.Clamp(count, 1, 20);
        kpisPerSession = Math.Max(1, kpisPerSession);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var total = await db.DeepDiveSeries.CountAsync(cancellationToken);
        var series = await db.DeepDiveSeries.AsNoTracking()
            .OrderByDescending(s => s.ReportingPeriod!.StartYear).ThenByDescending(s => s.AgreedOn).ThenByDescending(s => s.Id)
            .Take(count)
            .Select(s => new { s.Id, s.Title, Board = s.ScrutinyBoard!.Name, BoardNumber = s.ScrutinyBoard!.Number, Period = s.ReportingPeriod!.Label })
            .ToListAsync(cancellationToken);
        var seriesIds = series.Select(s => s.Id).ToList();
        var sessions = await db.DeepDiveSessions.AsNoTracking()
            .Where(x => seriesIds.Contains(x.SeriesId))
            .OrderBy(x => x.SeriesId).ThenBy(x => x.Number)
            .Select(x => new { x.Id, x.SeriesId, x.Number, KpiCount = x.Kpis.Count })
            .ToListAsync(cancellationToken);
        var sessionIds = sessions.Select(x => x.Id).ToList();
        // The first few of each session by their order on it, counted rather than ranked: SQLite has no APPLY
        // for a Take inside a projection, and a handful of sessions makes the count cheap.
        var kpis = db.Set<SessionKpi>().AsNoTracking();
        var firstKpis = (await kpis
            .Where(k => sessionIds.Contains(k.SessionId)
                && kpis.Count(o => o.SessionId == k.SessionId && (o.SortOrder < k.SortOrder || (o.SortOrder == k.SortOrder && o.Id < k.Id))) < kpisPerSession)
            .OrderBy(k => k.SessionId).ThenBy(k => k.SortOrder).ThenBy(k => k.Id)
            .Select(k => new { k.SessionId, k.Kpi!.Name })
            .ToListAsync(cancellationToken))
            .ToLookup(k => k.SessionId, k => k.Name);
        var bySeries = sessions.ToLookup(x => x.SeriesId);
        return new RecentDeepDives(
            [.. series.Select(s => new RecentDeepDive(s.Id, s.Title, Plan.ScrutinyBoard.FormatName(s.Board, s.BoardNumber), s.Period,
                [.. bySeries[s.Id].Select(x => new RecentDeepDiveSession(x.Number, [.. firstKpis[x.Id]], x.KpiCount))]))],
            total);
    }

    public async Task<DeepDiveSeries?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await WithSessions(db).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    private static IQueryable<DeepDiveSeries> WithSessions(AppDbContext db) =>
        db.DeepDiveSeries.AsNoTracking().AsSplitQuery()
            .Include(s => s.ScrutinyBoard)
            .Include(s => s.ReportingPeriod)
            .Include(s => s.Sessions.OrderBy(x => x.Number)).ThenInclude(x => x.Portfolios)
            .Include(s => s.Sessions).ThenInclude(x => x.Kpis.OrderBy(k => k.SortOrder)).ThenInclude(k => k.Kpi)
            .Include(s => s.Sessions).ThenInclude(x => x.Attendees);

    /// <summary>The series form's data: the series as an input (a new one runs at SCRUCO and reviews the given or latest published year), boards and published years.</summary>
    public async Task<SeriesEditor?> GetSeriesEditorAsync(int? seriesId, int? startYear, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var boards = await db.ScrutinyBoards.AsNoTracking().OrderBy(b => b.Number).ToListAsync(cancellationToken);
        var periods = await db.ReportingPeriods.AsNoTracking().Where(p => p.State == PeriodState.Published)
            .OrderByDescending(p => p.StartYear).Select(p => new { p.Id, p.Label, p.StartYear }).ToListAsync(cancellationToken);
        var boardItems = boards.Select(b => new NamedItem(b.Id, b.DisplayName)).ToList();
        var periodItems = periods.Select(p => new NamedItem(p.Id, p.Label)).ToList();
        if (seriesId is null)
        {
            var period = periods.FirstOrDefault(p => p.StartYear == startYear) ?? periods.FirstOrDefault();
            var input = new SeriesInput
            {
                Title = period is null ? null : $"Deep dive {period.Label}",
                ScrutinyBoardId = boards.FirstOrDefault(b => b.IsCoordinatingCommittee)?.Id,
                ReportingPeriodId = period?.Id,
            };
            return new SeriesEditor(null, null, null, input, boardItems, periodItems);
        }

        var series = await db.DeepDiveSeries.AsNoTracking().FirstOrDefaultAsync(s => s.Id == seriesId, cancellationToken);
        return series is null ? null : new SeriesEditor(series.Id, series.Version, series.ClosedOn, new SeriesInput
        {
            Title = series.Title,
            ScrutinyBoardId = series.ScrutinyBoardId,
            ReportingPeriodId = series.ReportingPeriodId,
            AgreedOn = series.AgreedOn,
            Summary = series.Summary,
        }, boardItems, periodItems);
    }

    /// <summary>
    /// What the session form needs: the series, the session as an input (empty for a new one), its
    /// Version, the KPIs to choose from with the year's off-target ones marked as suggestions, and
    /// the portfolios. Null when the series or session does not exist.
    /// </summary>
    public async Task<SessionEditor?> GetSessionEditorAsync(int? seriesId, int? sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        DeepDiveSession? session = null;
        if (sessionId is { } id)
        {
            session = await db.DeepDiveSessions.AsNoTracking().AsSplitQuery()
                .Include(s => s.Portfolios).Include(s => s.Kpis).Include(s => s.Attendees)
                .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (session is null)
            {
                return null;
            }

            seriesId = session.SeriesId;
        }

        var series = await db.DeepDiveSeries.AsNoTracking()
            .Where(s => s.Id == seriesId)
            .Select(s => new { s.Id, s.Title, s.ReportingPeriodId, Period = s.ReportingPeriod!.Label, s.ClosedOn, Numbers = s.Sessions.Select(x => x.Number).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (series is null)
        {
            return null;
        }

        var reviewedIds = session?.Kpis.Select(x => x.KpiId).ToList() ?? [];
        var kpis = await db.Kpis.AsNoTracking()
            .Where(k => k.Status == KpiStatus.Active || k.Status == KpiStatus.UnderReview || reviewedIds.Contains(k.Id))
            .OrderBy(k => k.Name)
            .Select(k => new { k.Id, k.Code, k.Name })
            .ToListAsync(cancellationToken);
        var offTarget = (await new ReviewQueries(dbFactory).GetSectionAsync(series.ReportingPeriodId, new ReviewFilter(), ReviewSection.OffTarget, 0, 1000, cancellationToken))
            .Rows.Select(r => r.KpiId).ToHashSet();
        var portfolios = await db.Portfolios.AsNoTracking().OrderBy(p => p.Name).Select(p => new NamedItem(p.Id, p.Name)).ToListAsync(cancellationToken);

        var input = session is null
            ? new SessionInput { Number = series.Numbers.Count == 0 ? 1 : series.Numbers.Max() + 1 }
            : new SessionInput
            {
                Number = session.Number,
                HeldOn = session.HeldOn,
                Scope = session.Scope,
                Notes = session.Notes,
                PortfolioIds = session.Portfolios.Select(p => p.Id).ToList(),
                Attendees = session.Attendees.OrderBy(a => a.Role).ThenBy(a => a.Name)
                    .Select(a => new AttendeeInput { Name = a.Name, Title = a.Title, Role = a.Role }).ToList(),
                Kpis = session.Kpis.OrderBy(k => k.SortOrder)
                    .Select(k => new SessionKpiInput { KpiId = k.KpiId, Finding = k.Finding, CarriedOver = k.CarriedOver }).ToList(),
            };

        return new SessionEditor(series.Id, series.Title, series.Period, series.ClosedOn, session?.Id, session?.Version, input,
            kpis.Select(k => new KpiChoice(k.Id, k.Code, k.Name, offTarget.Contains(k.Id))).ToList(), portfolios);
    }
}

/// <summary>The most recent deep dives, as the scrutiny home lists them, and how many there are in all.</summary>
public sealed record RecentDeepDives(IReadOnlyList<RecentDeepDive> Series, int Total);

/// <summary>A recent deep dive: its board, the year it reviewed and its sessions.</summary>
public sealed record RecentDeepDive(int Id, string Title, string Board, string Period, IReadOnlyList<RecentDeepDiveSession> Sessions);

/// <summary>A session's number, the first KPIs it reviewed and how many it reviewed in all.</summary>
public sealed record RecentDeepDiveSession(int Number, IReadOnlyList<string> FirstKpis, int KpiCount);

/// <summary>Everything the series form loads.</summary>
/// <summary>One page of the deep-dive list and how many deep dives there are.</summary>
public sealed record DeepDivePage(IReadOnlyList<DeepDiveLine> Series, int Total);

/// <summary>A deep dive as the list shows it.</summary>
public sealed record DeepDiveLine(int Id, string Title, string Board, string Period, DateOnly? AgreedOn, IReadOnlyList<DeepDiveSessionLine> Sessions);

/// <summary>A session as the deep-dive list shows it: its portfolios, and how many KPIs it reviewed and recommendations it made.</summary>
public sealed record DeepDiveSessionLine(int Id, int Number, string Portfolios, int Kpis, int Recommendations);

public sealed record SeriesEditor(int? SeriesId, Guid? Version, DateOnly? ClosedOn, SeriesInput Input, IReadOnlyList<NamedItem> Boards, IReadOnlyList<NamedItem> PublishedPeriods);

/// <summary>A KPI offered in the session form; <see cref="OffTarget"/> marks the year's missed targets, suggested first.</summary>
public sealed record KpiChoice(int Id, string Code, string Name, bool OffTarget);

/// <summary>Everything the session form loads, in one serialisable record.</summary>
public sealed record SessionEditor(
    int SeriesId,
    string SeriesTitle,
    string PeriodLabel,
    DateOnly? SeriesClosedOn,
    int? SessionId,
    Guid? Version,
    SessionInput Input,
    IReadOnlyList<KpiChoice> Kpis,
    IReadOnlyList<NamedItem> Portfolios);
