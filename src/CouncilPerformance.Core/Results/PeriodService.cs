using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Results;

/// <summary>The performance team's control of a reporting period: open for entry, close, publish.</summary>
public sealed class PeriodService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<ReportingPeriod>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ReportingPeriods.AsNoTracking().OrderByDescending(p => p.StartYear).ToListAsync(cancellationToken);
    }

    /// <summary>The period officers are entering now: the open one, else the latest.</summary>
    public async Task<ReportingPeriod?> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ReportingPeriods.AsNoTracking()
            .OrderByDescending(p => p.State == PeriodState.Open).ThenByDescending(p => p.StartYear)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Adds the next financial year after the latest one, not yet open.</summary>
    public async Task<EntryOutcome> AddNextAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (Guard(actor) is { } refused)
        {
            return refused;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var latest = await db.ReportingPeriods.MaxAsync(p => (int?)p.StartYear, cancellationToken) ?? clock.GetUtcNow().Year - 1;
        db.ReportingPeriods.Add(ReportingPeriod.ForFinancialYear(latest + 1));
        await db.SaveChangesAsync(cancellationToken);
        return EntryOutcome.Saved();
    }

    public async Task<EntryOutcome> OpenAsync(Actor actor, int periodId, Guid version, DateOnly deadline, CancellationToken cancellationToken = default)
    {
        if (Guard(actor) is { } refused)
        {
            return refused;
        }

        return await ChangeAsync(periodId, version, period =>
        {
            if (period.State is PeriodState.Published)
            {
                return "A published period cannot be reopened; correct its results instead.";
            }

            if (deadline <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            {
                return "The deadline must be in the future.";
            }

            period.State = PeriodState.Open;
            period.EntryDeadline = deadline;
            return null;
        }, cancellationToken);
    }

    public async Task<EntryOutcome> CloseAsync(Actor actor, int periodId, Guid version, CancellationToken cancellationToken = default)
    {
        if (Guard(actor) is { } refused)
        {
            return refused;
        }

        return await ChangeAsync(periodId, version, period =>
        {
            if (period.State != PeriodState.Open)
            {
                return "Only an open period can be closed.";
            }

            period.State = PeriodState.Closed;
            return null;
        }, cancellationToken);
    }

    /// <summary>Publishes a closed period whose every result is approved. Only published results reach the public.</summary>
    public async Task<EntryOutcome> PublishAsync(Actor actor, int periodId, Guid version, CancellationToken cancellationToken = default)
    {
        if (Guard(actor) is { } refused)
        {
            return refused;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var unapproved = await db.Results.CountAsync(r => r.ReportingPeriodId == periodId && r.State != ResultState.Approved, cancellationToken);
        if (unapproved > 0)
        {
            var what = unapproved == 1 ? "1 result is" : $"{unapproved} results are";
            return EntryOutcome.Refused($"{what} not yet approved. Approve them, or reopen the period so officers can finish them, before publishing.");
        }

        return await ChangeAsync(periodId, version, period =>
        {
            if (period.State != PeriodState.Closed)
            {
                return "Close the period before publishing it.";
            }

            period.State = PeriodState.Published;
            period.PublishedAt = clock.GetUtcNow().UtcDateTime;
            return null;
        }, cancellationToken);
    }

    private static EntryOutcome? Guard(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAdministrator ? null : EntryOutcome.Refused("Only the performance team can manage reporting periods.");
    }

    private async Task<EntryOutcome> ChangeAsync(int periodId, Guid version, Func<ReportingPeriod, string?> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var period = await db.ReportingPeriods.FirstOrDefaultAsync(p => p.Id == periodId, cancellationToken);
        if (period is null)
        {
            return EntryOutcome.NotFound("There is no such reporting period.");
        }

        if (change(period) is { } refusal)
        {
            return EntryOutcome.Refused(refusal);
        }

        db.Entry(period).Property(p => p.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return EntryOutcome.Saved();
        }
        catch (DbUpdateConcurrencyException)
        {
            return EntryOutcome.Refused("Someone else changed this period while you were looking at it. Reload the page to see its current state.");
        }
    }
}
