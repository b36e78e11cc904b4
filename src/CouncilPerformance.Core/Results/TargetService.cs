using CouncilPerformance.Core.Common;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Results;

/// <summary>A KPI's target for a period as the performance team edits it.</summary>
public sealed record TargetRow(int KpiId, string Code, string Name, KpiUnit Unit, string? UnitLabel, Polarity Polarity,
    int? TargetId, decimal? Value, decimal AmberTolerance, Guid? Version, decimal? PreviousValue, decimal PreviousTolerance)
{
    /// <summary>This period's target as set; null when no target row exists yet.</summary>
    public TargetTerms? Terms { get; init; }

    /// <summary>The previous period's target as set; null when it had none.</summary>
    public TargetTerms? PreviousTerms { get; init; }

    /// <summary>The KPI's <see cref="Kpi.SimilarBand"/>, edited on this page with the target.</summary>
    public decimal? SimilarBand { get; init; }

    /// <summary>The KPI's version, for the similar band's concurrency check.</summary>
    public Guid KpiVersion { get; init; }
}

/// <summary>A target of any kind as entered on the targets page, with the KPI's similar band.</summary>
public sealed record TargetInput(
    TargetKind Kind,
    decimal? Value = null,
    decimal? UpperValue = null,
    TargetComparators? Comparators = null,
    bool EqualCounts = false,
    decimal AmberTolerance = 0)
{
    /// <summary>The KPI's similar band to save with the target; only written when it differs from the stored one.</summary>
    public decimal? SimilarBand { get; init; }

    /// <summary>The KPI's version as loaded; needed only when the similar band changes.</summary>
    public Guid? KpiVersion { get; init; }

    /// <summary>True when <see cref="SimilarBand"/> should be compared with the KPI's and saved if different.</summary>
    public bool SetsSimilarBand { get; init; }
}

/// <summary>Field names of <see cref="TargetInput"/>, as the errors name them.</summary>
public static class TargetFields
{
    public const string Kind = "Kind";
    public const string Value = "Value";
    public const string UpperValue = "UpperValue";
    public const string Comparators = "Comparators";
    public const string AmberTolerance = "AmberTolerance";
    public const string SimilarBand = "SimilarBand";
}

/// <summary>Sets targets of every kind and amber tolerances, and rolls a year's targets forward to the next.</summary>
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
            .Select(k => new { k.Id, k.Code, k.Name, k.Unit, k.UnitLabel, k.Polarity, k.SimilarBand, k.Version })
            .ToListAsync(cancellationToken);
        var current = targets.Where(t => t.ReportingPeriodId == periodId).ToDictionary(t => t.KpiId);
        var previous = targets.Where(t => t.ReportingPeriodId == previousId).ToDictionary(t => t.KpiId);
        return kpis.Select(k =>
        {
            var now = current.GetValueOrDefault(k.Id);
            var before = previous.GetValueOrDefault(k.Id);
            return new TargetRow(k.Id, k.Code, k.Name, k.Unit, k.UnitLabel, k.Polarity, now?.Id, now?.Value, now?.AmberTolerance ?? 0, now?.Version,
                before?.Value, before?.AmberTolerance ?? 0)
            {
                Terms = now?.Terms,
                PreviousTerms = before?.Terms,
                SimilarBand = k.SimilarBand,
                KpiVersion = k.Version,
            };
        }).ToList();
    }

    /// <summary>Sets one KPI's target as a number (null: no target set); <paramref name="version"/> is null when the target is new.</summary>
    public Task<EntryOutcome> SetAsync(Actor actor, int kpiId, int periodId, decimal? value, decimal amberTolerance, Guid? version, CancellationToken cancellationToken = default) =>
        SetAsync(actor, kpiId, periodId, value is null ? new TargetInput(TargetKind.None, AmberTolerance: amberTolerance) : new TargetInput(TargetKind.Value, value, AmberTolerance: amberTolerance), version, cancellationToken);

    /// <summary>
    /// Sets one KPI's target of any kind, and the KPI's similar band when the input carries a changed one,
    /// in one save (both or neither). <paramref name="version"/> is null when the target is new.
    /// </summary>
    public async Task<EntryOutcome> SetAsync(Actor actor, int kpiId, int periodId, TargetInput input, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        if (!actor.IsAdministrator)
        {
            return EntryOutcome.Refused("Only the performance team can set targets.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpi = await db.Kpis.FirstOrDefaultAsync(k => k.Id == kpiId, cancellationToken);
        if (kpi is null || !await db.ReportingPeriods.AnyAsync(p => p.Id == periodId, cancellationToken))
        {
            return EntryOutcome.NotFound("There is no such KPI or reporting period.");
        }

        var errors = TargetInputValidator.Validate(input, kpi.Unit);
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

        if (input.SetsSimilarBand && input.SimilarBand != kpi.SimilarBand)
        {
            if (input.KpiVersion is not { } kpiVersion)
            {
                return EntryOutcome.Refused("The KPI's version is missing. Reload the page.");
            }

            db.Entry(kpi).Property(k => k.Version).OriginalValue = kpiVersion;
            kpi.SimilarBand = input.SimilarBand;
        }

        // Each kind keeps only its own fields, so a stale number can never rate a direction or comparator target.
        target.Kind = input.Kind;
        target.Value = input.Kind is TargetKind.Value or TargetKind.Range ? input.Value : null;
        target.UpperValue = input.Kind == TargetKind.Range ? input.UpperValue : null;
        target.Comparators = input.Kind == TargetKind.Comparator ? input.Comparators : null;
        target.EqualCounts = input.Kind == TargetKind.Comparator && input.EqualCounts;
        target.AmberTolerance = input.Kind == TargetKind.None ? 0 : input.AmberTolerance;
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
            return EntryOutcome.Refused("Someone else changed this target or the KPI's similar band while you were editing it. Reload the page to see it.");
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
                Kind = t.Kind,
                Value = t.Value,
                UpperValue = t.UpperValue,
                Comparators = t.Comparators,
                EqualCounts = t.EqualCounts,
                AmberTolerance = t.AmberTolerance,
                IsIllustrative = t.IsIllustrative,
                Note = $"Rolled forward from {ReportingPeriod.FinancialYearLabel(period.StartYear - 1)}",
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return previous.Count;
    }
}
