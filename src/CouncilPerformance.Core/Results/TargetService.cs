using CouncilPerformance.Core.Common;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Results;

/// <summary>A KPI's target for a period as the performance team edits it.</summary>
public sealed record TargetRow(int KpiId, string Code, string Name, KpiUnit Unit, string? UnitLabel, Polarity Polarity,
    int? TargetId, decimal? Value, decimal AmberTolerance, Guid? Version, decimal? PreviousValue, decimal PreviousTolerance);

/// <summary>Sets targets and amber tolerances, and rolls a year's targets forward to the next.</summary>
public sealed class TargetService(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Every reported KPI with its target for the period and the previous period's.</summary>
    public async Task<IReadOnlyList<TargetRow>> ListAsync(int periodId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var period = await db.ReportingPeriods.AsNoTracking().FirstAsync(p => p.Id == periodId, cancellationToken);
        var previousId = await db.ReportingPeriods.Where(p => p.StartYear == period.StartYear - 1).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.ReportingPeriodId == periodId || t.ReportingPeriodId == previousId)
            .ToListAsync(cancellationToken);
        var kpis = await db.Kpis.AsNoTracking()
            .Where(k => k.Status == KpiStatus.Active || k.Status == KpiStatus.UnderReview)
            .OrderBy(k => k.Name)
            .Select(k => new { k.Id, k.Code, k.Name, k.Unit, k.UnitLabel, k.Polarity })
            .ToListAsync(cancellationToken);
        var current = targets.Where(t => t.ReportingPeriodId == periodId).ToDictionary(t => t.KpiId);
        var previous = targets.Where(t => t.ReportingPeriodId == previousId).ToDictionary(t => t.KpiId);
        return kpis.Select(k =>
        {
            var now = current.GetValueOrDefault(k.Id);
            var before = previous.GetValueOrDefault(k.Id);
            return new TargetRow(k.Id, k.Code, k.Name, k.Unit, k.UnitLabel, k.Polarity, now?.Id, now?.Value, now?.AmberTolerance ?? 0, now?.Version,
                before?.Value, before?.AmberTolerance ?? 0);
        }).ToList();
    }

    /// <summary>Sets one KPI's target; <paramref name="version"/> is null when the target is new.</summary>
    public async Task<EntryOutcome> SetAsync(Actor actor, int kpiId, int periodId, decimal? value, decimal amberTolerance, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            return EntryOutcome.Refused("Only the performance team can set targets.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpi = await db.Kpis.AsNoTracking().FirstOrDefaultAsync(k => k.Id == kpiId, cancellationToken);
        if (kpi is null || !await db.ReportingPeriods.AnyAsync(p => p.Id == periodId, cancellationToken))
        {
            return EntryOutcome.NotFound("There is no such KPI or reporting period.");
        }

        var errors = new List<FieldError>();
        if (amberTolerance < 0)
        {
            errors.Add(new("AmberTolerance", "The amber tolerance must be 0 or more"));
        }

        if (value is { } v && kpi.Unit == KpiUnit.Percentage && v is < 0 or > 100)
        {
            errors.Add(new("Value", "The target must be a percentage from 0 to 100"));
        }
        else if (value is < 0 && kpi.Unit != KpiUnit.Money)
        {
            errors.Add(new("Value", "The target must be 0 or more"));
        }

        if (errors.Count > 0)
        {
            return EntryOutcome.Invalid(errors);
        }

        var target = await db.Targets.FirstOrDefaultAsync(t => t.KpiId == kpiId && t.ReportingPeriodId == periodId, cancellationToken);
        if (target is null)
        {
            if (version is not null)
            {
                return EntryOutcome.Refused("Someone else removed this target while you were editing it. Reload the page.");
            }

            target = new Target { KpiId = kpiId, ReportingPeriodId = periodId };
            db.Targets.Add(target);
        }
        else
        {
            if (version is not { } loaded)
            {
                return EntryOutcome.Refused("Someone else set this target while you were editing it. Reload the page to see it.");
            }

            db.Entry(target).Property(t => t.Version).OriginalValue = loaded;
        }

        target.Value = value;
        target.AmberTolerance = amberTolerance;
        target.IsIllustrative = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return EntryOutcome.Saved();
        }
        catch (Exception ex) when (StorageFault.Describe(ex) is { } fault)
        {
            return EntryOutcome.Failed(fault);
        }
        catch (DbUpdateException)
        {
            return EntryOutcome.Refused("Someone else changed this target while you were editing it. Reload the page to see it.");
        }
    }

    /// <summary>Copies the previous period's targets to KPIs that have none yet for this period. Returns how many were copied.</summary>
    public async Task<int> RollForwardAsync(Actor actor, int periodId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            throw new UnauthorizedAccessException("Only the performance team can set targets.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var period = await db.ReportingPeriods.AsNoTracking().FirstAsync(p => p.Id == periodId, cancellationToken);
        var previous = await db.Targets.AsNoTracking()
            .Where(t => t.ReportingPeriod!.StartYear == period.StartYear - 1)
            .Where(t => !db.Targets.Any(x => x.KpiId == t.KpiId && x.ReportingPeriodId == periodId))
            .Where(t => t.Kpi!.Status == KpiStatus.Active || t.Kpi!.Status == KpiStatus.UnderReview)
            .ToListAsync(cancellationToken);
        foreach (var t in previous)
        {
            db.Targets.Add(new Target
            {
                KpiId = t.KpiId,
                ReportingPeriodId = periodId,
                Value = t.Value,
                AmberTolerance = t.AmberTolerance,
                IsIllustrative = t.IsIllustrative,
                Note = $"Rolled forward from {ReportingPeriod.FinancialYearLabel(period.StartYear - 1)}",
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return previous.Count;
    }
}
