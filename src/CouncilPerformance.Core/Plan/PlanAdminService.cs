using CouncilPerformance.Core.Common;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;

// One file: the five parts of the plan share one life cycle (create, edit, retire, reinstate, a
// delete refused while anything uses them), so one service keeps the rules identical for all.

namespace CouncilPerformance.Core.Plan;

/// <summary>The parts of the plan's structure the performance team keeps.</summary>
public enum PlanPart
{
    Priority,
    Portfolio,
    ServiceArea,
    ScrutinyBoard,
    Strategy,
}

/// <summary>A part of the plan as the form edits it. <see cref="Note"/> is the description, directorate or remit.</summary>
public sealed class PlanPartInput
{
    public string? Name { get; set; }

    public string? Note { get; set; }

    /// <summary>Scrutiny boards: the number in "Scrutiny Board (1)"; empty for the co-ordinating committee.</summary>
    public int? Number { get; set; }

    /// <summary>Scrutiny boards: a short name, e.g. SCRUCO.</summary>
    public string? ShortName { get; set; }

    /// <summary>Priorities: the order in which the plan lists them.</summary>
    public int? SortOrder { get; set; }
}

/// <summary>One row of a plan part's list.</summary>
public sealed record PlanPartRow(int Id, string Name, string? Note, DateOnly? RetiredOn, int KpiCount);

public sealed record PlanPartPage(IReadOnlyList<PlanPartRow> Rows, int Total);

public sealed record HolderRow(int Id, string Name, DateOnly HeldFrom, DateOnly? HeldUntil, Guid Version)
{
    /// <summary>The first term recorded for a name the plan had before terms were kept: its start is not known.</summary>
    public bool StartNotRecorded => HeldFrom == DateOnly.MinValue;
}

public sealed record MemberRow(int Id, string Name, BoardMemberRole Role, DateOnly? LeftOn, Guid Version);

/// <summary>A part of the plan as the edit page loads it.</summary>
public sealed record PlanPartEditor(int Id, PlanPart Part, Guid Version, PlanPartInput Input, DateOnly? RetiredOn,
    IReadOnlyList<HolderRow> Holders, IReadOnlyList<MemberRow> Members, string? CabinetMember);

/// <summary>
/// The performance team's writes to the plan's structure. Nothing that a KPI, a recommendation, a
/// deep dive or a user still uses can be deleted: the refusal says what uses it, and retiring is
/// offered instead, which keeps every KPI's history.
/// </summary>
public sealed class PlanAdminService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int NameMaxLength = 200;

    public static class Fields
    {
        public const string Name = nameof(PlanPartInput.Name);
        public const string Note = nameof(PlanPartInput.Note);
        public const string Number = nameof(PlanPartInput.Number);
        public const string ShortName = nameof(PlanPartInput.ShortName);
        public const string SortOrder = nameof(PlanPartInput.SortOrder);
        public const string HolderName = "HolderName";
        public const string HeldFrom = "HeldFrom";
        public const string MemberName = "MemberName";
        public const string LeftOn = "LeftOn";
    }

    /// <summary>One page of a part's list, filtered and counted in the database.</summary>
    public async Task<PlanPartPage> ListAsync(PlanPart part, string? search, bool includeRetired, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 100);
        page = Math.Max(0, page);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var like = string.IsNullOrWhiteSpace(search) ? null : $"%{search.Trim()}%";
        var (count, rows) = part switch
        {
            PlanPart.Priority => (_priorityCount, _priorityPage),
            PlanPart.Portfolio => (_portfolioCount, _portfolioPage),
            PlanPart.ServiceArea => (_serviceAreaCount, _serviceAreaPage),
            PlanPart.ScrutinyBoard => (_boardCount, _boardPage),
            _ => (_strategyCount, _strategyPage),
        };
        var total = await count(db, includeRetired, like, cancellationToken);
        var list = new List<PlanPartRow>(pageSize);
        await foreach (var row in rows(db, includeRetired, like, page * pageSize, pageSize).WithCancellation(cancellationToken))
        {
            list.Add(row);
        }

        return new PlanPartPage(list, total);
    }

    // Each part's list is two commands, compiled: the same on every view, so EF need not take their expressions apart
    // each time. No search is a null parameter, whose condition EF leaves out of the SQL; each part's filter is written
    // out in both, as a compiled query cannot take one from outside its own expression.
    private static readonly Func<AppDbContext, bool, string?, CancellationToken, Task<int>> _priorityCount =
        EF.CompileAsyncQuery((AppDbContext db, bool includeRetired, string? like, CancellationToken _) =>
            db.Priorities.Where(p => includeRetired || p.RetiredOn == null).Where(p => like == null || EF.Functions.Like(p.Name, like)).Count());

    private static readonly Func<AppDbContext, bool, string?, int, int, IAsyncEnumerable<PlanPartRow>> _priorityPage =
        EF.CompileAsyncQuery((AppDbContext db, bool includeRetired, string? like, int skip, int take) =>
            db.Priorities.AsNoTracking()
                .Where(p => includeRetired || p.RetiredOn == null).Where(p => like == null || EF.Functions.Like(p.Name, like))
                .OrderBy(p => p.SortOrder).ThenBy(p => p.Name)
                .Select(p => new PlanPartRow(p.Id, p.Name, p.Description, p.RetiredOn, db.Kpis.Count(k => k.PriorityId == p.Id)))
                .Skip(skip).Take(take));

    private static readonly Func<AppDbContext, bool, string?, CancellationToken, Task<int>> _portfolioCount =
        EF.CompileAsyncQuery((AppDbContext db, bool includeRetired, string? like, CancellationToken _) =>
            db.Portfolios.Where(p => includeRetired || p.RetiredOn == null).Where(p => like == null || EF.Functions.Like(p.Name, like)).Count());

    private static readonly Func<AppDbContext, bool, string?, int, int, IAsyncEnumerable<PlanPartRow>> _portfolioPage =
        EF.CompileAsyncQuery((AppDbContext db, bool includeRetired, string? like, int skip, int take) =>
            db.Portfolios.AsNoTracking()
                .Where(p => includeRetired || p.RetiredOn == null).Where(p => like == null || EF.Functions.Like(p.Name, like))
                .OrderBy(p => p.Name)
                .Select(p => new PlanPartRow(p.Id, p.Name, p.CabinetMember, p.RetiredOn, db.Kpis.Count(k => k.PortfolioId == p.Id || k.SecondaryPortfolioId == p.Id)))
                .Skip(skip).Take(take));

    private static readonly Func<AppDbContext, bool, string?, CancellationToken, Task<int>> _serviceAreaCount =
        EF.CompileAsyncQuery((AppDbContext db, bool includeRetired, string? like, CancellationToken _) =>
            db.ServiceAreas.Where(a => includeRetired || a.RetiredOn == null).Where(a => like == null || EF.Functions.Like(a.Name, like)).Count());

    private static readonly Func<AppDbContext, bool, string?, int, int, IAsyncEnumerable<PlanPartRow>> _serviceAreaPage =
        EF.CompileAsyncQuery((AppDbContext db, bool includeRetired, string? like, int skip, int take) =>
            db.ServiceAreas.AsNoTracking()
                .Where(a => includeRetired || a.RetiredOn == null).Where(a => like == null || EF.Functions.Like(a.Name, like))
                .OrderBy(a => a.Name)
                .Select(a => new PlanPartRow(a.Id, a.Name, a.Directorate, a.RetiredOn, db.Kpis.Count(k => k.ServiceAreaId == a.Id)))
                .Skip(skip).Take(take));

    private static readonly Func<AppDbContext, bool, string?, CancellationToken, Task<int>> _boardCount =
        EF.CompileAsyncQuery((AppDbContext db, bool includeRetired, string? like, CancellationToken _) =>
            db.ScrutinyBoards.Where(b => includeRetired || b.RetiredOn == null).Where(b => like == null || EF.Functions.Like(b.Name, like)).Count());

    private static readonly Func<AppDbContext, bool, string?, int, int, IAsyncEnumerable<PlanPartRow>> _boardPage =
        EF.CompileAsyncQuery((AppDbContext db, bool includeRetired, string? like, int skip, int take) =>
            db.ScrutinyBoards.AsNoTracking()
                .Where(b => includeRetired || b.RetiredOn == null).Where(b => like == null || EF.Functions.Like(b.Name, like))
                .OrderBy(b => b.Number).ThenBy(b => b.Name)
                .Select(b => new PlanPartRow(b.Id, b.Number == null ? b.Name : b.Name + " (" + b.Number + ")", b.Remit, b.RetiredOn, db.Kpis.Count(k => k.ScrutinyBoardId == b.Id)))
                .Skip(skip).Take(take));

    private static readonly Func<AppDbContext, bool, string?, CancellationToken, Task<int>> _strategyCount =
        EF.CompileAsyncQuery((AppDbContext db, bool includeRetired, string? like, CancellationToken _) =>
            db.Strategies.Where(s => includeRetired || s.RetiredOn == null).Where(s => like == null || EF.Functions.Like(s.Name, like)).Count());

    private static readonly Func<AppDbContext, bool, string?, int, int, IAsyncEnumerable<PlanPartRow>> _strategyPage =
        EF.CompileAsyncQuery((AppDbContext db, bool includeRetired, string? like, int skip, int take) =>
            db.Strategies.AsNoTracking()
                .Where(s => includeRetired || s.RetiredOn == null).Where(s => like == null || EF.Functions.Like(s.Name, like))
                .OrderBy(s => s.Name)
                .Select(s => new PlanPartRow(s.Id, s.Name, s.Description, s.RetiredOn, s.Kpis.Count))
                .Skip(skip).Take(take));

    public async Task<PlanPartEditor?> GetAsync(PlanPart part, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        switch (part)
        {
            case PlanPart.Priority:
                return await db.Priorities.AsNoTracking().Where(p => p.Id == id)
                    .Select(p => new PlanPartEditor(p.Id, part, p.Version, new PlanPartInput { Name = p.Name, Note = p.Description, SortOrder = p.SortOrder }, p.RetiredOn, Array.Empty<HolderRow>(), Array.Empty<MemberRow>(), null))
                    .FirstOrDefaultAsync(cancellationToken);
            case PlanPart.Portfolio:
                var portfolio = await db.Portfolios.AsNoTracking().Include(p => p.Holders).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
                return portfolio is null ? null : new PlanPartEditor(portfolio.Id, part, portfolio.Version, new PlanPartInput { Name = portfolio.Name }, portfolio.RetiredOn,
                    portfolio.Holders.OrderByDescending(h => h.HeldFrom).Select(h => new HolderRow(h.Id, h.Name, h.HeldFrom, h.HeldUntil, h.Version)).ToList(), [], portfolio.CabinetMember);
            case PlanPart.ServiceArea:
                return await db.ServiceAreas.AsNoTracking().Where(a => a.Id == id)
                    .Select(a => new PlanPartEditor(a.Id, part, a.Version, new PlanPartInput { Name = a.Name, Note = a.Directorate }, a.RetiredOn, Array.Empty<HolderRow>(), Array.Empty<MemberRow>(), null))
                    .FirstOrDefaultAsync(cancellationToken);
            case PlanPart.ScrutinyBoard:
                var board = await db.ScrutinyBoards.AsNoTracking().Include(b => b.Members).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
                return board is null ? null : new PlanPartEditor(board.Id, part, board.Version,
                    new PlanPartInput { Name = board.Name, Note = board.Remit, Number = board.Number, ShortName = board.ShortName }, board.RetiredOn, [],
                    board.Members.OrderBy(m => m.LeftOn != null).ThenBy(m => m.Role).ThenBy(m => m.Name).Select(m => new MemberRow(m.Id, m.Name, m.Role, m.LeftOn, m.Version)).ToList(), null);
            default:
                return await db.Strategies.AsNoTracking().Where(s => s.Id == id)
                    .Select(s => new PlanPartEditor(s.Id, part, s.Version, new PlanPartInput { Name = s.Name, Note = s.Description }, s.RetiredOn, Array.Empty<HolderRow>(), Array.Empty<MemberRow>(), null))
                    .FirstOrDefaultAsync(cancellationToken);
        }
    }

    public static List<FieldError> Validate(PlanPart part, PlanPartInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        PlanRules.CheckRequiredText(errors, Fields.Name, "A name", input.Name, NameMaxLength);
        var noteWhat = part switch { PlanPart.ServiceArea => "The directorate", PlanPart.ScrutinyBoard => "The remit", _ => "The description" };
        var noteMax = part switch { PlanPart.ServiceArea => 200, PlanPart.ScrutinyBoard => 4000, _ => 2000 };
        if (part == PlanPart.ScrutinyBoard)
        {
            PlanRules.CheckRequiredText(errors, Fields.Note, noteWhat, input.Note, noteMax);
            PlanRules.CheckText(errors, Fields.ShortName, "The short name", input.ShortName, 40);
            if (input.Number is < 1 or > 99)
            {
                errors.Add(new(Fields.Number, "The board's number must be from 1 to 99, or empty for the co-ordinating committee"));
            }
        }
        else if (part != PlanPart.Portfolio)
        {
            PlanRules.CheckText(errors, Fields.Note, noteWhat, input.Note, noteMax);
        }

        if (part == PlanPart.Priority && input.SortOrder is < 1 or > 999)
        {
            errors.Add(new(Fields.SortOrder, "The order must be from 1 to 999"));
        }

        return errors;
    }

    /// <summary>Adds (<paramref name="id"/> null) or edits a part; <paramref name="version"/> is the token loaded with it.</summary>
    public async Task<AdminOutcome> SaveAsync(Actor actor, PlanPart part, int? id, PlanPartInput input, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!PlanRules.MayWrite(actor))
        {
            return AdminOutcome.Refused(PlanRules.WriteRefusal);
        }

        var errors = Validate(part, input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var name = input.Name?.Trim() ?? "";
        if (errors.Count == 0 && await NameTakenAsync(db, part, name, id, cancellationToken))
        {
            errors.Add(new(Fields.Name, $"There is already a {Noun(part)} called {name}"));
        }

        if (errors.Count > 0)
        {
            return AdminOutcome.Invalid(errors);
        }

        Entity entity;
        if (id is null)
        {
            entity = part switch
            {
                PlanPart.Priority => db.Priorities.Add(new Priority
                {
                    Name = name,
                    CouncilPlanId = await db.CouncilPlans.Select(p => p.Id).FirstAsync(cancellationToken),
                    SortOrder = input.SortOrder ?? (await db.Priorities.MaxAsync(p => (int?)p.SortOrder, cancellationToken) ?? 0) + 1,
                }).Entity,
                PlanPart.Portfolio => db.Portfolios.Add(new Portfolio { Name = name }).Entity,
                PlanPart.ServiceArea => db.ServiceAreas.Add(new ServiceArea { Name = name }).Entity,
                PlanPart.ScrutinyBoard => db.ScrutinyBoards.Add(new ScrutinyBoard { Name = name }).Entity,
                _ => db.Strategies.Add(new CouncilStrategy { Name = name }).Entity,
            };
        }
        else
        {
            var found = await FindAsync(db, part, id.Value, cancellationToken);
            if (found is null)
            {
                return AdminOutcome.NotFound($"There is no such {Noun(part)}.");
            }

            if (version is not { } loaded || found.Version != loaded)
            {
                return AdminOutcome.Conflict(Noun(part));
            }

            db.Entry(found).Property(e => e.Version).OriginalValue = loaded;
            entity = found;
        }

        var note = PlanRules.Clean(input.Note);
        switch (entity)
        {
            case Priority p:
                p.Name = name;
                p.Description = note;
                p.SortOrder = input.SortOrder ?? p.SortOrder;
                break;
            case Portfolio p:
                p.Name = name;
                break;
            case ServiceArea a:
                a.Name = name;
                a.Directorate = note;
                break;
            case ScrutinyBoard b:
                b.Name = name;
                b.Remit = note;
                b.Number = input.Number;
                b.ShortName = PlanRules.Clean(input.ShortName);
                b.IsCoordinatingCommittee = input.Number is null;
                break;
            case CouncilStrategy s:
                s.Name = name;
                s.Description = note;
                break;
        }

        return await SaveAsync(db, part, () => entity.Id, cancellationToken);
    }

    /// <summary>Retires (or, with <paramref name="retire"/> false, reinstates) a part: it stays on every KPI and report that used it.</summary>
    public async Task<AdminOutcome> SetRetiredAsync(Actor actor, PlanPart part, int id, bool retire, Guid version, CancellationToken cancellationToken = default)
    {
        if (!PlanRules.MayWrite(actor))
        {
            return AdminOutcome.Refused(PlanRules.WriteRefusal);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await FindAsync(db, part, id, cancellationToken);
        if (found is null)
        {
            return AdminOutcome.NotFound($"There is no such {Noun(part)}.");
        }

        if (found.Version != version)
        {
            return AdminOutcome.Conflict(Noun(part));
        }

        db.Entry(found).Property(e => e.Version).OriginalValue = version;
        ((IRetirable)found).RetiredOn = retire ? Today() : null;
        return await SaveAsync(db, part, () => id, cancellationToken);
    }

    /// <summary>
    /// Deletes a part that nothing uses. Anything that refers to it (KPIs, recommendations, deep
    /// dives, users, decisions, and whatever the model adds later) blocks the delete, and the
    /// refusal names what and how many, so a KPI's history is never taken with it.
    /// </summary>
    public async Task<AdminOutcome> DeleteAsync(Actor actor, PlanPart part, int id, Guid version, CancellationToken cancellationToken = default)
    {
        if (!PlanRules.MayWrite(actor))
        {
            return AdminOutcome.Refused(PlanRules.WriteRefusal);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await FindAsync(db, part, id, cancellationToken);
        if (found is null)
        {
            return AdminOutcome.NotFound($"There is no such {Noun(part)}.");
        }

        if (found.Version != version)
        {
            return AdminOutcome.Conflict(Noun(part));
        }

        var uses = await PlanPartUsage.CountAsync(db, found.GetType(), id, cancellationToken);
        if (uses.Count > 0)
        {
            return AdminOutcome.Refused($"This {Noun(part)} cannot be deleted: it is still used by {PlanPartUsage.Describe(uses)}. Retire it instead; it then stays on everything that used it.");
        }

        db.Entry(found).Property(e => e.Version).OriginalValue = version;
        db.Remove(found);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return AdminOutcome.Saved(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AdminOutcome.Conflict(Noun(part));
        }
        catch (DbUpdateException)
        {
            // Something began to use it between the check and the delete; the database's restrict rule refused.
            return AdminOutcome.Refused($"This {Noun(part)} cannot be deleted: something started using it just now. Retire it instead.");
        }
    }

    /// <summary>
    /// Records a new Cabinet Member for a portfolio from <paramref name="heldFrom"/>. The current
    /// member's term ends the day before, and the portfolio shows the new name from then on; past
    /// reports keep the member of their time.
    /// </summary>
    public async Task<AdminOutcome> RecordHolderAsync(Actor actor, int portfolioId, string? name, DateOnly? heldFrom, Guid portfolioVersion, CancellationToken cancellationToken = default)
    {
        if (!PlanRules.MayWrite(actor))
        {
            return AdminOutcome.Refused(PlanRules.WriteRefusal);
        }

        var errors = new List<FieldError>();
        PlanRules.CheckRequiredText(errors, Fields.HolderName, "The Cabinet Member's name", name, NameMaxLength);
        if (heldFrom is null)
        {
            errors.Add(new(Fields.HeldFrom, "Enter the date the member took the portfolio"));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var portfolio = await db.Portfolios.Include(p => p.Holders).FirstOrDefaultAsync(p => p.Id == portfolioId, cancellationToken);
        if (portfolio is null)
        {
            return AdminOutcome.NotFound("There is no such portfolio.");
        }

        if (portfolio.Version != portfolioVersion)
        {
            return AdminOutcome.Conflict("portfolio");
        }

        var latest = portfolio.Holders.MaxBy(h => h.HeldFrom);
        if (heldFrom is { } from && latest is not null && from <= latest.HeldFrom)
        {
            errors.Add(new(Fields.HeldFrom, $"{latest.Name} held the portfolio from {latest.HeldFrom:d MMMM yyyy}; a new member's term must start later"));
        }

        if (errors.Count > 0)
        {
            return AdminOutcome.Invalid(errors);
        }

        var start = heldFrom!.Value;
        if (latest is null && PlanRules.Clean(portfolio.CabinetMember) is { } earlier)
        {
            // The name the plan had before terms were kept: its start is not known, its end is now.
            portfolio.Holders.Add(new PortfolioHolder { Name = earlier, HeldFrom = DateOnly.MinValue, HeldUntil = start.AddDays(-1) });
        }
        else if (latest is not null && (latest.HeldUntil is null || latest.HeldUntil >= start))
        {
            latest.HeldUntil = start.AddDays(-1);
        }

        portfolio.Holders.Add(new PortfolioHolder { Name = name!.Trim(), HeldFrom = start });
        db.Entry(portfolio).Property(p => p.Version).OriginalValue = portfolioVersion;
        if (start <= Today())
        {
            portfolio.CabinetMember = name.Trim();
        }

        portfolio.Version = Guid.NewGuid(); // a holder change is a change to the portfolio: a second editor's stale form is refused
        return await SaveAsync(db, PlanPart.Portfolio, () => portfolioId, cancellationToken);
    }

    public async Task<AdminOutcome> AddMemberAsync(Actor actor, int boardId, string? name, BoardMemberRole role, CancellationToken cancellationToken = default)
    {
        if (!PlanRules.MayWrite(actor))
        {
            return AdminOutcome.Refused(PlanRules.WriteRefusal);
        }

        var errors = new List<FieldError>();
        PlanRules.CheckRequiredText(errors, Fields.MemberName, "The councillor's name", name, NameMaxLength);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.ScrutinyBoards.AnyAsync(b => b.Id == boardId, cancellationToken))
        {
            return AdminOutcome.NotFound("There is no such scrutiny board.");
        }

        var trimmed = name?.Trim();
        if (errors.Count == 0 && await db.ScrutinyBoardMembers.AnyAsync(m => m.ScrutinyBoardId == boardId && m.Name == trimmed && m.LeftOn == null, cancellationToken))
        {
            errors.Add(new(Fields.MemberName, $"{trimmed} already sits on this board"));
        }

        if (role == BoardMemberRole.Chair && await db.ScrutinyBoardMembers.AnyAsync(m => m.ScrutinyBoardId == boardId && m.Role == BoardMemberRole.Chair && m.LeftOn == null, cancellationToken))
        {
            errors.Add(new("Role", "The board already has a chair: record that the current chair left first"));
        }

        if (errors.Count > 0)
        {
            return AdminOutcome.Invalid(errors);
        }

        var member = new ScrutinyBoardMember { ScrutinyBoardId = boardId, Name = trimmed!, Role = role };
        db.ScrutinyBoardMembers.Add(member);
        return await SaveAsync(db, PlanPart.ScrutinyBoard, () => member.Id, cancellationToken);
    }

    /// <summary>Records that a councillor left a board. The row stays, so the board's past membership is kept.</summary>
    public async Task<AdminOutcome> EndMembershipAsync(Actor actor, int memberId, DateOnly? leftOn, Guid version, CancellationToken cancellationToken = default)
    {
        if (!PlanRules.MayWrite(actor))
        {
            return AdminOutcome.Refused(PlanRules.WriteRefusal);
        }

        if (leftOn is null)
        {
            return AdminOutcome.Invalid([new(Fields.LeftOn, "Enter the date the councillor left the board")]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var member = await db.ScrutinyBoardMembers.FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return AdminOutcome.NotFound("There is no such board member.");
        }

        if (member.Version != version)
        {
            return AdminOutcome.Conflict("board member");
        }

        db.Entry(member).Property(m => m.Version).OriginalValue = version;
        member.LeftOn = leftOn;
        return await SaveAsync(db, PlanPart.ScrutinyBoard, () => memberId, cancellationToken);
    }

    public static string Noun(PlanPart part) => part switch
    {
        PlanPart.Priority => "priority",
        PlanPart.Portfolio => "portfolio",
        PlanPart.ServiceArea => "service area",
        PlanPart.ScrutinyBoard => "scrutiny board",
        _ => "strategy",
    };

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static async Task<Entity?> FindAsync(AppDbContext db, PlanPart part, int id, CancellationToken ct) => part switch
    {
        PlanPart.Priority => await db.Priorities.FirstOrDefaultAsync(p => p.Id == id, ct),
        PlanPart.Portfolio => await db.Portfolios.FirstOrDefaultAsync(p => p.Id == id, ct),
        PlanPart.ServiceArea => await db.ServiceAreas.FirstOrDefaultAsync(a => a.Id == id, ct),
        PlanPart.ScrutinyBoard => await db.ScrutinyBoards.FirstOrDefaultAsync(b => b.Id == id, ct),
        _ => await db.Strategies.FirstOrDefaultAsync(s => s.Id == id, ct),
    };

    private static Task<bool> NameTakenAsync(AppDbContext db, PlanPart part, string name, int? id, CancellationToken ct) => part switch
    {
        PlanPart.Priority => db.Priorities.AnyAsync(p => p.Name == name && p.Id != id, ct),
        PlanPart.Portfolio => db.Portfolios.AnyAsync(p => p.Name == name && p.Id != id, ct),
        PlanPart.ServiceArea => db.ServiceAreas.AnyAsync(a => a.Name == name && a.Id != id, ct),
        PlanPart.ScrutinyBoard => db.ScrutinyBoards.AnyAsync(b => b.Name == name && b.Id != id, ct),
        _ => db.Strategies.AnyAsync(s => s.Name == name && s.Id != id, ct),
    };

    private static async Task<AdminOutcome> SaveAsync(AppDbContext db, PlanPart part, Func<int> id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return AdminOutcome.Saved(id());
        }
        catch (DbUpdateConcurrencyException)
        {
            return AdminOutcome.Conflict(Noun(part));
        }
        catch (DbUpdateException)
        {
            return AdminOutcome.Invalid([new(Fields.Name, $"There is already a {Noun(part)} with that name")]);
        }
    }
}
