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
/// of years. The loading of the plan (no person) is not a change anyone made, so it is left out,
/// but each earlier state is worked back from the target as it is now, through every entry.
/// </summary>
public sealed class KpiTargetHistory(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<TargetHistoryEntry>> GetAsync(int kpiId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking().Where(t => t.KpiId == kpiId)
            .Select(t => new { t.Id, t.ReportingPeriod!.Label, t.ReportingPeriod.StartYear, t.Kind, t.Value, t.UpperValue, t.Comparators, t.EqualCounts, t.AmberTolerance })
            .ToListAsync(cancellationToken);
        if (targets.Count == 0)
        {
            return [];
        }

        var ids = targets.Select(t => t.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        var audits = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Target) && ids.Contains(a.EntityId))
            .Select(a => new { a.Id, a.EntityId, a.UserId, a.UserName, a.At, a.Action, a.Changes })
            .ToListAsync(cancellationToken);

        var history = new List<TargetHistoryEntry>();
        foreach (var target in targets)
        {
            var state = new TargetTerms(target.Kind, target.Value, target.UpperValue, target.Comparators, target.EqualCounts, target.AmberTolerance);
            var id = target.Id.ToString(CultureInfo.InvariantCulture);
            foreach (var audit in audits.Where(a => a.EntityId == id).OrderByDescending(a => a.At).ThenByDescending(a => a.Id))
            {
                var before = audit.Action == "Added" ? null : Before(state, audit.Changes);
                if (audit.UserId is not null && before != state)
                {
                    history.Add(new TargetHistoryEntry(target.Label, target.StartYear, before, state, audit.UserName, audit.At));
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
