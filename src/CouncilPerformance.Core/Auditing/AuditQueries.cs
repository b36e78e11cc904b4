using CouncilPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Auditing;

public sealed record AuditFilter
{
    public string? EntityType { get; init; }

    public string? EntityId { get; init; }

    public string? User { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
}

/// <summary>
/// One entry as the log shows it, with what it is about in the council's words (e.g. "ROADS-A, 2025/26")
/// when that can be told. Plain values, so a page can hand it to the live circuit.
/// </summary>
public sealed record AuditRow(long Id, DateTime At, string UserName, string EntityType, string EntityId, string Action, string Changes, string? Description);

/// <summary>One page of the log, newest first, with how many entries match in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Entries, int TotalCount);

/// <summary>Reads the audit log, newest first, a page at a time. There is deliberately no way to change it.</summary>
public sealed class AuditQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<AuditPage> SearchAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(a => a.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            query = query.Where(a => a.EntityId == filter.EntityId);
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = $"%{filter.User.Trim()}%";
            query = query.Where(a => EF.Functions.Like(a.UserName, user));
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.At < end);
        }

        var total = await query.CountAsync(cancellationToken);
        // Newest first is the (At) index read backwards (Id is the row id it ends in), so only the page's rows are read;
        // only the columns the log shows (not who the user is by id).
        var entries = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(page * pageSize).Take(pageSize)
            .Select(a => new Entry(a.Id, a.At, a.UserName, a.EntityType, a.EntityId, a.Action, a.Changes))
            .ToListAsync(cancellationToken);
        var descriptions = await DescribeAsync(db, entries, cancellationToken);
        return new AuditPage(
            [.. entries.Select(e => new AuditRow(e.Id, e.At, e.UserName, e.EntityType, e.EntityId, e.Action, e.Changes,
                descriptions.GetValueOrDefault((e.EntityType, e.EntityId))))],
            total);
    }

    private sealed record Entry(long Id, DateTime At, string UserName, string EntityType, string EntityId, string Action, string Changes);

    // One query per kind of record on the page, however many entries it has. (A UNION ALL of the kinds would be one
    // command, but EF cannot name each kind in its SQL: a constant column stays on the client, before the set operation.)
    private static async Task<Dictionary<(string, string), string>> DescribeAsync(AppDbContext db, List<Entry> entries, CancellationToken cancellationToken)
    {
        List<int> IdsOf(string type) => entries.Where(e => e.EntityType == type)
            .Select(e => int.TryParse(e.EntityId, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).Distinct().ToList();

        var descriptions = new Dictionary<(string, string), string>();
        void Add(string type, int id, string text) => descriptions[(type, id.ToString(System.Globalization.CultureInfo.InvariantCulture))] = text;

        if (IdsOf(nameof(Results.Result)) is { Count: > 0 } resultIds)
        {
            foreach (var r in await db.Results.Where(r => resultIds.Contains(r.Id))
                .Select(r => new { r.Id, r.Kpi!.Code, r.ReportingPeriod!.Label }).ToListAsync(cancellationToken))
            {
                Add(nameof(Results.Result), r.Id, $"{r.Code}, {r.Label}");
            }
        }

        if (IdsOf(nameof(Results.Target)) is { Count: > 0 } targetIds)
        {
            foreach (var t in await db.Targets.Where(t => targetIds.Contains(t.Id))
                .Select(t => new { t.Id, t.Kpi!.Code, t.ReportingPeriod!.Label }).ToListAsync(cancellationToken))
            {
                Add(nameof(Results.Target), t.Id, $"{t.Code}, {t.Label}");
            }
        }

        if (IdsOf(nameof(Results.ReportingPeriod)) is { Count: > 0 } periodIds)
        {
            foreach (var p in await db.ReportingPeriods.Where(p => periodIds.Contains(p.Id)).Select(p => new { p.Id, p.Label }).ToListAsync(cancellationToken))
            {
                Add(nameof(Results.ReportingPeriod), p.Id, p.Label);
            }
        }

        if (IdsOf(nameof(Kpis.Kpi)) is { Count: > 0 } kpiIds)
        {
            foreach (var k in await db.Kpis.Where(k => kpiIds.Contains(k.Id)).Select(k => new { k.Id, k.Code }).ToListAsync(cancellationToken))
            {
                Add(nameof(Kpis.Kpi), k.Id, k.Code);
            }
        }

        return descriptions;
    }

    /// <summary>
    /// Every kind of record the log can hold, by the name <see cref="AuditInterceptor"/> writes, in order. Read
    /// from the model, not the log: a DISTINCT over every entry would read the whole log on each view.
    /// </summary>
    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken cancellationToken = default)
    {
        if (_entityTypes is null)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            _entityTypes = [.. AuditInterceptor.AuditedTypeNames(db.Model).Order(StringComparer.Ordinal)];
        }

        return _entityTypes;
    }

    // The model does not change while the app runs.
    private static IReadOnlyList<string>? _entityTypes;
}
