using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Scrutiny;

/// <summary>A deep-dive series as its form edits it.</summary>
public sealed class SeriesInput
{
    public const int MaxTitleLength = 400;
    public const int MaxSummaryLength = 8000;

    public string? Title { get; set; }

    /// <summary>The scrutiny body that runs it; SCRUCO by default.</summary>
    public int? ScrutinyBoardId { get; set; }

    /// <summary>The published reporting period whose results it reviews.</summary>
    public int? ReportingPeriodId { get; set; }

    public DateOnly? AgreedOn { get; set; }

    public string? Summary { get; set; }
}

/// <summary>A session as its form edits it: the session, its portfolios, attendees and KPIs with findings, saved together.</summary>
public sealed class SessionInput
{
    public const int MaxScopeLength = 2000;
    public const int MaxNotesLength = 16000;
    public const int MaxFindingLength = 8000;
    public const int MaxNameLength = 200;
    public const int MaxTitleLength = 400;
    public const int MaxAttendees = 50;
    public const int MaxKpis = 60;

    public int? Number { get; set; }

    public DateOnly? HeldOn { get; set; }

    public string? Scope { get; set; }

    public string? Notes { get; set; }

    public List<int> PortfolioIds { get; set; } = [];

    public List<AttendeeInput> Attendees { get; set; } = [];

    public List<SessionKpiInput> Kpis { get; set; } = [];
}

public sealed class AttendeeInput
{
    public string? Name { get; set; }

    /// <summary>An officer's job title, a Cabinet Member's portfolio, a partner's organisation.</summary>
    public string? Title { get; set; }

    public AttendeeRole Role { get; set; }
}

public sealed class SessionKpiInput
{
    public int KpiId { get; set; }

    public string? Finding { get; set; }

    /// <summary>Reviewed again after an earlier session of the same series.</summary>
    public bool CarriedOver { get; set; }
}

/// <summary>
/// Creates and edits deep-dive series and their sessions. Scrutiny members and administrators only;
/// a session is saved all or nothing; every edit carries the Version its editor loaded.
/// </summary>
public sealed class DeepDiveService(IDbContextFactory<AppDbContext> dbFactory)
{
    public static class Fields
    {
        public const string Title = nameof(SeriesInput.Title);
        public const string ScrutinyBoardId = nameof(SeriesInput.ScrutinyBoardId);
        public const string ReportingPeriodId = nameof(SeriesInput.ReportingPeriodId);
        public const string AgreedOn = nameof(SeriesInput.AgreedOn);
        public const string Summary = nameof(SeriesInput.Summary);
        public const string Number = nameof(SessionInput.Number);
        public const string HeldOn = nameof(SessionInput.HeldOn);
        public const string Scope = nameof(SessionInput.Scope);
        public const string Notes = nameof(SessionInput.Notes);
        public const string Portfolios = nameof(SessionInput.PortfolioIds);
        public const string Attendees = nameof(SessionInput.Attendees);
        public const string Kpis = nameof(SessionInput.Kpis);

        public static string AttendeeName(int index) => $"Attendees[{index}].Name";

        public static string AttendeeTitle(int index) => $"Attendees[{index}].Title";

        public static string Finding(int index) => $"Kpis[{index}].Finding";

        public static string CarriedOver(int index) => $"Kpis[{index}].CarriedOver";
    }

    public async Task<ScrutinyOutcome> CreateSeriesAsync(Actor actor, SeriesInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ScrutinyRules.MayWrite(actor))
        {
            return ScrutinyOutcome.Refused(ScrutinyRules.WriteRefusal);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = await ValidateSeriesAsync(db, input, cancellationToken);
        if (errors.Count > 0)
        {
            return ScrutinyOutcome.Invalid(errors);
        }

        var series = new DeepDiveSeries { Title = input.Title!.Trim() };
        Apply(series, input);
        db.DeepDiveSeries.Add(series);
        await db.SaveChangesAsync(cancellationToken);
        return ScrutinyOutcome.Saved(series.Id);
    }

    public async Task<ScrutinyOutcome> UpdateSeriesAsync(Actor actor, int seriesId, SeriesInput input, Guid version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ScrutinyRules.MayWrite(actor))
        {
            return ScrutinyOutcome.Refused(ScrutinyRules.WriteRefusal);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var series = await db.DeepDiveSeries.FirstOrDefaultAsync(s => s.Id == seriesId, cancellationToken);
        if (series is null)
        {
            return ScrutinyOutcome.NotFound("There is no such deep dive.");
        }

        if (series.ClosedOn is not null)
        {
            return ScrutinyOutcome.Refused($"This deep dive was closed on {series.ClosedOn:d MMMM yyyy}; it can no longer be changed.");
        }

        var errors = await ValidateSeriesAsync(db, input, cancellationToken);
        if (errors.Count > 0)
        {
            return ScrutinyOutcome.Invalid(errors);
        }

        db.Entry(series).Property(s => s.Version).OriginalValue = version;
        series.Title = input.Title!.Trim();
        Apply(series, input);
        return await SaveAsync(db, series.Id, "deep dive", cancellationToken);
    }

    /// <summary>Closes the series: its sessions can no longer be edited.</summary>
    public async Task<ScrutinyOutcome> CloseSeriesAsync(Actor actor, int seriesId, DateOnly closedOn, Guid version, CancellationToken cancellationToken = default)
    {
        if (!ScrutinyRules.MayWrite(actor))
        {
            return ScrutinyOutcome.Refused(ScrutinyRules.WriteRefusal);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var series = await db.DeepDiveSeries.FirstOrDefaultAsync(s => s.Id == seriesId, cancellationToken);
        if (series is null)
        {
            return ScrutinyOutcome.NotFound("There is no such deep dive.");
        }

        if (series.ClosedOn is not null)
        {
            return ScrutinyOutcome.Refused("This deep dive is already closed.");
        }

        db.Entry(series).Property(s => s.Version).OriginalValue = version;
        series.ClosedOn = closedOn;
        return await SaveAsync(db, series.Id, "deep dive", cancellationToken);
    }

    /// <summary>
    /// Reopens a closed series, so its sessions can be edited again (a deep dive closed by mistake, or
    /// one the committee returns to). The audit log keeps when it was closed.
    /// </summary>
    public async Task<ScrutinyOutcome> ReopenSeriesAsync(Actor actor, int seriesId, Guid version, CancellationToken cancellationToken = default)
    {
        if (!ScrutinyRules.MayWrite(actor))
        {
            return ScrutinyOutcome.Refused(ScrutinyRules.WriteRefusal);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var series = await db.DeepDiveSeries.FirstOrDefaultAsync(s => s.Id == seriesId, cancellationToken);
        if (series is null)
        {
            return ScrutinyOutcome.NotFound("There is no such deep dive.");
        }

        if (series.ClosedOn is null)
        {
            return ScrutinyOutcome.Refused("This deep dive is not closed.");
        }

        db.Entry(series).Property(s => s.Version).OriginalValue = version;
        series.ClosedOn = null;
        return await SaveAsync(db, series.Id, "deep dive", cancellationToken);
    }

    public Task<ScrutinyOutcome> CreateSessionAsync(Actor actor, int seriesId, SessionInput input, CancellationToken cancellationToken = default) =>
        SaveSessionAsync(actor, seriesId, sessionId: null, input, version: null, cancellationToken);

    public Task<ScrutinyOutcome> UpdateSessionAsync(Actor actor, int sessionId, SessionInput input, Guid version, CancellationToken cancellationToken = default) =>
        SaveSessionAsync(actor, seriesId: null, sessionId, input, version, cancellationToken);

    private async Task<ScrutinyOutcome> SaveSessionAsync(Actor actor, int? seriesId, int? sessionId, SessionInput input, Guid? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ScrutinyRules.MayWrite(actor))
        {
            return ScrutinyOutcome.Refused(ScrutinyRules.WriteRefusal);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        DeepDiveSession? session = null;
        if (sessionId is { } id)
        {
            session = await db.DeepDiveSessions
                .Include(s => s.Portfolios).Include(s => s.Kpis).Include(s => s.Attendees)
                .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (session is null)
            {
                return ScrutinyOutcome.NotFound("There is no such session.");
            }

            seriesId = session.SeriesId;
        }

        var series = await db.DeepDiveSeries.Include(s => s.ReportingPeriod).FirstOrDefaultAsync(s => s.Id == seriesId, cancellationToken);
        if (series is null)
        {
            return ScrutinyOutcome.NotFound("There is no such deep dive.");
        }

        if (series.ClosedOn is not null)
        {
            return ScrutinyOutcome.Refused($"This deep dive was closed on {series.ClosedOn:d MMMM yyyy}; its sessions can no longer be changed.");
        }

        var errors = await ValidateSessionAsync(db, series, session, input, cancellationToken);
        if (errors.Count > 0)
        {
            return ScrutinyOutcome.Invalid(errors);
        }

        if (session is null)
        {
            session = new DeepDiveSession { SeriesId = series.Id };
            db.DeepDiveSessions.Add(session);
        }
        else
        {
            // The session row always changes (its Version moves on) even when only its KPIs or
            // attendees did, so a second editor working from the old version gets a conflict.
            db.Entry(session).Property(s => s.Version).OriginalValue = version!.Value;
            db.Entry(session).State = EntityState.Modified;
        }

        session.Number = input.Number!.Value;
        session.HeldOn = input.HeldOn;
        session.Scope = ScrutinyRules.Clean(input.Scope);
        session.Notes = ScrutinyRules.Clean(input.Notes);

        var portfolioIds = input.PortfolioIds.Distinct().ToList();
        session.Portfolios.RemoveAll(p => !portfolioIds.Contains(p.Id));
        var missing = portfolioIds.Where(pid => session.Portfolios.All(p => p.Id != pid)).ToList();
        session.Portfolios.AddRange(await db.Portfolios.Where(p => missing.Contains(p.Id)).ToListAsync(cancellationToken));

        ReplaceKpis(db, session, input.Kpis);
        ReplaceAttendees(db, session, input.Attendees);

        return await SaveAsync(db, () => session.Id, "session", cancellationToken);
    }

    // Keeps the rows of KPIs still reviewed (so findings that recommendations rest on keep their id),
    // removes the others, and adds the new ones, in the order given.
    private static void ReplaceKpis(AppDbContext db, DeepDiveSession session, List<SessionKpiInput> kpis)
    {
        var wanted = kpis.Select(k => k.KpiId).ToHashSet();
        foreach (var gone in session.Kpis.Where(k => !wanted.Contains(k.KpiId)).ToList())
        {
            session.Kpis.Remove(gone);
            db.Remove(gone);
        }

        var order = 0;
        foreach (var input in kpis)
        {
            var row = session.Kpis.FirstOrDefault(k => k.KpiId == input.KpiId);
            if (row is null)
            {
                row = new SessionKpi { KpiId = input.KpiId };
                session.Kpis.Add(row);
            }

            row.Finding = ScrutinyRules.Clean(input.Finding);
            row.CarriedOver = input.CarriedOver;
            row.SortOrder = ++order;
        }
    }

    private static void ReplaceAttendees(AppDbContext db, DeepDiveSession session, List<AttendeeInput> attendees)
    {
        foreach (var old in session.Attendees.ToList())
        {
            var match = attendees.FirstOrDefault(a => a.Name?.Trim() == old.Name && ScrutinyRules.Clean(a.Title) == old.Title && a.Role == old.Role);
            if (match is null)
            {
                session.Attendees.Remove(old);
                db.Remove(old);
            }
        }

        foreach (var input in attendees)
        {
            var name = input.Name!.Trim();
            var title = ScrutinyRules.Clean(input.Title);
            if (!session.Attendees.Any(a => a.Name == name && a.Title == title && a.Role == input.Role))
            {
                session.Attendees.Add(new SessionAttendee { Name = name, Title = title, Role = input.Role });
            }
        }
    }

    private static void Apply(DeepDiveSeries series, SeriesInput input)
    {
        series.ScrutinyBoardId = input.ScrutinyBoardId!.Value;
        series.ReportingPeriodId = input.ReportingPeriodId!.Value;
        series.AgreedOn = input.AgreedOn;
        series.Summary = ScrutinyRules.Clean(input.Summary);
    }

    private static async Task<List<FieldError>> ValidateSeriesAsync(AppDbContext db, SeriesInput input, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        ScrutinyRules.CheckRequiredText(errors, Fields.Title, "The title", input.Title, SeriesInput.MaxTitleLength);
        ScrutinyRules.CheckText(errors, Fields.Summary, "The summary", input.Summary, SeriesInput.MaxSummaryLength);
        if (input.ScrutinyBoardId is not { } boardId || !await db.ScrutinyBoards.AnyAsync(b => b.Id == boardId, cancellationToken))
        {
            errors.Add(new(Fields.ScrutinyBoardId, "Choose the scrutiny body that runs the deep dive"));
        }

        var period = input.ReportingPeriodId is { } periodId
            ? await db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId, cancellationToken)
            : null;
        if (period is null)
        {
            errors.Add(new(Fields.ReportingPeriodId, "Choose the year whose results the deep dive reviews"));
        }
        else if (period.State != PeriodState.Published)
        {
            errors.Add(new(Fields.ReportingPeriodId, $"{period.Label} is not published yet: a deep dive reviews a published year"));
        }

        return errors;
    }

    private static async Task<List<FieldError>> ValidateSessionAsync(AppDbContext db, DeepDiveSeries series, DeepDiveSession? session, SessionInput input, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (input.Number is not ({ } number and >= 1 and <= 99))
        {
            errors.Add(new(Fields.Number, "Enter the session number, from 1 to 99"));
        }
        else if (await db.DeepDiveSessions.AnyAsync(s => s.SeriesId == series.Id && s.Number == number && s.Id != (session == null ? 0 : session.Id), cancellationToken))
        {
            errors.Add(new(Fields.Number, $"This deep dive already has a session {number}"));
        }

        if (input.HeldOn is { } held && series.ReportingPeriod is { } period && held <= period.EndDate)
        {
            errors.Add(new(Fields.HeldOn, $"A session reviewing {period.Label} is held after the year ends ({period.EndDate:d MMMM yyyy})"));
        }

        ScrutinyRules.CheckText(errors, Fields.Scope, "The scope", input.Scope, SessionInput.MaxScopeLength);
        ScrutinyRules.CheckText(errors, Fields.Notes, "The notes", input.Notes, SessionInput.MaxNotesLength);

        var portfolioIds = input.PortfolioIds.Distinct().ToList();
        if (await db.Portfolios.CountAsync(p => portfolioIds.Contains(p.Id), cancellationToken) != portfolioIds.Count)
        {
            errors.Add(new(Fields.Portfolios, "Choose Cabinet Member portfolios from the list"));
        }

        if (input.Attendees.Count > SessionInput.MaxAttendees)
        {
            errors.Add(new(Fields.Attendees, $"A session can have at most {SessionInput.MaxAttendees} attendees"));
        }

        for (var i = 0; i < input.Attendees.Count; i++)
        {
            var a = input.Attendees[i];
            ScrutinyRules.CheckRequiredText(errors, Fields.AttendeeName(i), $"Attendee {i + 1}'s name", a.Name, SessionInput.MaxNameLength);
            ScrutinyRules.CheckText(errors, Fields.AttendeeTitle(i), $"Attendee {i + 1}'s title", a.Title, SessionInput.MaxTitleLength);
        }

        await ValidateKpisAsync(db, series, input, errors, cancellationToken);
        if (session is not null)
        {
            var kept = input.Kpis.Select(k => k.KpiId).ToHashSet();
            var removed = session.Kpis.Where(k => !kept.Contains(k.KpiId)).Select(k => k.Id).ToList();
            var resting = await db.Recommendations.Where(r => r.SessionKpiId != null && removed.Contains(r.SessionKpiId.Value))
                .Select(r => r.Reference).ToListAsync(cancellationToken);
            if (resting.Count > 0)
            {
                errors.Add(new(Fields.Kpis, $"A KPI you removed has a finding that recommendation {string.Join(", ", resting)} rests on: keep the KPI"));
            }
        }

        return errors;
    }

    private static async Task ValidateKpisAsync(AppDbContext db, DeepDiveSeries series, SessionInput input, List<FieldError> errors, CancellationToken cancellationToken)
    {
        if (input.Kpis.Count > SessionInput.MaxKpis)
        {
            errors.Add(new(Fields.Kpis, $"A session can review at most {SessionInput.MaxKpis} KPIs"));
        }

        if (input.Kpis.Select(k => k.KpiId).Distinct().Count() != input.Kpis.Count)
        {
            errors.Add(new(Fields.Kpis, "Each KPI can be listed once per session"));
        }

        var ids = input.Kpis.Select(k => k.KpiId).Distinct().ToList();
        var names = await db.Kpis.Where(k => ids.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);
        if (names.Count != ids.Count)
        {
            errors.Add(new(Fields.Kpis, "Choose KPIs from the list"));
        }

        var earlier = input.Number is { } number
            ? (await db.DeepDiveSessions.Where(s => s.SeriesId == series.Id && s.Number < number)
                .SelectMany(s => s.Kpis.Select(k => k.KpiId)).ToListAsync(cancellationToken)).ToHashSet()
            : [];
        for (var i = 0; i < input.Kpis.Count; i++)
        {
            var k = input.Kpis[i];
            var name = names.GetValueOrDefault(k.KpiId, "this KPI");
            ScrutinyRules.CheckText(errors, Fields.Finding(i), $"The finding on {name}", k.Finding, SessionInput.MaxFindingLength);
            if (k.CarriedOver && !earlier.Contains(k.KpiId))
            {
                errors.Add(new(Fields.CarriedOver(i), $"{name} was not reviewed at an earlier session, so it cannot be carried over"));
            }
        }
    }

    private static Task<ScrutinyOutcome> SaveAsync(AppDbContext db, int id, string what, CancellationToken cancellationToken) =>
        SaveAsync(db, () => id, what, cancellationToken);

    private static async Task<ScrutinyOutcome> SaveAsync(AppDbContext db, Func<int> id, string what, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ScrutinyOutcome.Saved(id());
        }
        catch (DbUpdateConcurrencyException)
        {
            return ScrutinyOutcome.Conflict(what);
        }
        catch (DbUpdateException)
        {
            // Another editor added the same session number or KPI at the same moment (unique indexes).
            return ScrutinyOutcome.Conflict(what);
        }
    }
}
