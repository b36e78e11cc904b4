using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CouncilPerformance.Core.Decisions;

/// <summary>What became of a request to record or correct decisions. Nothing is saved unless it succeeded.</summary>
public sealed record DecisionOutcomeResult(
    OutcomeKind Kind,
    IReadOnlyList<FieldError> Errors,
    IReadOnlyDictionary<int, IReadOnlyList<FieldError>> RowErrors)
{
    public bool Succeeded => Kind == OutcomeKind.Saved;

    public string? Message => Errors.FirstOrDefault(e => e.Field.Length == 0)?.Message;

    internal static readonly IReadOnlyDictionary<int, IReadOnlyList<FieldError>> NoRows = new Dictionary<int, IReadOnlyList<FieldError>>();

    public static DecisionOutcomeResult Saved() => new(OutcomeKind.Saved, [], NoRows);

    public static DecisionOutcomeResult Refused(string message) => new(OutcomeKind.Refused, [new("", message)], NoRows);

    public static DecisionOutcomeResult Conflict(string message) => new(OutcomeKind.Conflict, [new("", message)], NoRows);
}

/// <summary>
/// Records what Cabinet (or SCRUCO, for what is put to it) decided. Only Cabinet members and
/// administrators record Cabinet's decisions; only scrutiny members and administrators record the
/// committee's. A meeting's decisions are saved in one transaction, all or none; a correction needs a
/// reason and keeps the earlier decision in the history.
/// </summary>
public sealed class DecisionService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IOptions<RecommendationOptions> options)
{
    private const string ConflictMessage = "Someone else changed a recommendation on this form while you were entering its decision. Nothing was saved: reload the page to see what they recorded.";

    /// <summary>Whether <paramref name="actor"/> may record decisions on what is put to <paramref name="addressee"/>.</summary>
    public static bool MayDecide(Actor actor, RecommendationAddressee addressee)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAdministrator || addressee switch
        {
            RecommendationAddressee.Cabinet => actor.Roles.Contains(Roles.Cabinet),
            RecommendationAddressee.ScrutinyCoordinationCommittee => actor.Roles.Contains(Roles.Scrutiny),
            _ => false,
        };
    }

    /// <summary>Records each decision of a meeting. Any problem in any row saves nothing.</summary>
    public async Task<DecisionOutcomeResult> RecordMeetingAsync(Actor actor, MeetingDecisions meeting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(meeting);
        if (!actor.IsAdministrator && !actor.Roles.Contains(Roles.Cabinet) && !actor.Roles.Contains(Roles.Scrutiny))
        {
            return DecisionOutcomeResult.Refused("Only Cabinet members and the performance team can record Cabinet's decisions.");
        }

        // One meeting is one body's: Cabinet, or the committee deciding its own recommendations.
        var today = ResponseClock.Today(clock);
        var meetingErrors = new List<FieldError>();
        if (DecisionValidator.CheckMeetingDate(meeting.MeetingOn, today) is { } dateError)
        {
            meetingErrors.Add(dateError);
        }

        if (meeting.Decisions.Count == 0)
        {
            meetingErrors.Add(new("", "Choose an outcome for at least one recommendation: nothing was recorded"));
        }

        if (meeting.Decisions.Select(d => d.RecommendationId).Distinct().Count() != meeting.Decisions.Count)
        {
            meetingErrors.Add(new("", "A recommendation appears twice on the form"));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = meeting.Decisions.Select(d => d.RecommendationId).ToList();
        var recommendations = await db.Recommendations.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);

        var rowErrors = new Dictionary<int, IReadOnlyList<FieldError>>();
        foreach (var input in meeting.Decisions)
        {
            if (!recommendations.TryGetValue(input.RecommendationId, out var recommendation))
            {
                rowErrors[input.RecommendationId] = [new("", "This recommendation no longer exists")];
                continue;
            }

            if (!MayDecide(actor, recommendation.AddressedTo))
            {
                return DecisionOutcomeResult.Refused($"You may not record decisions on recommendation {recommendation.Reference}.");
            }

            if (recommendation.Status != RecommendationStatus.AwaitingDecision)
            {
                return DecisionOutcomeResult.Conflict($"Recommendation {recommendation.Reference} is no longer awaiting a decision: someone else recorded one. Nothing was saved.");
            }

            var errors = DecisionValidator.Validate(input, recommendation.Wording, meeting.MeetingOn, recommendation.AddressedTo).ToList();
            if (meeting.MeetingOn is { } on && recommendation.ReferredOn is { } referred && on < referred)
            {
                errors.Add(new(DecisionValidator.Fields.MeetingOn,
                    $"Recommendation {recommendation.Reference} was put to {DecisionValidator.BodyName(recommendation.AddressedTo)} on {referred:d MMMM yyyy}, after this meeting"));
            }

            if (errors.Count > 0)
            {
                rowErrors[input.RecommendationId] = errors;
            }
        }

        if (meetingErrors.Count > 0 || rowErrors.Count > 0)
        {
            return new(OutcomeKind.Invalid, meetingErrors, rowErrors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var input in meeting.Decisions)
        {
            var recommendation = recommendations[input.RecommendationId];
            db.Entry(recommendation).Property(r => r.Version).OriginalValue = input.Version;
            RecommendationWorkflow.Decide(recommendation, input.Outcome!.Value, input.DecisionText.Trim(), meeting.MeetingOn!.Value,
                BodyName(recommendation.AddressedTo), options.Value.ReportBackMonths);
            Apply(db, recommendation, input, meeting.MeetingOn.Value, actor, now, correctionReason: null);
        }

        return await SaveAsync(db, cancellationToken);
    }

    /// <summary>Corrects a recorded decision. Needs a reason; the earlier decision stays in the history.</summary>
    public async Task<DecisionOutcomeResult> CorrectAsync(Actor actor, DecisionInput input, DateOnly? meetingOn, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var recommendation = await db.Recommendations.FirstOrDefaultAsync(r => r.Id == input.RecommendationId, cancellationToken);
        if (recommendation is null)
        {
            return new(OutcomeKind.NotFound, [new("", "The recommendation no longer exists.")], DecisionOutcomeResult.NoRows);
        }

        if (!MayDecide(actor, recommendation.AddressedTo))
        {
            return DecisionOutcomeResult.Refused("Only Cabinet members and the performance team can correct Cabinet's decisions.");
        }

        if (!RecommendationWorkflow.CanCorrectDecision(recommendation))
        {
            return DecisionOutcomeResult.Refused("This decision can no longer be corrected: there is none, or the committee has closed the recommendation.");
        }

        var errors = DecisionValidator.Validate(input, recommendation.Wording, meetingOn, recommendation.AddressedTo).ToList();
        if (DecisionValidator.CheckMeetingDate(meetingOn, ResponseClock.Today(clock), recommendation.ReferredOn, recommendation.AddressedTo) is { } dateError)
        {
            errors.Insert(0, dateError);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new(DecisionValidator.Fields.CorrectionReason, "Say why the decision is being corrected"));
        }
        else if (ResultInputValidator.CheckPlainText(DecisionValidator.Fields.CorrectionReason, "The reason", reason, 2000) is { } reasonError)
        {
            errors.Add(reasonError);
        }

        if (errors.Count > 0)
        {
            return new(OutcomeKind.Invalid, errors, DecisionOutcomeResult.NoRows);
        }

        db.Entry(recommendation).Property(r => r.Version).OriginalValue = input.Version;
        RecommendationWorkflow.CorrectDecision(recommendation, input.Outcome!.Value, input.DecisionText.Trim(), meetingOn!.Value,
            BodyName(recommendation.AddressedTo), options.Value.ReportBackMonths);
        Apply(db, recommendation, input, meetingOn.Value, actor, clock.GetUtcNow().UtcDateTime, reason!.Trim());
        return await SaveAsync(db, cancellationToken);
    }

    /// <summary>Every decision recorded for a recommendation, the current one first.</summary>
    public async Task<IReadOnlyList<RecommendationDecision>> HistoryAsync(int recommendationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.RecommendationDecisions.AsNoTracking()
            .Include(d => d.ServiceArea)
            .Where(d => d.RecommendationId == recommendationId)
            .OrderByDescending(d => d.RecordedAt).ThenByDescending(d => d.Id)
            .ToListAsync(cancellationToken);
    }

    private static string BodyName(RecommendationAddressee addressee) =>
        addressee == RecommendationAddressee.ScrutinyCoordinationCommittee ? "Scrutiny Co-ordination Committee" : "Cabinet";

    // Copies the outcome's details onto the recommendation (clearing those of another outcome, so a
    // correction from "not agreed" to "agreed" leaves no stale reasons) and appends the history row.
    private static void Apply(AppDbContext db, Recommendation recommendation, DecisionInput input, DateOnly meetingOn, Actor actor, DateTime now, string? correctionReason)
    {
        var outcome = input.Outcome!.Value;
        static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        recommendation.AmendedWording = outcome == DecisionOutcome.AgreedWithAmendment ? Trimmed(input.AmendedWording) : null;
        recommendation.DecisionAction = outcome == DecisionOutcome.AcceptedInPrinciple ? Trimmed(input.Action) : null;
        recommendation.DecisionActionDueOn = outcome == DecisionOutcome.AcceptedInPrinciple ? input.ActionDueOn : null;
        recommendation.DecisionReasons = outcome == DecisionOutcome.NotAgreed ? Trimmed(input.Reasons) : null;
        recommendation.LeadCabinetMember = input.LeadCabinetMember.Trim();
        if (input.ServiceAreaId is { } area)
        {
            recommendation.ServiceAreaId = area;
        }

        db.RecommendationDecisions.Add(new RecommendationDecision
        {
            RecommendationId = recommendation.Id,
            Outcome = outcome,
            MeetingOn = meetingOn,
            DecisionText = recommendation.DecisionText!,
            AmendedWording = recommendation.AmendedWording,
            Action = recommendation.DecisionAction,
            ActionDueOn = recommendation.DecisionActionDueOn,
            Reasons = recommendation.DecisionReasons,
            LeadCabinetMember = recommendation.LeadCabinetMember,
            ServiceAreaId = recommendation.ServiceAreaId,
            CorrectionReason = correctionReason,
            RecordedAt = now,
            RecordedById = actor.UserId,
            RecordedByName = actor.Name,
        });
    }

    private static async Task<DecisionOutcomeResult> SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            // One SaveChanges is one transaction: every decision of the meeting, or none.
            await db.SaveChangesAsync(cancellationToken);
            return DecisionOutcomeResult.Saved();
        }
        catch (DbUpdateConcurrencyException)
        {
            return DecisionOutcomeResult.Conflict(ConflictMessage);
        }
    }
}
