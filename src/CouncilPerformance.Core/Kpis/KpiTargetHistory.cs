using System.Globalization;
using System.Text.Json;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Kpis;

/// <summary>
/// One change a person made to a year's target: what it was and what it became (a number, a range,
/// a direction, a comparator or "no target set"), who and when. <see cref="Before"/> is null when
/// the change set the year's first target.
/// </summary>
public sealed record TargetHistoryEntry(string PeriodLabel, int StartYear, TargetTerms? Before, TargetTerms After, string By, DateTime At)
{
    public bool KindChanged => Before is not null && Before.Kind != After.Kind;
}

/// <summary>
/// A KPI's target changes, newest first, read from the audit log: two queries, whatever the number
/// of years (the KPI page's query shares its read of the targets and makes it one more). The loading
/// of the plan (no person) is not a change anyone made, so it is left out, but each earlier state is
/// worked back from the target as it is now, through every entry.
/// </summary>
public sealed class KpiTargetHistory(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<TargetHistoryEntry>> GetAsync(int kpiId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking().Where(t => t.KpiId == kpiId)
            .Select(t => new TargetNow(t.Id, t.ReportingPeriod!.Label, t.ReportingPeriod.StartYear,
                new TargetTerms(t.Kind, t.Value, t.UpperValue, t.Comparators, t.EqualCounts, t.AmberTolerance)))
            .ToListAsync(cancellationToken);
        if (targets.Count == 0)
        {
            return [];
        }

        return Build(targets, await AuditsAsync(db, targets.Select(t => t.Id), cancellationToken));
    }

    /// <summary>A target as it is now, with its period.</summary>
    internal sealed record TargetNow(int Id, string PeriodLabel, int StartYear, TargetTerms Terms);

    /// <summary>One audit entry of a target.</summary>
    internal sealed record TargetAudit(long Id, string EntityId, string? UserId, string UserName, DateTime At, string Action, string Changes);

    /// <summary>Every audit entry of the given targets, in one query on the (EntityType, EntityId) index.</summary>
    internal static Task<List<TargetAudit>> AuditsAsync(AppDbContext db, IEnumerable<int> targetIds, CancellationToken cancellationToken)
    {
        var ids = targetIds.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        return db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Target) && ids.Contains(a.EntityId))
            .Select(a => new TargetAudit(a.Id, a.EntityId, a.UserId, a.UserName, a.At, a.Action, a.Changes))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The history, newest first, worked back from each target as it is now through its audit entries.</summary>
    internal static IReadOnlyList<TargetHistoryEntry> Build(IEnumerable<TargetNow> targets, IReadOnlyList<TargetAudit> audits)
    {
        var history = new List<TargetHistoryEntry>();
        foreach (var target in targets)
        {
            var state = target.Terms;
            var id = target.Id.ToString(CultureInfo.InvariantCulture);
            foreach (var audit in audits.Where(a => a.EntityId == id).OrderByDescending(a => a.At).ThenByDescending(a => a.Id))
            {
                var before = audit.Action == "Added" ? null : Before(state, audit.Changes);
                if (audit.UserId is not null && before != state)
                {
                    history.Add(new TargetHistoryEntry(target.PeriodLabel, target.StartYear, before, state, audit.UserName, audit.At));
                }

                if (before is null)
                {
                    break;
                }

                state = before;
            }
        }

        return [.. history.OrderByDescending(h => h.At).ThenByDescending(h => h.StartYear)];
    }

    // The terms before an edit: the state after it, with each changed term's "before" value put back.
    private static TargetTerms Before(TargetTerms after, string changes)
    {
        try
        {
            using var json = JsonDocument.Parse(changes);
            var root = json.RootElement;
            return after with
            {
                Kind = Read(root, nameof(Target.Kind), after.Kind, e => Enum.Parse<TargetKind>(e.GetString()!)),
                Value = Read(root, nameof(Target.Value), after.Value, e => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal()),
                UpperValue = Read(root, nameof(Target.UpperValue), after.UpperValue, e => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal()),
                Comparators = Read(root, nameof(Target.Comparators), after.Comparators, e => e.ValueKind == JsonValueKind.Null ? null : Enum.Parse<TargetComparators>(e.GetString()!)),
                EqualCounts = Read(root, nameof(Target.EqualCounts), after.EqualCounts, e => e.GetBoolean()),
                AmberTolerance = Read(root, nameof(Target.AmberTolerance), after.AmberTolerance, e => e.GetDecimal()),
            };
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            // An entry the log cannot read back: say nothing about it rather than something untrue.
            return after;
        }
    }

    private static T Read<T>(JsonElement root, string name, T after, Func<JsonElement, T> read) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var change) && change.TryGetProperty("before", out var before)
            ? read(before)
            : after;
}
