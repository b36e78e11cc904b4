using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Implementation;

/// <summary>What an officer enters for an implementation update.</summary>
public sealed class UpdateInput
{
    public int RecommendationId { get; set; }

    public DateOnly? UpdateDate { get; set; }

    public string Text { get; set; } = "";

    public ImplementationStatus? Status { get; set; }

    public string? EvidenceReference { get; set; }

    public PlanChangeKind PlanChange { get; set; }

    public int? KpiId { get; set; }

    public int? ChangedFromPeriodId { get; set; }
}

/// <summary>A plan change recorded against a KPI, for that KPI's page.</summary>
public sealed record KpiPlanChange(int RecommendationId, string Reference, string Wording, PlanChangeKind Change, DateOnly? UpdateDate, string? FromPeriod);

/// <summary>
/// Implementation updates on agreed recommendations. Only officers of the implementing service area
/// and administrators add them; they are never edited or deleted (append-only), and each records who
/// and when. The first update moves an agreed recommendation to "in progress".
/// </summary>
public sealed class ImplementationService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public static class Fields
    {
        public const string UpdateDate = nameof(UpdateInput.UpdateDate);
        public const string Text = nameof(UpdateInput.Text);
        public const string Status = nameof(UpdateInput.Status);
        public const string EvidenceReference = nameof(UpdateInput.EvidenceReference);
        public const string PlanChange = nameof(UpdateInput.PlanChange);
        public const string KpiId = nameof(UpdateInput.KpiId);
        public const string ChangedFromPeriodId = nameof(UpdateInput.ChangedFromPeriodId);
    }

    /// <summary>Whether the actor may add updates to a recommendation implemented by <paramref name="serviceAreaId"/>.</summary>
    public static bool MayUpdate(Actor actor, int? serviceAreaId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAdministrator || actor.IsOfficer && serviceAreaId is not null && actor.ServiceAreaId == serviceAreaId;
    }

    /// <summary>The problems with an update, by field, against its recommendation.</summary>
    public static IReadOnlyList<FieldError> Validate(UpdateInput input, Recommendation recommendation, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(recommendation);
        var errors = new List<FieldError>();
        if (input.UpdateDate is null)
        {
            errors.Add(new(Fields.UpdateDate, "Enter the date of the update"));
        }
        else if (input.UpdateDate > today)
        {
            errors.Add(new(Fields.UpdateDate, "The update's date cannot be in the future"));
        }
        else if (recommendation.DecidedOn is { } decided && input.UpdateDate < decided)
        {
            errors.Add(new(Fields.UpdateDate, $"The update's date cannot be before Cabinet's decision ({decided:d MMMM yyyy})"));
        }

        if (string.IsNullOrWhiteSpace(input.Text))
        {
            errors.Add(new(Fields.Text, "Describe what has been done"));
        }
        else if (ResultInputValidator.CheckPlainText(Fields.Text, "The update", input.Text, 8000) is { } textError)
        {
            errors.Add(textError);
        }

        if (input.Status is null)
        {
            errors.Add(new(Fields.Status, "Choose where implementation stands"));
        }

        if (ResultInputValidator.CheckPlainText(Fields.EvidenceReference, "The link or reference", input.EvidenceReference, 1000) is { } evidenceError)
        {
            errors.Add(evidenceError);
        }
        else if (input.EvidenceReference?.Trim() is { Length: > 0 } evidence && evidence.Contains("://", StringComparison.Ordinal)
            && !(Uri.TryCreate(evidence, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            errors.Add(new(Fields.EvidenceReference, "A link must be a web address starting https:// or http://"));
        }

        if (input.PlanChange != PlanChangeKind.None)
        {
            if (recommendation.KpiChange == KpiChangeKind.None)
            {
                errors.Add(new(Fields.PlanChange, "Only a KPI-specific recommendation (a–p) records a change to the plan"));
            }

            if (input.KpiId is null)
            {
                errors.Add(new(Fields.KpiId, "Choose the KPI that was changed"));
            }

            if (input.PlanChange == PlanChangeKind.KpiRedefined && input.ChangedFromPeriodId is null)
            {
                errors.Add(new(Fields.ChangedFromPeriodId, "Choose the first period reported on the new definition"));
            }
        }

        return errors;
    }

    public async Task<EntryOutcome> AddUpdateAsync(Actor actor, UpdateInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var recommendation = await db.Recommendations.FirstOrDefaultAsync(r => r.Id == input.RecommendationId, cancellationToken);
        if (recommendation is null)
        {
            return EntryOutcome.NotFound("The recommendation no longer exists.");
        }

        if (!MayUpdate(actor, recommendation.ServiceAreaId))
        {
            return EntryOutcome.Refused("Only officers of the service area implementing this recommendation, and the performance team, can add updates.");
        }

        if (!RecommendationWorkflow.IsBeingImplemented(recommendation))
        {
            return EntryOutcome.Refused("Updates are recorded only on agreed recommendations that the committee has not closed.");
        }

        var errors = Validate(input, recommendation, ResponseClock.Today(clock)).ToList();
        if (input.PlanChange != PlanChangeKind.None && input.KpiId is { } kpiId && !await db.Kpis.AnyAsync(k => k.Id == kpiId, cancellationToken))
        {
            errors.Add(new(Fields.KpiId, "The KPI no longer exists"));
        }

        if (input.ChangedFromPeriodId is { } periodId && input.PlanChange == PlanChangeKind.KpiRedefined
            && !await db.ReportingPeriods.AnyAsync(p => p.Id == periodId, cancellationToken))
        {
            errors.Add(new(Fields.ChangedFromPeriodId, "The period no longer exists"));
        }

        if (errors.Count > 0)
        {
            return EntryOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new ProgressUpdate
        {
            RecommendationId = recommendation.Id,
            Text = input.Text.Trim(),
            UpdateDate = input.UpdateDate,
            ImplementationStatus = input.Status!.Value,
            EvidenceReference = string.IsNullOrWhiteSpace(input.EvidenceReference) ? null : input.EvidenceReference.Trim(),
            PlanChange = input.PlanChange,
            KpiId = input.PlanChange == PlanChangeKind.None ? null : input.KpiId,
            ChangedFromPeriodId = input.PlanChange == PlanChangeKind.KpiRedefined ? input.ChangedFromPeriodId : null,
            RecordedAt = now,
            RecordedById = actor.UserId,
            RecordedByName = actor.Name,
        });
        if (recommendation.Status != RecommendationStatus.InProgress)
        {
            RecommendationWorkflow.Move(recommendation, RecommendationStatus.InProgress);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return EntryOutcome.Saved();
        }
        catch (DbUpdateConcurrencyException)
        {
            return EntryOutcome.Refused("Someone else changed this recommendation at the same moment. Nothing was saved: reload and add the update again.");
        }
    }

    /// <summary>A recommendation's updates, newest first.</summary>
    public async Task<IReadOnlyList<ProgressUpdate>> UpdatesAsync(int recommendationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ProgressUpdate>().AsNoTracking()
            .Include(u => u.Kpi).Include(u => u.ChangedFromPeriod)
            .Where(u => u.RecommendationId == recommendationId)
            .OrderByDescending(u => u.UpdateDate).ThenByDescending(u => u.RecordedAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The recommendations whose updates changed this KPI in the plan, for the KPI's page.</summary>
    public async Task<IReadOnlyList<KpiPlanChange>> ChangesForKpiAsync(int kpiId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ProgressUpdate>().AsNoTracking()
            .Where(u => u.KpiId == kpiId && u.PlanChange != PlanChangeKind.None)
            .OrderByDescending(u => u.UpdateDate)
            .Select(u => new KpiPlanChange(u.RecommendationId, u.Recommendation!.Reference, u.Recommendation.Wording, u.PlanChange, u.UpdateDate, u.ChangedFromPeriod!.Label))
            .ToListAsync(cancellationToken);
    }

    /// <summary>KPIs and periods to choose from on the update form.</summary>
    public async Task<(IReadOnlyList<(int Id, string Code, string Name)> Kpis, IReadOnlyList<(int Id, string Label)> Periods)> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpis = await db.Kpis.AsNoTracking().OrderBy(k => k.Name).Select(k => new { k.Id, k.Code, k.Name }).ToListAsync(cancellationToken);
        var periods = await db.ReportingPeriods.AsNoTracking().OrderBy(p => p.StartYear).Select(p => new { p.Id, p.Label }).ToListAsync(cancellationToken);
        return (kpis.Select(k => (k.Id, k.Code, k.Name)).ToList(), periods.Select(p => (p.Id, p.Label)).ToList());
    }
}
