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

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int TotalCount, IReadOnlyDictionary<(string EntityType, string EntityId), string> Descriptions)
{
    /// <summary>What the entry is about in the council's words, e.g. "ROADS-A, 2025/26", when it can be told.</summary>
    public string? Describe(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Descriptions.GetValueOrDefault((entry.EntityType, entry.EntityId));
    }
}

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
        var entries = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(page * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new AuditPage(entries, total, await DescribeAsync(db, entries, cancellationToken));
    }

    // One query per kind of record on the page, however many entries it has.
    private static async Task<Dictionary<(string, string), string>> DescribeAsync(AppDbContext db, List<AuditEntry> entries, CancellationToken cancellationToken)
    {
        List<int> IdsOf(string type) => entries.Where(e => e.EntityType == type)
            .Select(e => int.TryParse(e.EntityId, out var id) ? id : 0).Where(id => id > 0).Distinct().ToList();

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

    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }
}
