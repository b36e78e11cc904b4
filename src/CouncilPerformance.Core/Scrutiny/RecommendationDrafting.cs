using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CouncilPerformance.Core.Scrutiny;

/// <summary>A recommendation as the drafting form edits it.</summary>
public sealed class RecommendationInput
{
    public const int MaxReferenceLength = 40;
    public const int MaxTitleLength = 400;
    public const int MaxWordingLength = 4000;
    public const int MaxFindingLength = 8000;
    public const int MaxKpis = 30;

    /// <summary>As the report writes it, e.g. "Cabinet 10", "q", "17.15".</summary>
    public string? Reference { get; set; }

    public string? Title { get; set; }

    public string? Wording { get; set; }

    /// <summary>What the committee found that led to it (copied from the session's finding when drafted from one).</summary>
    public string? Finding { get; set; }

    /// <summary>The session's finding it rests on, if any.</summary>
    public int? SessionKpiId { get; set; }

    /// <summary>The deep dive it belongs to (taken from the finding when there is one).</summary>
    public int? DeepDiveSeriesId { get; set; }

    public List<int> KpiIds { get; set; } = [];

    public KpiChangeKind KpiChange { get; set; }

    public RecommendationAddressee AddressedTo { get; set; }

    /// <summary>The board whose work programme takes it, when <see cref="AddressedTo"/> is a scrutiny board.</summary>
    public int? ScrutinyBoardId { get; set; }
}

/// <summary>What the drafting form loads.</summary>
public sealed record DraftEditor(
    int? RecommendationId,
    Guid? Version,
    RecommendationStatus Status,
    RecommendationInput Input,
    string? FindingKpiName,
    int? SessionNumber,
    IReadOnlyList<KpiChoice> Kpis,
    IReadOnlyList<NamedItem> Boards,
    IReadOnlyList<NamedItem> Series);

/// <summary>A recommendation waiting for the committee or for its body, for the endorsement and referral lists.</summary>
public sealed record PendingRecommendation(
    int Id,
    Guid Version,
    string Reference,
    string Title,
    string Wording,
    RecommendationAddressee AddressedTo,
    string? ScrutinyBoard,
    RecommendationStatus Status,
    DateOnly? EndorsedOn,
    string? SeriesTitle);

/// <summary>
/// Scrutiny drafts recommendations (from a finding or a blank form), edits and withdraws drafts,
/// endorses a set at a committee meeting, and puts an endorsed set to Cabinet or SCRUCO (starting
/// the response clock) or onto a board's work programme. Status moves only through
/// <see cref="RecommendationWorkflow"/>; sets are saved all or nothing.
/// </summary>
public sealed class RecommendationDrafting(IDbContextFactory<AppDbContext> dbFactory, IOptions<RecommendationOptions> options)
{
    public const int MaxReasonLength = 2000;
    public const int MaxOutcomeLength = 4000;

    public static class Fields
    {
        public const string Reference = nameof(RecommendationInput.Reference);
        public const string Title = nameof(RecommendationInput.Title);
        public const string Wording = nameof(RecommendationInput.Wording);
        public const string Finding = nameof(RecommendationInput.Finding);
        public const string Kpis = nameof(RecommendationInput.KpiIds);
        public const string AddressedTo = nameof(RecommendationInput.AddressedTo);
        public const string ScrutinyBoardId = nameof(RecommendationInput.ScrutinyBoardId);
        public const string DeepDiveSeriesId = nameof(RecommendationInput.DeepDiveSeriesId);
        public const string Reason = "Reason";
        public const string MeetingDate = "MeetingDate";
        public const string Selection = "Selection";
        public const string TakenOn = "TakenOn";
        public const string Outcome = "Outcome";
    }

    /// <summary>The form for a new draft (blank, or from a session's finding) or an existing recommendation; null when not found.</summary>
    public async Task<DraftEditor?> GetEditorAsync(int? recommendationId, int? fromFindingId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var input = new RecommendationInput();
        int? id = null;
        Guid? version = null;
        var status = RecommendationStatus.Draft;
        if (recommendationId is { } rid)
        {
            var r = await db.Recommendations.AsNoTracking().Include(x => x.Kpis).FirstOrDefaultAsync(x => x.Id == rid, cancellationToken);
            if (r is null)
            {
                return null;
            }

            (id, version, status) = (r.Id, r.Version, r.Status);
            input = new RecommendationInput
            {
                Reference = r.Reference, Title = r.Title, Wording = r.Wording, Finding = r.Finding, SessionKpiId = r.SessionKpiId,
                DeepDiveSeriesId = r.DeepDiveSeriesId, KpiIds = r.Kpis.Select(k => k.Id).ToList(), KpiChange = r.KpiChange,
                AddressedTo = r.AddressedTo, ScrutinyBoardId = r.ScrutinyBoardId,
            };
        }
        else if (fromFindingId is { } fid)
        {
            var finding = await db.Set<SessionKpi>().AsNoTracking()
                .Where(k => k.Id == fid)
                .Select(k => new { k.Id, k.KpiId, k.Finding, k.Session!.SeriesId })
                .FirstOrDefaultAsync(cancellationToken);
            if (finding is null)
            {
                return null;
            }

            input = new RecommendationInput { SessionKpiId = finding.Id, Finding = finding.Finding, DeepDiveSeriesId = finding.SeriesId, KpiIds = [finding.KpiId] };
        }

        var about = input.SessionKpiId is { } sk
            ? await db.Set<SessionKpi>().AsNoTracking().Where(k => k.Id == sk).Select(k => new { k.Kpi!.Name, k.Session!.Number }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var kpis = await db.Kpis.AsNoTracking().OrderBy(k => k.Name).Select(k => new KpiChoice(k.Id, k.Code, k.Name, false)).ToListAsync(cancellationToken);
        var boards = (await db.ScrutinyBoards.AsNoTracking().Where(b => !b.IsCoordinatingCommittee).OrderBy(b => b.Number).ToListAsync(cancellationToken))
            .Select(b => new NamedItem(b.Id, b.DisplayName)).ToList();
        var series = await db.DeepDiveSeries.AsNoTracking().OrderByDescending(s => s.Id).Select(s => new NamedItem(s.Id, s.Title)).ToListAsync(cancellationToken);
        return new DraftEditor(id, version, status, input, about?.Name, about?.Number, kpis, boards, series);
    }

    /// <summary>Drafts and endorsed recommendations, the committee's working set.</summary>
    public async Task<IReadOnlyList<PendingRecommendation>> ListPendingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Recommendations.AsNoTracking()
            .Where(r => r.Status == RecommendationStatus.Draft || r.Status == RecommendationStatus.Endorsed)
            .OrderBy(r => r.Status).ThenBy(r => r.SortOrder).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id, r.Version, r.Reference, r.Title, r.Wording, r.AddressedTo, Board = r.ScrutinyBoard!.Name, BoardNumber = r.ScrutinyBoard!.Number,
                r.Status, r.EndorsedOn, Series = r.DeepDiveSeries!.Title,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PendingRecommendation(r.Id, r.Version, r.Reference, r.Title, r.Wording, r.AddressedTo,
            r.Board is null ? null : Plan.ScrutinyBoard.FormatName(r.Board, r.BoardNumber), r.Status, r.EndorsedOn, r.Series)).ToList();
    }

    public async Task<ScrutinyOutcome> CreateAsync(Actor actor, RecommendationInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ScrutinyRules.MayWrite(actor))
        {
            return ScrutinyOutcome.Refused(ScrutinyRules.WriteRefusal);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await ResolveFindingAsync(db, input, cancellationToken);
        var errors = await ValidateAsync(db, input, null, cancellationToken);
        if (errors.Count > 0)
        {
            return ScrutinyOutcome.Invalid(errors);
        }

        var recommendation = new Recommendation
        {
            Reference = input.Reference!.Trim(), Title = input.Title!.Trim(), Wording = input.Wording!.Trim(),
            Status = RecommendationStatus.Draft,
            SortOrder = (await db.Recommendations.MaxAsync(r => (int?)r.SortOrder, cancellationToken) ?? 0) + 1,
        };
        await ApplyAsync(db, recommendation, input, cancellationToken);
        db.Recommendations.Add(recommendation);
        return await SaveAsync(db, () => recommendation.Id, cancellationToken);
    }

    /// <summary>Edits a draft; only drafts are editable.</summary>
    public async Task<ScrutinyOutcome> UpdateAsync(Actor actor, int id, RecommendationInput input, Guid version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ScrutinyRules.MayWrite(actor))
        {
            return ScrutinyOutcome.Refused(ScrutinyRules.WriteRefusal);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var recommendation = await db.Recommendations.Include(r => r.Kpis).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (recommendation is null)
        {
            return ScrutinyOutcome.NotFound("There is no such recommendation.");
        }

        if (recommendation.Version != version)
        {
            return ScrutinyOutcome.Conflict("recommendation");
        }

        if (recommendation.Status != RecommendationStatus.Draft)
        {
            return ScrutinyOutcome.Refused($"Recommendation {recommendation.Reference} is no longer a draft, so its wording can no longer be changed.");
        }

        await ResolveFindingAsync(db, input, cancellationToken);
        var errors = await ValidateAsync(db, input, id, cancellationToken);
        if (errors.Count > 0)
        {
            return ScrutinyOutcome.Invalid(errors);
        }

        db.Entry(recommendation).Property(r => r.Version).OriginalValue = version;
        db.Entry(recommendation).State = EntityState.Modified;
        recommendation.Reference = input.Reference!.Trim();
        recommendation.Title = input.Title!.Trim();
        recommendation.Wording = input.Wording!.Trim();
        await ApplyAsync(db, recommendation, input, cancellationToken);
        return await SaveAsync(db, () => recommendation.Id, cancellationToken);
    }

    /// <summary>Withdraws a draft or an endorsed recommendation, with the reason.</summary>
    public async Task<ScrutinyOutcome> WithdrawAsync(Actor actor, int id, string? reason, Guid version, CancellationToken cancellationToken = default)
    {
        if (!ScrutinyRules.MayWrite(actor))
        {
            return ScrutinyOutcome.Refused(ScrutinyRules.WriteRefusal);
        }

        var errors = new List<Results.FieldError>();
        ScrutinyRules.CheckRequiredText(errors, Fields.Reason, "The reason for withdrawing it", reason, MaxReasonLength);
        if (errors.Count > 0)
        {
            return ScrutinyOutcome.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var recommendation = await db.Recommendations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (recommendation is null)
        {
            return ScrutinyOutcome.NotFound("There is no such recommendation.");
        }

        if (recommendation.Version != version)
        {
            return ScrutinyOutcome.Conflict("recommendation");
        }

        if (Refusal(recommendation, RecommendationStatus.Withdrawn) is { } refusal)
        {
            return refusal;
        }

        db.Entry(recommendation).Property(r => r.Version).OriginalValue = version;
        RecommendationWorkflow.Move(recommendation, RecommendationStatus.Withdrawn);
        recommendation.WithdrawnReason = reason!.Trim();
        return await SaveAsync(db, () => recommendation.Id, cancellationToken);
    }

    /// <summary>The committee endorses a set of drafts at a meeting: the date is recorded once for the set, all or nothing.</summary>
    public Task<ScrutinyOutcome> EndorseAsync(Actor actor, IReadOnlyDictionary<int, Guid> versions, DateOnly? meetingOn, CancellationToken cancellationToken = default) =>
        MoveSetAsync(actor, versions, meetingOn, RecommendationStatus.Endorsed, "endorse", (r, date) => r.EndorsedOn = date, cancellationToken);

    /// <summary>Puts an endorsed set to Cabinet or SCRUCO: records the referral date and starts the response clock.</summary>
    public Task<ScrutinyOutcome> ReferAsync(Actor actor, IReadOnlyDictionary<int, Guid> versions, DateOnly? referredOn, CancellationToken cancellationToken = default) =>
        MoveSetAsync(actor, versions, referredOn, RecommendationStatus.AwaitingDecision, "put to its body",
            (r, date) => RecommendationWorkflow.Refer(r, date, options.Value.ResponseMonths), cancellationToken);

    /// <summary>Puts an endorsed set of board items onto their boards' work programmes.</summary>
    public Task<ScrutinyOutcome> PutOnWorkProgrammeAsync(Actor actor, IReadOnlyDictionary<int, Guid> versions, DateOnly? onDate, CancellationToken cancellationToken = default) =>
        MoveSetAsync(actor, versions, onDate, RecommendationStatus.InProgress, "put on a work programme",
            (r, date) => { RecommendationWorkflow.Move(r, RecommendationStatus.InProgress); r.WorkProgrammeTakenOn ??= date; }, cancellationToken);

    /// <summary>A board records when it took a work-programme item and what came of it.</summary>
    public async Task<ScrutinyOutcome> RecordWorkProgrammeAsync(Actor actor, int id, DateOnly? takenOn, string? outcome, Guid version, CancellationToken cancellationToken = default)
    {
        if (!ScrutinyRules.MayWrite(actor))
        {
            return ScrutinyOutcome.Refused(ScrutinyRules.WriteRefusal);
        }

        var errors = new List<Results.FieldError>();
        if (takenOn is null)
        {
            errors.Add(new(Fields.TakenOn, "Enter the date the board took the item"));
        }

        ScrutinyRules.CheckText(errors, Fields.Outcome, "What came of it", outcome, MaxOutcomeLength);
        if (errors.Count > 0)
        {
            return ScrutinyOutcome.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var recommendation = await db.Recommendations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (recommendation is null)
        {
            return ScrutinyOutcome.NotFound("There is no such recommendation.");
        }

        if (recommendation.AddressedTo != RecommendationAddressee.ScrutinyBoard || recommendation.Status != RecommendationStatus.InProgress)
        {
            return ScrutinyOutcome.Refused($"Recommendation {recommendation.Reference} is not on a board's work programme.");
        }

        db.Entry(recommendation).Property(r => r.Version).OriginalValue = version;
        recommendation.WorkProgrammeTakenOn = takenOn;
        recommendation.WorkProgrammeOutcome = ScrutinyRules.Clean(outcome);
        return await SaveAsync(db, () => recommendation.Id, cancellationToken);
    }

    private async Task<ScrutinyOutcome> MoveSetAsync(Actor actor, IReadOnlyDictionary<int, Guid> versions, DateOnly? date, RecommendationStatus to,
        string verb, Action<Recommendation, DateOnly> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (!ScrutinyRules.MayWrite(actor))
        {
            return ScrutinyOutcome.Refused(ScrutinyRules.WriteRefusal);
        }

        var errors = new List<Results.FieldError>();
        if (versions.Count == 0)
        {
            errors.Add(new(Fields.Selection, $"Choose at least one recommendation to {verb}"));
        }

        if (date is null)
        {
            errors.Add(new(Fields.MeetingDate, "Enter the date"));
        }

        if (errors.Count > 0)
        {
            return ScrutinyOutcome.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = versions.Keys.ToList();
        var set = await db.Recommendations.Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        if (set.Count != ids.Count)
        {
            return ScrutinyOutcome.NotFound("One of the chosen recommendations no longer exists. Reload the page.");
        }

        foreach (var recommendation in set)
        {
            if (recommendation.Version != versions[recommendation.Id])
            {
                return ScrutinyOutcome.Conflict("recommendation");
            }

            if (Refusal(recommendation, to) is { } refusal)
            {
                return refusal;
            }

            db.Entry(recommendation).Property(r => r.Version).OriginalValue = versions[recommendation.Id];
            if (to == RecommendationStatus.Endorsed)
            {
                RecommendationWorkflow.Move(recommendation, to);
            }

            apply(recommendation, date!.Value);
        }

        return await SaveAsync(db, () => set[0].Id, cancellationToken);
    }

    // The life cycle's refusal in the committee's words, checked before anything changes.
    private static ScrutinyOutcome? Refusal(Recommendation r, RecommendationStatus to)
    {
        if (RecommendationWorkflow.CanMove(r, to))
        {
            return null;
        }

        return ScrutinyOutcome.Refused((r.Status, to) switch
        {
            (RecommendationStatus.Endorsed, RecommendationStatus.AwaitingDecision) =>
                $"Recommendation {r.Reference} is work for a scrutiny board: put it on the board's work programme instead.",
            (RecommendationStatus.Endorsed, RecommendationStatus.InProgress) =>
                $"Recommendation {r.Reference} is addressed to Cabinet or SCRUCO: put it to that body instead.",
            (_, RecommendationStatus.Endorsed) => $"Recommendation {r.Reference} is not a draft, so it cannot be endorsed.",
            (_, RecommendationStatus.AwaitingDecision or RecommendationStatus.InProgress) =>
                $"Recommendation {r.Reference} has not been endorsed by the committee, so it cannot be put to its body.",
            (_, RecommendationStatus.Withdrawn) => $"Recommendation {r.Reference} has already gone to its body, so it can no longer be withdrawn.",
            _ => $"Recommendation {r.Reference} cannot move from {r.Status} to {to}.",
        });
    }

    // A finding fixes the deep dive the recommendation belongs to.
    private static async Task ResolveFindingAsync(AppDbContext db, RecommendationInput input, CancellationToken cancellationToken)
    {
        if (input.SessionKpiId is { } findingId)
        {
            var seriesId = await db.Set<SessionKpi>().Where(k => k.Id == findingId).Select(k => (int?)k.Session!.SeriesId).FirstOrDefaultAsync(cancellationToken);
            input.DeepDiveSeriesId = seriesId ?? input.DeepDiveSeriesId;
        }
    }

    private static async Task ApplyAsync(AppDbContext db, Recommendation recommendation, RecommendationInput input, CancellationToken cancellationToken)
    {
        recommendation.Finding = ScrutinyRules.Clean(input.Finding);
        recommendation.SessionKpiId = input.SessionKpiId;
        recommendation.DeepDiveSessionId = input.SessionKpiId is { } findingId
            ? await db.Set<SessionKpi>().Where(k => k.Id == findingId).Select(k => (int?)k.SessionId).FirstOrDefaultAsync(cancellationToken)
            : recommendation.DeepDiveSessionId;
        recommendation.DeepDiveSeriesId = input.DeepDiveSeriesId;
        recommendation.KpiChange = input.KpiChange;
        recommendation.AddressedTo = input.AddressedTo;
        recommendation.ScrutinyBoardId = input.AddressedTo == RecommendationAddressee.ScrutinyBoard ? input.ScrutinyBoardId : null;
        var kpiIds = input.KpiIds.Distinct().ToList();
        recommendation.Kpis.RemoveAll(k => !kpiIds.Contains(k.Id));
        var missing = kpiIds.Where(id => recommendation.Kpis.All(k => k.Id != id)).ToList();
        recommendation.Kpis.AddRange(await db.Kpis.Where(k => missing.Contains(k.Id)).ToListAsync(cancellationToken));
    }

    private static async Task<List<Results.FieldError>> ValidateAsync(AppDbContext db, RecommendationInput input, int? id, CancellationToken cancellationToken)
    {
        var errors = new List<Results.FieldError>();
        ScrutinyRules.CheckRequiredText(errors, Fields.Reference, "The reference", input.Reference, RecommendationInput.MaxReferenceLength);
        ScrutinyRules.CheckRequiredText(errors, Fields.Title, "The short title", input.Title, RecommendationInput.MaxTitleLength);
        ScrutinyRules.CheckRequiredText(errors, Fields.Wording, "The wording", input.Wording, RecommendationInput.MaxWordingLength);
        ScrutinyRules.CheckText(errors, Fields.Finding, "The finding", input.Finding, RecommendationInput.MaxFindingLength);

        var reference = input.Reference?.Trim();
        if (!string.IsNullOrEmpty(reference) && await db.Recommendations.AnyAsync(r => r.Reference == reference && r.DeepDiveSeriesId == input.DeepDiveSeriesId && r.Id != (id ?? 0), cancellationToken))
        {
            errors.Add(new(Fields.Reference, $"Another recommendation of this deep dive already has the reference {reference}"));
        }

        if (input.DeepDiveSeriesId is { } seriesId && !await db.DeepDiveSeries.AnyAsync(s => s.Id == seriesId, cancellationToken))
        {
            errors.Add(new(Fields.DeepDiveSeriesId, "Choose a deep dive from the list"));
        }

        if (!Enum.IsDefined(input.AddressedTo))
        {
            errors.Add(new(Fields.AddressedTo, "Choose who the recommendation goes to"));
        }
        else if (input.AddressedTo == RecommendationAddressee.ScrutinyBoard
            && (input.ScrutinyBoardId is not { } boardId || !await db.ScrutinyBoards.AnyAsync(b => b.Id == boardId && !b.IsCoordinatingCommittee, cancellationToken)))
        {
            errors.Add(new(Fields.ScrutinyBoardId, "Choose the scrutiny board whose work programme takes it"));
        }

        if (!Enum.IsDefined(input.KpiChange))
        {
            errors.Add(new(Fields.Kpis, "Choose what the recommendation asks of the KPI"));
        }

        var kpiIds = input.KpiIds.Distinct().ToList();
        if (kpiIds.Count > RecommendationInput.MaxKpis)
        {
            errors.Add(new(Fields.Kpis, $"A recommendation can be about at most {RecommendationInput.MaxKpis} KPIs"));
        }
        else if (await db.Kpis.CountAsync(k => kpiIds.Contains(k.Id), cancellationToken) != kpiIds.Count)
        {
            errors.Add(new(Fields.Kpis, "Choose KPIs from the list"));
        }
        else if (input.KpiChange is not KpiChangeKind.None and not KpiChangeKind.AddKpi && kpiIds.Count == 0)
        {
            errors.Add(new(Fields.Kpis, "Choose the KPI the change is about"));
        }

        return errors;
    }

    private static async Task<ScrutinyOutcome> SaveAsync(AppDbContext db, Func<int> id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ScrutinyOutcome.Saved(id());
        }
        catch (DbUpdateException)
        {
            // A stale Version (DbUpdateConcurrencyException) or a reference taken at the same moment (unique index).
            return ScrutinyOutcome.Conflict("recommendation");
        }
    }
}
