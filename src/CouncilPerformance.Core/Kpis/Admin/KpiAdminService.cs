using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;
using Fields = CouncilPerformance.Core.Kpis.Admin.KpiInputValidator.Fields;

// One file: the five writes of a KPI (create, edit, status, redefine, replace) share the reference
// checks and the concurrency handling, and are easier to review side by side.

namespace CouncilPerformance.Core.Kpis.Admin;

/// <summary>One choice in a form: an id, its words, and whether it is retired (kept only where already chosen).</summary>
public sealed record Choice(int Id, string Name, bool Retired = false);

/// <summary>What the KPI form offers.</summary>
public sealed record KpiFormOptions(
    IReadOnlyList<Choice> Priorities,
    IReadOnlyList<Choice> Portfolios,
    IReadOnlyList<Choice> ServiceAreas,
    IReadOnlyList<Choice> ScrutinyBoards,
    IReadOnlyList<Choice> Strategies,
    IReadOnlyList<Choice> Periods);

/// <summary>A KPI as the form loads it: its input, the token of the version loaded, and what it may do next.</summary>
public sealed record KpiEditor(
    int Id,
    string Code,
    string Name,
    string? Definition,
    KpiStatus Status,
    Guid Version,
    KpiInput Input,
    IReadOnlyList<Choice> ConflictKpis,
    IReadOnlyList<KpiStatus> NextStatuses,
    string? ReplacedByCode);

/// <summary>
/// The performance team's writes to a KPI. Every method checks the role again (a direct call cannot
/// bypass the page), saves all or nothing in one <c>SaveChanges</c>, and refuses a stale edit.
/// </summary>
public sealed class KpiAdminService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<KpiFormOptions> GetFormOptionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var priorities = await db.Priorities.AsNoTracking().OrderBy(p => p.SortOrder).Select(p => new Choice(p.Id, p.Name, p.RetiredOn != null)).ToListAsync(cancellationToken);
        var portfolios = await db.Portfolios.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name, p.RetiredOn != null)).ToListAsync(cancellationToken);
        var areas = await db.ServiceAreas.AsNoTracking().OrderBy(a => a.Name).Select(a => new Choice(a.Id, a.Name, a.RetiredOn != null)).ToListAsync(cancellationToken);
        var boards = (await db.ScrutinyBoards.AsNoTracking().OrderBy(b => b.Number).Select(b => new { b.Id, b.Name, b.Number, b.RetiredOn }).ToListAsync(cancellationToken))
            .Select(b => new Choice(b.Id, ScrutinyBoard.FormatName(b.Name, b.Number), b.RetiredOn != null)).ToList();
        var strategies = await db.Strategies.AsNoTracking().OrderBy(s => s.Name).Select(s => new Choice(s.Id, s.Name, s.RetiredOn != null)).ToListAsync(cancellationToken);
        var periods = await db.ReportingPeriods.AsNoTracking().OrderBy(p => p.StartYear).Select(p => new Choice(p.Id, p.Label, false)).ToListAsync(cancellationToken);
        return new KpiFormOptions(priorities, portfolios, areas, boards, strategies, periods);
    }

    /// <summary>KPIs whose code or name contains <paramref name="term"/>, for the pickers (at most <paramref name="take"/>).</summary>
    public async Task<IReadOnlyList<Choice>> SearchKpisAsync(string? term, int? exceptKpiId = null, int take = 20, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpis = db.Kpis.AsNoTracking().Where(k => k.Id != exceptKpiId);
        if (!string.IsNullOrWhiteSpace(term))
        {
            var like = $"%{term.Trim()}%";
            kpis = kpis.Where(k => EF.Functions.Like(k.Name, like) || EF.Functions.Like(k.Code, like));
        }

        return await kpis.OrderBy(k => k.Name).Take(take)
            .Select(k => new Choice(k.Id, k.Code + " – " + k.Name, k.Status == KpiStatus.Retired))
            .ToListAsync(cancellationToken);
    }

    public async Task<KpiEditor?> GetEditorAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpi = await db.Kpis.AsNoTracking().AsSplitQuery()
            .Include(k => k.Strategies)
            .Include(k => k.ReplacedByKpi)
            .FirstOrDefaultAsync(k => k.Code == code, cancellationToken);
        if (kpi is null)
        {
            return null;
        }

        var conflicts = await db.KpiConflicts.AsNoTracking()
            .Where(c => c.KpiId == kpi.Id || c.ConflictingKpiId == kpi.Id)
            .Select(c => c.KpiId == kpi.Id
                ? new { OtherId = c.ConflictingKpiId, c.ConflictingKpi!.Code, c.ConflictingKpi.Name, c.Note }
                : new { OtherId = c.KpiId, c.Kpi!.Code, c.Kpi.Name, c.Note })
            .ToListAsync(cancellationToken);
        var input = new KpiInput
        {
            Code = kpi.Code,
            Name = kpi.Name,
            Definition = kpi.Definition,
            Unit = kpi.Unit,
            RateBase = kpi.RateBase,
            UnitLabel = kpi.UnitLabel,
            Polarity = kpi.Polarity,
            Designation = kpi.Designation,
            Frequency = kpi.Frequency,
            FrequencyNote = kpi.FrequencyNote,
            ExpectedReleaseMonth = kpi.ExpectedReleaseMonth,
            DataSource = kpi.DataSource,
            PriorityId = kpi.PriorityId,
            PortfolioId = kpi.PortfolioId,
            SecondaryPortfolioId = kpi.SecondaryPortfolioId,
            ServiceAreaId = kpi.ServiceAreaId,
            ScrutinyBoardId = kpi.ScrutinyBoardId,
            StrategyIds = kpi.Strategies.Select(s => s.Id).ToList(),
            Conflicts = conflicts.Select(c => new ConflictInput { KpiId = c.OtherId, Note = c.Note }).ToList(),
        };
        return new KpiEditor(kpi.Id, kpi.Code, kpi.Name, kpi.Definition, kpi.Status, kpi.Version, input,
            conflicts.Select(c => new Choice(c.OtherId, c.Code + " – " + c.Name)).ToList(),
            KpiStatusRules.NextStatuses(kpi.Status), kpi.ReplacedByKpi?.Code);
    }

    /// <summary>Adds a KPI. A new KPI is proposed until the team activates it, unless <paramref name="status"/> says otherwise.</summary>
    public async Task<AdminOutcome> CreateAsync(Actor actor, KpiInput input, KpiStatus status = KpiStatus.Proposed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!PlanRules.MayWrite(actor))
        {
            return AdminOutcome.Refused(PlanRules.WriteRefusal);
        }

        var errors = KpiInputValidator.Validate(input, isNew: true);
        if (status is not (KpiStatus.Proposed or KpiStatus.Active))
        {
            errors.Add(new("Status", "A new KPI starts as proposed or active"));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Codes are stored in capitals, so comparing the capitalised input finds "cs-flytip" too.
        var code = KpiInputValidator.NormaliseCode(input.Code ?? "");
        if (errors.All(e => e.Field != Fields.Code) && await db.Kpis.AnyAsync(k => k.Code == code, cancellationToken))
        {
            errors.Add(new(Fields.Code, $"There is already a KPI with the code {code}; codes are unique and never reused"));
        }

        await CheckReferencesAsync(db, input, null, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return AdminOutcome.Invalid(errors);
        }

        var kpi = new Kpi { Code = code, Name = input.Name!.Trim(), Definition = PlanRules.Clean(input.Definition), Status = status };
        Apply(kpi, input);
        kpi.Strategies = await db.Strategies.Where(s => input.StrategyIds.Contains(s.Id)).ToListAsync(cancellationToken);
        db.Kpis.Add(kpi);
        foreach (var c in input.Conflicts)
        {
            db.KpiConflicts.Add(new KpiConflict { Kpi = kpi, ConflictingKpiId = c.KpiId!.Value, Note = c.Note!.Trim() });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two people adding the same code at once: the unique index decides.
            return AdminOutcome.Invalid([new(Fields.Code, $"There is already a KPI with the code {code}; codes are unique and never reused")]);
        }

        return AdminOutcome.Saved(kpi.Id);
    }

    /// <summary>Edits a KPI's metadata. The code never changes and the definition changes only by <see cref="RedefineAsync"/>.</summary>
    public async Task<AdminOutcome> UpdateAsync(Actor actor, int kpiId, KpiInput input, Guid version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!PlanRules.MayWrite(actor))
        {
            return AdminOutcome.Refused(PlanRules.WriteRefusal);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpi = await db.Kpis.Include(k => k.Strategies).FirstOrDefaultAsync(k => k.Id == kpiId, cancellationToken);
        if (kpi is null)
        {
            return AdminOutcome.NotFound("There is no such KPI.");
        }

        if (kpi.Version != version)
        {
            return AdminOutcome.Conflict("KPI");
        }

        var errors = KpiInputValidator.Validate(input, isNew: false);
        if (input.Conflicts.Any(c => c.KpiId == kpiId))
        {
            errors.Add(new(Fields.Conflicts, "A KPI cannot conflict with itself"));
        }

        await CheckReferencesAsync(db, input, kpi, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return AdminOutcome.Invalid(errors);
        }

        db.Entry(kpi).Property(k => k.Version).OriginalValue = version;
        kpi.Name = input.Name!.Trim();
        Apply(kpi, input);
        var strategies = await db.Strategies.Where(s => input.StrategyIds.Contains(s.Id)).ToListAsync(cancellationToken);
        kpi.Strategies.RemoveAll(s => !input.StrategyIds.Contains(s.Id));
        kpi.Strategies.AddRange(strategies.Where(s => kpi.Strategies.All(x => x.Id != s.Id)));

        // A pair is stored once, whichever KPI it was recorded from; both pages show it.
        var existing = await db.KpiConflicts.Where(c => c.KpiId == kpiId || c.ConflictingKpiId == kpiId).ToListAsync(cancellationToken);
        foreach (var row in existing)
        {
            var other = row.KpiId == kpiId ? row.ConflictingKpiId : row.KpiId;
            var wanted = input.Conflicts.FirstOrDefault(c => c.KpiId == other);
            if (wanted is null)
            {
                db.KpiConflicts.Remove(row);
            }
            else if (row.Note != wanted.Note!.Trim())
            {
                row.Note = wanted.Note.Trim();
            }
        }

        foreach (var c in input.Conflicts.Where(c => existing.All(r => (r.KpiId == kpiId ? r.ConflictingKpiId : r.KpiId) != c.KpiId)))
        {
            db.KpiConflicts.Add(new KpiConflict { KpiId = kpiId, ConflictingKpiId = c.KpiId!.Value, Note = c.Note!.Trim() });
        }

        return await SaveAsync(db, kpi.Id, cancellationToken);
    }

    public async Task<AdminOutcome> ChangeStatusAsync(Actor actor, int kpiId, KpiStatus status, Guid version, CancellationToken cancellationToken = default)
    {
        if (!PlanRules.MayWrite(actor))
        {
            return AdminOutcome.Refused(PlanRules.WriteRefusal);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpi = await db.Kpis.FirstOrDefaultAsync(k => k.Id == kpiId, cancellationToken);
        if (kpi is null)
        {
            return AdminOutcome.NotFound("There is no such KPI.");
        }

        if (kpi.Version != version)
        {
            return AdminOutcome.Conflict("KPI");
        }

        if (!KpiStatusRules.MayMove(kpi.Status, status))
        {
            return AdminOutcome.Invalid([new("Status", kpi.Status == KpiStatus.Retired
                ? "A retired KPI stays retired, so its history stays as it was. Add a new KPI instead."
                : $"A KPI that is {Words(kpi.Status)} cannot become {Words(status)}.")]);
        }

        db.Entry(kpi).Property(k => k.Version).OriginalValue = version;
        kpi.Status = status;
        return await SaveAsync(db, kpi.Id, cancellationToken);
    }

    /// <summary>
    /// Changes the definition from a reporting period on, keeping the old one. Results before and
    /// after are not compared for direction of travel across the change.
    /// </summary>
    public async Task<AdminOutcome> RedefineAsync(Actor actor, int kpiId, RedefinitionInput input, Guid version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        if (!PlanRules.MayWrite(actor))
        {
            return AdminOutcome.Refused(PlanRules.WriteRefusal);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpi = await db.Kpis.Include(k => k.DefinitionChanges).ThenInclude(c => c.EffectiveFromPeriod).FirstOrDefaultAsync(k => k.Id == kpiId, cancellationToken);
        if (kpi is null)
        {
            return AdminOutcome.NotFound("There is no such KPI.");
        }

        if (kpi.Version != version)
        {
            return AdminOutcome.Conflict("KPI");
        }

        if (kpi.Status == KpiStatus.Retired)
        {
            return AdminOutcome.Refused("A retired KPI cannot be redefined: its history stays as it was.");
        }

        var errors = KpiInputValidator.Validate(input, kpi.Definition);
        if (input.EffectiveFromPeriodId is { } periodId)
        {
            var period = await db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId, cancellationToken);
            var latest = kpi.DefinitionChanges.Select(c => c.EffectiveFromPeriod!).MaxBy(p => p.StartYear);
            if (period is null)
            {
                errors.Add(new(Fields.EffectiveFromPeriodId, "Choose a reporting period from the list"));
            }
            else if (latest is not null && period.StartYear <= latest.StartYear)
            {
                errors.Add(new(Fields.EffectiveFromPeriodId, $"The definition already changed from {latest.Label}; a new change must apply from a later period"));
            }
        }

        if (errors.Count > 0)
        {
            return AdminOutcome.Invalid(errors);
        }

        db.Entry(kpi).Property(k => k.Version).OriginalValue = version;
        var newName = PlanRules.Clean(input.NewName);
        kpi.DefinitionChanges.Add(new KpiDefinitionChange
        {
            EffectiveFromPeriodId = input.EffectiveFromPeriodId!.Value,
            Description = input.Reason!.Trim(),
            PreviousDefinition = kpi.Definition,
            NewDefinition = input.NewDefinition!.Trim(),
            PreviousName = newName is not null && newName != kpi.Name ? kpi.Name : null,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
            RecordedByName = actor.Name,
        });
        kpi.Definition = input.NewDefinition.Trim();
        if (newName is not null)
        {
            kpi.Name = newName;
        }

        return await SaveAsync(db, kpi.Id, cancellationToken);
    }

    /// <summary>
    /// Replaces this KPI by another (Appendix 1 a, b, f, i, m): links them both ways and retires
    /// this one. Its results stay, and each KPI's page shows the other's trend.
    /// </summary>
    public async Task<AdminOutcome> ReplaceAsync(Actor actor, int kpiId, ReplacementInput input, Guid version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        if (!PlanRules.MayWrite(actor))
        {
            return AdminOutcome.Refused(PlanRules.WriteRefusal);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpi = await db.Kpis.FirstOrDefaultAsync(k => k.Id == kpiId, cancellationToken);
        if (kpi is null)
        {
            return AdminOutcome.NotFound("There is no such KPI.");
        }

        if (kpi.Version != version)
        {
            return AdminOutcome.Conflict("KPI");
        }

        if (kpi.ReplacedByKpiId is not null)
        {
            return AdminOutcome.Refused("This KPI has already been replaced.");
        }

        var errors = KpiInputValidator.Validate(input);
        if (input.ReplacementKpiId is { } replacementId)
        {
            var replacement = await db.Kpis.AsNoTracking().FirstOrDefaultAsync(k => k.Id == replacementId, cancellationToken);
            if (replacementId == kpiId)
            {
                errors.Add(new(Fields.ReplacementKpiId, "A KPI cannot replace itself"));
            }
            else if (replacement is null)
            {
                errors.Add(new(Fields.ReplacementKpiId, "Choose a KPI from the list"));
            }
            else if (replacement.Status == KpiStatus.Retired)
            {
                errors.Add(new(Fields.ReplacementKpiId, $"{replacement.Code} is retired; choose a KPI that is proposed, active or under review"));
            }
            else if (await ReplacesAsync(db, replacementId, kpiId, cancellationToken))
            {
                errors.Add(new(Fields.ReplacementKpiId, $"{replacement.Code} was itself replaced by this KPI; a KPI cannot replace one that replaced it"));
            }
        }

        if (errors.Count > 0)
        {
            return AdminOutcome.Invalid(errors);
        }

        db.Entry(kpi).Property(k => k.Version).OriginalValue = version;
        kpi.ReplacedByKpiId = input.ReplacementKpiId;
        kpi.ReplacementReason = input.Reason!.Trim();
        kpi.ReplacedAt = clock.GetUtcNow().UtcDateTime;
        kpi.ReplacedByName = actor.Name;
        kpi.Status = KpiStatus.Retired;
        return await SaveAsync(db, kpi.Id, cancellationToken);
    }

    // Whether "candidate" was (directly or down the chain) replaced by "kpi": guards against a loop.
    private static async Task<bool> ReplacesAsync(AppDbContext db, int candidate, int kpi, CancellationToken cancellationToken)
    {
        var chain = await db.Kpis.AsNoTracking().Where(k => k.ReplacedByKpiId != null).Select(k => new { k.Id, k.ReplacedByKpiId }).ToDictionaryAsync(k => k.Id, k => k.ReplacedByKpiId!.Value, cancellationToken);
        var seen = new HashSet<int>();
        var current = candidate;
        while (chain.TryGetValue(current, out var next) && seen.Add(current))
        {
            if (next == kpi)
            {
                return true;
            }

            current = next;
        }

        return false;
    }

    private static void Apply(Kpi kpi, KpiInput input)
    {
        kpi.Unit = input.Unit;
        kpi.RateBase = input.Unit == KpiUnit.Rate ? input.RateBase : null;
        kpi.UnitLabel = PlanRules.Clean(input.UnitLabel);
        kpi.Polarity = input.Polarity;
        kpi.Designation = input.Designation;
        kpi.Frequency = input.Frequency;
        kpi.FrequencyNote = PlanRules.Clean(input.FrequencyNote);
        kpi.ExpectedReleaseMonth = input.ExpectedReleaseMonth;
        kpi.DataSource = PlanRules.Clean(input.DataSource);
        kpi.PriorityId = input.PriorityId!.Value;
        kpi.PortfolioId = input.PortfolioId!.Value;
        kpi.SecondaryPortfolioId = input.SecondaryPortfolioId;
        kpi.ServiceAreaId = input.ServiceAreaId!.Value;
        kpi.ScrutinyBoardId = input.ScrutinyBoardId;
    }

    // A retired part of the plan is refused for a new choice but kept where the KPI already had it.
    private static async Task CheckReferencesAsync(AppDbContext db, KpiInput input, Kpi? current, List<Results.FieldError> errors, CancellationToken ct)
    {
        async Task Check<T>(IQueryable<T> set, int? id, int? currentId, string field, string noun)
            where T : Common.Entity, IRetirable
        {
            if (id is not { } value)
            {
                return;
            }

            var row = await set.AsNoTracking().Where(x => x.Id == value).Select(x => new { x.RetiredOn }).FirstOrDefaultAsync(ct);
            if (row is null)
            {
                errors.Add(new(field, $"Choose a {noun} from the list"));
            }
            else if (row.RetiredOn is not null && value != currentId)
            {
                errors.Add(new(field, $"That {noun} is retired; choose one in use"));
            }
        }

        await Check(db.Priorities, input.PriorityId, current?.PriorityId, Fields.PriorityId, "priority");
        await Check(db.Portfolios, input.PortfolioId, current?.PortfolioId, Fields.PortfolioId, "portfolio");
        await Check(db.Portfolios, input.SecondaryPortfolioId, current?.SecondaryPortfolioId, Fields.SecondaryPortfolioId, "portfolio");
        await Check(db.ServiceAreas, input.ServiceAreaId, current?.ServiceAreaId, Fields.ServiceAreaId, "service area");
        await Check(db.ScrutinyBoards, input.ScrutinyBoardId, current?.ScrutinyBoardId, Fields.ScrutinyBoardId, "scrutiny board");

        var strategies = await db.Strategies.AsNoTracking().Where(s => input.StrategyIds.Contains(s.Id)).Select(s => new { s.Id, s.RetiredOn }).ToListAsync(ct);
        var had = current?.Strategies.Select(s => s.Id).ToHashSet() ?? [];
        if (strategies.Count != input.StrategyIds.Distinct().Count())
        {
            errors.Add(new(Fields.StrategyIds, "Choose strategies from the list"));
        }
        else if (strategies.Any(s => s.RetiredOn is not null && !had.Contains(s.Id)))
        {
            errors.Add(new(Fields.StrategyIds, "A retired strategy cannot be added; choose one in use"));
        }

        var conflictIds = input.Conflicts.Where(c => c.KpiId is not null).Select(c => c.KpiId!.Value).Distinct().ToList();
        if (conflictIds.Count > 0 && await db.Kpis.CountAsync(k => conflictIds.Contains(k.Id), ct) != conflictIds.Count)
        {
            errors.Add(new(Fields.Conflicts, "Choose conflicting KPIs from the list"));
        }
    }

    private static async Task<AdminOutcome> SaveAsync(AppDbContext db, int id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return AdminOutcome.Saved(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AdminOutcome.Conflict("KPI");
        }
    }

    private static string Words(KpiStatus status) => status switch
    {
        KpiStatus.Proposed => "proposed",
        KpiStatus.Active => "active",
        KpiStatus.UnderReview => "under review",
        _ => "retired",
    };
}
