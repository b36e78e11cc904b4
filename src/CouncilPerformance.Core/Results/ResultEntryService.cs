using CouncilPerformance.Core.Common;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Results;

/// <summary>The KPI, its target and the current result that a result form or import row works against.</summary>
public sealed record EntryContext(Kpi Kpi, ReportingPeriod Period, Target? Target, Result? Result, decimal? PreviousValue)
{
    /// <summary>True when the KPI was redefined from this period, so the previous value is not comparable.</summary>
    public bool RedefinedThisPeriod { get; init; }
}

/// <summary>
/// Officers' entry and the performance team's sign-off of results. Every rule is enforced here, not
/// only in the pages: officers write only their own service area's KPIs, only while the period is
/// open; approved results change only by a correction that keeps the old version; stale edits are
/// refused as conflicts.
/// </summary>
public sealed class ResultEntryService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<EntryContext?> GetContextAsync(int kpiId, int periodId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await LoadContextAsync(db, kpiId, periodId, tracking: false, cancellationToken);
    }

    /// <summary>Saves as a draft: what is entered must be valid, but it may be incomplete.</summary>
    public Task<EntryOutcome> SaveDraftAsync(Actor actor, ResultInput input, CancellationToken cancellationToken = default) =>
        WriteAsync(actor, input, ResultState.Draft, cancellationToken);

    /// <summary>Saves and submits for sign-off: the result must be complete.</summary>
    public Task<EntryOutcome> SubmitAsync(Actor actor, ResultInput input, CancellationToken cancellationToken = default) =>
        WriteAsync(actor, input, ResultState.Submitted, cancellationToken);

    /// <summary>
    /// Corrects an approved result (performance team only, in any period state). The old figures are
    /// kept as a <see cref="ResultVersion"/> with who, when and why.
    /// </summary>
    public async Task<EntryOutcome> CorrectAsync(Actor actor, ResultInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        if (!actor.IsAdministrator)
        {
            return EntryOutcome.Refused("Only the performance team can correct an approved result.");
        }

        if (string.IsNullOrWhiteSpace(input.CorrectionReason))
        {
            return EntryOutcome.Invalid([new(ResultInputValidator.Fields.CorrectionReason, "Say why the result is being corrected")]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var context = await LoadContextAsync(db, input.KpiId, input.ReportingPeriodId, tracking: true, cancellationToken);
        if (context?.Result is not { State: ResultState.Approved } result)
        {
            return EntryOutcome.NotFound("There is no approved result to correct.");
        }

        if (input.Version is null)
        {
            return EntryOutcome.Conflict(result);
        }

        var errors = ResultInputValidator.Validate(input, context.Kpi, context.Target, complete: true, context.PreviousValue, context.RedefinedThisPeriod);
        if (errors.Count > 0)
        {
            return EntryOutcome.Invalid(errors);
        }

        var versions = await db.ResultVersions.Where(v => v.ResultId == result.Id).Select(v => (int?)v.VersionNumber).MaxAsync(cancellationToken) ?? 0;
        db.ResultVersions.Add(new ResultVersion
        {
            ResultId = result.Id,
            VersionNumber = versions + 1,
            Value = result.Value,
            Numerator = result.Numerator,
            Denominator = result.Denominator,
            DataStatus = result.DataStatus,
            NotAvailableReason = result.NotAvailableReason,
            ExpectedAvailableOn = result.ExpectedAvailableOn,
            PeriodNote = result.PeriodNote,
            State = result.State,
            Commentary = result.Commentary,
            DetailsJson = System.Text.Json.JsonSerializer.Serialize(new
            {
                comparators = result.Comparators.ToDictionary(c => c.Comparator.ToString(), c => c.Value),
                breakdowns = result.Breakdowns.ToDictionary(b => b.CategoryId.ToString(System.Globalization.CultureInfo.InvariantCulture), b => b.Value),
            }),
            ChangedById = actor.UserId,
            ChangedByName = actor.Name,
            ChangedAt = clock.GetUtcNow().UtcDateTime,
            Reason = input.CorrectionReason.Trim(),
        });
        ResultWriter.Apply(db, result, input, context.Kpi);

        // A corrected figure is the council's own, not the demo's.
        result.IsIllustrative = false;
        result.SourceNote = null;
        return await SaveAsync(db, result, input.Version, cancellationToken);
    }

    public async Task<EntryOutcome> ApproveAsync(Actor actor, int resultId, Guid version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            return EntryOutcome.Refused("Only the performance team can approve results.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var result = await db.Results.FirstOrDefaultAsync(r => r.Id == resultId, cancellationToken);
        if (result is null)
        {
            return EntryOutcome.NotFound("The result no longer exists.");
        }

        if (result.State != ResultState.Submitted)
        {
            return EntryOutcome.Refused("Only a submitted result can be approved.");
        }

        result.State = ResultState.Approved;
        result.ApprovedById = actor.UserId;
        result.ApprovedByName = actor.Name;
        result.ApprovedAt = clock.GetUtcNow().UtcDateTime;
        result.ReturnComment = null;

        return await SaveAsync(db, result, version, cancellationToken);
    }

    public async Task<EntryOutcome> ReturnAsync(Actor actor, int resultId, Guid version, string comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            return EntryOutcome.Refused("Only the performance team can return results.");
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return EntryOutcome.Invalid([new("ReturnComment", "Say what the officer needs to change")]);
        }

        if (ResultInputValidator.CheckPlainText("ReturnComment", "The comment", comment, ResultInputValidator.MaxShortTextLength * 2) is { } error)
        {
            return EntryOutcome.Invalid([error]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var result = await db.Results.FirstOrDefaultAsync(r => r.Id == resultId, cancellationToken);
        if (result is null)
        {
            return EntryOutcome.NotFound("The result no longer exists.");
        }

        if (result.State != ResultState.Submitted)
        {
            return EntryOutcome.Refused("Only a submitted result can be returned.");
        }

        result.State = ResultState.Returned;
        result.ReturnComment = comment.Trim();
        return await SaveAsync(db, result, version, cancellationToken);
    }

    private async Task<EntryOutcome> WriteAsync(Actor actor, ResultInput input, ResultState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var context = await LoadContextAsync(db, input.KpiId, input.ReportingPeriodId, tracking: true, cancellationToken);
        if (context is null)
        {
            return EntryOutcome.NotFound("There is no such KPI or reporting period.");
        }

        if (Refusal(actor, context) is { } refusal)
        {
            return EntryOutcome.Refused(refusal);
        }

        var errors = ResultInputValidator.Validate(input, context.Kpi, context.Target, complete: state == ResultState.Submitted, context.PreviousValue, context.RedefinedThisPeriod);
        if (errors.Count > 0)
        {
            return EntryOutcome.Invalid(errors);
        }

        var result = context.Result;
        if (result is null)
        {
            if (input.Version is not null)
            {
                // The editor saw a result that someone has since removed.
                return EntryOutcome.Conflict(null);
            }

            result = new Result { KpiId = context.Kpi.Id, ReportingPeriodId = context.Period.Id };
            db.Results.Add(result);
        }
        else if (input.Version is null)
        {
            // Someone created this result after the editor opened the empty form.
            return EntryOutcome.Conflict(result);
        }

        ResultWriter.Apply(db, result, input, context.Kpi);
        ResultWriter.Stamp(result, actor, state, clock.GetUtcNow().UtcDateTime);

        return await SaveAsync(db, result, input.Version, cancellationToken);
    }

    /// <summary>Why the actor may not write this result now, or null when they may.</summary>
    public static string? Refusal(Actor actor, EntryContext context)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(context);
        if (!actor.MayEnterResultsFor(context.Kpi.ServiceAreaId))
        {
            return "You can enter results only for your own service area's KPIs.";
        }

        if (context.Kpi.Status is KpiStatus.Proposed or KpiStatus.Retired)
        {
            return "This KPI is not being reported.";
        }

        if (context.Period.State != PeriodState.Open)
        {
            return $"{context.Period.Label} is not open for data entry. The performance team can correct results after it closes.";
        }

        return context.Result?.State switch
        {
            ResultState.Approved => "This result has been approved. Ask the performance team to correct it.",
            _ => null,
        };
    }

    private async Task<EntryOutcome> SaveAsync(AppDbContext db, Result result, Guid? loadedVersion, CancellationToken cancellationToken)
    {
        if (db.Entry(result).State != EntityState.Added && loadedVersion is { } version)
        {
            // The concurrency check compares with what the editor loaded, not with what this context read.
            db.Entry(result).Property(r => r.Version).OriginalValue = version;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return EntryOutcome.Saved(result);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var current = await fresh.Results.AsNoTracking()
                .Include(r => r.Comparators).Include(r => r.Breakdowns)
                .FirstOrDefaultAsync(r => r.Id == result.Id, cancellationToken);
            return EntryOutcome.Conflict(current);
        }
        catch (Exception ex) when (StorageFault.Describe(ex) is { } fault)
        {
            return EntryOutcome.Failed(fault);
        }
        catch (DbUpdateException) when (db.Entry(result).State == EntityState.Added)
        {
            // Two people created the same KPI's first result at once; the unique index kept one.
            return EntryOutcome.Conflict(null);
        }
    }

    private static async Task<EntryContext?> LoadContextAsync(AppDbContext db, int kpiId, int periodId, bool tracking, CancellationToken cancellationToken)
    {
        var kpis = tracking ? db.Kpis : db.Kpis.AsNoTracking();
        var kpi = await kpis.Include(k => k.Dimensions).ThenInclude(d => d.Categories)
            .FirstOrDefaultAsync(k => k.Id == kpiId, cancellationToken);
        var period = await db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId, cancellationToken);
        if (kpi is null || period is null)
        {
            return null;
        }

        var target = await db.Targets.AsNoTracking().FirstOrDefaultAsync(t => t.KpiId == kpiId && t.ReportingPeriodId == periodId, cancellationToken);
        var results = tracking ? db.Results : db.Results.AsNoTracking();
        var result = await results.Include(r => r.Comparators).Include(r => r.Breakdowns)
            .FirstOrDefaultAsync(r => r.KpiId == kpiId && r.ReportingPeriodId == periodId, cancellationToken);
        var previous = await db.Results.AsNoTracking()
            .Where(r => r.KpiId == kpiId && r.ReportingPeriod!.StartYear == period.StartYear - 1 && r.State == ResultState.Approved && r.DataStatus != DataStatus.NotAvailable)
            .Select(r => r.Value)
            .FirstOrDefaultAsync(cancellationToken);
        var redefined = await db.KpiDefinitionChanges.AnyAsync(c => c.KpiId == kpiId && c.EffectiveFromPeriodId == periodId, cancellationToken);
        return new EntryContext(kpi, period, target, result, previous) { RedefinedThisPeriod = redefined };
    }
}
